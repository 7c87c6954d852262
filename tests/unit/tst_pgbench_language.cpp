// pgbench 15's script language, checked against the cases of PostgreSQL's own pgbench TAP
// tests that need no server: the expression script of 001_pgbench_with_server.pl with its
// expected debug() output, its error cases that fail before any SQL is sent, and the script
// cases of 002_pgbench_no_server.pl. The facts (scripts, seeds, expected values and
// refusals) come from those tests; the SQL-dependent cases are in tst_pgbench_scripts.
#include "bench/PgScriptParser.h"
#include "bench/PgWorkload.h"
#include "bench/ScriptInterpreter.h"

#include <QtTest>

using namespace sonde;
using namespace Qt::StringLiterals;

namespace {

struct DebugLines : ScriptOutput
{
    QMap<int, QString> byCommand; // the last debug() of each command
    QStringList all;
    void debug(int, int command, const std::string &value) override
    {
        byCommand[command] = QString::fromStdString(value);
        all << u"command=%1: %2"_s.arg(command).arg(QString::fromStdString(value));
    }
};

enum class Phase
{
    Load, // refused when the script is read (pgbench exits 1)
    Run,  // fails when the command runs (pgbench aborts the client, exits 2)
};

struct Outcome
{
    bool loaded = false;
    bool finished = false; // ran to the end of the script
    QString error;
};

// Reads a script and runs one transaction of it through the interpreter (SQL commands are
// passed over: these cases need no server), as pgbench -t 1 --random-seed=SEED -D… would.
Outcome runScript(const QString &text, const QMap<QString, QString> &defines, uint64_t seed,
                  DebugLines *debug, QueryProtocol protocol = QueryProtocol::Prepared)
{
    Outcome o;
    PgWorkload w;
    w.defines = defines;
    ScriptError error;
    if (!w.addScript(u"script.sql"_s, text, 1, &error) || !w.check(protocol, &error)) {
        o.error = error.toString();
        return o;
    }
    o.loaded = true;
    const PgbenchSeeds seeds = PgbenchSeeds::derive(seed, 1, 1);
    ScriptInterpreter client(w, 0, {seeds.clients[0], int64_t(seeds.defaultSeed), int64_t(seed)},
                             debug);
    client.startScript(0);
    for (;;) {
        switch (client.advance()) {
        case ScriptInterpreter::Step::End:
            o.finished = true;
            return o;
        case ScriptInterpreter::Step::Failed:
            o.error = client.error();
            return o;
        default:
            client.next();
            break;
        }
    }
}

const QMap<QString, QString> ErrorDefines{
    {u"foo"_s, u"bla"_s},
    {u"null"_s, u"null"_s},
    {u"true"_s, u"true"_s},
    {u"one"_s, u"1"_s},
    {u"zero"_s, u"0.0"_s},
    {u"badtrue"_s, u"trueXXX"_s},
    {u"maxint"_s, u"9223372036854775807"_s},
    {u"minint"_s, u"-9223372036854775808"_s},
};

} // namespace

class TestPgbenchLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void expressions_data();
    void expressions();
    void errorCases_data();
    void errorCases();
    void scriptCases_data();
    void scriptCases();
    void backslashCommands();
    void seededRandomIsDeterministic();
    void randomMatchesPgbenchSequence();
    void conditionalsSkipWhatIsFalse();

private:
    DebugLines m_expressions;
    Outcome m_expressionRun;
};

#include "tst_pgbench_language_cases.h"

void TestPgbenchLanguage::initTestCase()
{
    m_expressionRun = runScript(ExpressionScript, ExpressionDefines, 5432, &m_expressions);
}

void TestPgbenchLanguage::expressions_data()
{
    QTest::addColumn<int>("command");
    QTest::addColumn<QString>("expected");
    for (const auto &c : ExpressionChecks)
        QTest::newRow(qPrintable(u"command %1"_s.arg(c.command)))
            << c.command << QString::fromUtf8(c.regex);
}

void TestPgbenchLanguage::expressions()
{
    QFETCH(int, command);
    QFETCH(QString, expected);
    QVERIFY2(m_expressionRun.loaded && m_expressionRun.finished, qPrintable(m_expressionRun.error));
    QVERIFY2(m_expressions.byCommand.contains(command), qPrintable(m_expressions.all.join(u'\n')));
    const QString got = m_expressions.byCommand.value(command);
    QVERIFY2(QRegularExpression(u"^(?:"_s + expected + u")"_s).match(got).hasMatch(),
             qPrintable(u"command %1: got \"%2\", pgbench prints \"%3\""_s.arg(command).arg(
                 got, expected)));
}

void TestPgbenchLanguage::errorCases_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("phase");
    QTest::addColumn<QString>("message");
    for (const auto &c : ErrorCases) {
        QTest::newRow(c.name) << QString::fromUtf8(c.script) << int(c.phase)
                              << QString::fromUtf8(c.message);
    }
    // The two long ones: 256 words for \shell (its name, echo and 255 arguments) and 256
    // parameters for one statement.
    QTest::newRow("shell too many args")
        << u"-- 256 arguments to \\shell\n\\shell echo "_s + QStringList(255, u"arg"_s).join(u' ')
        << int(Phase::Load) << uR"(too many arguments in command .shell.)"_s;
    QTest::newRow("sql too many args")
        << u"-- MAX_ARGS=256 for prepared\n\\set i 0\nSELECT LEAST("_s +
               QStringList(256, u":i"_s).join(u", "_s) + u")"_s
        << int(Phase::Load) << uR"(statement has too many arguments.*\b255\b)"_s;
}

