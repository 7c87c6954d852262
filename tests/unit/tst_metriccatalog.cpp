// The metric catalog names no server: each source registers its metrics with its sampler
// factory, and the catalog lists what the registered sources gave, in registration order.
#include "TestMain.h"
#include "monitoring/MetricCatalog.h"
#include "monitoring/SourceRegistry.h"
#include "pgbouncer/PgBouncerMetrics.h"
#include "postgres/PostgresMetrics.h"
#include "redis/RedisMetrics.h"

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

QList<MetricInfo> oneRedisMetric()
{
    return {MetricInfo::make(QLatin1String("redis.replica_lag_s"), TargetKind::Redis,
                             u"Redis replica lag"_s, u"s"_s, ChartGroup::None, true,
                             u"Seconds behind the primary."_s)};
}

QList<TargetKind> kindsInOrder()
{
    QList<TargetKind> kinds;
    for (const MetricInfo &m : MetricCatalog::all()) {
        if (kinds.isEmpty() || kinds.last() != m.kind)
            kinds << m.kind;
    }
    return kinds;
}

} // namespace

class TestMetricCatalog : public QObject
{
    Q_OBJECT

private slots:
    void builtInSourcesBringTheirMetrics()
    {
        QCOMPARE(kindsInOrder(), (QList<TargetKind>{TargetKind::PostgreSQL, TargetKind::PgBouncer,
                                                    TargetKind::Redis}));
        QCOMPARE(MetricCatalog::info(metric::PgLatencyMs).kind, TargetKind::PostgreSQL);
        QCOMPARE(MetricCatalog::info(metric::PgbClientsWaiting).secondaryAxis, true);
        QCOMPARE(MetricCatalog::info(metric::RedisHitPct).unit, u"%"_s);
        QCOMPARE(MetricCatalog::all().size(), PostgresMetrics::all().size() +
                                                  PgBouncerMetrics::all().size() +
                                                  RedisMetrics::all().size());
        QVERIFY(MetricCatalog::info(u"no.such_metric"_s).name.isEmpty());
    }

    void aSourceRegisteredAgainReplacesItsMetrics()
    {
        SourceRegistry::add(
            TargetKind::Redis, [](const Target &) { return nullptr; }, &oneRedisMetric);
        QVERIFY(MetricCatalog::info(metric::RedisHitPct).name.isEmpty());
        QCOMPARE(MetricCatalog::info(u"redis.replica_lag_s"_s).label, u"Redis replica lag"_s);
        QCOMPARE(MetricCatalog::format(u"redis.replica_lag_s"_s, 2.5),
                 QLocale().toString(2.5, 'f', 1) + QChar(0x202F) + u"s"_s);
        QCOMPARE(kindsInOrder(), (QList<TargetKind>{TargetKind::PostgreSQL, TargetKind::PgBouncer,
                                                    TargetKind::Redis}));
        QVERIFY(MetricCatalog::info(metric::PgLatencyMs).alerting);

        registerBuiltInSources();
        QVERIFY(MetricCatalog::info(u"redis.replica_lag_s"_s).name.isEmpty());
        QCOMPARE(MetricCatalog::info(metric::RedisHitPct).kind, TargetKind::Redis);
    }
};

SONDE_TEST_GUILESS_MAIN(TestMetricCatalog)
#include "tst_metriccatalog.moc"
