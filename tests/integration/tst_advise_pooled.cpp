// Index advice through the sandbox's PgBouncer in transaction mode: the same recommendations
// as a direct connection with the same role; no hypothetical index left on any server
// connection of the pool afterwards — also after a what-if phase canceled or cut off midway;
// the session's statement timeout applies through the pool; builds and reverts through the
// pool are refused (exit 3) with the reason and what to do.
#include "CliRun.h"
#include "TestSandbox.h"
#include "advisor/IndexAdvisor.h"
#include "connection/PgSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <pqxx/pqxx>

#include <memory>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

const char *const Schema = R"SQL(
CREATE TABLE orders (id int, customer_id int, status text, placed_at timestamptz);
INSERT INTO orders SELECT n, n % 5000, (ARRAY['new', 'paid', 'shipped'])[n % 3 + 1],
    now() - n * interval '1 minute' FROM generate_series(1, 100000) n;
CREATE TABLE invoices (id int, order_id int, total numeric);
INSERT INTO invoices SELECT n, n, n % 100 FROM generate_series(1, 100000) n;
-- Immutable with constant arguments: the planner runs it, so planning takes 2 s.
CREATE FUNCTION slow_to_plan(i int) RETURNS int LANGUAGE plpgsql IMMUTABLE AS
$$ BEGIN PERFORM pg_sleep(2); RETURN i; END $$;
ALTER TABLE orders OWNER TO app;
ALTER TABLE invoices OWNER TO app;
ANALYZE;
)SQL";

// Two tables, so the selection has a second round with the first round's index in place.
const QStringList PooledWorkload = {
    u"SELECT * FROM orders WHERE customer_id = $1"_s,
    u"SELECT * FROM invoices WHERE order_id = $1"_s,
    u"SELECT id FROM orders WHERE status = $1 AND customer_id = $2"_s};

QStringList adviseArguments(const QString &uri)
{
    QStringList args{u"advise"_s, uri, u"--json"_s, u"--no-audit"_s};
    for (const QString &sql : PooledWorkload)
        args << u"--statement"_s << sql;
    return args;
}

// "ddl cost_before→cost_after" of every recommendation, and of every statement it helps.
QStringList recommendations(const QByteArray &json)
{
    QStringList out;
    const QJsonArray recs =
        QJsonDocument::fromJson(json).object().value(u"recommendations"_s).toArray();
    for (const QJsonValue &v : recs) {
        const QJsonObject rec = v.toObject();
        out << rec.value(u"ddl"_s).toString();
        for (const QJsonValue &s : rec.value(u"statements"_s).toArray()) {
            const QJsonObject st = s.toObject();
            out << u"  %1: %2 → %3"_s.arg(st.value(u"sql"_s).toString())
                       .arg(st.value(u"cost_before"_s).toDouble())
                       .arg(st.value(u"cost_after"_s).toDouble());
        }
    }
    return out;
}

int scalar(const QString &sql)
{
    pqxx::connection c(test::TestSandbox::endpoints().postgresSuperuser.toStdString());
    pqxx::nontransaction tx(c);
    return tx.exec1(sql.toStdString())[0].as<int>();
}

// The pool's server connections (the application role's backends: nothing else in this test
// connects as it directly).
QSet<int> poolBackends()
{
    QSet<int> out;
    pqxx::connection c(test::TestSandbox::endpoints().postgresSuperuser.toStdString());
    pqxx::nontransaction tx(c);
    for (const pqxx::row &r : tx.exec("SELECT pid FROM pg_stat_activity WHERE usename = 'app' "
                                      "AND backend_type = 'client backend'"))
        out << r[0].as<int>();
    return out;
}

struct PooledLook
{
    QSet<int> backends;           // the server processes the pool lent
    int hypotheticalIndexes = -1; // HypoPG's indexes in all of them
};

// As many transactions at once through the pool as it has server connections: each holds a
// different one, so every server process of the pool is looked at.
PooledLook lookThroughThePool(int transactions)
{
    PooledLook look;
    look.hypotheticalIndexes = 0;
    std::vector<std::unique_ptr<pqxx::connection>> connections;
    std::vector<std::unique_ptr<pqxx::work>> open;
    for (int i = 0; i < transactions; ++i) {
        connections.push_back(std::make_unique<pqxx::connection>(
            test::TestSandbox::endpoints().pgbouncer.toStdString()));
        open.push_back(std::make_unique<pqxx::work>(*connections.back()));
        const pqxx::row r = open.back()->exec1("SELECT pg_backend_pid(), count(*) FROM hypopg()");
        look.backends << r[0].as<int>();
        look.hypotheticalIndexes += r[1].as<int>();
    }
    return look;
}

} // namespace

