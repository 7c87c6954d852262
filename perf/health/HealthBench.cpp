// What the health checks cost on a database of many tables, next to one pg_stat_statements
// sample (a tick of the dashboard's PostgresSampler). With --setup it first creates
// --tables tables (serial key, an indexed column, a foreign key to the previous table, a
// few analyzed rows) and fills pg_stat_statements with one statement per table up to its
// 5 000 entries. Then, alternating over --rounds rounds: every check (HealthService::run)
// and one sampler tick (counters only, as in steady state; the first tick, which reads
// every text, is shown apart), each timed on the client. The server's own time for them is
// what pg_stat_statements adds up for --postgres's role over each (execution and planning:
// track_planning is turned on for that role), so every statement of the checks counts,
// whatever its text.
//
//   sonde-bench-health --postgres URI --superuser URI [--setup] [--tables 10000]
//                      [--rounds 5] [--json]
#include "connection/PgSession.h"
#include "health/HealthService.h"
#include "postgres/PostgresSampler.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <pqxx/pqxx>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

void setup(const QString &superuser, int tables)
{
    pqxx::connection c(superuser.toStdString());
    pqxx::nontransaction tx(c);
    tx.exec("DROP SCHEMA IF EXISTS bench_health CASCADE");
    tx.exec("CREATE SCHEMA bench_health");
    QElapsedTimer clock;
    clock.start();
    for (int from = 1; from <= tables; from += 500) {
        const int to = std::min(tables, from + 499);
        tx.exec("DO $$ BEGIN FOR i IN " + std::to_string(from) + ".." + std::to_string(to) +
                " LOOP EXECUTE format('CREATE TABLE bench_health.t%s (id serial PRIMARY KEY, "
                "parent int %s, n int, v text)', i, CASE WHEN i > 1 THEN format('REFERENCES "
                "bench_health.t%s', i - 1) ELSE '' END); EXECUTE format('CREATE INDEX ON "
                "bench_health.t%s (n)', i); EXECUTE format('INSERT INTO bench_health.t%s (n, v) "
                "SELECT g, md5(g::text) FROM generate_series(1, 5) g', i); END LOOP; END $$");
        say(u"created %1 of %2 tables (%3 s)"_s.arg(to).arg(tables).arg(clock.elapsed() / 1000));
    }
    tx.exec("ANALYZE");
    tx.exec("SELECT pg_stat_statements_reset()");
    // One statement per table (top-level, as applications send them) up to the view's size.
    const int statements = std::min(
        tables, tx.exec1("SELECT current_setting('pg_stat_statements.max')::int")[0].as<int>());
    for (int i = 1; i <= statements; ++i)
        tx.exec("SELECT count(*) FROM bench_health.t" + std::to_string(i) + " WHERE n > 2");
    say(u"pg_stat_statements holds %1 statements"_s.arg(
        tx.exec1("SELECT count(*) FROM pg_stat_statements")[0].as<qint64>()));
}

// Server time (ms) and calls of the statements of `role`.
QPair<double, qint64> serverTime(pqxx::connection &superuser, const std::string &role)
{
    pqxx::nontransaction tx(superuser);
    const pqxx::row r = tx.exec_params1(
        "SELECT coalesce(sum(total_exec_time + total_plan_time), 0), coalesce(sum(calls), 0) "
        "FROM pg_stat_statements WHERE userid = $1::regrole",
        role);
    return {r[0].as<double>(), r[1].as<qint64>()};
}

// The dashboard's sampler, one tick at a time.
class TickingSampler : public PostgresSampler
{
public:
    using PostgresSampler::openConnection;
    using PostgresSampler::PostgresSampler;
    using PostgresSampler::readCounters;
};

