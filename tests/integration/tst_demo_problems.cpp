// The demo's "problems" mode: every problem it plants is found by the health checks, on
// PostgreSQL, PgBouncer and Redis, and the held sessions end with the demo.
#include "HealthRun.h"
#include "demo/DemoEnvironment.h"

#include <QtTest>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;
using namespace sonde;

class TestDemoProblems : public QObject
{
    Q_OBJECT
    std::unique_ptr<DemoEnvironment> m_demo;

    QStringList found(TargetKind kind, const QString &uri, const HealthThresholds &th = {},
                      const QString &pooled = {})
    {
        const HealthReport r = test::runHealth(kind, uri, th, {}, pooled);
        QStringList out;
        for (const HealthFinding &f : r.findings)
            out << f.check + u' ' + f.object;
        return out;
    }

private slots:
    void initTestCase()
    {
        DemoOptions options;
        QVERIFY(DemoOptions::parseMode(u"problems"_s, &options));
        QVERIFY(options.plantProblems);
        options.scale = 0.01;
        options.runWorkload = false;
        m_demo = std::make_unique<DemoEnvironment>();
        QString error;
        // Each step in the log: a start that takes too long says where it is.
        const auto progress = [](const QString &step, int percent) {
            qInfo("%3d %% %s", percent, qPrintable(step));
        };
        QVERIFY2(m_demo->start(options, progress, nullptr, &error), qPrintable(error));
    }

    void postgresProblemsAreFound()
    {
        HealthThresholds th;
        th.idleInTransactionWarning = 0;
        th.preparedWarning = 0;
        const QStringList checks = found(TargetKind::PostgreSQL, m_demo->endpoints().postgres, th);
        for (const QString &expected :
             {u"vacuum_behind public.batch_jobs"_s, u"table_bloat public.event_archive"_s,
              u"sequence_near_limit public.invoices_id_seq"_s,
              u"duplicate_index public.invoices_amount_idx1"_s, u"work_mem work_mem"_s,
              u"xid_wraparound public.legacy_flags"_s, u"track_io_timing track_io_timing"_s,
              u"checkpoints_requested max_wal_size"_s,
              u"prepared_transaction prepared transaction invoice-export-42"_s})
            QVERIFY2(checks.contains(expected),
                     qPrintable(expected + u"\n"_s + checks.join(u'\n')));
        bool idle = false;
        for (const QString &c : checks)
            idle = idle || c.startsWith(u"idle_in_transaction pid"_s);
        QVERIFY2(idle, qPrintable(checks.join(u'\n')));
    }

    void redisAndPgBouncerProblemsAreFound()
    {
        const SandboxEndpoints &ep = m_demo->endpoints();
        const QStringList redis = found(TargetKind::Redis, ep.redis);
        QVERIFY2(redis.contains(u"redis_big_key report:events:2026-11"_s),
                 qPrintable(redis.join(u'\n')));
        QVERIFY2(redis.contains(u"redis_slowlog LRANGE"_s), qPrintable(redis.join(u'\n')));
        bool noTtl = false;
        for (const QString &c : redis)
            noTtl = noTtl || c.startsWith(u"redis_keys_without_ttl"_s);
        QVERIFY2(noTtl, qPrintable(redis.join(u'\n')));
        const QStringList bouncer =
            found(TargetKind::PgBouncer, ep.pgbouncerAdmin, {}, ep.pgbouncer);
        QVERIFY2(bouncer.contains(u"pgbouncer_pool_size default_pool_size"_s),
                 qPrintable(bouncer.join(u'\n')));
    }

    void stoppingEndsTheHeldSessions()
    {
        m_demo->stop();
        QVERIFY(!m_demo->sandbox().isStarted());
    }
};

QTEST_GUILESS_MAIN(TestDemoProblems)
#include "tst_demo_problems.moc"
