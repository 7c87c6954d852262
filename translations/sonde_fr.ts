<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DemoCommand</name>
    <message>
        <source>Invalid value for --%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --mode &quot;%1&quot;: use healthy, cold or thrashing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the demo servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo servers stopped and their directory removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sonde demo ready in %1 s. Connection URIs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workload: %1 requests, cache hit rate %2 %, %3 queries, %4 errors%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal %1 received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the demo sandbox (PostgreSQL, PgBouncer, Redis) and workload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Starting the demo application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>The demo scripts are missing from the program&apos;s resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeding the demo database was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeding the demo database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data ready: %L1 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWorkload</name>
    <message>
        <source>The demo workload cannot connect to PostgreSQL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database is not seeded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no users or projects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>Sonde: database performance console for PostgreSQL, PgBouncer and Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the demo sandbox (private PostgreSQL, PgBouncer and Redis with a seeded workload) and connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the demo data (1.0 = 3.2 M rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo cache behaviour: healthy, cold, thrashing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a screenshot of the window and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds to wait before the screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown demo mode &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgBouncerConsole</name>
    <message>
        <source>The connection string is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the PgBouncer console at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PgBouncer console at %1 closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PgBouncer at %1 did not answer &quot;%2&quot; within %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PgBouncer console at %1 closed the connection (restart?): Sonde will reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgBouncerInstance</name>
    <message>
        <source>PgBouncer did not start: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is already in use: PgBouncer cannot listen on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PgBouncer did not accept connections within 10 s: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PgBouncer (pid %1) did not stop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgErrors</name>
    <message>
        <source>The host name of %1 cannot be resolved: check the spelling or your DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1: is the server running, and listening on this address and port?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time: a firewall may drop the packets, the server may be overloaded, or the port may speak another protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the user name or password: check them (and ~/.pgpass or the keychain entry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not allow this user, database or address in pg_hba.conf: ask the server&apos;s administrator for an entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS negotiation with %1 failed: check sslmode and the certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not speak the PostgreSQL protocol: is this the right port?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but the database or role does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no connection slot left (max_connections reached).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is starting up or shutting down: Sonde will retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query ran longer than its statement_timeout and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lock could not be acquired within lock_timeout: another session holds it. Look at the blocking sessions and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: the connected role lacks a privilege for this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement writes, but the transaction is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection (restart or shutdown): Sonde will reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost: Sonde will reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgSession</name>
    <message>
        <source>The connection string is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 speaks %2, not PostgreSQL: is this the right port?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresInstance</name>
    <message>
        <source>initdb failed (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is already in use: PostgreSQL cannot listen on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL did not start: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL did not stop: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolProbe</name>
    <message>
        <source>PostgreSQL (or PgBouncer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (unreachable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown protocol</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedisClient</name>
    <message>
        <source>%1 asks for TLS (rediss://), but this build&apos;s hiredis 0.14 has no TLS support: use a plain redis:// URI through a TLS tunnel such as stunnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1: is Redis running and listening on this address and port?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time: check the address and any firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name of %1 cannot be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires a password: add it to the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no database %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 speaks the PostgreSQL protocol, not Redis: is this the right port?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 speaks HTTP, not Redis: is this the right port?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not speak the Redis protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within the command timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost (restart?): Sonde will reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 speaks %2, not Redis: is this the right port?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedisEndpoint</name>
    <message>
        <source>not a valid URI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Redis URI starts with redis:// or rediss://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database number &quot;%1&quot; is not valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedisInstance</name>
    <message>
        <source>Redis did not start: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is already in use: Redis cannot listen on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis did not answer PING within 10 s: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis (pid %1) did not stop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>Sonde runs as root, but the servers must run as an unprivileged user and none was found (tried %1): create one or run Sonde as a normal user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot give %1 to user %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox directory %1 does not exist and cannot be created: set SONDE_SANDBOX_DIR (or --dir) to a writable directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox directory %1 is not writable: set SONDE_SANDBOX_DIR (or --dir) to a writable directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers run as user %1, who cannot reach %2: choose a directory every user can traverse (for example /tmp) with SONDE_SANDBOX_DIR or --dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a directory in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the sandbox canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for server programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is already in use by another program: choose another port or leave it at 0 to pick a free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating roles, the demo database and extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting PgBouncer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a PostgreSQL %1 cluster (initdb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting PostgreSQL on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up roles and extensions failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox needs %1, which is not installed: run scripts/install-deps (Debian package %2), or point %3 at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not stop process %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleaned up %1 left by a previous run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Target</name>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PgBouncer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: sonde-cli &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run sonde-cli &lt;command&gt; --help for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sonde::DataTableView</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sonde::DemoStartPage</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo start progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo start log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting private PostgreSQL, PgBouncer and Redis servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sonde::MainWindow</name>
    <message>
        <source>Sonde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profiles arrive with live monitoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sonde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Sonde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sonde %1&lt;/b&gt;&lt;p&gt;A database performance console for PostgreSQL, PgBouncer and Redis.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo PgBouncer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo sandbox running in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the demo servers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sonde::OverviewPage</name>
    <message>
        <source>Demo sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PgBouncer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache hit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sonde::WelcomePage</name>
    <message>
        <source>Welcome to Sonde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch latency, cache hit rates and pool use live; find slow queries, read their plans, prove index advice and benchmark the difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts private PostgreSQL, PgBouncer and Redis servers with a seeded workload on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
