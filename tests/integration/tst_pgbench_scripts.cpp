// pgbench 15 scripts run by the benchmark engine against the sandbox's PostgreSQL: the
// cases of PostgreSQL's 001_pgbench_with_server.pl that need a server (\gset, \aset,
// pipelines, SQL errors, retries after serialization failures and deadlocks, --rate with
// --latency-limit, several weighted scripts), every meta-command on a real connection, and
// statements whose quoted identifiers hold "--".
#include "TestSandbox.h"
#include "bench/BenchmarkEngine.h"
#include "bench/PgbenchSchema.h"
#include "connection/PgSession.h"

#include <QtTest>

#include <mutex>

using namespace sonde;
using namespace Qt::StringLiterals;

#include "tst_pgbench_scripts_cases.h"

class TestPgbenchScripts : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        BenchmarkResult result;
        QStringList debug; // "command=N: value", in order
        QMap<int, QString> byCommand;
    };

    static BenchmarkConfig config(const QString &script, QueryProtocol protocol,
                                  qint64 transactions = 1, int clients = 1)
    {
        BenchmarkConfig c;
        c.workload = WorkloadKind::Script;
        c.uri = test::TestSandbox::endpoints().postgresApp;
        c.clients = clients;
        c.threads = 1;
        c.transactions = transactions;
        c.protocol = protocol;
        c.scripts << BenchScript{u"script.sql"_s, script, 1};
        return c;
    }

    static Run run(const BenchmarkConfig &c)
    {
        Run r;
        std::mutex mutex;
        BenchmarkEngine::Hooks hooks;
        hooks.scriptOutput = [&](const QString &line) {
            std::lock_guard<std::mutex> lock(mutex);
            const QRegularExpressionMatch m =
                QRegularExpression(u"^debug\\(script=\\d+,command=(\\d+)\\): (.*)$"_s).match(line);
            r.debug << u"command=%1: %2"_s.arg(m.captured(1), m.captured(2));
            r.byCommand[m.captured(1).toInt()] = m.captured(2);
        };
        r.result = BenchmarkEngine::run(c, nullptr, hooks);
        return r;
    }

    static void completed(const BenchmarkResult &r, qint64 transactions)
    {
        QVERIFY2(r.status == BenchmarkResult::Status::Completed,
                 qPrintable(r.statusName() + u": "_s + r.error));
        QCOMPARE(r.transactions, transactions);
        QCOMPARE(r.errors, qint64(0));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::TestSandbox::ensureStarted(&error), qPrintable(error));
        PgSession session;
        QVERIFY(!session.open(test::TestSandbox::endpoints().postgresApp));
        const DbError err = PgbenchSchema::initialize(session, 1, {}, nullptr);
        QVERIFY2(!err, qPrintable(err.toString()));
    }
    void cleanupTestCase() { test::TestSandbox::stop(); }

    void expressionScriptOnTheServer_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::newRow("simple") << int(QueryProtocol::Simple);
        QTest::newRow("extended") << int(QueryProtocol::Extended);
        QTest::newRow("prepared") << int(QueryProtocol::Prepared);
    }
    void expressionScriptOnTheServer()
    {
        // The expression script of 001 with its SELECT of a NULL, a boolean, an integer and
        // a double variable, under each protocol: it runs, and debug() prints what pgbench
        // prints for the deterministic commands.
        QFETCH(int, protocol);
        BenchmarkConfig c = config(ServerExpressionScript, QueryProtocol(protocol));
        c.randomSeed = u"5432"_s;
        c.defines = {{u"foo"_s, u"-10.1"_s}, {u"f"_s, u"of"_s}, {u"n"_s, u"null"_s}};
        const Run r = run(c);
        completed(r.result, 1);
        QCOMPARE(r.byCommand.value(1), u"int 17"_s);
        QCOMPARE(r.byCommand.value(2), u"double 16"_s);
        QCOMPARE(r.byCommand.value(3), u"boolean true"_s);
        QCOMPARE(r.byCommand.value(10), u"int 65"_s);
        QCOMPARE(r.result.randomSeed, quint64(5432));
    }

    void gsetStoresTheLastRow()
    {
        // 001's "pgbench gset command" (pgbench's default, simple protocol: "\;" joins).
        const Run r = run(config(GsetScript, QueryProtocol::Simple));
        completed(r.result, 1);
        const QMap<int, QString> expected{{3, u"int 0"_s}, {5, u"int 1"_s},  {6, u"int 2"_s},
                                          {8, u"int 3"_s}, {10, u"int 4"_s}, {12, u"int 5"_s}};
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QCOMPARE(r.byCommand.value(it.key()), it.value());
    }

    void asetStoresEveryResult()
    {
        const Run r = run(config(AsetScript, QueryProtocol::Simple));
        completed(r.result, 1);
        QCOMPARE(r.byCommand.value(3), u"int 8"_s);
        QCOMPARE(r.byCommand.value(4), u"int 7"_s);
    }

    void refusedWhenRunning_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QString>("message");
        for (const auto &c : RunErrorCases) {
            QTest::newRow(c.name) << QString::fromUtf8(c.script) << int(c.protocol)
                                  << QString::fromUtf8(c.message);
        }
    }
    void refusedWhenRunning()
    {
        // pgbench aborts the client (exit status 2, "processed: 0/1"); the engine stops the
        // client and the run fails with the reason.
        QFETCH(QString, script);
        QFETCH(int, protocol);
        QFETCH(QString, message);
        const Run r = run(config(script, QueryProtocol(protocol)));
        QCOMPARE(r.result.status, BenchmarkResult::Status::Failed);
        QCOMPARE(r.result.transactions, qint64(0));
        QVERIFY2(QRegularExpression(message).match(r.result.error).hasMatch(),
                 qPrintable(r.result.error));
    }

    void pipelines_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::newRow("extended") << int(QueryProtocol::Extended);
        QTest::newRow("prepared") << int(QueryProtocol::Prepared);
    }
    void pipelines()
    {
        // 001's "working \startpipeline", with a \gset after the pipeline and the per-command
        // report: ten statements sent without waiting, read after \endpipeline.
        QFETCH(int, protocol);
        const Run r = run(config(PipelineScript, QueryProtocol(protocol), 20));
        completed(r.result, 20);
        QCOMPARE(r.byCommand.value(15), u"int 10"_s);
        QCOMPARE(r.result.scripts.size(), 1);
        const QList<ScriptCommandReport> &cmds = r.result.scripts.first().commands;
        QCOMPARE(cmds.size(), 15);
        for (const ScriptCommandReport &cmd : cmds)
            QCOMPARE(cmd.count, qint64(20));
        QVERIFY(cmds.at(11).text.startsWith(u"\\endpipeline"_s));
    }

    void pipelineHoldsASerializableTransaction()
    {
        // 001's "working \startpipeline with serializable": -c4 -j2 -t 10 -M prepared.
        QString script = u"\\startpipeline\nBEGIN ISOLATION LEVEL SERIALIZABLE;\n"_s;
        script += u"select 1;\n"_s.repeated(10) + u"END;\n\\endpipeline\n"_s;
        BenchmarkConfig c = config(script, QueryProtocol::Prepared, 40, 4);
        c.threads = 2;
        completed(run(c).result, 40);
    }

    void pipelineUnderTheSimpleProtocolIsRefused()
    {
        const Run r = run(config(PipelineScript, QueryProtocol::Simple));
        QCOMPARE(r.result.status, BenchmarkResult::Status::Failed);
        QVERIFY2(r.result.error.contains(u"simple query protocol"_s), qPrintable(r.result.error));
        QVERIFY(r.result.error.contains(u"line 2"_s));
    }

    void syntaxErrorIsRefusedBeforeTheRun()
    {
        // 001's "sql syntax error" under -M prepared: pgbench fails when it runs; the engine
        // prepares every statement first and refuses the run, naming the statement.
        const Run r =
            run(config(u"-- SQL syntax error\n    SELECT 1 + ;\n"_s, QueryProtocol::Prepared));
        QCOMPARE(r.result.status, BenchmarkResult::Status::Failed);
        QVERIFY2(r.result.error.contains(u"syntax error"_s), qPrintable(r.result.error));
    }

    void conflictsAreRetriedOrCounted_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("maxTries");
        QTest::addColumn<QString>("kind");
        // 001's "concurrent update with retrying" and "deadlock with retrying": two clients,
        // one transaction each; the second fails once. With a second try it commits; without
        // one it is counted as failed, under its kind.
        QTest::newRow("serialization, 2 tries") << SerializationScript << 2 << QString();
        QTest::newRow("serialization, 1 try")
            << SerializationScript << 1 << u"40001 serialization failure"_s;
        QTest::newRow("deadlock, 2 tries") << DeadlockScript << 2 << QString();
        QTest::newRow("deadlock, 1 try") << DeadlockScript << 1 << u"40P01 deadlock detected"_s;
    }
    void conflictsAreRetriedOrCounted()
    {
        QFETCH(QString, script);
        QFETCH(int, maxTries);
        QFETCH(QString, kind);
        QString error;
        QVERIFY2(test::execAsSuperuser(ConflictTables, &error, u"sonde_demo"_s), qPrintable(error));
        BenchmarkConfig c = config(script, QueryProtocol::Prepared, 2, 2);
        c.maxTries = maxTries;
        const Run r = run(c);
        const ScriptReport &s = r.result.scripts.first();
        qint64 commandRetries = 0;
        for (const ScriptCommandReport &cmd : s.commands)
            commandRetries += cmd.retries;
        if (maxTries > 1) {
            completed(r.result, 2);
            QCOMPARE(s.retried, qint64(1));
            QCOMPARE(s.retries, qint64(1));
            QCOMPARE(commandRetries, qint64(1));
            QCOMPARE(s.failed, qint64(0));
        } else {
            QCOMPARE(r.result.transactions, qint64(1));
            QCOMPARE(s.failed, qint64(1));
            QCOMPARE(commandRetries, qint64(0));
            QCOMPARE(r.result.errorsByKind.value(kind), qint64(1));
        }
        if (script == SerializationScript && maxTries > 1) {
            // Three draws of delta (two clients, one retry): the retry drew what its first
            // try drew.
            QCOMPARE(r.debug.size(), 3);
            QVERIFY2(r.debug.at(0) == r.debug.at(2) || r.debug.at(1) == r.debug.at(2),
                     qPrintable(r.debug.join(u", "_s)));
        }
    }

    void weightedScripts()
    {
        // 001's "pgbench custom scripts": two scripts, weights 1 and 2, 100 transactions.
        BenchmarkConfig c = config(CustomScript1, QueryProtocol::Prepared, 300);
        c.scripts.first().name = u"custom_1.sql"_s;
        c.scripts << BenchScript{u"custom_2.sql"_s, CustomScript2, 2};
        const Run r = run(c);
        completed(r.result, 300);
        QCOMPARE(r.result.scripts.size(), 2);
        const qint64 first = r.result.scripts.at(0).transactions;
        const qint64 second = r.result.scripts.at(1).transactions;
        QCOMPARE(first + second, qint64(300));
        QVERIFY2(first > 50 && second > 130, qPrintable(u"%1 / %2"_s.arg(first).arg(second)));
        QCOMPARE(r.result.scripts.at(1).weight, qint64(2));
    }

    void throttling()
    {
        // 001's "pgbench throttling": --rate far above what runs, a generous latency limit:
        // every transaction runs.
        BenchmarkConfig c = config({}, QueryProtocol::Prepared, 200, 2);
        c.workload = WorkloadKind::SelectOnly;
        c.scripts.clear();
        c.targetRate = 100000;
        c.latencyLimitMs = 1000000;
        const Run r = run(c);
        completed(r.result, 200);
        QCOMPARE(r.result.scripts.first().skipped, qint64(0));
    }

    void lateThrottlingSkips()
    {
        // 001's "pgbench late throttling": a 2 ms sleep, --rate=100000, --latency-limit=1:
        // at most one transaction runs (and it is late), the other slots are skipped.
        BenchmarkConfig c = config(u"\\sleep 2ms\n"_s, QueryProtocol::Prepared, 10);
        c.targetRate = 100000;
        c.latencyLimitMs = 1;
        const Run r = run(c);
        QVERIFY2(r.result.status == BenchmarkResult::Status::Completed, qPrintable(r.result.error));
        const ScriptReport &s = r.result.scripts.first();
        QVERIFY2(r.result.transactions <= 1, qPrintable(QString::number(r.result.transactions)));
        QCOMPARE(r.result.transactions + s.skipped, qint64(10));
        QCOMPARE(s.late, r.result.transactions);
    }

    void everyMetaCommandOnAConnection()
    {
        // \set, \sleep (a variable and units), \setshell, \shell, \if/\elif/\else/\endif,
        // \gset with a prefix, \aset and a pipeline, all in one transaction on the server.
        BenchmarkConfig c = config(EveryMetaCommand, QueryProtocol::Extended, 4, 2);
        c.defines = {{u"start"_s, u"40"_s}};
        const Run r = run(c);
        completed(r.result, 4);
        QCOMPARE(r.debug.count(u"command=17: int 42"_s), 4);
        QCOMPARE(r.debug.count(u"command=18: int 3"_s), 4);
        QCOMPARE(r.debug.count(u"command=20: int 7"_s), 4);
    }

    void seededClientsDrawWhatPgbenchDraws()
    {
        // pgbench 15.18 with --random-seed=99 and three clients prints 18, 17 and 11 for
        // the clients' first random(10, 19), and the same :default_seed for all.
        BenchmarkConfig c = config(u"\\set a debug(random(10, 19))\n"
                                   "\\set b debug(:default_seed)\n"_s,
                                   QueryProtocol::Prepared, 3, 3);
        c.randomSeed = u"99"_s;
        const Run r = run(c);
        completed(r.result, 3);
        QStringList first = r.debug.filter(u"command=1:"_s);
        first.sort();
        QCOMPARE(first, QStringList({u"command=1: int 11"_s, u"command=1: int 17"_s,
                                     u"command=1: int 18"_s}));
        QCOMPARE(r.debug.count(u"command=2: int -1758301958940576351"_s), 3);
    }

    void quotedCommentMarkersRunAsWritten()
    {
        // "--" inside quoted identifiers and strings, ";" inside a dollar-quoted body: the
        // statements run whole (pgbench runs this file too).
        QString error;
        QVERIFY2(test::execAsSuperuser(u"DROP TABLE IF EXISTS \"odd--names\"; "
                                       "CREATE TABLE \"odd--names\" (\"a--b\" int, \"c;d\" text); "
                                       "GRANT ALL ON \"odd--names\" TO app"_s,
                                       &error, u"sonde_demo"_s),
                 qPrintable(error));
        const Run r = run(config(QuotedMarkersScript, QueryProtocol::Prepared, 10));
        completed(r.result, 10);
        QCOMPARE(r.byCommand.value(3), u"int 10"_s);
    }
};

QTEST_GUILESS_MAIN(TestPgbenchScripts)
#include "tst_pgbench_scripts.moc"
