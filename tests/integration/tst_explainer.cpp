// Explainer against the sandbox: generic plans for statements taken from
// pg_stat_statements, ANALYZE of writes that leaves nothing behind, and every refusal
// (read-only target, no confirmation, several statements, parameters with ANALYZE).
#include "TestSandbox.h"
#include "connection/PgSession.h"
#include "postgres/Explainer.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;
using namespace sonde;
using Mode = ExplainRequest::Mode;

class TestExplainer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::TestSandbox::ensureDemoSeeded(&error), qPrintable(error));
        QVERIFY(!m_dba.open(test::TestSandbox::endpoints().postgres));
        QVERIFY(!m_monitor.open(test::TestSandbox::endpoints().postgresMonitor));
    }

    void statementFromPgStatStatementsGetsAGenericPlan()
    {
        {
            pqxx::connection app(test::TestSandbox::endpoints().postgresApp.toStdString());
            pqxx::nontransaction tx(app);
            tx.exec("SELECT id, status FROM deployments WHERE project_id = 7 "
                    "ORDER BY created_at DESC LIMIT 20");
        }
        qint64 queryId = 0;
        QVERIFY(!m_monitor.run([&](pqxx::connection &c) {
            pqxx::nontransaction tx(c);
            const pqxx::result r =
                tx.exec("SELECT queryid FROM pg_stat_statements WHERE query LIKE "
                        "'SELECT id, status FROM deployments WHERE project_id = $1%'");
            if (!r.empty())
                queryId = r[0][0].as<qint64>();
        }));
        QVERIFY(queryId != 0);

        // The monitoring role reads the text …
        QString sql;
        const DbError textErr = Explainer::statementText(m_monitor, queryId, &sql);
        QVERIFY2(!textErr, qPrintable(textErr.toString()));
        QVERIFY2(sql.contains(u"project_id = $1"_s), qPrintable(sql));
        // … but may not plan it: EXPLAIN needs the rights to run it, and says which.
        const ExplainResult denied = Explainer::explain(m_monitor, {sql});
        QVERIFY2(denied.error.kind == DbError::Kind::MissingPrivilege,
                 qPrintable(denied.error.toString() + denied.error.sqlState));
        QVERIFY2(denied.error.message.contains(u"GRANT SELECT ON deployments TO sonde_monitor"_s),
                 qPrintable(denied.error.message));

        const ExplainResult r = Explainer::explain(m_dba, {sql});
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.mode, Mode::GenericPlan);
        QCOMPARE(r.plan.root().nodeType, u"Limit"_s);
        QVERIFY(!r.plan.isAnalyzed());
        QVERIFY(!r.planJson.contains(u"One-Time Filter"_s));
        const auto seq =
            std::find_if(r.findings.cbegin(), r.findings.cend(), [](const PlanFinding &f) {
                return f.kind == PlanFinding::Kind::SeqScanFilter;
            });
        QVERIFY(seq != r.findings.cend());
        QVERIFY2(seq->text.startsWith(u"Seq Scan on deployments"_s), qPrintable(seq->text));
        QVERIFY2(seq->text.contains(u"an index on project_id would avoid it"_s),
                 qPrintable(seq->text));
    }

    void analyzeOfAWriteLeavesNoChange()
    {
        const qint64 before = scalar("SELECT count(*) FROM users WHERE display_name = 'changed'");
        const qint64 logs = scalar("SELECT count(*) FROM audit_logs");
        ExplainRequest update{u"UPDATE users SET display_name = 'changed' WHERE id <= 50"_s,
                              Mode::Analyze};
        QVERIFY(Explainer::needsWriteConfirmation(update));
        update.writeConfirmed = true;
        const ExplainResult r = Explainer::explain(m_dba, update);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QVERIFY(r.rolledBack);
        QVERIFY(r.plan.isAnalyzed());
        QCOMPARE(r.plan.root().title(), u"Update on users"_s);
        QCOMPARE(r.plan.node(1).actualRows, 50.0);
        QCOMPARE(scalar("SELECT count(*) FROM users WHERE display_name = 'changed'"), before);

        ExplainRequest del{u"DELETE FROM audit_logs WHERE id <= 100;"_s, Mode::Analyze};
        del.writeConfirmed = true;
        const ExplainResult d = Explainer::explain(m_dba, del);
        QVERIFY2(d.ok(), qPrintable(d.error.toString()));
        QCOMPARE(scalar("SELECT count(*) FROM audit_logs"), logs);
    }

    void writesAreRefusedWithoutConfirmationOrOnReadOnlyTargets()
    {
        const qint64 teams = scalar("SELECT count(*) FROM teams");
        const QString insert =
            u"INSERT INTO teams (name, plan, created_at) VALUES ('x', 'free', now())"_s;
        const ExplainResult unconfirmed = Explainer::explain(m_dba, {insert, Mode::Analyze});
        QCOMPARE(unconfirmed.error.kind, DbError::Kind::Configuration);
        QVERIFY(unconfirmed.error.message.contains(u"confirm"_s));

        ExplainRequest readOnly{insert, Mode::Analyze};
        readOnly.writeConfirmed = true;
        readOnly.targetReadOnly = true;
        QCOMPARE(Explainer::explain(m_dba, readOnly).error.kind, DbError::Kind::ReadOnlyRefused);
        // Without ANALYZE nothing runs: allowed even on a read-only target.
        ExplainRequest estimate{insert, Mode::Estimate};
        estimate.targetReadOnly = true;
        QVERIFY(Explainer::explain(m_dba, estimate).ok());

        const ExplainResult several =
            Explainer::explain(m_dba, {u"SELECT 1; DELETE FROM teams"_s, Mode::Estimate});
        QVERIFY(several.error.message.contains(u"2 statements"_s));
        QCOMPARE(scalar("SELECT count(*) FROM teams"), teams);

        const ExplainResult parameters =
            Explainer::explain(m_dba, {u"SELECT * FROM users WHERE id = $1"_s, Mode::Analyze});
        QVERIFY(parameters.error.message.contains(u"parameters"_s));
    }

    void typedExplainPrefixIsIgnored()
    {
        const ExplainResult r = Explainer::explain(
            m_dba, {u"explain (analyze, buffers) SELECT count(*) FROM teams"_s, Mode::Analyze});
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.sql, u"SELECT count(*) FROM teams"_s);
        QVERIFY(r.plan.hasBuffers());
    }

    void cancelStopsTheServerSide()
    {
        std::atomic<bool> cancel{false};
        QElapsedTimer clock;
        clock.start();
        QFuture<ExplainResult> f = QtConcurrent::run([&]() {
            return Explainer::explain(m_dba, {u"SELECT pg_sleep(30)"_s, Mode::Analyze}, &cancel);
        });
        QTest::qWait(300);
        cancel = true;
        f.waitForFinished();
        QCOMPARE(f.result().error.kind, DbError::Kind::Canceled);
        QVERIFY(clock.elapsed() < 10000);
        QVERIFY(m_dba.isOpen());

        ExplainRequest slow{u"SELECT pg_sleep(3)"_s, Mode::Analyze};
        slow.timeoutMs = 200;
        QCOMPARE(Explainer::explain(m_dba, slow).error.kind, DbError::Kind::Timeout);
    }

    void genericPlanOfAPartitionedTableKeepsItsPartitions()
    {
        QString error;
        QVERIFY2(test::execAsSuperuser(
                     u"CREATE TABLE metrics (at date NOT NULL, v int) PARTITION BY RANGE (at); "
                     "CREATE TABLE metrics_1 PARTITION OF metrics FOR VALUES FROM ('2024-01-01') "
                     "TO ('2024-02-01'); "
                     "CREATE TABLE metrics_2 PARTITION OF metrics FOR VALUES FROM ('2024-02-01') "
                     "TO ('2024-03-01'); "
                     "GRANT SELECT ON metrics TO sonde"_s,
                     &error),
                 qPrintable(error));
        const ExplainResult r =
            Explainer::explain(m_dba, {u"SELECT count(*) FROM metrics WHERE at >= $1"_s});
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QVERIFY(!r.note.isEmpty());
        QStringList relations;
        for (const PlanNode &n : r.plan.nodes)
            relations << n.relationName;
        QVERIFY2(relations.contains(u"metrics_1"_s) && relations.contains(u"metrics_2"_s),
                 qPrintable(relations.join(u',')));
    }

    void cleanupTestCase()
    {
        m_dba.close();
        m_monitor.close();
        test::TestSandbox::stop();
    }

private:
    qint64 scalar(const char *sql)
    {
        qint64 v = -1;
        m_dba.run([&](pqxx::connection &c) {
            pqxx::nontransaction tx(c);
            v = tx.exec1(sql)[0].as<qint64>();
        });
        return v;
    }

    PgSession m_dba;
    PgSession m_monitor;
};

QTEST_GUILESS_MAIN(TestExplainer)
#include "tst_explainer.moc"
