// Every statement Sonde sends for its own purposes — sampling, slow queries, plans, advice,
// health, the overview — is recognised as Sonde's (OwnStatements::isSonde), so that the
// slow-query ranking, the advisor and the replay benchmark never show it as the workload.
// The check is made on what pg_stat_statements recorded for Sonde's role after each
// command ran against the real sandbox server.

#include "CliRun.h"
#include "TestSandbox.h"
#include "overview/OverviewService.h"
#include "sql/OwnStatements.h"

#include <QTemporaryDir>
#include <QtTest>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

// Transaction control libpqxx sends around a read-only or ordinary transaction: generic
// texts any client sends, which no marker can carry.
const QStringList TransactionControl{u"BEGIN"_s, u"BEGIN READ ONLY"_s, u"COMMIT"_s, u"ROLLBACK"_s};

// The statements pg_stat_statements recorded for Sonde's role that are not recognised as
// Sonde's own.
QStringList unrecognised()
{
    pqxx::connection c(test::TestSandbox::endpoints().postgresSuperuser.toStdString());
    pqxx::nontransaction tx(c);
    QStringList out;
    for (const pqxx::row &r : tx.exec("SELECT query FROM pg_stat_statements s JOIN pg_roles r "
                                      "ON r.oid = s.userid WHERE r.rolname = 'sonde'")) {
        const QString query = QString::fromUtf8(r[0].c_str());
        if (!OwnStatements::isSonde(query) && !TransactionControl.contains(query.trimmed()))
            out << query.simplified().left(160);
    }
    return out;
}

} // namespace

class TestOwnStatements : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QString error;
        QVERIFY2(test::TestSandbox::ensureDemoSeeded(&error), qPrintable(error));
    }

    void recognised_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString pg = test::TestSandbox::endpoints().postgres;
        QTest::newRow("sample") << QStringList{u"sample"_s,     pg,    u"--count"_s, u"3"_s,
                                               u"--interval"_s, u"1"_s};
        QTest::newRow("slow") << QStringList{u"slow"_s, pg, u"--window"_s, u"2"_s};
        QTest::newRow("explain") << QStringList{u"explain"_s, pg, u"--sql"_s,
                                                u"SELECT count(*) FROM users"_s, u"--analyze"_s};
        QTest::newRow("explain generic")
            << QStringList{u"explain"_s, pg, u"--sql"_s, u"SELECT * FROM users WHERE id = $1"_s};
        QTest::newRow("advise") << QStringList{u"advise"_s, pg, u"--statement"_s,
                                               u"SELECT * FROM users WHERE lower(email) = $1"_s};
        QTest::newRow("health") << QStringList{u"health"_s, pg};
    }
    void recognised()
    {
        QFETCH(QStringList, args);
        QString error;
        QVERIFY2(test::execAsSuperuser(u"SELECT pg_stat_statements_reset()"_s, &error),
                 qPrintable(error));
        test::CliOptions options;
        options.env = test::isolatedEnvironment(m_home.path());
        const test::CliResult r = test::runCli(args, options);
        QVERIFY2(r.finished && (r.exitCode == 0 || args.first() == u"health"_s),
                 r.describe().constData());
        const QStringList left = unrecognised();
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u"\n"_s)));
    }

    void overview()
    {
        QString error;
        QVERIFY2(test::execAsSuperuser(u"SELECT pg_stat_statements_reset()"_s, &error),
                 qPrintable(error));
        Target t;
        t.id = u"t"_s;
        t.kind = TargetKind::PostgreSQL;
        t.name = u"test"_s;
        t.uri = test::TestSandbox::endpoints().postgres;
        const ServerOverview o = OverviewService::read(t);
        QVERIFY(!o.sections.isEmpty());
        const QStringList left = unrecognised();
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u"\n"_s)));
    }

    void cleanupTestCase() { test::TestSandbox::stop(); }
};

QTEST_GUILESS_MAIN(TestOwnStatements)
#include "tst_own_statements.moc"
