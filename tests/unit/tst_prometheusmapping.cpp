// Prometheus as a source without a server: the PromQL of each dashboard metric, the step
// that fits Prometheus' limit, addresses and instance targets, profiles of kind Prometheus,
// the fast matrix reader, history in front of live readings, the rules file and the fleet's
// order.
#include "TestMain.h"
#include "common/Redaction.h"
#include "connection/ConnectionProfile.h"
#include "connection/PromMatrixParser.h"
#include "connection/PrometheusClient.h"
#include "monitoring/MetricStore.h"
#include "postgres/PostgresMetrics.h"
#include "prometheus/PromQlMap.h"
#include "prometheus/PrometheusFleet.h"
#include "prometheus/PrometheusRules.h"
#include "redis/RedisMetrics.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

class TestPrometheusMapping : public QObject
{
    Q_OBJECT
private slots:
    void everyExpressionIsFilledIn()
    {
        QVERIFY(PromQlMap::all().size() >= 20);
        for (const PromQlMapping &m : PromQlMap::all()) {
            // Every mapped metric is one the dashboard knows, in the same kind.
            QCOMPARE(MetricCatalog::info(m.metric).kind, m.kind);
            for (const QString &matchers : {QString(), u"instance=\"a:1\",job=\"j\""_s}) {
                const QString e = PromQlMap::expression(m, matchers, 60);
                QVERIFY2(!e.contains(u"{S"_s) && !e.contains(u"[R]"_s), qPrintable(e));
                QVERIFY2(e.contains(u"[60s]"_s) || !m.expression.contains(u"[R]"_s), qPrintable(e));
                QVERIFY2(!e.contains(u"{,"_s), qPrintable(e));
                if (!matchers.isEmpty())
                    QVERIFY2(e.contains(matchers), qPrintable(e));
            }
        }
        const QString latency =
            PromQlMap::expression(*PromQlMap::find(metric::PgLatencyMs), u"job=\"pg\""_s, 60);
        // A server the exporter cannot reach has no value (a gap, not a rate across it).
        QVERIFY(latency.endsWith(u"and on (instance, job) (pg_up{job=\"pg\"} == 1)"_s));
        const QString active = PromQlMap::expression(*PromQlMap::find(metric::PgActive), {}, 60);
        QVERIFY2(active.contains(u"pg_stat_activity_count{state=\"active\"}"_s),
                 qPrintable(active));
        QCOMPARE(PromQlMap::recordedName(metric::RedisHitPct), u"sonde:redis_hit_pct"_s);
        QCOMPARE(PromQlMap::rateWindowSeconds(15, 5), 30);
        QCOMPARE(PromQlMap::rateWindowSeconds(1, 1), 10);
        QCOMPARE(PromQlMap::rateWindowSeconds(15, 15), 60);
    }

    void theStepFitsPrometheusLimit()
    {
        QCOMPARE(PrometheusClient::stepToFit(24 * 3600000LL, 15), 15);
        // A week at one second would be 604 800 points: 55 s at least, shown as a minute.
        QCOMPARE(PrometheusClient::stepToFit(7 * 86400000LL, 1), 60);
        QCOMPARE(PrometheusClient::stepToFit(3600000, 0), 1);
        QCOMPARE(PrometheusClient::stepToFit(3600000, 7), 10);
        for (qint64 range : {60000LL, 86400000LL, 30 * 86400000LL}) {
            const int step = PrometheusClient::stepToFit(range, 1);
            QVERIFY(range / 1000 / step + 1 <= PrometheusClient::MaxPointsPerSeries);
        }
    }

    void labelValuesAreQuoted()
    {
        QCOMPARE(promLabelMatcher(u"instance"_s, u"a\"b\\c"_s), u"instance=\"a\\\"b\\\\c\""_s);
    }