void TestPgbenchLanguage::errorCases()
{
    QFETCH(QString, script);
    QFETCH(int, phase);
    QFETCH(QString, message);
    DebugLines debug;
    const Outcome o = runScript(script, ErrorDefines, 1, &debug);
    QVERIFY2(!o.finished, "the script ran to its end; pgbench refuses it");
    QCOMPARE(o.loaded, Phase(phase) == Phase::Run);
    QVERIFY2(QRegularExpression(message).match(o.error).hasMatch(),
             qPrintable(u"expected /%1/, got: %2"_s.arg(message, o.error)));
}

void TestPgbenchLanguage::scriptCases_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("messages");
    for (const auto &c : NoServerCases) {
        QStringList messages;
        for (const char *m : c.messages) {
            if (m)
                messages << QString::fromUtf8(m);
        }
        QTest::newRow(c.name) << QString::fromUtf8(c.script) << messages;
    }
}

void TestPgbenchLanguage::scriptCases()
{
    QFETCH(QString, script);
    QFETCH(QStringList, messages);
    DebugLines debug;
    const Outcome o = runScript(script, {}, 1, &debug);
    QVERIFY2(!o.loaded, "the script was accepted; pgbench refuses to load it");
    for (const QString &m : messages)
        QVERIFY2(QRegularExpression(m).match(o.error).hasMatch(),
                 qPrintable(u"expected /%1/, got: %2"_s.arg(m, o.error)));
}

void TestPgbenchLanguage::backslashCommands()
{
    // 001's "pgbench backslash commands": \sleep with units and a variable, \setshell with
    // continuation lines, \shell. pgbench prints "command=8.: int 1".
    DebugLines debug;
    const Outcome o = runScript(BackslashScript, {}, 1, &debug);
    QVERIFY2(o.finished, qPrintable(o.error));
    QCOMPARE(debug.byCommand.value(8), u"int 1"_s);
}

void TestPgbenchLanguage::seededRandomIsDeterministic()
{
    // 001's "random seeded with $seed": two runs with one seed draw the same four values, in
    // their ranges.
    const QString script = u"\\set ur debug(random(1000, 1999))\n"
                           "\\set er debug(random_exponential(2000, 2999, 2.0))\n"
                           "\\set gr debug(random_gaussian(3000, 3999, 3.0))\n"
                           "\\set zr debug(random_zipfian(4000, 4999, 1.5))\n"_s;
    const uint64_t seed = uint64_t(QRandomGenerator::global()->bounded(1000000000));
    DebugLines first, second;
    QVERIFY(runScript(script, {}, seed, &first).finished);
    QVERIFY(runScript(script, {}, seed, &second).finished);
    QCOMPARE(first.all, second.all);
    for (int command = 1; command <= 4; ++command) {
        const QString v = first.byCommand.value(command);
        QVERIFY2(QRegularExpression(u"^int %1\\d\\d\\d$"_s.arg(command)).match(v).hasMatch(),
                 qPrintable(v));
    }
}

void TestPgbenchLanguage::randomMatchesPgbenchSequence()
{
    // pgbench 15.18, run here: pgbench -n -t 1 --random-seed=5432 on this script prints
    // these values (the first two are also the TAP test's; the others continue the same
    // client sequence, and :default_seed is pgbench's second draw of the base generator).
    DebugLines debug;
    const Outcome o = runScript(PgbenchSequenceScript, {}, 5432, &debug);
    QVERIFY2(o.finished, qPrintable(o.error));
    for (const auto &c : PgbenchSequence)
        QCOMPARE(debug.byCommand.value(c.command), QString::fromUtf8(c.value));

    // Three clients, --random-seed=99: pgbench 15.18 prints 18, 17 and 11 for the clients'
    // first random(10, 19), and -1758301958940576351 for :default_seed.
    const PgbenchSeeds seeds = PgbenchSeeds::derive(99, 3, 1);
    QCOMPARE(int64_t(seeds.defaultSeed), int64_t(-1758301958940576351LL));
    QList<int64_t> first;
    for (uint64_t clientSeed : seeds.clients)
        first << PgbenchRandom(clientSeed).uniform(10, 19);
    QCOMPARE(first, QList<int64_t>({18, 17, 11}));
}

void TestPgbenchLanguage::conditionalsSkipWhatIsFalse()
{
    // Nested \if in a skipped branch, \elif chains, and a failing expression in a branch
    // that is never taken (pgbench evaluates only what it runs).
    DebugLines debug;
    const Outcome o = runScript(NestedConditionals, {}, 1, &debug);
    QVERIFY2(o.finished, qPrintable(o.error));
    QCOMPARE(debug.all, QStringList({u"command=10: int 3"_s, u"command=17: int 5"_s}));
}

QTEST_GUILESS_MAIN(TestPgbenchLanguage)
#include "tst_pgbench_language.moc"