struct Figures
{
    QList<double> values;
    void add(double v) { values << v; }
    double median() const
    {
        QList<double> s = values;
        std::sort(s.begin(), s.end());
        return s.isEmpty() ? 0 : s.at(s.size() / 2);
    }
    double min() const
    {
        return values.isEmpty() ? 0 : *std::min_element(values.begin(), values.end());
    }
    double max() const
    {
        return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
    }
    QJsonObject json() const
    {
        return {{u"min"_s, min()}, {u"median"_s, median()}, {u"max"_s, max()}};
    }
    QString text() const
    {
        return u"min %1  median %2  max %3"_s.arg(min(), 0, 'f', 1)
            .arg(median(), 0, 'f', 1)
            .arg(max(), 0, 'f', 1);
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"postgres"_s, u"Sonde's role on the database"_s, u"URI"_s},
                       {u"superuser"_s, u"a superuser on the same database"_s, u"URI"_s},
                       {u"setup"_s, u"create the tables first"_s},
                       {u"tables"_s, u"tables to create"_s, u"N"_s, u"10000"_s},
                       {u"rounds"_s, u"rounds to measure"_s, u"N"_s, u"5"_s},
                       {u"json"_s, u"print JSON"_s}});
    parser.process(app);
    const QString uri = parser.value(u"postgres"_s);
    const QString superuser = parser.value(u"superuser"_s);
    if (uri.isEmpty() || superuser.isEmpty()) {
        say(u"give --postgres and --superuser"_s);
        return 2;
    }
    try {
        if (parser.isSet(u"setup"_s))
            setup(superuser, parser.value(u"tables"_s).toInt());
    } catch (const std::exception &e) {
        say(u"setup failed: %1"_s.arg(QString::fromUtf8(e.what())));
        return 1;
    }
    HealthRequest request;
    request.target.id = u"bench"_s;
    request.target.name = u"bench"_s;
    request.target.uri = uri;
    request.machine = MachineFacts::localMachine();
    TickingSampler sampler(request.target);
    std::optional<pqxx::connection> su;
    std::string role;
    try {
        su.emplace(superuser.toStdString());
        PgSession session;
        if (DbError err = session.open(uri)) {
            say(err.toString());
            return 1;
        }
        role = pqxx::nontransaction(session.connection()).exec1("SELECT current_user")[0].c_str();
        pqxx::nontransaction(*su).exec("ALTER ROLE " + su->quote_name(role) +
                                       " SET pg_stat_statements.track_planning = on");
    } catch (const std::exception &e) {
        say(u"cannot read pg_stat_statements as the superuser: %1"_s.arg(
            QString::fromUtf8(e.what())));
        return 1;
    }
    QString version;
    QStringList notes;
    if (DbError err = sampler.openConnection(&version, &notes)) {
        say(err.toString());
        return 1;
    }
    Figures healthMs, sampleMs, healthServerMs, sampleServerMs;
    Figures firstSampleMs, firstSampleServerMs;
    int findings = 0;
    qint64 healthQueries = 0;
    QMap<QString, Figures> familyMs;
    bool firstSample = true;
    for (int round = 0; round < parser.value(u"rounds"_s).toInt(); ++round) {
        // Alternate which goes first: the other engineers' load moves under both.
        for (int step = 0; step < 2; ++step) {
            const bool health = (round + step) % 2 == 0;
            const auto before = serverTime(*su, role);
            QElapsedTimer clock;
            clock.start();
            if (health) {
                const HealthReport r = HealthService::run(request);
                if (r.error) {
                    say(r.error.toString());
                    return 1;
                }
                findings = int(r.findings.size());
                for (const HealthFamilyTiming &t : r.timings)
                    familyMs[t.family].add(t.milliseconds);
            } else if (DbError err = sampler.readCounters()) {
                say(err.toString());
                return 1;
            }
            const double wall = double(clock.nsecsElapsed()) / 1e6;
            const auto after = serverTime(*su, role);
            const double server = after.first - before.first;
            if (health) {
                healthMs.add(wall);
                healthServerMs.add(server);
                healthQueries = after.second - before.second;
            } else if (firstSample) {
                firstSample = false;
                firstSampleMs.add(wall);
                firstSampleServerMs.add(server);
            } else {
                sampleMs.add(wall);
                sampleServerMs.add(server);
            }
        }
    }
    if (parser.isSet(u"json"_s)) {
        const QJsonObject o{{u"health_wall_ms"_s, healthMs.json()},
                            {u"health_server_ms"_s, healthServerMs.json()},
                            {u"health_queries"_s, healthQueries},
                            {u"findings"_s, findings},
                            {u"sample_wall_ms"_s, sampleMs.json()},
                            {u"sample_server_ms"_s, sampleServerMs.json()},
                            {u"first_sample_wall_ms"_s, firstSampleMs.json()},
                            {u"first_sample_server_ms"_s, firstSampleServerMs.json()}};
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    std::printf("all health checks (%lld statements, %d findings)\n", healthQueries, findings);
    std::printf("  wall ms    %s\n", qPrintable(healthMs.text()));
    std::printf("  server ms  %s\n", qPrintable(healthServerMs.text()));
    for (auto it = familyMs.cbegin(); it != familyMs.cend(); ++it)
        std::printf("    %-14s wall ms  %s\n", qPrintable(it.key()), qPrintable(it->text()));
    std::printf("one sampler tick with pg_stat_statements, counters only (steady state)\n");
    std::printf("  wall ms    %s\n", qPrintable(sampleMs.text()));
    std::printf("  server ms  %s\n", qPrintable(sampleServerMs.text()));
    std::printf("the first sample, with every text\n");
    std::printf("  wall ms    %s\n", qPrintable(firstSampleMs.text()));
    std::printf("  server ms  %s\n", qPrintable(firstSampleServerMs.text()));
    return 0;
}