    void addressesKeepSecretsApart()
    {
        PrometheusEndpoint ep;
        QString error;
        QVERIFY(PrometheusEndpoint::parse(
            u"https://dba:s3cret@prom.example.com:9443/prometheus/?cacert=/ca.pem&verify=none"_s,
            &ep, &error));
        QCOMPARE(ep.user, u"dba"_s);
        QCOMPARE(ep.password, u"s3cret"_s);
        QCOMPARE(ep.caFile, u"/ca.pem"_s);
        QVERIFY(!ep.verifyTls);
        QCOMPARE(ep.url.path(), u"/prometheus"_s);
        QVERIFY(!ep.displayUrl().contains(u"s3cret"_s));
        QCOMPARE(ep.hostPort(), u"prom.example.com:9443"_s);
        QVERIFY(PrometheusEndpoint::parse(u"http://prom:9090?token=abc"_s, &ep, &error));
        QCOMPARE(ep.bearerToken, u"abc"_s);
        QVERIFY(!ep.displayUrl().contains(u"abc"_s));
        // A token never shows where addresses are shown or logged.
        QVERIFY(!Redaction::maskPasswords(u"sonde-cli fleet http://prom:9090?token=abc"_s)
                     .contains(u"abc"_s));
        Target withToken;
        withToken.uri = u"http://prom:9090?token=abc&verify=none"_s;
        QVERIFY(!withToken.displayUri().contains(u"abc"_s));
        QVERIFY(withToken.displayUri().contains(u"verify=none"_s));
        QVERIFY(!PrometheusEndpoint::parse(u"prom:9090"_s, &ep, &error));
        QVERIFY(error.contains(u"http://"_s));
        QVERIFY(!PrometheusEndpoint::parse(u"http://prom:9090?step=5"_s, &ep, &error));
        QVERIFY(error.contains(u"step"_s));

        PromInstanceRef ref{u"10.0.0.7:9187"_s, u"postgres & co"_s, TargetKind::PostgreSQL};
        const QString uri = ref.toUri(u"http://dba:pw@prom:9090"_s);
        const PromInstanceRef back = PromInstanceRef::fromUri(uri);
        QCOMPARE(back.instance, ref.instance);
        QCOMPARE(back.job, ref.job);
        QCOMPARE(back.kind, TargetKind::PostgreSQL);
        Target t;
        t.kind = TargetKind::Prometheus;
        t.uri = uri;
        QCOMPARE(metricsKindOf(t), TargetKind::PostgreSQL);
        t.uri = u"http://prom:9090"_s;
        QCOMPARE(metricsKindOf(t), TargetKind::Prometheus);
        // The server's address still parses with an instance named in it.
        QVERIFY(PrometheusEndpoint::parse(uri, &ep, &error));
        QCOMPARE(ep.password, u"pw"_s);
    }

    void aProfileOfKindPrometheus()
    {
        ConnectionProfile p;
        QString password, error;
        QVERIFY(ConnectionProfile::fromUri(u"http://dba:pw@prom.example.com:9091/prom"_s, &p,
                                           &password, &error));
        QCOMPARE(p.kind, TargetKind::Prometheus);
        QCOMPARE(p.host, u"prom.example.com"_s);
        QCOMPARE(p.port, 9091);
        QCOMPARE(p.user, u"dba"_s);
        QCOMPARE(password, u"pw"_s);
        QCOMPARE(p.database, u"/prom"_s);
        QVERIFY(!p.tls);
        QVERIFY(p.problem().isEmpty());
        // The password is never in what is shown; the target's URI has it (memory only).
        QVERIFY(!p.displayUri().contains(u"pw"_s));
        const Target t = p.toTarget(password);
        QCOMPARE(t.kind, TargetKind::Prometheus);
        PrometheusEndpoint ep;
        QVERIFY(PrometheusEndpoint::parse(t.uri, &ep, &error));
        QCOMPARE(ep.password, u"pw"_s);
        QCOMPARE(ep.url.port(), 9091);
        // No user: the password is a bearer token.
        p.user.clear();
        QVERIFY(PrometheusEndpoint::parse(p.connectionUri(u"tok"_s), &ep, &error));
        QCOMPARE(ep.bearerToken, u"tok"_s);
        ConnectionProfile https;
        QVERIFY(ConnectionProfile::fromUri(u"https://prom"_s, &https, &password, &error));
        QVERIFY(https.tls);
        QCOMPARE(https.effectivePort(), 443);
        ConnectionProfile typed;
        typed.kind = TargetKind::Prometheus;
        QCOMPARE(typed.effectivePort(), 9090);
        // A password with a space or an @ reads back as typed.
        p.user = u"dba"_s;
        PrometheusEndpoint spaced;
        QVERIFY2(PrometheusEndpoint::parse(p.connectionUri(u"correct horse@1"_s), &spaced, &error),
                 qPrintable(error));
        QCOMPARE(spaced.password, u"correct horse@1"_s);
        // A bad address's message never quotes it (QUrl's would, password and all).
        QVERIFY(!PrometheusEndpoint::parse(u"http://dba:pw secret@[bad:9090"_s, &spaced, &error));
        QVERIFY(!error.contains(u"secret"_s));
        TargetKind kind;
        QVERIFY(guessTargetKind(u"http://prom:9090"_s, &kind));
        QCOMPARE(kind, TargetKind::Prometheus);
    }

