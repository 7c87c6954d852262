#include "TestSandbox.h"
#include "common/DisplayFormat.h"

#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace sonde;
using namespace Qt::StringLiterals;

// sonde-cli bench and compare as a user runs them: exit codes, JSON, stored runs, reports.
class TestCliBench : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;

    int cli(const QStringList &args, QByteArray *out, QByteArray *err = nullptr,
            int timeoutMs = 120000)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_home.path());
        // As root in a container or over ssh: no login session, no runtime directory.
        env.remove(u"XDG_RUNTIME_DIR"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SONDE_CLI_PATH), args);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        *out = p.readAllStandardOutput();
        const QByteArray e = p.readAllStandardError();
        if (err)
            *err = e;
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    // A file of `dir` holding `text`; its path.
    static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
    {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(text);
        return f.fileName();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::TestSandbox::ensureStarted(&error), qPrintable(error));
    }
    void cleanupTestCase() { test::TestSandbox::stop(); }

    void usageErrors()
    {
        QByteArray out, err;
        QCOMPARE(cli({u"bench"_s}, &out, &err), 2);
        QVERIFY(err.contains("exactly one server URI"));
        QCOMPARE(cli({u"bench"_s, u"postgresql://x@127.0.0.1/x"_s, u"--workload"_s, u"nope"_s},
                     &out, &err),
                 2);
        QVERIFY(err.contains("Unknown workload"));
        QCOMPARE(cli({u"bench"_s, test::TestSandbox::endpoints().redis, u"--workload"_s,
                      u"select-only"_s},
                     &out, &err),
                 2);
        QVERIFY(err.contains("PostgreSQL URI"));
        QCOMPARE(cli({u"bench"_s, u"postgresql://x@127.0.0.1/x"_s, u"--clients"_s, u"2"_s,
                      u"--threads"_s, u"3"_s},
                     &out, &err),
                 2);
        QCOMPARE(cli({u"compare"_s, u"1"_s}, &out, &err), 2);
        QCOMPARE(cli({u"compare"_s, u"7777"_s, u"7778"_s}, &out, &err), 1);
        QVERIFY(err.contains("no benchmark run 7777"));
    }

    void benchInitRunCompareAndExport()
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        QByteArray out, err;
        QCOMPARE(cli({u"bench"_s, ep.postgresApp, u"--init"_s, u"--scale"_s, u"1"_s,
                      u"--transactions"_s, u"500"_s, u"--name"_s, u"before"_s, u"--json"_s},
                     &out, &err),
                 0);
        QJsonObject a = QJsonDocument::fromJson(out).object();
        QCOMPARE(a.value(u"status"_s).toString(), u"completed"_s);
        QCOMPARE(a.value(u"transactions"_s).toInt(), 500);
        QVERIFY(a.value(u"run_id"_s).toInt() > 0);
        QVERIFY(a.value(u"latency"_s).toObject().value(u"p99_ms"_s).toDouble() > 0);

        QTemporaryDir dir;
        const QString script = dir.filePath(u"mine.sql"_s);
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "\\set aid random(1, 1000)\nSELECT abalance FROM pgbench_accounts WHERE aid = :aid;\n");
        f.close();
        QCOMPARE(
            cli({u"bench"_s, ep.pgbouncer, u"--pgbouncer"_s, u"--workload"_s, u"script"_s, script,
                 u"--duration"_s, u"1"_s, u"--clients"_s, u"2"_s, u"--name"_s, u"after"_s},
                &out, &err),
            0);
        QVERIFY2(out.contains("throughput"), out.constData());
        QVERIFY(out.contains("script mine.sql"));
        const QByteArray stored = out.mid(out.indexOf("stored as run ") + 14).trimmed();
        const QString b = QString::fromLatin1(stored);

        QCOMPARE(cli({u"compare"_s, u"--list"_s}, &out), 0);
        QCOMPARE(out.count('\n'), 2);

        const QString a_id = QString::number(a.value(u"run_id"_s).toInt());
        const QString html = dir.filePath(u"report.html"_s);
        const QString pdf = dir.filePath(u"report.pdf"_s);
        QCOMPARE(cli({u"compare"_s, a_id, b, u"--html"_s, html, u"--pdf"_s, pdf}, &out, &err), 0);
        QVERIFY2(out.contains("Throughput"), out.constData());
        // A 1 s run and a run of 500 transactions: too short to trust their difference.
        QVERIFY2(out.contains("measured interval"), out.constData());
        QVERIFY2(out.contains(QByteArray("!! Run #" + b.toUtf8() + " has only")), out.constData());
        QVERIFY2(out.contains("repeat each run"), out.constData());
        QVERIFY2(!err.contains("XDG_RUNTIME_DIR"), err.constData()); // no Qt warning
        QFile h(html);
        QVERIFY(h.open(QIODevice::ReadOnly));
        const QByteArray page = h.readAll();
        QVERIFY(page.contains("data:image/png;base64,"));
        QVERIFY(page.contains("PostgreSQL 15"));
        QVERIFY(page.contains("measured interval"));
        QVERIFY(!page.contains(ep.postgresApp.toUtf8())); // no URI with a password
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5) == "%PDF-");
        QVERIFY(p.size() > 20000); // it holds the chart images

        QCOMPARE(cli({u"compare"_s, a_id, b, u"--json"_s}, &out), 0);
        const QJsonArray figures =
            QJsonDocument::fromJson(out).object().value(u"figures"_s).toArray();
        QVERIFY(figures.size() >= 9);
        QCOMPARE(figures.at(0).toObject().value(u"key"_s).toString(), u"throughput"_s);
        QVERIFY(figures.at(0).toObject().contains(u"improvement_pct"_s));
        const QJsonObject confidence =
            QJsonDocument::fromJson(out).object().value(u"confidence"_s).toObject();
        QCOMPARE(confidence.value(u"too_few_samples"_s).toBool(), true);
        QVERIFY(confidence.value(u"after"_s).toObject().value(u"intervals"_s).toInt() >= 1);
    }

    void redisBenchText()
    {
        QByteArray out, err;
        QCOMPARE(cli({u"bench"_s, test::TestSandbox::endpoints().redis, u"--workload"_s,
                      u"redis-mixed"_s, u"--transactions"_s, u"2000"_s, u"--pipeline"_s, u"8"_s,
                      u"--no-store"_s},
                     &out, &err),
                 0);
        // The CLI writes in its UI language, English here (the sandbox has no French locale).
        const QLocale english(QLocale::English);
        QVERIFY2(out.contains((u"transactions  "_s + DisplayFormat::count(2000, english)).toUtf8()),
                 out.constData());
        QVERIFY(!out.contains("stored as run"));
    }

    void scriptOptionsMeanWhatTheySay()
    {
        // A script given with --script runs (it was once ignored for select-only), several
        // with weights, with -D variables, a fixed random seed and the per-command report.
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        QTemporaryDir dir;
        writeFile(dir, u"s1.sql"_s, "\\set x debug(:base + random(1, 9))\nSELECT :x AS x \\gset\n");
        writeFile(dir, u"s2.sql"_s, "\\if :client_id >= 0\nSELECT 2;\n\\endif\n");
        QByteArray out, err;
        QCOMPARE(cli({u"bench"_s, ep.postgresApp, u"--script"_s, dir.filePath(u"s1.sql@3"_s),
                      u"--script"_s, dir.filePath(u"s2.sql"_s), u"-D"_s, u"base=100"_s,
                      u"--random-seed"_s, u"5432"_s, u"--transactions"_s, u"40"_s, u"-r"_s,
                      u"--no-store"_s, u"--quiet"_s},
                     &out, &err),
                 0);
        QVERIFY2(out.contains("workload      script s1.sql@3, s2.sql@1"), out.constData());
        QVERIFY2(out.contains("random seed   5432"), out.constData());
        QVERIFY2(
            out.contains((u"script 1      s1.sql, weight 3 (targets "_s +
                          DisplayFormat::percent(75, QLocale(QLocale::English)) + u" of total)"_s)
                             .toUtf8()),
            out.constData());
        QVERIFY(out.contains("commands of s2.sql"));
        QVERIFY(out.contains("\\if :client_id >= 0"));
        QVERIFY2(err.contains("debug(script=0,command=1): int 1"), err.constData());

        QCOMPARE(cli({u"bench"_s, ep.postgresApp, u"--builtin"_s, u"select-only@2"_s,
                      u"--builtin"_s, u"si@1"_s, u"--transactions"_s, u"30"_s, u"--json"_s,
                      u"--no-store"_s, u"--quiet"_s},
                     &out, &err),
                 0);
        const QJsonArray report =
            QJsonDocument::fromJson(out).object().value(u"script_report"_s).toArray();
        QCOMPARE(report.size(), 2);
        QCOMPARE(report.at(1).toObject().value(u"name"_s).toString(), u"builtin: simple-update"_s);
    }

    void lateTransactionsAreSkippedAndReported()
    {
        // pgbench -R 100000 -L 1 on a script that sleeps 2 ms: the first transaction runs
        // late, every later one is already late when due and is skipped.
        QTemporaryDir dir;
        const QString script = writeFile(dir, u"sleep.sql"_s, "\\sleep 2ms\n");
        QByteArray out, err;
        QCOMPARE(cli({u"bench"_s, test::TestSandbox::endpoints().postgresApp, u"--script"_s, script,
                      u"--rate"_s, u"100000"_s, u"--latency-limit"_s, u"1"_s, u"--transactions"_s,
                      u"10"_s, u"--clients"_s, u"1"_s, u"--no-store"_s, u"--quiet"_s},
                     &out, &err),
                 0);
        const QRegularExpressionMatch done =
            QRegularExpression(u"transactions  (\\d+) in"_s).match(QString::fromUtf8(out));
        const QRegularExpressionMatch skipped =
            QRegularExpression(u"skipped       (\\d+) \\("_s).match(QString::fromUtf8(out));
        const QRegularExpressionMatch late =
            QRegularExpression(u"late          (\\d+) \\("_s).match(QString::fromUtf8(out));
        QVERIFY2(done.hasMatch() && skipped.hasMatch() && late.hasMatch(), out.constData());
        QCOMPARE(done.captured(1).toInt() + skipped.captured(1).toInt(), 10);
        QVERIFY(skipped.captured(1).toInt() >= 9);
        QCOMPARE(late.captured(1), done.captured(1));
    }

    void optionsThatDoNotApplyAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString pg = u"postgresql://app@127.0.0.1:1/x"_s;
        const QString redis = u"redis://127.0.0.1:1/0"_s;
        QTest::newRow("pipeline for select-only")
            << QStringList{pg, u"--pipeline"_s, u"4"_s}
            << u"--pipeline does not apply to the select-only workload"_s;
        QTest::newRow("max-tries for redis")
            << QStringList{redis, u"--workload"_s, u"redis-get"_s, u"--max-tries"_s, u"2"_s}
            << u"--max-tries does not apply to the redis-get workload"_s;
        QTest::newRow("top for select-only")
            << QStringList{pg, u"--top"_s, u"3"_s} << u"--top does not apply"_s;
        QTest::newRow("script file without --script")
            << QStringList{pg, u"s1.sql"_s} << u"to run a pgbench script, give it with --script"_s;
        QTest::newRow("pgbench's -f") << QStringList{pg, u"-f"_s, u"s1.sql"_s}
                                      << u"pgbench's -f is --script FILE[@W] here."_s;
        QTest::newRow("script with another workload")
            << QStringList{pg, u"--workload"_s, u"read-write"_s, u"--script"_s, u"x.sql"_s}
            << u"leave out --workload read-write"_s;
        QTest::newRow("duration and transactions")
            << QStringList{pg, u"--duration"_s, u"3"_s, u"--transactions"_s, u"5"_s}
            << u"either --transactions or --duration"_s;
        QTest::newRow("bad definition")
            << QStringList{pg, u"-D"_s, u"foobla"_s} << u"Invalid variable definition"_s;
        QTest::newRow("bad seed") << QStringList{pg, u"--random-seed"_s, u"one"_s}
                                  << u"Unrecognized random seed"_s;
        QTest::newRow("bad weight") << QStringList{pg, u"--builtin"_s, u"select-only@one"_s}
                                    << u"Invalid weight specification: @one"_s;
        QTest::newRow("unknown builtin")
            << QStringList{pg, u"--builtin"_s, u"s"_s} << u"No built-in script"_s;
        QTest::newRow("rate zero")
            << QStringList{pg, u"--rate"_s, u"0.0"_s} << u"Invalid value for --rate"_s;
        QTest::newRow("latency limit zero") << QStringList{pg, u"--latency-limit"_s, u"0.0"_s}
                                            << u"Invalid value for --latency-limit"_s;
        QTest::newRow("negative weight") << QStringList{pg, u"--builtin"_s, u"select-only@-1"_s}
                                         << u"The weight -1 is out of range"_s;
        QTest::newRow("weights all zero")
            << QStringList{pg,        u"--builtin"_s, u"se@0"_s,  u"--builtin"_s,
                           u"si@0"_s, u"--builtin"_s, u"tpcb@0"_s}
            << u"weights cannot all be zero"_s;
        QStringList many{pg};
        for (int i = 0; i < 129; ++i)
            many << u"--builtin"_s << u"se"_s;
        QTest::newRow("too many scripts") << many << u"At most 128 scripts"_s;
        QTest::newRow("no such file") << QStringList{pg, u"--script"_s, u"no-such-file"_s}
                                      << u"Cannot read the script no-such-file"_s;
        QTest::newRow("bad max tries") << QStringList{pg, u"--max-tries"_s, u"-10"_s}
                                       << u"Invalid value for --max-tries: -10"_s;
        QTest::newRow("bad clients") << QStringList{pg, u"--clients"_s, u"three"_s}
                                     << u"Invalid value for --clients: three"_s;
        QTest::newRow("bad protocol")
            << QStringList{pg, u"--protocol"_s, u"no-such-mode"_s} << u"Unknown protocol"_s;
        QTest::newRow("unlimited tries without a bound")
            << QStringList{pg, u"--max-tries"_s, u"0"_s, u"--transactions"_s, u"5"_s}
            << u"unlimited number of tries"_s;
    }
    void optionsThatDoNotApplyAreRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QByteArray out, err;
        QCOMPARE(cli(QStringList{u"bench"_s} + args, &out, &err), 2);
        QVERIFY2(err.contains(message.toUtf8()), err.constData());
    }

    void scriptThatCannotBeReadSaysWhere()
    {
        QTemporaryDir dir;
        const QString script = writeFile(dir, u"bad.sql"_s, "SELECT 1;\n\\set x random(1, 10 +\n");
        QByteArray out, err;
        // Refused before connecting (the port is closed), with the line and a caret.
        QCOMPARE(cli({u"bench"_s, u"postgresql://app@127.0.0.1:1/x"_s, u"--script"_s, script}, &out,
                     &err),
                 2);
        QVERIFY2(err.contains("bad.sql, line 2: syntax error"), err.constData());
        QVERIFY(err.contains("\\set x random(1, 10 +\n"));
        QVERIFY(err.contains("^ here"));
    }
};

QTEST_GUILESS_MAIN(TestCliBench)
#include "tst_cli_bench.moc"
