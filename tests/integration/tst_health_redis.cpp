// Health checks on a real Redis: no maxmemory, noeviction near full, evictions, keys
// without TTL (sampled with SCAN), a big key, fragmentation, a fork for a snapshot, the
// slow log and clients near maxclients are planted on the sandbox's Redis, found with their
// evidence, and a Redis setting fix is applied and reverted (refused when read-only).
#include "HealthRun.h"
#include "TestSandbox.h"
#include "connection/RedisClient.h"
#include "health/HealthFixer.h"
#include "indexes/ChangeLog.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

const QString &uri()
{
    return test::TestSandbox::endpoints().redis;
}

std::unique_ptr<RedisClient> openClient(const QByteArray &name = "app-test")
{
    RedisEndpoint e;
    QString error;
    RedisEndpoint::parse(uri(), &e, &error);
    auto c = std::make_unique<RedisClient>();
    if (c->open(e, 5000, 30000, name))
        return nullptr;
    return c;
}

RedisReply run(RedisClient &c, const QList<QByteArray> &args)
{
    RedisReply r;
    c.command(args, &r);
    return r;
}

double info(RedisClient &c, const QString &key)
{
    return parseRedisInfo(run(c, {"INFO"}).text).value(key).toDouble();
}

// Writes `count` keys named prefix:N with values of `size` bytes, pipelined.
void fill(RedisClient &c, const QByteArray &prefix, int count, int size, int ttlSeconds = 0)
{
    const QByteArray value(size, 'v');
    for (int from = 0; from < count; from += 1000) {
        const int to = std::min(count, from + 1000);
        for (int i = from; i < to; ++i) {
            QList<QByteArray> cmd{"SET", prefix + ':' + QByteArray::number(i), value};
            if (ttlSeconds > 0)
                cmd << "EX" << QByteArray::number(ttlSeconds);
            c.append(cmd);
        }
        RedisReply r;
        for (int i = from; i < to; ++i)
            c.readReply(&r);
    }
}

HealthReport check(const HealthThresholds &th = {})
{
    return test::runHealth(TargetKind::Redis, uri(), th);
}

Target target(bool readOnly = false)
{
    Target t;
    t.name = u"redis"_s;
    t.kind = TargetKind::Redis;
    t.uri = uri();
    t.readOnly = readOnly;
    return t;
}

} // namespace

