// The metric catalog names no server: each source registers its metrics with its sampler
// factory, and the catalog lists what the registered sources gave, in registration order.
#include "TestMain.h"
#include "common/DisplayFormat.h"
#include "monitoring/MetricCatalog.h"
#include "monitoring/SourceRegistry.h"
#include "pgbouncer/PgBouncerMetrics.h"
#include "postgres/PostgresMetrics.h"
#include "prometheus/PrometheusMetrics.h"
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
                                                    TargetKind::Redis, TargetKind::Prometheus}));
        QCOMPARE(MetricCatalog::info(metric::PgLatencyMs).kind, TargetKind::PostgreSQL);
        QCOMPARE(MetricCatalog::info(metric::PgbClientsWaiting).secondaryAxis, true);
        QCOMPARE(MetricCatalog::info(metric::RedisHitPct).unit, u"%"_s);
        QCOMPARE(MetricCatalog::all().size(),
                 PostgresMetrics::all().size() + PgBouncerMetrics::all().size() +
                     RedisMetrics::all().size() + PrometheusMetrics::all().size());
        QVERIFY(MetricCatalog::info(u"no.such_metric"_s).name.isEmpty());
    }

    void valuesReadAsDisplayFormatWritesThem()
    {
        // A dashboard value reads as the same figure on every other page: latencies in the
        // unit their size calls for, sizes in SI units, counts whole.
        QCOMPARE(MetricCatalog::format(metric::PgLatencyMs, 1967.129),
                 DisplayFormat::duration(1967.129));
        QCOMPARE(MetricCatalog::format(metric::RedisHitPct, 23.3333),
                 DisplayFormat::percent(23.3333));
        QCOMPARE(MetricCatalog::format(metric::RedisMemoryBytes, 1.5e6),
                 DisplayFormat::bytes(1'500'000));
        QCOMPARE(MetricCatalog::format(metric::RedisOpsPerSec, 1234.56),
                 DisplayFormat::rate(1234.56) + DisplayFormat::UnitSpace + u"/s"_s);
        QCOMPARE(MetricCatalog::format(metric::PgConnections, 1234), DisplayFormat::count(1234));
        // The number alone, for a name that says the unit already (latency_ms=405).
        QCOMPARE(MetricCatalog::formatNumber(metric::PgLatencyMs, 404.52),
                 DisplayFormat::number(404.52));
        QVERIFY(!MetricCatalog::formatNumber(metric::PgLatencyMs, 404.52).contains(u"ms"_s));
    }

    void aSourceRegisteredAgainReplacesItsMetrics()
    {
        SourceRegistry::add(
            TargetKind::Redis, [](const Target &) { return nullptr; }, &oneRedisMetric);
        QVERIFY(MetricCatalog::info(metric::RedisHitPct).name.isEmpty());
        QCOMPARE(MetricCatalog::info(u"redis.replica_lag_s"_s).label, u"Redis replica lag"_s);
        QCOMPARE(MetricCatalog::format(u"redis.replica_lag_s"_s, 2.5),
                 DisplayFormat::duration(2500));
        QCOMPARE(kindsInOrder(), (QList<TargetKind>{TargetKind::PostgreSQL, TargetKind::PgBouncer,
                                                    TargetKind::Redis, TargetKind::Prometheus}));
        QVERIFY(MetricCatalog::info(metric::PgLatencyMs).alerting);

        registerBuiltInSources();
        QVERIFY(MetricCatalog::info(u"redis.replica_lag_s"_s).name.isEmpty());
        QCOMPARE(MetricCatalog::info(metric::RedisHitPct).kind, TargetKind::Redis);
    }
};

SONDE_TEST_GUILESS_MAIN(TestMetricCatalog)
#include "tst_metriccatalog.moc"
