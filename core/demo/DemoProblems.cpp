#include "DemoProblems.h"

#include "DemoScript.h"
#include "connection/RedisClient.h"

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

constexpr int KeysWithoutTtl = 3000;
constexpr int BigListElements = 400000;

// Sends `commands` pipelined, in batches, and reads every reply.
DbError pipeline(RedisClient &redis, const QList<QList<QByteArray>> &commands)
{
    for (qsizetype from = 0; from < commands.size(); from += 1000) {
        const qsizetype to = std::min(commands.size(), from + 1000);
        for (qsizetype i = from; i < to; ++i) {
            if (DbError err = redis.append(commands.at(i)))
                return err;
        }
        RedisReply reply;
        for (qsizetype i = from; i < to; ++i) {
            if (DbError err = redis.readReply(&reply))
                return err;
        }
    }
    return {};
}

} // namespace

struct DemoProblems::Held
{
    std::unique_ptr<pqxx::connection> forgotten; // idle in its transaction
};

DemoProblems::DemoProblems() = default;

DemoProblems::~DemoProblems()
{
    stop();
}

void DemoProblems::prepare(SandboxOptions *options)
{
    options->extraPostgresConfig += u"\nmax_prepared_transactions = 4\n"_s;
    // More than max_connections (100) can take: pgbouncer_pool_size.
    options->pgbouncerPoolSize = 120;
}

bool DemoProblems::plant(const SandboxEndpoints &endpoints, const Progress &progress,
                         const std::atomic<bool> *cancel, QString *error)
{
    return plantPostgres(endpoints, progress, cancel, error) && plantRedis(endpoints, error);
}

bool DemoProblems::plantPostgres(const SandboxEndpoints &endpoints, const Progress &progress,
                                 const std::atomic<bool> *cancel, QString *error)
{
    const QList<DemoScriptStep> steps = loadDemoScript(u":/demo/problems.sql"_s, {});
    if (steps.isEmpty()) {
        *error = tr("The demo's problem script is missing from the program's resources.");
        return false;
    }
    QString step = tr("Connecting to the demo's PostgreSQL as its superuser");
    try {
        pqxx::connection admin(endpoints.postgresSuperuser.toStdString());
        // No step may hang the demo's start: one that takes longer ends with an error that
        // names it (the longest, the WAL bursts, takes seconds).
        pqxx::nontransaction(admin).exec("SET statement_timeout = '240s'");
        for (int i = 0; i < steps.size(); ++i) {
            if (cancel && cancel->load()) {
                *error = tr("Planting the demo's problems was canceled.");
                return false;
            }
            step = steps.at(i).label;
            if (progress)
                progress(step, 100 * i / int(steps.size()));
            pqxx::nontransaction tx(admin);
            tx.exec(steps.at(i).sql.toStdString());
        }
        // A batch job that never commits: idle in transaction, holding its row lock and the
        // oldest transaction ID, so the legacy table cannot be frozen past it either.
        step = tr("Planting: a batch job idle in its transaction (idle_in_transaction)");
        m_held = std::make_unique<Held>();
        m_held->forgotten = std::make_unique<pqxx::connection>(
            QString(endpoints.postgresApp + u"?application_name=demo-batch"_s).toStdString());
        {
            pqxx::nontransaction tx(*m_held->forgotten);
            tx.exec("BEGIN; UPDATE batch_jobs SET state = 'retry' WHERE id = 1");
        }
        step = tr("Planting: transaction IDs to age the legacy table");
        if (progress)
            progress(step, 95);
        pqxx::nontransaction tx(admin);
        tx.exec("CALL burn_transaction_ids(120000)");
        // An export whose coordinator never came back (prepared_transaction).
        step = tr("Planting: a prepared transaction left behind (prepared_transaction)");
        tx.exec("SET ROLE app");
        tx.exec("BEGIN; INSERT INTO invoices (amount) VALUES (1); "
                "PREPARE TRANSACTION 'invoice-export-42'");
    } catch (const std::exception &e) {
        *error = tr("Planting the demo's problems failed (%1): %2")
                     .arg(step, QString::fromUtf8(e.what()));
        return false;
    }
    return true;
}

bool DemoProblems::plantRedis(const SandboxEndpoints &endpoints, QString *error)
{
    if (endpoints.redis.isEmpty())
        return true;
    RedisEndpoint e;
    if (!RedisEndpoint::parse(endpoints.redis, &e, error))
        return false;
    RedisClient redis;
    QList<QList<QByteArray>> commands;
    // Sessions stored in the cache without a TTL (redis_keys_without_ttl).
    for (int i = 0; i < KeysWithoutTtl; ++i)
        commands.append({"SET", "session:" + QByteArray::number(i),
                         "{\"user\":" + QByteArray::number(i) + '}'});
    // One list holding every event of a month (redis_big_key), read whole (redis_slowlog).
    for (int i = 0; i < BigListElements; i += 1000) {
        QList<QByteArray> push{"RPUSH", "report:events:2026-11"};
        for (int j = i; j < i + 1000; ++j)
            push << "event " + QByteArray::number(j) + " deployment finished";
        commands.append(push);
    }
    commands.append({"LRANGE", "report:events:2026-11", "0", "-1"});
    DbError err = redis.open(e, 5000, 30000, "demo-app");
    if (!err)
        err = pipeline(redis, commands);
    if (err) {
        *error = tr("Planting the demo's Redis problems failed: %1").arg(err.toString());
        return false;
    }
    return true;
}

void DemoProblems::stop()
{
    m_held.reset();
}

} // namespace sonde