class TestHealthRedis : public QObject
{
    Q_OBJECT
    std::unique_ptr<RedisClient> m_redis;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        SandboxOptions options;
        options.withPgBouncer = false;
        QString error;
        QVERIFY2(test::TestSandbox::ensureStarted(&error, options), qPrintable(error));
        m_redis = openClient();
        QVERIFY(m_redis);
    }

    void init()
    {
        run(*m_redis, {"FLUSHALL"});
        run(*m_redis, {"CONFIG", "SET", "maxmemory", "256mb"});
        run(*m_redis, {"CONFIG", "SET", "maxmemory-policy", "allkeys-lru"});
        run(*m_redis, {"CONFIG", "RESETSTAT"});
    }

    void noMaxmemory()
    {
        run(*m_redis, {"CONFIG", "SET", "maxmemory", "0"});
        const HealthReport r = check();
        const QList<HealthFinding> f = test::findingsOf(r, u"redis_maxmemory"_s);
        QVERIFY2(f.size() == 1, qPrintable(test::describe(r)));
        QCOMPARE(f.first().severity, HealthSeverity::Warning);
        QCOMPARE(f.first().fix.kind, HealthFix::Kind::RedisSetting);
        QCOMPARE(f.first().fix.setting, u"maxmemory"_s);
        const double ram = info(*m_redis, u"total_system_memory"_s);
        QCOMPARE(f.first().fix.value, u"%1mb"_s.arg(qint64(ram * 0.75 / 1048576)));
        QCOMPARE(r.machine.ramSource, u"Redis INFO total_system_memory"_s);
    }

    void noevictionNearlyFull()
    {
        fill(*m_redis, "k", 2000, 1000);
        run(*m_redis, {"CONFIG", "SET", "maxmemory-policy", "noeviction"});
        const double used = info(*m_redis, u"used_memory"_s);
        run(*m_redis, {"CONFIG", "SET", "maxmemory", QByteArray::number(qint64(used * 1.05))});
        const QList<HealthFinding> f = test::findingsOf(check(), u"redis_maxmemory"_s);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().severity, HealthSeverity::Critical);
        QCOMPARE(f.first().evidenceValue(u"maxmemory_policy"_s).toString(), u"noeviction"_s);
    }

    void evictions()
    {
        const double used = info(*m_redis, u"used_memory"_s);
        run(*m_redis, {"CONFIG", "SET", "maxmemory", QByteArray::number(qint64(used) + 1048576)});
        fill(*m_redis, "e", 4000, 1000);
        QVERIFY(info(*m_redis, u"evicted_keys"_s) > 0);
        const QList<HealthFinding> f = test::findingsOf(check(), u"redis_evictions"_s);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().severity, HealthSeverity::Warning);
        QVERIFY(f.first().evidenceValue(u"evicted_keys"_s).toLongLong() > 0);
        QCOMPARE(f.first().fix.setting, u"maxmemory"_s);
    }

    void keysWithoutTtlInACache()
    {
        fill(*m_redis, "cached", 300, 50, 600);
        fill(*m_redis, "leaked", 200, 50);
        HealthReport r = check();
        QList<HealthFinding> f = test::findingsOf(r, u"redis_keys_without_ttl"_s);
        QVERIFY2(f.size() == 1, qPrintable(test::describe(r)));
        QCOMPARE(f.first().severity, HealthSeverity::Warning);
        QCOMPARE(f.first().evidenceValue(u"sampled_keys"_s).toLongLong(), 500);
        QCOMPARE(f.first().evidenceValue(u"keys_without_ttl"_s).toLongLong(), 200);
        QVERIFY(f.first().evidenceValue(u"examples"_s).toString().startsWith(u"leaked:"_s));
        QCOMPARE(f.first().fix.kind, HealthFix::Kind::None);

        // With a volatile policy and memory nearly full, they can never be evicted.
        run(*m_redis, {"CONFIG", "SET", "maxmemory-policy", "volatile-lru"});
        const double used = info(*m_redis, u"used_memory"_s);
        run(*m_redis, {"CONFIG", "SET", "maxmemory", QByteArray::number(qint64(used * 1.05))});
        r = check();
        f = test::findingsOf(r, u"redis_keys_without_ttl"_s);
        QVERIFY2(f.size() == 1, qPrintable(test::describe(r)));
        QCOMPARE(f.first().severity, HealthSeverity::Critical);
        QCOMPARE(f.first().fix.kind, HealthFix::Kind::RedisSetting);
        QCOMPARE(f.first().fix.sql, u"CONFIG SET maxmemory-policy allkeys-lru"_s);

        ChangeLog log(m_dir.filePath(u"changes.sqlite"_s));
        QString error;
        QVERIFY(log.open(&error));
        HealthFixer fixer(&log);
        const HealthFixOutcome refused = fixer.apply(target(true), f.first());
        QCOMPARE(refused.error.kind, DbError::Kind::ReadOnlyRefused);
        QVERIFY(log.all().isEmpty());
        const HealthFixOutcome applied = fixer.apply(target(), f.first());
        QVERIFY2(applied.applied(), qPrintable(applied.error.toString()));
        QCOMPARE(run(*m_redis, {"CONFIG", "GET", "maxmemory-policy"}).elements.value(1).text,
                 QByteArray("allkeys-lru"));
        QCOMPARE(log.find(applied.changeId)->action, IndexChange::Action::RedisSetting);
        QCOMPARE(log.find(applied.changeId)->revertDdl,
                 u"CONFIG SET maxmemory-policy volatile-lru"_s);
        QCOMPARE(fixer.revert(target(true), applied.changeId).error.kind,
                 DbError::Kind::ReadOnlyRefused);
        const HealthFixOutcome reverted = fixer.revert(target(), applied.changeId);
        QVERIFY2(reverted.applied(), qPrintable(reverted.error.toString()));
        QCOMPARE(run(*m_redis, {"CONFIG", "GET", "maxmemory-policy"}).elements.value(1).text,
                 QByteArray("volatile-lru"));
        QCOMPARE(log.find(applied.changeId)->outcome, IndexChange::Outcome::Reverted);
    }

    void bigKey()
    {
        run(*m_redis, {"SET", "report:2024", QByteArray(12 * 1024 * 1024, 'r')});
        fill(*m_redis, "small", 100, 50, 600);
        const QList<HealthFinding> f = test::findingsOf(check(), u"redis_big_key"_s);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().object, u"report:2024"_s);
        QCOMPARE(f.first().evidenceValue(u"type"_s).toString(), u"string"_s);
        QVERIFY(f.first().evidenceValue(u"memory_usage_bytes"_s).toLongLong() >= 12 * 1024 * 1024);
    }

    void fragmentation()
    {
        fill(*m_redis, "frag", 150000, 300, 600);
        QList<QByteArray> del{"DEL"};
        for (int i = 0; i < 150000; ++i) {
            if (i % 4 != 0)
                del << "frag:" + QByteArray::number(i);
        }
        run(*m_redis, del);
        // Redis samples its resident size and the fragmentation ratio in its periodic
        // task: wait until INFO shows both what the deleted keys left resident (a loaded
        // machine runs that task late, and the ratio may still use the size before DEL).
        const auto fragmented = [this]() {
            qint64 rss = 0, used = 0;
            double ratio = 0;
            for (const QByteArray &line : run(*m_redis, {"INFO", "memory"}).text.split('\n')) {
                if (line.startsWith("used_memory_rss:"))
                    rss = line.mid(16).trimmed().toLongLong();
                else if (line.startsWith("used_memory:"))
                    used = line.mid(12).trimmed().toLongLong();
                else if (line.startsWith("mem_fragmentation_ratio:"))
                    ratio = line.mid(24).trimmed().toDouble();
            }
            return rss - used >= 16 * 1024 * 1024 && ratio >= HealthThresholds{}.fragmentationRatio;
        };
        QTRY_VERIFY_WITH_TIMEOUT(fragmented(), 30000);
        HealthThresholds th;
        th.fragmentationExcessBytes = 16 * 1024 * 1024;
        const HealthReport r = check(th);
        const QList<HealthFinding> f = test::findingsOf(r, u"redis_fragmentation"_s);
        QVERIFY2(f.size() == 1, qPrintable(test::describe(r)));
        QVERIFY(f.first().evidenceValue(u"mem_fragmentation_ratio"_s).toDouble() >= 1.5);
        QVERIFY(f.first().evidenceValue(u"used_memory_rss"_s).toLongLong() -
                    f.first().evidenceValue(u"used_memory"_s).toLongLong() >=
                16 * 1024 * 1024);
    }

    void forkForSnapshots()
    {
        fill(*m_redis, "p", 2000, 100, 600);
        run(*m_redis, {"CONFIG", "SET", "save", "3600 1"});
        run(*m_redis, {"BGSAVE"});
        QTRY_VERIFY_WITH_TIMEOUT(info(*m_redis, u"rdb_bgsave_in_progress"_s) == 0 &&
                                     info(*m_redis, u"latest_fork_usec"_s) > 0,
                                 15000);
        HealthThresholds th;
        th.forkMicrosWarning = 1;
        const QList<HealthFinding> f = test::findingsOf(check(th), u"redis_fork"_s);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().evidenceValue(u"save"_s).toString(), u"3600 1"_s);
        // A Redis that evicts is a cache: the fix turns snapshots off.
        QCOMPARE(f.first().fix.kind, HealthFix::Kind::RedisSetting);
        QCOMPARE(f.first().fix.sql, u"CONFIG SET save \"\""_s);
        QVERIFY(test::findingsOf(check(), u"redis_fork"_s).isEmpty()); // default: 100 ms
        run(*m_redis, {"CONFIG", "SET", "save", ""});
    }

    void slowLogOfOtherClients()
    {
        run(*m_redis, {"SLOWLOG", "RESET"});
        run(*m_redis, {"CONFIG", "SET", "slowlog-log-slower-than", "0"});
        run(*m_redis, {"SET", "slow:test", "v"});
        const HealthReport first = check();
        const QList<HealthFinding> f = test::findingsOf(first, u"redis_slowlog"_s);
        QVERIFY2(f.size() == 1, qPrintable(test::describe(first)));
        QCOMPARE(f.first().severity, HealthSeverity::Info);
        QVERIFY(f.first().evidenceValue(u"client_name"_s).toString() != u"sonde-health"_s);
        // Sonde's own commands (logged too at this threshold) are not counted.
        const HealthReport second = check();
        QCOMPARE(test::findingsOf(second, u"redis_slowlog"_s).first().evidenceValue(u"entries"_s),
                 f.first().evidenceValue(u"entries"_s));
        run(*m_redis, {"CONFIG", "SET", "slowlog-log-slower-than", "10000"});
        run(*m_redis, {"SLOWLOG", "RESET"});
    }

    void clientsNearMaxclients()
    {
        run(*m_redis, {"CONFIG", "SET", "maxclients", "10"});
        std::vector<std::unique_ptr<RedisClient>> clients;
        for (int i = 0; i < 7; ++i) {
            clients.push_back(openClient());
            QVERIFY(clients.back());
        }
        const HealthReport r = check();
        const QList<HealthFinding> f = test::findingsOf(r, u"redis_clients"_s);
        QVERIFY2(f.size() == 1, qPrintable(test::describe(r)));
        QCOMPARE(f.first().severity, HealthSeverity::Warning);
        QCOMPARE(f.first().evidenceValue(u"connected_clients"_s).toLongLong(), 9);
        QCOMPARE(f.first().fix.value, u"18"_s);
        clients.clear();
        run(*m_redis, {"CONFIG", "SET", "maxclients", "10000"});
    }
};

QTEST_GUILESS_MAIN(TestHealthRedis)
#include "tst_health_redis.moc"
