// Prometheus as a source, against a real Prometheus scraping the sandbox's servers through
// the Debian-packaged exporters (every second here), with basic authentication on: discovery,
// history equal to what the exporters report, a PostgreSQL restart as a gap, clear errors,
// and sonde-cli history / fleet / rules.
#include "CliRun.h"
#include "TestMain.h"
#include "TestSandbox.h"
#include "connection/RedisClient.h"
#include "connection/RedisEndpoint.h"
#include "monitoring/ThresholdSet.h"
#include "pgbouncer/PgBouncerMetrics.h"
#include "postgres/PostgresMetrics.h"
#include "prometheus/PromQlMap.h"
#include "prometheus/PrometheusFleet.h"
#include "prometheus/PrometheusHistory.h"
#include "prometheus/PrometheusRules.h"
#include "redis/RedisMetrics.h"
#include "sandbox/Sandbox.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

const QString User = u"dba"_s;
const QString Password = u"sonde-test-secret"_s;
// bcrypt of Password (cost 4: a test's speed, not a secret).
const char *const WebConfig =
    "basic_auth_users:\n  dba: $2b$04$v0vMFwtVoUktcJsrqGCbruy2T4ke9fn2AhIgEUwOghdNTwlvhgONG\n";

PrometheusEndpoint endpoint(const QString &user = User, const QString &password = Password)
{
    PrometheusEndpoint ep;
    QString error;
    PrometheusEndpoint::parse(test::TestSandbox::endpoints().prometheus, &ep, &error);
    ep.user = user;
    ep.password = password;
    return ep;
}

// An exporter's /metrics, as Prometheus scrapes it: name{labels} → value.
QHash<QString, double> scrape(const QString &hostPort)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(u"http://%1/metrics"_s.arg(hostPort))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    QHash<QString, double> out;
    for (const QByteArray &line : reply->readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const int space = line.lastIndexOf(' ');
        out.insert(QString::fromUtf8(line.left(space)), line.mid(space + 1).toDouble());
    }
    delete reply;
    return out;
}

double sumOf(const QHash<QString, double> &metrics, const QString &name)
{
    double sum = 0;
    for (auto it = metrics.cbegin(); it != metrics.cend(); ++it) {
        if (it.key() == name || it.key().startsWith(name + u'{'))
            sum += it.value();
    }
    return sum;
}

std::optional<PromInstance> instanceOf(TargetKind kind, QString *error)
{
    PrometheusClient client(endpoint());
    QList<PromInstance> instances;
    PromError e;
    if (!discoverInstances(client, &instances, &e)) {
        *error = e.message;
        return std::nullopt;
    }
    for (const PromInstance &i : std::as_const(instances)) {
        if (i.kind == kind)
            return i;
    }
    *error = u"no instance of that kind yet"_s;
    return std::nullopt;
}

// The last reading of a metric of one instance over the last minute (NaN when none).
double lastOf(const PromInstance &i, const QString &metric, int stepSeconds = 2)
{
    PrometheusClient client(endpoint());
    PromHistoryRequest r;
    r.instances = {i};
    r.toMs = QDateTime::currentMSecsSinceEpoch();
    r.fromMs = r.toMs - 60000;
    r.stepSeconds = stepSeconds;
    r.scrapeSeconds = 2;
    r.metrics = {metric};
    PromHistory h;
    PromError e;
    if (!PrometheusHistory::read(client, r, &h, &e) || h.instances.isEmpty())
        return std::nan("");
    const auto points = h.instances.constFirst().series.value(metric);
    return points.isEmpty() ? std::nan("") : points.constLast().second;
}

bool redisCommand(RedisClient &client, std::initializer_list<QByteArray> args)
{
    RedisReply reply;
    return client.command(args, &reply).isError();
}

} // namespace

