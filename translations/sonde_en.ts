<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdviseCommand</name>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdvisorCoverage</name>
    <message numerus="yes">
        <source>%n statement(s) as written</source>
        <translation>
            <numerusform>%n statement as written</numerusform>
            <numerusform>%n statements as written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with constants folded</source>
        <translation>
            <numerusform>%n with constants folded</numerusform>
            <numerusform>%n with constants folded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from your example</source>
        <translation>
            <numerusform>%n from your example</numerusform>
            <numerusform>%n from your examples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from a text seen in pg_stat_activity</source>
        <translation>
            <numerusform>%n from a text seen in pg_stat_activity</numerusform>
            <numerusform>%n from texts seen in pg_stat_activity</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with values pg_qualstats saw</source>
        <translation>
            <numerusform>%n with values pg_qualstats saw</numerusform>
            <numerusform>%n with values pg_qualstats saw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not planned</source>
        <translation>
            <numerusform>%n not planned</numerusform>
            <numerusform>%n not planned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdvisorReportText</name>
    <message numerus="yes">
        <source>Index advice for %1: %n statement(s) on its tables from %2, %3 of statement time.</source>
        <translation>
            <numerusform>Index advice for %1: %n statement on its tables from %2, %3 of statement time.</numerusform>
            <numerusform>Index advice for %1: %n statements on its tables from %2, %3 of statement time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>!! %n statement(s) could not be planned and got no advice, however much time they take:</source>
        <translation>
            <numerusform>!! %n statement could not be planned and got no advice, however much time it takes:</numerusform>
            <numerusform>!! %n statements could not be planned and got no advice, however much time they take:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplyRunner</name>
    <message numerus="yes">
        <source>Build %n index(es) now?</source>
        <translation>
            <numerusform>Build %n index now?</numerusform>
            <numerusform>Build %n indexes now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BenchmarkConfig</name>
    <message numerus="yes">
        <source>, %n client(s)</source>
        <translation>
            <numerusform>, %n client</numerusform>
            <numerusform>, %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n thread(s)</source>
        <translation>
            <numerusform>, %n thread</numerusform>
            <numerusform>, %n threads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BenchmarkEngine</name>
    <message numerus="yes">
        <source>Opening %n client connection(s)…</source>
        <translation>
            <numerusform>Opening %n client connection…</numerusform>
            <numerusform>Opening %n client connections…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) stopped on a script error, as pgbench aborts them: %1</source>
        <translation>
            <numerusform>%n client stopped on a script error, as pgbench aborts it: %1</numerusform>
            <numerusform>%n clients stopped on a script error, as pgbench aborts them: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonConfidence</name>
    <message numerus="yes">
        <source>Run #%1: %n measured interval(s), no variation to tell</source>
        <translation>
            <numerusform>Run #%1: %n measured interval, no variation to tell</numerusform>
            <numerusform>Run #%1: %n measured intervals, no variation to tell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run #%1 has only %n measured interval(s), fewer than %2: too few to tell its variation. Run for at least %2 s.</source>
        <translation>
            <numerusform>Run #%1 has only %n measured interval, fewer than %2: too few to tell its variation. Run for at least %2 s.</numerusform>
            <numerusform>Run #%1 has only %n measured intervals, fewer than %2: too few to tell its variation. Run for at least %2 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run #%1: throughput varied %2 from second to second (coefficient of variation) over %n interval(s)</source>
        <translation>
            <numerusform>Run #%1: throughput varied %2 from second to second (coefficient of variation) over %n interval</numerusform>
            <numerusform>Run #%1: throughput varied %2 from second to second (coefficient of variation) over %n intervals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigurationChecks</name>
    <message numerus="yes">
        <source>%n session(s) sit idle in a transaction and nothing ends them: idle_in_transaction_session_timeout is 0.</source>
        <translation>
            <numerusform>%n session sits idle in a transaction and nothing ends it: idle_in_transaction_session_timeout is 0.</numerusform>
            <numerusform>%n sessions sit idle in a transaction and nothing ends them: idle_in_transaction_session_timeout is 0.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndexAdvisor</name>
    <message numerus="yes">
        <source>%n statement(s) left out: utility statements or queries on system catalogs only.</source>
        <translation>
            <numerusform>%n statement left out: utility statements or queries on system catalogs only.</numerusform>
            <numerusform>%n statements left out: utility statements or queries on system catalogs only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trying %n candidate index(es) with HypoPG…</source>
        <translation>
            <numerusform>Trying %n candidate index with HypoPG…</numerusform>
            <numerusform>Trying %n candidate indexes with HypoPG…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewService</name>
    <message numerus="yes">
        <source>primary, %n replica(s)</source>
        <translation>
            <numerusform>primary, %n replica</numerusform>
            <numerusform>primary, %n replicas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PgBouncerChecks</name>
    <message numerus="yes">
        <source>%n client(s) of pool %1 wait for a server connection; the oldest has waited %2. %3 server connections are active, %4 idle.</source>
        <translation>
            <numerusform>%n client of pool %1 waits for a server connection; the oldest has waited %2. %3 server connections are active, %4 idle.</numerusform>
            <numerusform>%n clients of pool %1 wait for a server connection; the oldest has waited %2. %3 server connections are active, %4 idle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDiff</name>
    <message numerus="yes">
        <source>; %n node(s) differ</source>
        <translation>
            <numerusform>; %n node differ</numerusform>
            <numerusform>; %n nodes differ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanFinding</name>
    <message numerus="yes">
        <source>%1 (and %n parallel worker(s))</source>
        <translation>
            <numerusform>%1 (and %n parallel worker)</numerusform>
            <numerusform>%1 (and %n parallel workers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostgresSampler</name>
    <message numerus="yes">
        <source>%1: %n deadlock(s) detected</source>
        <translation>
            <numerusform>%1: %n deadlock detected</numerusform>
            <numerusform>%1: %n deadlocks detected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrometheusActivity</name>
    <message numerus="yes">
        <source>%n scrape target(s) up</source>
        <translation>
            <numerusform>%n scrape target up</numerusform>
            <numerusform>%n scrape targets up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n down</source>
        <translation>
            <numerusform>, %n down</numerusform>
            <numerusform>, %n down</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrometheusCommands</name>
    <message numerus="yes">
        <source>%n instance(s), %1 queries</source>
        <translation>
            <numerusform>%n instance, %1 queries</numerusform>
            <numerusform>%n instances, %1 queries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message numerus="yes">
        <source>Recorded %1 of %n target(s): %2 snapshots, %3 statement readings, %4 session readings, %5 slow-log readings, %6 events (%7).</source>
        <translation>
            <numerusform>Recorded %1 of %n target: %2 snapshots, %3 statement readings, %4 session readings, %5 slow-log readings, %6 events (%7).</numerusform>
            <numerusform>Recorded %1 of %n targets: %2 snapshots, %3 statement readings, %4 session readings, %5 slow-log readings, %6 events (%7).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordingFile</name>
    <message numerus="yes">
        <source>%n record(s) cannot be read</source>
        <translation>
            <numerusform>%n record cannot be read</numerusform>
            <numerusform>%n records cannot be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordingReplay</name>
    <message numerus="yes">
        <source>Recording of %1, %2 to %3 (%n min), made by Sonde %4.</source>
        <translation>
            <numerusform>Recording of %1, %2 to %3 (%n min), made by Sonde %4.</numerusform>
            <numerusform>Recording of %1, %2 to %3 (%n min), made by Sonde %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordingReport</name>
    <message numerus="yes">
        <source>%1 · %n minute(s) · recorded by Sonde %2, report made by Sonde %3</source>
        <translation>
            <numerusform>%1 · %n minute · recorded by Sonde %2, report made by Sonde %3</numerusform>
            <numerusform>%1 · %n minutes · recorded by Sonde %2, report made by Sonde %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedisServerChecks</name>
    <message numerus="yes">
        <source>%n command(s) in the last hour took longer than slowlog-log-slower-than; the slowest: %1</source>
        <translation>
            <numerusform>%n command in the last hour took longer than slowlog-log-slower-than; the slowest: %1</numerusform>
            <numerusform>%n commands in the last hour took longer than slowlog-log-slower-than; the slowest: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplayCommand</name>
    <message numerus="yes">
        <source>Recording (format %1, Sonde %2) from %3 to %4, %n target(s):</source>
        <translation>
            <numerusform>Recording (format %1, Sonde %2) from %3 to %4, %n target:</numerusform>
            <numerusform>Recording (format %1, Sonde %2) from %3 to %4, %n targets:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SequenceChecks</name>
    <message numerus="yes">
        <source>%n sequence(s) could not be read by role %1 and were not checked: GRANT SELECT ON ALL SEQUENCES IN SCHEMA … TO %1 (or USAGE).</source>
        <translation>
            <numerusform>%n sequence could not be read by role %1 and was not checked: GRANT SELECT ON ALL SEQUENCES IN SCHEMA … TO %1 (or USAGE).</numerusform>
            <numerusform>%n sequences could not be read by role %1 and were not checked: GRANT SELECT ON ALL SEQUENCES IN SCHEMA … TO %1 (or USAGE).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotSummary</name>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idle</source>
        <translation>
            <numerusform>%n idle</numerusform>
            <numerusform>%n idle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idle in transaction</source>
        <translation>
            <numerusform>%n idle in transaction</numerusform>
            <numerusform>%n idle in transaction</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting on locks</source>
        <translation>
            <numerusform>%n waiting on locks</numerusform>
            <numerusform>%n waiting on locks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadlock(s)</source>
        <translation>
            <numerusform>%n deadlock</numerusform>
            <numerusform>%n deadlocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n temp file(s)</source>
        <translation>
            <numerusform>%n temp file</numerusform>
            <numerusform>%n temp files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pool(s)</source>
        <translation>
            <numerusform>%n pool</numerusform>
            <numerusform>%n pools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) active</source>
        <translation>
            <numerusform>%n client active</numerusform>
            <numerusform>%n clients active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blocked</numerusform>
            <numerusform>%n blocked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriteCost</name>
    <message numerus="yes">
        <source>%1 inserts/s, %2 updates/s, %3 deletes/s on a table with %n index(es)</source>
        <translation>
            <numerusform>%1 inserts/s, %2 updates/s, %3 deletes/s on a table with %n index</numerusform>
            <numerusform>%1 inserts/s, %2 updates/s, %3 deletes/s on a table with %n indexes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sonde::AdvisorPage</name>
    <message numerus="yes">
        <source>Built %n index(es).</source>
        <translation>
            <numerusform>Built %n index.</numerusform>
            <numerusform>Built %n indexes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sonde::BenchmarkPage</name>
    <message numerus="yes">
        <source>Delete %n stored run(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n stored run? This cannot be undone.</numerusform>
            <numerusform>Delete %n stored runs? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> Up to %n client(s) waited for a PgBouncer connection.</source>
        <translation>
            <numerusform> Up to %n client waited for a PgBouncer connection.</numerusform>
            <numerusform> Up to %n clients waited for a PgBouncer connection.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sonde::BlockingTreeModel</name>
    <message numerus="yes">
        <source>%1 — blocks %n</source>
        <translation>
            <numerusform>%1 — blocks %n</numerusform>
            <numerusform>%1 — blocks %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sonde::CoverageBanner</name>
    <message numerus="yes">
        <source>%n statement(s) got no advice, however much time they take.</source>
        <translation>
            <numerusform>%n statement got no advice, however much time it takes.</numerusform>
            <numerusform>%n statements got no advice, however much time they take.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sonde::DashboardPage</name>
    <message numerus="yes">
        <source>every %n s</source>
        <translation>
            <numerusform>every %n s</numerusform>
            <numerusform>every %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more active alert(s): see Events and alerts</source>
        <translation>
            <numerusform>and %n more active alert: see Events and alerts</numerusform>
            <numerusform>and %n more active alerts: see Events and alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sonde::FleetPage</name>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n down</source>
        <translation>
            <numerusform> · %n down</numerusform>
            <numerusform> · %n down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n in trouble</source>
        <translation>
            <numerusform> · %n in trouble</numerusform>
            <numerusform> · %n in trouble</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · read at %1 in %n queries</source>
        <translation>
            <numerusform> · read at %1 in %n query</numerusform>
            <numerusform> · read at %1 in %n queries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sonde::MainWindow</name>
    <message numerus="yes">
        <source>History of %1 from %2: %n reading(s).</source>
        <translation>
            <numerusform>History of %1 from %2: %n reading.</numerusform>
            <numerusform>History of %1 from %2: %n readings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sonde::PgBouncerPoolModel</name>
    <message numerus="yes">
        <source>%n client(s) wait for a server connection: the pool is saturated.</source>
        <translation>
            <numerusform>%n client wait for a server connection: the pool is saturated.</numerusform>
            <numerusform>%n clients wait for a server connection: the pool is saturated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sonde::PlanPage</name>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>%n finding.</numerusform>
            <numerusform>%n findings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sonde::PlanView</name>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sonde::ProveItWizard</name>
    <message numerus="yes">
        <source>%n recommendation(s) from the advisor.</source>
        <translation>
            <numerusform>%n recommendation from the advisor.</numerusform>
            <numerusform>%n recommendations from the advisor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run these %n statement(s) on %1?

%2</source>
        <translation>
            <numerusform>Run this %n statement on %1?

%2</numerusform>
            <numerusform>Run these %n statements on %1?

%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) applied; then: %1</source>
        <translation>
            <numerusform>%n statement applied; then: %1</numerusform>
            <numerusform>%n statements applied; then: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) applied.</source>
        <translation>
            <numerusform>%n statement applied.</numerusform>
            <numerusform>%n statements applied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sonde::RecordedPlansPage</name>
    <message numerus="yes">
        <source>%n plan(s) looked at up to the end of the dashboard&apos;s window.</source>
        <translation>
            <numerusform>%n plan looked at up to the end of the dashboard&apos;s window.</numerusform>
            <numerusform>%n plans looked at up to the end of the dashboard&apos;s window.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sonde::RedisSlowLogPane</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sonde::SaveRecordingDialog</name>
    <message numerus="yes">
        <source>The last %n minute(s)</source>
        <translation>
            <numerusform>The last %n minute</numerusform>
            <numerusform>The last %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sonde::SessionsPage</name>
    <message numerus="yes">
        <source>%n session(s) shown</source>
        <translation>
            <numerusform>%n session shown</numerusform>
            <numerusform>%n sessions shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of Sonde&apos;s own</source>
        <translation>
            <numerusform>%n of Sonde&apos;s own</numerusform>
            <numerusform>%n of Sonde&apos;s own</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n background process(es)</source>
        <translation>
            <numerusform>%n background process</numerusform>
            <numerusform>%n background processes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not matching the search</source>
        <translation>
            <numerusform>%n not matching the search</numerusform>
            <numerusform>%n not matching the search</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sonde::TargetStatusStrip</name>
    <message numerus="yes">
        <source>%n limitation(s): hover for details</source>
        <translation>
            <numerusform>%n limitation: hover for details</numerusform>
            <numerusform>%n limitations: hover for details</numerusform>
        </translation>
    </message>
</context>
</TS>
