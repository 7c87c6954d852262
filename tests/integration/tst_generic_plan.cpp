// Generic plans for normalized statements against the real server: $n parameters, typed
// literals, no prepared statement left behind, hypothetical indexes seen by the planner.
#include "TestSandbox.h"
#include "connection/PgSession.h"
#include "postgres/GenericPlan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

QString topNodeType(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8())
        .array()
        .at(0)
        .toObject()
        .value(u"Plan"_s)
        .toObject()
        .value(u"Node Type"_s)
        .toString();
}

} // namespace

class TestGenericPlan : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::TestSandbox::ensureDemoSeeded(&error), qPrintable(error));
        QVERIFY(!m_session.open(test::TestSandbox::endpoints().postgres));
    }

    void normalizedStatementGetsAGenericPlan()
    {
        QString json;
        const DbError err = m_session.run([&](pqxx::connection &c) {
            const DbError e = explainGenericPlan(
                c,
                u"SELECT id FROM deployments WHERE project_id = $1 ORDER BY created_at DESC LIMIT $2"_s,
                &json);
            if (e)
                throw std::runtime_error(e.toString().toStdString());
        });
        QVERIFY2(!err, qPrintable(err.toString()));
        QVERIFY(planTotalCost(json) > 0);
        QCOMPARE(topNodeType(json), u"Limit"_s);
        QVERIFY2(!json.contains(u"One-Time Filter"_s), qPrintable(json));
    }

    void typedLiteralAndNoLeftovers()
    {
        QString json;
        int prepared = -1;
        const DbError err = m_session.run([&](pqxx::connection &c) {
            const DbError e = explainGenericPlan(
                c, u"SELECT count(*) FROM audit_logs WHERE created_at > now() - interval $1;"_s,
                &json);
            if (e)
                throw std::runtime_error(e.toString().toStdString());
            pqxx::nontransaction tx(c);
            prepared = tx.exec1("SELECT count(*) FROM pg_prepared_statements")[0].as<int>();
        });
        QVERIFY2(!err, qPrintable(err.toString()));
        QVERIFY(planTotalCost(json) > 0);
        QCOMPARE(prepared, 0);
    }

    void errorsAreReportedAndCleanedUp()
    {
        QString json;
        DbError e;
        int prepared = -1;
        const DbError err = m_session.run([&](pqxx::connection &c) {
            e = explainGenericPlan(c, u"SELECT nosuchcolumn FROM users WHERE id = $1"_s, &json);
            pqxx::nontransaction tx(c);
            prepared = tx.exec1("SELECT count(*) FROM pg_prepared_statements")[0].as<int>();
        });
        QVERIFY(!err);
        QCOMPARE(e.kind, DbError::Kind::Sql);
        QVERIFY(e.message.contains(u"nosuchcolumn"_s));
        QCOMPARE(prepared, 0);
    }

    void hypotheticalIndexLowersTheCost()
    {
        const QString sql =
            u"SELECT action FROM audit_logs WHERE user_id = $1 ORDER BY created_at DESC LIMIT 50"_s;
        QString before;
        QString after;
        const DbError err = m_session.run([&](pqxx::connection &c) {
            if (DbError e = explainGenericPlan(c, sql, &before))
                throw std::runtime_error(e.toString().toStdString());
            {
                pqxx::nontransaction tx(c);
                tx.exec("SELECT * FROM hypopg_create_index('CREATE INDEX ON audit_logs (user_id, "
                        "created_at)')");
            }
            if (DbError e = explainGenericPlan(c, sql, &after))
                throw std::runtime_error(e.toString().toStdString());
            pqxx::nontransaction tx(c);
            tx.exec("SELECT hypopg_reset()");
        });
        QVERIFY2(!err, qPrintable(err.toString()));
        QVERIFY2(planTotalCost(after) * 5 < planTotalCost(before),
                 qPrintable(u"%1 -> %2"_s.arg(planTotalCost(before)).arg(planTotalCost(after))));
    }

    void cleanupTestCase()
    {
        m_session.close();
        test::TestSandbox::stop();
    }

private:
    PgSession m_session;
};

QTEST_GUILESS_MAIN(TestGenericPlan)
#include "tst_generic_plan.moc"
