#include "bench/ParameterBinder.h"
#include "bench/PgWorkload.h"
#include "plan/PlanOutline.h"

#include <QtTest>

using namespace sonde;
using namespace Qt::StringLiterals;

class TestPgWorkload : public QObject
{
    Q_OBJECT
private slots:
    void builtinScriptsParse()
    {
        PgWorkload w;
        QString error;
        QVERIFY2(w.addScript(u"select-only"_s, PgWorkload::selectOnlyScript(), 1, &error),
                 qPrintable(error));
        QVERIFY2(w.addScript(u"tpcb"_s, PgWorkload::tpcbLikeScript(), 1, &error),
                 qPrintable(error));
        QCOMPARE(w.scripts.size(), size_t(2));
        QCOMPARE(w.statements.front().sql,
                 QByteArray("SELECT abalance FROM pgbench_accounts WHERE aid = $1"));
        // BEGIN, 3 updates, select, insert, END.
        int sql = 0;
        for (const ScriptCommand &c : w.scripts[1].commands)
            sql += c.type == ScriptCommand::Type::Sql ? 1 : 0;
        QCOMPARE(sql, 7);
        const PgStatement &insert = w.statements[w.statements.size() - 2];
        QVERIFY(insert.sql.startsWith("INSERT INTO pgbench_history"));
        QCOMPARE(insert.params.size(), size_t(4)); // tid, bid, aid, delta: each once
        QVERIFY(insert.sql.contains("($1, $2, $3, $4, CURRENT_TIMESTAMP)"));
    }

    void variablesCastsAndStringsAreHandled()
    {
        PgWorkload w;
        QString error;
        const QString script = u"\\set n random(1, 10) * 2\n"
                               "-- a comment\n"
                               "SELECT :n::int AS x, ':n' AS literal,\n"
                               "       \"col:n\" FROM t WHERE a = :n;\n"
                               "\\sleep 2 ms\n"
                               "SELECT :client_id + :scale;\n"_s;
        QVERIFY2(w.addScript(u"s.sql"_s, script, 1, &error), qPrintable(error));
        QCOMPARE(w.statements.size(), size_t(2));
        QCOMPARE(
            w.statements[0].sql,
            QByteArray(
                "SELECT $1::int AS x, ':n' AS literal,\n       \"col:n\" FROM t WHERE a = $1"));
        QCOMPARE(w.statements[0].params.size(), size_t(1));
        QCOMPARE(w.statements[1].sql, QByteArray("SELECT $1 + $2"));
        QCOMPARE(w.scripts[0].commands[2].type, ScriptCommand::Type::Sleep);
        QCOMPARE(w.scripts[0].commands[2].sleepUnitNs, int64_t(1000000));
    }

    void scriptErrorsSayWhere()
    {
        PgWorkload w;
        QString error;
        QVERIFY(!w.addScript(u"bad.sql"_s, u"SELECT :missing;\n"_s, 1, &error));
        QVERIFY2(error.contains(u"bad.sql, line 1"_s) && error.contains(u":missing"_s),
                 qPrintable(error));
        QVERIFY(!w.addScript(u"bad.sql"_s, u"\\set x random(1\nSELECT 1;"_s, 1, &error));
        QVERIFY2(error.contains(u"line 1"_s), qPrintable(error));
        QVERIFY(!w.addScript(u"bad.sql"_s, u"\\gset\nSELECT 1;"_s, 1, &error));
        QVERIFY2(error.contains(u"\\gset"_s), qPrintable(error));
        QVERIFY(!w.addScript(u"empty.sql"_s, u"\\set x 1\n"_s, 1, &error));
        QVERIFY(!w.addScript(u"bad.sql"_s, u"\\set x nosuch(1)\nSELECT 1;"_s, 1, &error));
        QVERIFY2(error.contains(u"nosuch"_s), qPrintable(error));
    }

    void expressionsEvaluateLikePgbench()
    {
        ScriptVariables vars;
        const int a = vars.intern(u"a"_s);
        ScriptExpression e;
        QString error;
        QVERIFY(ScriptExpression::parse(u"(:a + 3) * 2 - 10 / 4 % 3"_s, &vars, &e, &error));
        std::vector<ScriptValue> values(size_t(vars.count()));
        values[size_t(a)] = ScriptValue::integer(4);
        ScriptRandom rng(7);
        bool failed = false;
        QCOMPARE(e.evaluate(values.data(), rng, &failed).toInt(),
                 int64_t((4 + 3) * 2 - 10 / 4 % 3));
        QVERIFY(!failed);
        QVERIFY(ScriptExpression::parse(u"random(5, 9)"_s, &vars, &e, &error));
        for (int i = 0; i < 1000; ++i) {
            const int64_t v = e.evaluate(values.data(), rng, &failed).toInt();
            QVERIFY(v >= 5 && v <= 9);
        }
        QVERIFY(ScriptExpression::parse(u"greatest(1, 2.5, :a) + abs(-1)"_s, &vars, &e, &error));
        QCOMPARE(e.evaluate(values.data(), rng, &failed).toDouble(), 5.0);
        QVERIFY(ScriptExpression::parse(u"1 / 0"_s, &vars, &e, &error));
        e.evaluate(values.data(), rng, &failed);
        QVERIFY(failed);
        QVERIFY(ScriptExpression::parse(u"random_exponential(1, 100, 3)"_s, &vars, &e, &error));
        failed = false;
        for (int i = 0; i < 1000; ++i) {
            const int64_t v = e.evaluate(values.data(), rng, &failed).toInt();
            QVERIFY(v >= 1 && v <= 100);
        }
        QVERIFY(!failed);
    }

