// The plan parser against plans the real server produces: every kind of node (joins of
// each type, spilling sorts and hashes, parallel plans, CTEs, subplans, partitions, bitmap
// and index-only scans, memoize, writes with triggers, JIT, generic plans). With
// SONDE_CAPTURE_PLANS_DIR set, the plans are saved there as fixtures for tst_planparser.
#include "PlanCases.h"
#include "TestSandbox.h"
#include "plan/PlanParser.h"
#include "postgres/GenericPlan.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

const QString Database = u"sonde_plans"_s;

QString explainOptions(test::PlanCase::Mode mode)
{
    switch (mode) {
    case test::PlanCase::Mode::Analyze:
        return u"ANALYZE, BUFFERS, VERBOSE, SETTINGS, FORMAT JSON"_s;
    case test::PlanCase::Mode::AnalyzeNoTiming:
        return u"ANALYZE, TIMING OFF, BUFFERS, FORMAT JSON"_s;
    default:
        return u"VERBOSE, FORMAT JSON"_s;
    }
}

} // namespace

class TestPlanCapture : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::TestSandbox::ensureStarted(&error), qPrintable(error));
        QVERIFY2(test::execAsSuperuser(u"CREATE DATABASE "_s + Database, &error, u"postgres"_s),
                 qPrintable(error));
        QFile schema(QStringLiteral(SONDE_SOURCE_DIR) + u"/tests/data/plan_schema.sql"_s);
        QVERIFY(schema.open(QIODevice::ReadOnly));
        // One statement at a time: VACUUM cannot run inside the implicit transaction of a
        // multi-statement string.
        const QStringList statements = QString::fromUtf8(schema.readAll()).split(u";\n"_s);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            QVERIFY2(test::execAsSuperuser(statement, &error, Database), qPrintable(error));
        }
        QVERIFY2(waitAllVisible(u"readings"_s, &error), qPrintable(error));
        m_connection = std::make_unique<pqxx::connection>(
            test::TestSandbox::endpoints().superuserFor(Database).toStdString());
        m_captureDir = qEnvironmentVariable("SONDE_CAPTURE_PLANS_DIR");
        if (!m_captureDir.isEmpty())
            QDir().mkpath(m_captureDir);
    }

    void capture_data()
    {
        QTest::addColumn<QString>("name");
        for (const test::PlanCase &c : test::planCases())
            QTest::newRow(qPrintable(c.name)) << c.name;
    }

    void capture()
    {
        QFETCH(QString, name);
        const test::PlanCase *c = test::planCase(name);
        QVERIFY(c);
        if (name == u"jit"_s && !jitAvailable())
            QSKIP("This PostgreSQL has no JIT provider (pg_jit_available() is false with jit = "
                  "on: built without LLVM, or postgresql-15's llvmjit is not installed). The "
                  "JIT finding is still checked on the recorded plan (tst_planparser).");
        QString json;
        if (c->mode == test::PlanCase::Mode::Generic) {
            const DbError err = explainGenericPlan(*m_connection, c->sql, &json);
            QVERIFY2(!err, qPrintable(err.toString()));
        } else {
            try {
                pqxx::work tx(*m_connection);
                if (!c->settings.isEmpty())
                    tx.exec(c->settings.toStdString());
                const pqxx::result r =
                    tx.exec(QString(u"EXPLAIN ("_s + explainOptions(c->mode) + u") "_s + c->sql)
                                .toStdString());
                json = QString::fromUtf8(r[0][0].c_str());
                tx.abort();
            } catch (const std::exception &e) {
                QFAIL(e.what());
            }
        }
        if (!m_captureDir.isEmpty()) {
            QFile out(m_captureDir + u'/' + name + u".json"_s);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(json.toUtf8());
        }
        const PlanParseResult parsed = PlanParser::parse(json);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        test::verifyPlanCase(*c, parsed.plan);
    }

    void writesLeftNothingBehind()
    {
        pqxx::nontransaction tx(*m_connection);
        QCOMPARE(
            tx.exec1("SELECT count(*) FROM orders WHERE id > 300000 OR id <= 100")[0].as<int>(),
            100);
        QCOMPARE(
            tx.exec1("SELECT count(*) FROM orders WHERE status = 'cancelled' AND id <= 2000")[0]
                .as<int>(),
            500);
    }

    void cleanupTestCase()
    {
        m_connection.reset();
        test::TestSandbox::stop();
    }

private:
    bool jitAvailable()
    {
        pqxx::work tx(*m_connection);
        tx.exec("SET LOCAL jit = on");
        const bool available = tx.exec1("SELECT pg_jit_available()")[0].as<bool>();
        tx.abort();
        return available;
    }

    // A VACUUM marks pages all-visible only once no older snapshot is open (an autovacuum
    // ANALYZE of another table may hold one): repeat it until the table is all-visible, so
    // the index-only scan case needs no heap fetches.
    static bool waitAllVisible(const QString &table, QString *error)
    {
        for (int attempt = 0; attempt < 50; ++attempt) {
            if (!test::execAsSuperuser(u"VACUUM "_s + table, error, Database))
                return false;
            pqxx::connection c(test::TestSandbox::endpoints().superuserFor(Database).toStdString());
            pqxx::nontransaction tx(c);
            const pqxx::row r =
                tx.exec_params1("SELECT relallvisible >= relpages FROM pg_class WHERE relname = $1",
                                table.toStdString());
            if (r[0].as<bool>())
                return true;
            QThread::msleep(200);
        }
        *error = table + u" never became all-visible"_s;
        return false;
    }

    std::unique_ptr<pqxx::connection> m_connection;
    QString m_captureDir;
};

QTEST_GUILESS_MAIN(TestPlanCapture)
#include "tst_plan_capture.moc"