class TestPrometheus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        SandboxOptions options;
        options.withPrometheus = true;
        // Every 2 s: quick, and a scrape that runs late on a loaded machine still fits.
        options.prometheusScrapeSeconds = 2;
        options.prometheusWebConfig = QString::fromLatin1(WebConfig);
        options.prometheusRules = PrometheusRules::rulesFile(ThresholdSet::defaults(), 0, 1);
        QString error;
        QVERIFY2(test::TestSandbox::ensureStarted(&error, options), qPrintable(error));
        QVERIFY(!test::TestSandbox::endpoints().prometheus.isEmpty());
    }

    void discoversTheSandboxsServers()
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        PrometheusClient client(endpoint());
        QList<PromInstance> instances;
        PromError error;
        // The exporters' first scrapes come within a second or two.
        QTRY_VERIFY_WITH_TIMEOUT(
            discoverInstances(client, &instances, &error) && instances.size() == 3, 30000);
        QHash<TargetKind, PromInstance> byKind;
        for (const PromInstance &i : std::as_const(instances))
            byKind.insert(i.kind, i);
        QCOMPARE(byKind.size(), 3);
        // postgres_exporter says which server it reads; the scrape config says it for the
        // other two.
        QCOMPARE(byKind.value(TargetKind::PostgreSQL).server,
                 u"127.0.0.1:%1"_s.arg(ep.postgresPort));
        QCOMPARE(byKind.value(TargetKind::Redis).server, u"127.0.0.1:%1"_s.arg(ep.redisPort));
        QCOMPARE(byKind.value(TargetKind::PgBouncer).server,
                 u"127.0.0.1:%1"_s.arg(ep.pgbouncerPort));
        QCOMPARE(byKind.value(TargetKind::PostgreSQL).job, u"postgres"_s);
        for (const PromInstance &i : std::as_const(instances))
            QVERIFY2(i.up, qPrintable(i.displayName()));
        QString version;
        QVERIFY2(client.buildInfo(&version, &error), qPrintable(error.message));
        QVERIFY(version.startsWith(u"2."_s));
    }

    // What the history says equals what the exporters report: Redis' client use and hit
    // rate, and PostgreSQL's connections, in states the test holds still.
    void historyMatchesTheExporters()
    {
        QString error;
        const auto redis = instanceOf(TargetKind::Redis, &error);
        QVERIFY2(redis, qPrintable(error));
        const auto pg = instanceOf(TargetKind::PostgreSQL, &error);
        QVERIFY2(pg, qPrintable(error));

        RedisEndpoint rep;
        QVERIFY(RedisEndpoint::parse(test::TestSandbox::endpoints().redis, &rep, &error));
        RedisClient client;
        QVERIFY2(!client.open(rep, 5000, 5000).isError(), "redis connection");
        QVERIFY(!redisCommand(client, {"SET", "sonde:prom:key", "1"}));
        // Three hits for one miss, many times: every rate of the history is 75 %.
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 6000) {
            for (int i = 0; i < 3; ++i)
                QVERIFY(!redisCommand(client, {"GET", "sonde:prom:key"}));
            QVERIFY(!redisCommand(client, {"GET", "sonde:prom:none"}));
            QTest::qWait(20);
        }
        const PromInstance r = *redis;
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(lastOf(r, metric::RedisHitPct) - 75.0) < 2.0, 30000);

        // Client use: the exporter's own figures, read directly, give the same percent.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&]() {
                const auto m = scrape(r.instance);
                const double expected = 100.0 * sumOf(m, u"redis_connected_clients"_s) /
                                        sumOf(m, u"redis_config_maxclients"_s);
                return std::abs(lastOf(r, metric::RedisClientsPct) - expected) < 1e-9;
            }(),
            30000);
        // PostgreSQL's connections (pg_stat_activity_count, summed) as the exporter says.
        const PromInstance p = *pg;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&]() {
                const auto m = scrape(p.instance);
                return lastOf(p, metric::PgConnections) == sumOf(m, u"pg_stat_activity_count"_s);
            }(),
            30000);
    }

    void aRestartOfPostgresIsAGap()
    {
        QString error;
        const auto pg = instanceOf(TargetKind::PostgreSQL, &error);
        QVERIFY2(pg, qPrintable(error));
        PrometheusClient client(endpoint());
        auto pgUp = [&]() {
            QList<PromSample> s;
            PromError e;
            if (!client.query(u"pg_up{%1}"_s.arg(pg->matchers()), &s, &e) || s.isEmpty())
                return -1.0;
            return s.constFirst().value;
        };
        QTRY_COMPARE_WITH_TIMEOUT(pgUp(), 1.0, 30000);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QTest::qWait(3000);
        QVERIFY2(test::TestSandbox::instance().stopPostgres(false, &error), qPrintable(error));
        // The exporter has told Prometheus the server is gone, for a few scrapes.
        // (pg_up 0, or no series at all while the exporter's scrape fails)
        QTRY_VERIFY_WITH_TIMEOUT(pgUp() < 0.5, 30000);
        const qint64 seenDown = QDateTime::currentMSecsSinceEpoch();
        // Meanwhile the fleet says so, worst first, whatever its exporter's scrape says.
        {
            FleetReading fleet;
            PromError e;
            QVERIFY2(PrometheusFleet::read(client, ThresholdSet::defaults(), 2, &fleet, &e),
                     qPrintable(e.message));
            QVERIFY(!fleet.rows.isEmpty());
            QCOMPARE(fleet.rows.constFirst().instance.kind, TargetKind::PostgreSQL);
            QVERIFY(!fleet.rows.constFirst().instance.up);
        }
        QTest::qWait(4000);
        const qint64 restarting = QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(test::TestSandbox::instance().startPostgres(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(pgUp(), 1.0, 30000);
        QTest::qWait(6000);

        PromHistoryRequest r;
        r.instances = {*pg};
        r.fromMs = before;
        r.toMs = QDateTime::currentMSecsSinceEpoch();
        r.stepSeconds = 2;
        r.scrapeSeconds = 2;
        r.metrics = {metric::PgConnections};
        PromHistory h;
        PromError e;
        QVERIFY2(PrometheusHistory::read(client, r, &h, &e), qPrintable(e.message));
        const auto points = h.instances.constFirst().series.value(metric::PgConnections);
        // Readings before the stop and after the restart; none while the server was seen
        // down, and a gap marker there (the line breaks instead of bridging the outage).
        qint64 lastBefore = 0;
        qint64 firstAfter = 0;
        bool gap = false;
        for (const auto &[ms, value] : points) {
            if (std::isnan(value)) {
                gap = gap || (ms > lastBefore && lastBefore > 0 && firstAfter == 0);
                continue;
            }
            QVERIFY2(
                ms < seenDown || ms > restarting,
                qPrintable(u"a reading at %1 ms, while the server was down"_s.arg(ms - seenDown)));
            if (ms < seenDown)
                lastBefore = ms;
            else if (firstAfter == 0)
                firstAfter = ms;
        }
        QVERIFY(lastBefore > 0);
        QVERIFY(firstAfter > 0);
        QVERIFY(gap);
    }

    void errorsSayWhatIsWrong()
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        auto fail = [](const PrometheusEndpoint &e) {
            PrometheusClient client(e);
            QString version;
            PromError error;
            client.buildInfo(&version, &error);
            return error;
        };
        // Nothing listens there.
        PrometheusEndpoint nowhere = endpoint();
        nowhere.url.setPort(pickFreeLoopbackPorts(1).constFirst());
        PromError e = fail(nowhere);
        QCOMPARE(e.kind, PromError::Kind::Unreachable);
        QVERIFY2(e.message.contains(u"Nothing listens"_s), qPrintable(e.message));
        // PostgreSQL's port: not HTTP at all, and we can say what it is.
        PrometheusEndpoint postgres = endpoint();
        postgres.url.setPort(ep.postgresPort);
        e = fail(postgres);
        QCOMPARE(e.kind, PromError::Kind::NotPrometheus);
        QVERIFY2(e.message.contains(u"PostgreSQL"_s), qPrintable(e.message));
        // An HTTP server that is not Prometheus (an exporter).
        QString error;
        const auto redis = instanceOf(TargetKind::Redis, &error);
        QVERIFY2(redis, qPrintable(error));
        PrometheusEndpoint exporter = endpoint();
        exporter.url = QUrl(u"http://"_s + redis->instance);
        e = fail(exporter);
        QCOMPARE(e.kind, PromError::Kind::NotPrometheus);
        QVERIFY2(e.message.contains(u"not as Prometheus"_s), qPrintable(e.message));
        // 401 without credentials, and with wrong ones.
        e = fail(endpoint(QString(), QString()));
        QCOMPARE(e.kind, PromError::Kind::Unauthorized);
        QVERIFY2(e.message.contains(u"wants credentials"_s), qPrintable(e.message));
        e = fail(endpoint(User, u"wrong"_s));
        QCOMPARE(e.kind, PromError::Kind::Unauthorized);
        QVERIFY2(e.message.contains(u"refused these credentials"_s), qPrintable(e.message));
        // A query Prometheus refuses.
        PrometheusClient client(endpoint());
        QList<PromSample> samples;
        QVERIFY(!client.query(u"sum by (("_s, &samples, &e));
        QCOMPARE(e.kind, PromError::Kind::BadQuery);
        // A week at one second is more points than Prometheus gives: the step is widened.
        QList<PromSeries> series;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(client.queryRange(u"up"_s, now - 7 * 86400000LL, now, 1, &series, &e),
                 qPrintable(e.message));
        QVERIFY(!series.isEmpty());
    }

    void cliHistoryFleetAndRules()
    {
        QTemporaryDir home;
        test::CliOptions o;
        o.env = test::isolatedEnvironment(home.path());
        o.env.insert(u"SONDE_PROMETHEUS_PASSWORD"_s, Password);
        QUrl url(test::TestSandbox::endpoints().prometheus);
        url.setUserName(User);
        const QString prometheus = url.toString();

        const test::CliResult history = test::runCli(
            {u"history"_s, prometheus, u"--range"_s, u"2m"_s, u"--step"_s, u"5"_s, u"--json"_s}, o);
        QVERIFY2(history.exitCode == 0, history.describe().constData());
        const QJsonObject h = QJsonDocument::fromJson(history.out).object();
        QCOMPARE(h.value(u"step"_s).toInt(), 5);
        const QJsonArray instances = h.value(u"instances"_s).toArray();
        QCOMPARE(instances.size(), 3);
        bool sawLatency = false;
        for (const QJsonValue &v : instances) {
            const QJsonObject i = v.toObject();
            const QJsonObject series = i.value(u"series"_s).toObject();
            QVERIFY2(!series.isEmpty(), qPrintable(i.value(u"instance"_s).toString()));
            if (i.value(u"kind"_s).toString() == u"postgresql"_s) {
                const QJsonArray points = series.value(metric::PgConnections).toArray();
                QVERIFY(!points.isEmpty());
                // [unix_ts, value], within the range.
                const QJsonArray first = points.first().toArray();
                QCOMPARE(first.size(), 2);
                QVERIFY(first.at(0).toDouble() >= h.value(u"from"_s).toDouble());
                sawLatency = series.contains(metric::PgLatencyMs);
            }
        }
        QVERIFY2(sawLatency, "pg_stat_statements' latency through the exporter's queries");
        // The password never shows: given in the environment, in the address, or in an
        // address that does not parse.
        QVERIFY(!history.all().contains(Password.toUtf8()));
        QUrl withPassword(test::TestSandbox::endpoints().prometheus);
        withPassword.setUserName(User);
        withPassword.setPassword(Password);
        test::CliOptions bare;
        bare.env = test::isolatedEnvironment(home.path());
        const test::CliResult inUrl = test::runCli(
            {u"fleet"_s, withPassword.toString(QUrl::FullyEncoded), u"--json"_s}, bare);
        QVERIFY2(inUrl.exitCode == 0, inUrl.describe().constData());
        QVERIFY(!inUrl.all().contains(Password.toUtf8()));
        const test::CliResult badUrl = test::runCli(
            {u"fleet"_s, u"http://%1:%2@[not-a-host:9090"_s.arg(User, Password)}, bare);
        QCOMPARE(badUrl.exitCode, 2);
        QVERIFY2(!badUrl.all().contains(Password.toUtf8()), badUrl.describe().constData());

        const test::CliResult fleet = test::runCli({u"fleet"_s, prometheus, u"--json"_s}, o);
        QVERIFY2(fleet.exitCode == 0, fleet.describe().constData());
        const QJsonArray rows =
            QJsonDocument::fromJson(fleet.out).object().value(u"instances"_s).toArray();
        QCOMPARE(rows.size(), 3);
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            const QJsonArray trend = row.value(u"trend"_s).toArray();
            // Every 30 s over 15 minutes; PostgreSQL (the exporter's own statements, at
            // least) has latencies in it.
            QCOMPARE(trend.size(), 31);
            if (row.value(u"kind"_s).toString() == u"postgresql"_s) {
                QVERIFY(std::any_of(trend.begin(), trend.end(),
                                    [](const QJsonValue &t) { return t.isDouble(); }));
            }
        }

        const test::CliResult unauthorized =
            test::runCli({u"fleet"_s, test::TestSandbox::endpoints().prometheus}, o);
        QCOMPARE(unauthorized.exitCode, 1);
        QVERIFY2(unauthorized.err.contains("401"), unauthorized.describe().constData());

        const QString file = home.filePath(u"sonde-rules.yml"_s);
        const test::CliResult rules = test::runCli({u"rules"_s, u"--out"_s, file}, o);
        QVERIFY2(rules.exitCode == 0, rules.describe().constData());
        const QString promtool = QStandardPaths::findExecutable(u"promtool"_s);
        QVERIFY2(!promtool.isEmpty(), "promtool (Debian package prometheus) is installed");
        QProcess check;
        check.setProcessChannelMode(QProcess::MergedChannels);
        check.start(promtool, {u"check"_s, u"rules"_s, file});
        QVERIFY(check.waitForFinished(60000));
        const QByteArray said = check.readAll();
        QVERIFY2(check.exitCode() == 0, said.constData());
        QVERIFY2(said.contains("SUCCESS"), said.constData());
    }

    // Sonde's rules, loaded by the sandbox's Prometheus, fire on what the dashboard would
    // flag: a hit rate below 60 % on Redis.
    void sondesRulesFireInPrometheus()
    {
        QString error;
        RedisEndpoint rep;
        QVERIFY(RedisEndpoint::parse(test::TestSandbox::endpoints().redis, &rep, &error));
        RedisClient client;
        QVERIFY2(!client.open(rep, 5000, 5000).isError(), "redis connection");
        PrometheusClient prometheus(endpoint());
        auto firing = [&]() {
            QList<PromAlert> alerts;
            PromError e;
            if (!prometheus.alerts(&alerts, &e))
                return false;
            for (const PromAlert &a : std::as_const(alerts)) {
                if (a.name() ==
                        PrometheusRules::ruleName(metric::RedisHitPct, AlertLevel::Warning) &&
                    a.state == u"firing"_s)
                    return true;
            }
            return false;
        };
        QElapsedTimer clock;
        clock.start();
        // Misses only, until the alert fires (the rule holds for 0 s here).
        while (!firing() && clock.elapsed() < 60000) {
            for (int i = 0; i < 20; ++i)
                QVERIFY(!redisCommand(client, {"GET", "sonde:prom:missing"}));
            QTest::qWait(200);
        }
        QVERIFY(firing());
    }

    void cleanupTestCase() { test::TestSandbox::stop(); }
};

SONDE_TEST_GUILESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