    void parameterBinderFindsColumns_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("bindings");
        QTest::newRow("equality") << u"SELECT * FROM users WHERE id = $1"_s << QStringList{u"id"_s};
        QTest::newRow("alias") << u"SELECT d.id FROM deployments d JOIN projects p ON p.id = "
                                  "d.project_id WHERE p.owner_id = $1 AND d.status = $2"_s
                               << QStringList{u"p.owner_id"_s, u"d.status"_s};
        QTest::newRow("function") << u"SELECT id FROM users WHERE lower(email) = lower($1)"_s
                                  << QStringList{u"email"_s};
        QTest::newRow("limit") << u"SELECT * FROM audit_logs WHERE user_id = $1 ORDER BY "
                                  "created_at DESC LIMIT $2"_s
                               << QStringList{u"user_id"_s, u"20"_s};
        QTest::newRow("reversed") << u"SELECT 1 FROM t WHERE $1 < amount"_s
                                  << QStringList{u"amount"_s};
        QTest::newRow("in-list") << u"SELECT 1 FROM t WHERE kind IN ($1, $2)"_s
                                 << QStringList{u"kind"_s, u"kind"_s};
        QTest::newRow("between") << u"SELECT 1 FROM t WHERE n BETWEEN $1 AND $2"_s
                                 << QStringList{u"n"_s, u"n"_s};
        QTest::newRow("update") << u"UPDATE users SET last_login_at = now() WHERE id = $1"_s
                                << QStringList{u"id"_s};
        QTest::newRow("insert") << u"INSERT INTO h (tid, bid) VALUES ($1, $2)"_s
                                << QStringList{u"tid"_s, u"bid"_s};
        QTest::newRow("interval") << u"SELECT 1 FROM d WHERE created_at > now() - interval $1"_s
                                  << QStringList{u"1 day"_s};
        QTest::newRow("unknown") << u"SELECT $1"_s << QStringList{u"unknown"_s};
    }
    void parameterBinderFindsColumns()
    {
        QFETCH(QString, sql);
        QFETCH(QStringList, bindings);
        QStringList got;
        for (const ParameterBinding &b : ParameterBinder::bind(sql))
            got << b.describe();
        QCOMPARE(got, bindings);
    }

    void tableReferences()
    {
        const QList<TableReference> refs = ParameterBinder::tables(
            u"SELECT 1 FROM deployments d JOIN public.projects AS p ON true WHERE x = 1"_s);
        QCOMPARE(refs.size(), 2);
        QCOMPARE(refs[0].table, u"deployments"_s);
        QCOMPARE(refs[0].alias, u"d"_s);
        QCOMPARE(refs[1].table, u"public.projects"_s);
        QCOMPARE(refs[1].alias, u"p"_s);
        const QList<TableReference> bare =
            ParameterBinder::tables(u"SELECT 1 FROM users WHERE id = $1"_s);
        QCOMPARE(bare.size(), 1);
        QCOMPARE(bare[0].alias, u"users"_s);
    }

    void planOutlineDiff()
    {
        const QString seq = uR"([{"Plan":{"Node Type":"Limit","Startup Cost":1,"Total Cost":900,
            "Plan Rows":20,"Plans":[{"Node Type":"Seq Scan","Relation Name":"audit_logs",
            "Startup Cost":0,"Total Cost":880,"Plan Rows":40}]}}])"_s;
        const QString idx = uR"([{"Plan":{"Node Type":"Limit","Startup Cost":1,"Total Cost":900,
            "Plan Rows":20,"Plans":[{"Node Type":"Index Scan","Index Name":"a_idx",
            "Relation Name":"audit_logs","Startup Cost":0.4,"Total Cost":8,"Plan Rows":40}]}}])"_s;
        const QStringList before = PlanOutline::lines(seq);
        const QStringList after = PlanOutline::lines(idx);
        QCOMPARE(before.size(), 2);
        QVERIFY(before[1].contains(u"->  Seq Scan on audit_logs"_s));
        const QString diff = PlanOutline::unifiedDiff(before, after);
        const QStringList lines = diff.split(u'\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(u"  Limit"_s));
        QVERIFY(diff.contains(u"- " + before[1]));
        QVERIFY(diff.contains(u"+ " + after[1]));
    }
};

QTEST_GUILESS_MAIN(TestPgWorkload)
#include "tst_pgworkload.moc"