    void theMatrixReaderReadsWhatPrometheusSends()
    {
        const QByteArray body =
            "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":["
            "{\"metric\":{\"instance\":\"a:1\",\"job\":\"j\\\"q\"},\"values\":[[1700000000,\"1.5\"]"
            ","
            "[1700000015.5,\"NaN\"],[1700000030,\"+Inf\"],[1700000045,\"-2e3\"]]},"
            "{\"metric\":{},\"values\":[]}]}}";
        QList<PromSeries> series;
        QVERIFY(parsePromMatrix(body, &series));
        QCOMPARE(series.size(), 2);
        QCOMPARE(series.at(0).labels.value(u"job"_s), u"j\"q"_s);
        QCOMPARE(series.at(0).ms,
                 (QVector<qint64>{1700000000000, 1700000015500, 1700000030000, 1700000045000}));
        QCOMPARE(series.at(0).values.at(0), 1.5);
        QVERIFY(std::isnan(series.at(0).values.at(1)));
        QVERIFY(std::isinf(series.at(0).values.at(2)));
        QCOMPARE(series.at(0).values.at(3), -2000.0);
        QVERIFY(series.at(1).ms.isEmpty());
        // Anything unexpected: false, and the caller reads it the general way.
        QVERIFY(!parsePromMatrix("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\"}",
                                 &series));
        QVERIFY(!parsePromMatrix("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\","
                                 "\"result\":[{\"metric\":{},\"histograms\":[]}]}}",
                                 &series));
        QVERIFY(!parsePromMatrix(
            "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{", &series));
    }

    // Prometheus' history goes in front of the live line: one line when joined, a gap
    // between when not.
    void historyRunsOnIntoTheLiveLine()
    {
        for (bool gap : {false, true}) {
            MetricStore store;
            Snapshot live;
            live.targetId = u"t"_s;
            live.at = QDateTime::fromMSecsSinceEpoch(100000, Qt::UTC);
            live.values.insert(metric::PgLatencyMs, 5);
            store.ingest(live);
            live.at = QDateTime::fromMSecsSinceEpoch(101000, Qt::UTC);
            store.ingest(live);
            MetricStore::HistorySeries history;
            for (qint64 ms = 40000; ms <= 110000; ms += 15000) // the last two overlap live ones
                history[metric::PgLatencyMs].append({ms, 3.0});
            store.ingestHistory(u"t"_s, history, gap);
            const MetricSeries *s = store.series(u"t"_s, metric::PgLatencyMs);
            QVERIFY(s);
            const auto points = s->points(0, 200000, 0);
            int gaps = 0;
            QList<qint64> times;
            for (const SeriesPoint &p : points) {
                if (p.isGap())
                    ++gaps;
                else
                    times << p.ms;
            }
            // 40, 55, 70, 85 s from Prometheus (not 100 or 115: Sonde's own readings there),
            // then the live 100 and 101 s.
            QCOMPARE(times, (QList<qint64>{40000, 55000, 70000, 85000, 100000, 101000}));
            QCOMPARE(gaps, gap ? 1 : 0);
        }
    }

    void theRulesFileHasBothGroups()
    {
        const QString file = PrometheusRules::rulesFile(ThresholdSet::defaults(), 60, 15);
        QVERIFY(file.contains(u"- name: sonde-thresholds"_s));
        QVERIFY(file.contains(u"- name: sonde-recordings"_s));
        QCOMPARE(file.count(u"groups:"_s), 1);
        QVERIFY(file.contains(u"alert: SondePgLatencyMsCritical"_s));
        QVERIFY(file.contains(u"record: sonde:pg_latency_ms"_s));
        // Hit rates alert below their threshold, latencies above.
        QVERIFY(file.contains(u") < 60\""_s));
        QVERIFY(file.contains(u") > 500\""_s));
        ThresholdSet none;
        for (ChartGroup c : {ChartGroup::Latency, ChartGroup::HitRate, ChartGroup::PoolUse})
            none.set(c, Threshold());
        QVERIFY(PrometheusRules::alertingRules(none).contains(u"rules: []"_s));
    }

    void theFleetIsWorstFirst()
    {
        auto row = [](const QString &name, bool up, AlertLevel level, int alerts, double ms) {
            FleetRow r;
            r.instance.instance = name;
            r.instance.up = up;
            r.level = level;
            r.firingAlerts = QStringList(alerts, u"A"_s);
            r.latencyMs = ms;
            return r;
        };
        QList<FleetRow> rows = {row(u"fast"_s, true, AlertLevel::Normal, 0, 1),
                                row(u"slow"_s, true, AlertLevel::Normal, 0, 90),
                                row(u"alerting"_s, true, AlertLevel::Normal, 1, 1),
                                row(u"warning"_s, true, AlertLevel::Warning, 0, 250),
                                row(u"down"_s, false, AlertLevel::Normal, 0, std::nan("")),
                                row(u"critical"_s, true, AlertLevel::Critical, 0, 600)};
        std::sort(rows.begin(), rows.end(), &FleetRow::worseThan);
        QStringList order;
        for (const FleetRow &r : rows)
            order << r.instance.instance;
        QCOMPARE(order, (QStringList{u"down"_s, u"critical"_s, u"warning"_s, u"alerting"_s,
                                     u"slow"_s, u"fast"_s}));
    }
};

SONDE_TEST_GUILESS_MAIN(TestPrometheusMapping)
#include "tst_prometheusmapping.moc"