class TestAdvisePooled : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    test::CliOptions m_isolated; // a private data directory (the change log)

    static bool openThroughPool(PgSession &session, const PgSessionOptions &options = {})
    {
        return !session.open(test::TestSandbox::endpoints().pgbouncer, options) &&
               session.throughPooler();
    }

    static AdvisorRequest pooledRequest()
    {
        AdvisorRequest request;
        request.statements = PooledWorkload;
        request.audit = false;
        return request;
    }

    // No server connection of the pool holds a hypothetical index.
    static void verifyPoolClean()
    {
        // A server connection whose client left mid-transaction is closed by PgBouncer; until
        // then it is neither idle in the pool nor gone.
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(u"SELECT count(*) FROM pg_stat_activity WHERE usename = 'app' AND state "
                   u"LIKE 'idle in transaction%'"_s),
            0, 30000);
        const QSet<int> backends = poolBackends();
        QVERIFY(!backends.isEmpty());
        const PooledLook look = lookThroughThePool(int(backends.size()));
        QCOMPARE(look.hypotheticalIndexes, 0);
        QVERIFY2(look.backends.contains(backends),
                 "some server connection of the pool was not looked at");
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::TestSandbox::ensureStarted(&error), qPrintable(error));
        m_isolated.env = test::isolatedEnvironment(m_home.path());
        QVERIFY2(test::execAsSuperuser(QString::fromLatin1(Schema), &error), qPrintable(error));
    }

    void adviceThroughPgBouncerMatchesDirect()
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        const test::CliResult direct = test::runCli(adviseArguments(ep.postgresApp), m_isolated);
        QVERIFY2(direct.exitCode == 0, direct.describe().constData());
        const test::CliResult pooled = test::runCli(adviseArguments(ep.pgbouncer), m_isolated);
        QVERIFY2(pooled.exitCode == 0, pooled.describe().constData());
        const QStringList expected = recommendations(direct.out);
        QVERIFY2(expected.filter(u"CREATE INDEX"_s).size() >= 2,
                 qPrintable(expected.join(u"\n"_s)));
        QCOMPARE(recommendations(pooled.out), expected);
        verifyPoolClean();
        if (QTest::currentTestFailed())
            return;
        // The text report too.
        QStringList args = adviseArguments(ep.pgbouncer);
        args.removeAll(u"--json"_s);
        const test::CliResult text = test::runCli(args, m_isolated);
        QVERIFY2(text.exitCode == 0 && text.out.contains("CREATE INDEX CONCURRENTLY"),
                 text.describe().constData());
        verifyPoolClean();
    }

    // Other clients of the pool never see the advisor's hypothetical indexes while it runs:
    // they get other server connections.
    void othersSeeNoneWhileItRuns()
    {
        PgSession session;
        QVERIFY(openThroughPool(session));
        const AdvisorRequest request = pooledRequest();
        int looked = 0;
        int seen = 0;
        AdvisorResult result;
        const DbError err =
            IndexAdvisor::run(session, request, &result, nullptr, [&](const QString &text, int) {
                if (!text.startsWith(u"Round 2"_s))
                    return;
                ++looked;
                seen += lookThroughThePool(2).hypotheticalIndexes;
            });
        QVERIFY2(!err, qPrintable(err.toString()));
        QVERIFY(looked > 0);
        QCOMPARE(seen, 0);
        QVERIFY(result.recommendations.size() >= 2);
        verifyPoolClean();
    }

    void interruptedMidwayLeavesNothing_data()
    {
        QTest::addColumn<bool>("cut");
        QTest::newRow("canceled") << false;
        QTest::newRow("connection cut") << true;
    }

    // Stopped in the second round, with the first round's hypothetical index in place.
    void interruptedMidwayLeavesNothing()
    {
        QFETCH(bool, cut);
        PgSession session;
        QVERIFY(openThroughPool(session));
        const AdvisorRequest request = pooledRequest();
        std::atomic<bool> cancel{false};
        bool interrupted = false;
        AdvisorResult result;
        const DbError err =
            IndexAdvisor::run(session, request, &result, &cancel, [&](const QString &text, int) {
                if (interrupted || !text.startsWith(u"Round 2"_s))
                    return;
                interrupted = true;
                if (cut)
                    session.abort();
                else
                    cancel = true;
            });
        QVERIFY(interrupted);
        QVERIFY(err);
        if (!cut)
            QCOMPARE(err.kind, DbError::Kind::Canceled);
        session.close();
        verifyPoolClean();
    }

    // Nothing set at connect time reaches the server through PgBouncer: the advisor's
    // statement timeout lives in its transaction.
    void statementTimeoutAppliesThroughThePool()
    {
        PgSession session;
        PgSessionOptions options;
        options.statementTimeoutMs = 300;
        QVERIFY(openThroughPool(session, options));
        AdvisorRequest request = pooledRequest();
        request.statements = {u"SELECT * FROM orders WHERE customer_id = slow_to_plan(7)"_s};
        AdvisorResult result;
        const DbError err = IndexAdvisor::run(session, request, &result);
        QVERIFY(err);
        QVERIFY2(err.toString().contains(u"statement_timeout"_s), qPrintable(err.toString()));
        session.close();
        verifyPoolClean();
    }

    void buildsThroughThePoolAreRefused()
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        QList<QStringList> commands{{u"apply"_s, ep.pgbouncer,
                                     u"CREATE INDEX orders_status_idx ON orders (status)"_s,
                                     u"--yes"_s},
                                    {u"revert"_s, ep.pgbouncer, u"1"_s, u"--yes"_s}};
        QStringList advise = adviseArguments(ep.pgbouncer);
        advise << u"--apply"_s << u"--yes"_s;
        commands << advise;
        for (const QStringList &command : std::as_const(commands)) {
            const test::CliResult r = test::runCli(command, m_isolated);
            QVERIFY2(r.exitCode == 3 && r.err.contains("is PgBouncer") &&
                         r.err.contains("direct connection") &&
                         r.err.contains("CREATE INDEX CONCURRENTLY cannot run") &&
                         r.err.contains("Nothing was changed"),
                     QByteArray(command.first().toUtf8() + ": " + r.describe()).constData());
            QVERIFY2(r.out.isEmpty(), r.describe().constData());
        }
        QCOMPARE(scalar(u"SELECT count(*) FROM pg_indexes WHERE tablename IN ('orders', "
                        u"'invoices')"_s),
                 0);
        const test::CliResult changes = test::runCli({u"changes"_s, u"--json"_s}, m_isolated);
        QVERIFY2(changes.exitCode == 0 && !changes.out.contains("orders"),
                 changes.describe().constData());
    }

    void cleanupTestCase() { test::TestSandbox::stop(); }
};

QTEST_GUILESS_MAIN(TestAdvisePooled)
#include "tst_advise_pooled.moc"
