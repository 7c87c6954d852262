// sonde-cli slow and sonde-cli explain against the sandbox: JSON on stdout, progress and
// errors on stderr, exit codes 0 / 1 / 2, writes explained only when confirmed and rolled back.
#include "TestSandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    p.start(QStringLiteral(SONDE_CLI_PATH), args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestCliSlowExplain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::TestSandbox::ensureDemoSeeded(&error), qPrintable(error));
    }

    void slowRanksTheWindow()
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        // Load while the CLI watches: a slow statement once a second.
        std::atomic<bool> stop{false};
        QFuture<void> load = QtConcurrent::run([&]() {
            pqxx::connection c(ep.postgresApp.toStdString());
            pqxx::nontransaction tx(c);
            while (!stop) {
                tx.exec("SELECT pg_sleep(0.2), 'cli window'");
                tx.exec("SELECT count(*) FROM projects WHERE visibility = 'public'");
                QThread::msleep(300);
            }
        });
        const Run r = cli({u"slow"_s, ep.postgresMonitor, u"--window"_s, u"4"_s, u"--interval"_s,
                           u"1"_s, u"--json"_s});
        stop = true;
        load.waitForFinished();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.contains("sampled"));
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QJsonArray statements = o.value(u"statements"_s).toArray();
        QVERIFY(!statements.isEmpty());
        const QJsonObject top = statements.first().toObject();
        QVERIFY2(top.value(u"query"_s).toString().contains(u"pg_sleep"_s),
                 qPrintable(top.value(u"query"_s).toString()));
        QVERIFY(top.value(u"calls"_s).toDouble() >= 3);
        QVERIFY(top.value(u"calls"_s).toDouble() <= 12);
        QVERIFY(top.value(u"mean_ms"_s).toDouble() >= 200);
        QVERIFY(top.value(u"slow"_s).toBool());

        const Run table = cli({u"slow"_s, ep.postgresMonitor, u"--window"_s, u"0"_s});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("Statement"));
        QVERIFY(table.out.contains("pg_sleep"));
        // The text table names each statement by the id `explain --query-id` takes.
        QVERIFY(table.out.contains("Query id"));
        const QString topId = top.value(u"query_id"_s).toString();
        bool listed = false;
        for (const QByteArray &line : table.out.split('\n'))
            listed = listed || (line.trimmed().startsWith(QByteArray(topId.toUtf8() + ' ')) &&
                                line.contains("pg_sleep"));
        QVERIFY2(listed, table.out.constData());
    }

    void slowSaysWhatIsWrong()
    {
        const Run usage = cli({u"slow"_s});
        QCOMPARE(usage.exitCode, 2);
        const Run refused =
            cli({u"slow"_s, u"postgresql://nobody@127.0.0.1:1/x"_s, u"--window"_s, u"1"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(!refused.err.isEmpty());
    }

    void explainByQueryIdAndSql()
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        qint64 queryId = 0;
        {
            pqxx::connection c(ep.postgresApp.toStdString());
            pqxx::nontransaction tx(c);
            tx.exec("SELECT id FROM projects WHERE owner_id = 17 ORDER BY created_at DESC");
            queryId = tx.exec1("SELECT queryid FROM pg_stat_statements WHERE query LIKE "
                               "'SELECT id FROM projects WHERE owner_id = $1%'")[0]
                          .as<qint64>();
        }
        const Run byId =
            cli({u"explain"_s, ep.postgres, u"--query-id"_s, QString::number(queryId)});
        QVERIFY2(byId.exitCode == 0, byId.err.constData());
        QVERIFY(byId.out.startsWith("generic of: SELECT id FROM projects WHERE owner_id = $1"));
        QVERIFY(byId.out.contains("Seq Scan on projects"));

        const Run json = cli({u"explain"_s, ep.postgres, u"--sql"_s,
                              u"SELECT count(*) FROM users WHERE status = 'active'"_s,
                              u"--analyze"_s, u"--json"_s});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(u"mode"_s).toString(), u"analyze"_s);
        QVERIFY(o.value(u"analyzed"_s).toBool());
        QVERIFY(o.value(u"execution_ms"_s).toDouble() > 0);
        QVERIFY(!o.value(u"nodes"_s).toArray().isEmpty());
        QCOMPARE(o.value(u"explain"_s).toArray().size(), 1);
    }

    void explainWritesOnlyWhenConfirmed()
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        const QString del = u"DELETE FROM audit_logs WHERE id <= 10"_s;
        const Run unconfirmed = cli({u"explain"_s, ep.postgres, u"--sql"_s, del, u"--analyze"_s});
        QCOMPARE(unconfirmed.exitCode, 3); // refused: a write not confirmed
        QVERIFY(unconfirmed.err.contains("--confirm-write"));
        const Run readOnly = cli({u"explain"_s, ep.postgres, u"--sql"_s, del, u"--analyze"_s,
                                  u"--confirm-write"_s, u"--read-only"_s});
        QCOMPARE(readOnly.exitCode, 3); // refused: read-only mode
        QVERIFY(readOnly.err.contains("read-only"));
        const Run confirmed =
            cli({u"explain"_s, ep.postgres, u"--sql"_s, del, u"--analyze"_s, u"--confirm-write"_s});
        QVERIFY2(confirmed.exitCode == 0, confirmed.err.constData());
        QVERIFY(confirmed.out.contains("Delete on audit_logs"));
        QVERIFY(confirmed.out.contains("rolled back"));
        pqxx::connection c(ep.postgresApp.toStdString());
        pqxx::nontransaction tx(c);
        QCOMPARE(tx.exec1("SELECT count(*) FROM audit_logs WHERE id <= 10")[0].as<int>(), 10);
    }

    void explainSavedPlansAndBadInput()
    {
        const QString dir = QStringLiteral(SONDE_SOURCE_DIR) + u"/tests/data/plans/"_s;
        const Run ok = cli({u"explain"_s, u"--file"_s, dir + u"sort_spill.json"_s});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.out.contains("Sort spilled"));
        QTemporaryFile broken;
        QVERIFY(broken.open());
        broken.write("[{\"Plan\": {\"Node Type\": ");
        broken.close();
        const Run bad = cli({u"explain"_s, u"--file"_s, broken.fileName()});
        QCOMPARE(bad.exitCode, 2); // bad input: nothing was sent to a server
        QVERIFY(bad.err.contains("not valid JSON"));
        QCOMPARE(cli({u"explain"_s, u"--sql"_s, u"SELECT 1"_s}).exitCode, 2);
        QCOMPARE(cli({u"explain"_s, u"x"_s, u"--sql"_s, u"SELECT 1"_s, u"--query-id"_s, u"1"_s})
                     .exitCode,
                 2);
    }

    void cleanupTestCase() { test::TestSandbox::stop(); }
};

QTEST_GUILESS_MAIN(TestCliSlowExplain)
#include "tst_cli_slow_explain.moc"
