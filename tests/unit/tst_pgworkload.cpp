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
        ScriptError error;
        QVERIFY2(w.addScript(u"select-only"_s, PgWorkload::selectOnlyScript(), 1, &error),
                 qPrintable(error.toString()));
        QVERIFY2(w.addScript(u"tpcb"_s, PgWorkload::tpcbLikeScript(), 1, &error),
                 qPrintable(error.toString()));
        QVERIFY2(w.addScript(u"simple-update"_s, PgWorkload::simpleUpdateScript(), 1, &error),
                 qPrintable(error.toString()));
        QCOMPARE(w.scripts.size(), size_t(3));
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
        QVERIFY(w.check(QueryProtocol::Prepared, &error));
        QString name;
        QCOMPARE(PgWorkload::builtinScript(u"si"_s, &name), PgWorkload::simpleUpdateScript());
        QCOMPARE(name, u"simple-update"_s);
        QVERIFY(PgWorkload::builtinScript(u"s"_s, &name).isEmpty()); // ambiguous, as in pgbench
    }

    void variablesCastsAndStringsAreHandled()
    {
        PgWorkload w;
        ScriptError error;
        const QString script = u"\\set n random(1, 10) * 2\n"
                               "-- a comment\n"
                               "SELECT :n::int AS x, ':n' AS literal,\n"
                               "       \"col:n\" FROM t WHERE a = :n;\n"
                               "\\sleep 2 ms\n"
                               "SELECT :client_id + :scale;\n"_s;
        QVERIFY2(w.addScript(u"s.sql"_s, script, 1, &error), qPrintable(error.toString()));
        QCOMPARE(w.statements.size(), size_t(2));
        // Extended and prepared protocols: each :name in code is its own $n, as in pgbench;
        // a :name inside a string or a quoted identifier stays what it is.
        QCOMPARE(w.statements[0].sql,
                 QByteArray("SELECT $1::int AS x, ':n' AS literal,\n       \"col:n\" FROM t "
                            "WHERE a = $2"));
        QCOMPARE(w.statements[0].params.size(), size_t(2));
        // Simple protocol: pgbench's text substitution, everywhere in the text.
        QCOMPARE(w.statements[0].textVariables.size(), size_t(4));
        QCOMPARE(w.statements[1].sql, QByteArray("SELECT $1 + $2"));
        QCOMPARE(w.scripts[0].commands[2].type, ScriptCommand::Type::Sleep);
        QCOMPARE(w.scripts[0].commands[2].sleepUnitUs, int64_t(1000));
        QCOMPARE(w.scripts[0].commands[2].sleepAmount, int64_t(2));
    }

    void commentMarkersInsideQuotesAreNotComments()
    {
        // PostgreSQL's lexer decides what is quoted: "--" in a quoted identifier or a string,
        // and ";" in a dollar-quoted body or a C comment, belong to the statement.
        PgWorkload w;
        ScriptError error;
        const QString script =
            u"SELECT 1 AS \"a--b\", 'c--d' AS \"e;f\" /* ; -- */, $$g;--h$$ AS i; -- end\n"
            "SELECT 2;\n"_s;
        QVERIFY2(w.addScript(u"quotes.sql"_s, script, 1, &error), qPrintable(error.toString()));
        QCOMPARE(w.statements.size(), size_t(2));
        QCOMPARE(w.statements[0].sql,
                 QByteArray("SELECT 1 AS \"a--b\", 'c--d' AS \"e;f\" /* ; -- */, $$g;--h$$ AS i"));
        QCOMPARE(w.statements[1].sql, QByteArray("SELECT 2"));
    }

    void scriptErrorsSayWhere()
    {
        PgWorkload w;
        ScriptError error;
        QVERIFY(w.addScript(u"bad.sql"_s, u"SELECT :missing;\n"_s, 1, &error));
        QVERIFY(!w.check(QueryProtocol::Prepared, &error));
        QCOMPARE(error.line, 1);
        QVERIFY2(error.toString().contains(u"bad.sql, line 1"_s) &&
                     error.toString().contains(u"missing"_s),
                 qPrintable(error.toString()));
        PgWorkload w2;
        QVERIFY(!w2.addScript(u"bad.sql"_s, u"\\set x random(1\nSELECT 1;"_s, 1, &error));
        QCOMPARE(error.line, 1);
        QVERIFY(!w2.addScript(u"bad.sql"_s, u"\\gset\nSELECT 1;"_s, 1, &error));
        QVERIFY2(error.message.contains(u"\\gset"_s), qPrintable(error.message));
        QVERIFY(!w2.addScript(u"empty.sql"_s, u"-- nothing\n"_s, 1, &error));
        QVERIFY(!w2.addScript(u"bad.sql"_s, u"\\set x nosuch(1)\nSELECT 1;"_s, 1, &error));
        QVERIFY2(error.message.contains(u"nosuch"_s), qPrintable(error.message));
        QCOMPARE(error.column, 8);
        QVERIFY(!w2.addScript(u"open.sql"_s, u"SELECT 1;\nSELECT 'unterminated;\n"_s, 1, &error));
        QCOMPARE(error.line, 2);
    }

    void protocolLimitsAreChecked()
    {
        PgWorkload pipeline;
        ScriptError error;
        QVERIFY(pipeline.addScript(u"p.sql"_s, u"\\startpipeline\nSELECT 1;\n\\endpipeline\n"_s, 1,
                                   &error));
        QVERIFY(pipeline.check(QueryProtocol::Extended, &error));
        QVERIFY(!pipeline.check(QueryProtocol::Simple, &error));
        QVERIFY2(error.message.contains(u"simple query protocol"_s), qPrintable(error.message));
        PgWorkload compound;
        QVERIFY(compound.addScript(u"c.sql"_s, u"SELECT 1 \\; SELECT 2;\n"_s, 1, &error));
        QVERIFY(compound.check(QueryProtocol::Simple, &error));
        QVERIFY(compound.statements[0].compound);
        QVERIFY(!compound.check(QueryProtocol::Prepared, &error));
        // "\;" at the start of a line is SQL, not a meta-command (001's \gset and \aset
        // cases start lines with it).
        PgWorkload leading;
        QVERIFY2(leading.addScript(u"l.sql"_s,
                                   u"\\; SELECT 6 AS i6 \\; SELECT 7 AS i7 \\; \\aset\n"_s, 1,
                                   &error),
                 qPrintable(error.toString()));
        QCOMPARE(leading.statements.size(), size_t(1));
        QVERIFY(leading.statements[0].compound);
        QCOMPARE(leading.scripts[0].commands.size(), size_t(1));
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
