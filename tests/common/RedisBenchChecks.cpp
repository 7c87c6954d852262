#include "RedisBenchChecks.h"

#include "bench/BenchmarkEngine.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace sonde::test {

RedisReply redisCommand(RedisClient &client, const QList<QByteArray> &args)
{
    RedisReply reply;
    if (const DbError err = client.command(args, &reply))
        QTest::qFail(qPrintable(err.toString()), __FILE__, __LINE__);
    return reply;
}

QMap<QString, qint64> redisCommandCalls(RedisClient &client)
{
    RedisReply reply;
    QMap<QString, qint64> out;
    if (client.command({"INFO", "commandstats"}, &reply))
        return out;
    const QHash<QString, QString> info = parseRedisInfo(reply.text);
    for (auto it = info.begin(); it != info.end(); ++it) {
        if (it.key().startsWith(u"cmdstat_"_s))
            out.insert(it.key().mid(8),
                       parseRedisInfoFields(it.value()).value(u"calls"_s).toLongLong());
    }
    return out;
}

BenchmarkConfig redisBenchConfig(const QString &uri, WorkloadKind kind)
{
    BenchmarkConfig c;
    c.workload = kind;
    c.uri = uri;
    c.clients = 6;
    c.threads = 2;
    c.keySpace = 1000;
    return c;
}

void runRedisBenchAgainstCommandStats(RedisClient &admin, const BenchmarkConfig &config,
                                      BenchmarkResult *result)
{
    redisCommand(admin, {"CONFIG", "RESETSTAT"});
    *result = BenchmarkEngine::run(config, nullptr);
    const BenchmarkResult &r = *result;
    QVERIFY2(r.status == BenchmarkResult::Status::Completed, qPrintable(r.error));
    QCOMPARE(r.transactions, config.transactions);
    QCOMPARE(r.errors, qint64(0));
    QCOMPARE(r.latency.count(), r.transactions);
    const QMap<QString, qint64> calls = redisCommandCalls(admin);
    QCOMPARE(calls.value(u"get"_s) + calls.value(u"set"_s), config.transactions);
    if (config.workload == WorkloadKind::RedisGet)
        QCOMPARE(calls.value(u"get"_s), config.transactions);
    if (config.workload == WorkloadKind::RedisSet)
        QCOMPARE(calls.value(u"set"_s), config.transactions);
    QVERIFY(r.serverVersion.startsWith(u"Redis 7"_s));
    QVERIFY(r.serverSummary.contains(u"redis.commands_per_s"_s));
}

void runCacheAsideAgainstCommandStats(RedisClient &admin, BenchmarkConfig config,
                                      qint64 transactions, BenchmarkResult *result, qint64 *misses)
{
    redisCommand(admin, {"FLUSHDB"});
    redisCommand(admin, {"CONFIG", "RESETSTAT"});
    config.clients = 3;
    config.keySpace = 200;
    config.transactions = transactions;
    *result = BenchmarkEngine::run(config, nullptr);
    const BenchmarkResult &r = *result;
    QVERIFY2(r.status == BenchmarkResult::Status::Completed, qPrintable(r.error));
    QCOMPARE(r.transactions, transactions);
    const QMap<QString, qint64> calls = redisCommandCalls(admin);
    QCOMPARE(calls.value(u"get"_s), transactions);
    *misses = calls.value(u"set"_s);
    QVERIFY(*misses >= 150 && *misses <= 400); // each of the 200 keys missed about once
    const double hitPct = r.serverSummary.value(u"client.cache_hit_pct"_s);
    QVERIFY(qAbs(hitPct - 100.0 * double(transactions - *misses) / double(transactions)) < 0.01);
}

} // namespace sonde::test
