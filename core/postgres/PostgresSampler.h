#pragma once

#include "PostgresActivity.h"
#include "connection/PgSession.h"
#include "metrics/CounterDelta.h"
#include "metrics/Sampler.h"

#include <QHash>
#include <QSet>

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
// Sonde's own work is excluded: the statements OwnStatements recognises (its marker
// comment, generic plans, what-if analysis) are left out of pg_stat_statements figures; its
// sessions (application_name "sonde…") are left out of session counts; its own
// transactions are subtracted from transactions/s. The session is read-only
// (default_transaction_read_only) with a statement_timeout, application_name "sonde-monitor";
// through PgBouncer, where session settings would leak to other clients, each reading is one
// read-only transaction with a SET LOCAL timeout instead.
class PostgresSampler : public Sampler
{
    Q_OBJECT
public:
    explicit PostgresSampler(const Target &target, QObject *parent = nullptr);
    ~PostgresSampler() override;

    void interrupt() override;

    static constexpr int StatementTimeoutMs = 5000;
    static constexpr int MaxStatementsKept = 50;

protected:
    DbError openConnection(QString *serverVersion, QStringList *notes) override;
    void closeConnection() override;
    DbError readCounters() override;
    void derive(bool hasPrevious, double seconds, Snapshot *out) override;
    void commitReading() override;

private:
    struct StatementKey
    {
        qint64 userId = 0;
        qint64 dbId = 0;
        qint64 queryId = 0;
        bool topLevel = true;
        bool operator==(const StatementKey &o) const
        {
            return userId == o.userId && dbId == o.dbId && queryId == o.queryId &&
                   topLevel == o.topLevel;
        }
        friend size_t qHash(const StatementKey &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.userId, k.dbId, k.queryId, k.topLevel);
        }
    };
    struct StatementCounters
    {
        double calls = 0;
        double totalMs = 0;
        double rows = 0;
        double hit = 0;
        double read = 0;
    };
    struct Reading
    {
        double postmasterStart = 0;
        double statementsReset = 0;
        double databaseReset = 0;
        Counters database;
        bool statementsRead = false;
        QHash<StatementKey, StatementCounters> statements;
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
    void readStatements(pqxx::transaction_base &tx, Reading *r);
    void learnTexts(pqxx::transaction_base &tx, const QList<qint64> &queryIds);
    void refreshNames(pqxx::transaction_base &tx);
    void deriveStatements(double seconds, Snapshot *out, PostgresActivity *activity);

    PgSession m_session;
    Reading m_current;
    Reading m_previous;
    qint64 m_ownStatements = 0;
    double m_ownPending = 0; // own transactions not yet seen in pg_stat_database
    int m_serverVersion = 0;
    int m_usableConnections = 0;
    bool m_statements = false;
    bool m_statementsInfo = false; // pg_stat_statements ≥ 1.9: stats_reset and toplevel
    QString m_statementsFunction;  // schema-qualified pg_stat_statements
    QHash<qint64, QString> m_texts;
    QSet<qint64> m_ownQueryIds;
    QHash<qint64, QString> m_roleNames;
    QHash<qint64, QString> m_databaseNames;
};

} // namespace sonde
