#pragma once

#include "PostgresActivity.h"
#include "connection/PgSession.h"
#include "monitoring/CounterDelta.h"
#include "monitoring/Sampler.h"
#include "sessions/SessionSnapshot.h"
#include "statements/StatementsReader.h"

namespace pqxx {
class transaction_base;
}

namespace sonde {

// Samples one PostgreSQL server each tick: pg_stat_statements (latency per interval =
// Δtotal_exec_time / Δcalls, statements/s, the busiest statements), pg_stat_database
// (transactions/s, buffer cache hit rate, temp files, deadlocks, summed over every database)
// and pg_stat_activity (sessions by state, lock waits, the longest running statement,
// connection use against max_connections minus the reserved slots).
//
// Its feeds, over the same connection: StatementsFeed (the counters of every statement, for
// the Slow queries window; read with a tick's own reading of pg_stat_statements, or on
// request) and SessionsFeed (pg_stat_activity with the blocking pids, for the Sessions view).
//
// Sonde's own work is excluded: the statements OwnStatements recognises (its marker
// comment, generic plans, what-if analysis) are left out of pg_stat_statements figures; its
// sessions (application_name "sonde…") are left out of session counts; its own transactions are
// subtracted from transactions/s. The session is read-only (default_transaction_read_only) with a
// statement_timeout, application_name "sonde-monitor"; through PgBouncer, where session
// settings would leak to other clients, each reading is one read-only transaction with a
// SET LOCAL timeout instead.
class PostgresSampler : public Sampler
{
    Q_OBJECT
public:
    explicit PostgresSampler(const Target &target, QObject *parent = nullptr);
    ~PostgresSampler() override;

    void interrupt() override;
    // The monitoring connection, for a feed added at registration (Sampler::addFeed): worker
    // thread only, open while the feed runs.
    PgSession &session() { return m_session; }

    static constexpr int StatementTimeoutMs = 5000;
    static constexpr int MaxStatementsKept = 50;

protected:
    DbError openConnection(QString *serverVersion, QStringList *notes) override;
    void closeConnection() override;
    DbError readCounters() override;
    void derive(bool hasPrevious, double seconds, Snapshot *out) override;
    void commitReading() override;
    DbError readFeed(const QString &feed, bool afterTick, QVariant *value) override;

private:
    struct Reading
    {
        double postmasterStart = 0;
        double databaseReset = 0;
        Counters database;
        bool statementsRead = false;
        StatementSnapshot statements;
        int active = 0;
        int idle = 0;
        int idleInTransaction = 0;
        int waitingOnLocks = 0;
        int connections = 0;
        int longestPid = 0;
        double longestSeconds = 0;
        QString longestUser;
        QString longestQuery;
        qint64 ownStatements = 0; // statements this sampler ran before this reading
    };

    void read(pqxx::transaction_base &tx, Reading *r);
    void deriveStatements(double seconds, Snapshot *out, PostgresActivity *activity);
    DbError readStatementsFeed(bool afterTick, QVariant *value);

    PgSession m_session;
    Reading m_current;
    Reading m_previous;
    qint64 m_ownStatements = 0;
    double m_ownPending = 0; // own transactions not yet seen in pg_stat_database
    int m_serverVersion = 0;
    int m_usableConnections = 0;
    bool m_statements = false;
    StatementsReader m_reader;
    QString m_statementsWarning; // the role cannot see other roles' statements
    QString m_statementsTarget;  // "database as role", for messages
    // The last tick's reading of pg_stat_statements, for the statements feed.
    StatementSnapshot m_lastStatements;
};

} // namespace sonde
