#include "GenericPlan.h"

#include "SavepointTransaction.h"
#include "connection/PgErrors.h"
#include "sql/SqlText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;

namespace sonde {

namespace {

// The plan, in `transaction` (which the caller rolls back, whole or to a savepoint).
DbError plan(SavepointTransaction &transaction, const QString &sql, QString *planJson,
             const QStringList &localSettings)
{
    pqxx::transaction_base &tx = transaction.statements();
    QString statement = rewriteTypedParameters(sql.trimmed());
    while (statement.endsWith(u';'))
        statement.chop(1);
    const int params = highestParameter(statement);
    for (const QString &setting : localSettings)
        tx.exec("/* sonde */ SET LOCAL " + setting.toStdString());
    if (tx.conn().server_version() >= 160000) {
        const pqxx::result r =
            tx.exec("/* sonde */ EXPLAIN (GENERIC_PLAN, FORMAT JSON) " + statement.toStdString());
        *planJson = QString::fromStdString(r[0][0].c_str());
        return {};
    }
    // One fixed name: each EXPLAIN EXECUTE <name> is a utility statement that
    // pg_stat_statements records by its text, so a new name per call would fill the
    // monitored server's pg_stat_statements with one entry per plan.
    const std::string name = "sonde_generic";
    tx.exec("/* sonde */ SET LOCAL plan_cache_mode = force_generic_plan");
    if (!tx.exec_params("/* sonde */ SELECT 1 FROM pg_prepared_statements WHERE name = $1", name)
             .empty())
        tx.exec("/* sonde */ DEALLOCATE " + name);
    tx.exec("PREPARE " + name + " AS " + statement.toStdString());
    std::string args;
    for (int i = 0; i < params; ++i)
        args += i ? ", NULL" : "NULL";
    const std::string execute =
        params > 0 ? "EXECUTE " + name + "(" + args + ")" : "EXECUTE " + name;
    // PREPARE is not undone by a rollback, and through PgBouncer the next transaction may
    // run on another server connection: deallocate inside this transaction, also when the
    // EXPLAIN fails (its savepoint keeps the transaction usable).
    const DbError err = transaction.step([&](pqxx::transaction_base &explain) {
        const pqxx::result r = explain.exec("EXPLAIN (FORMAT JSON) " + execute);
        *planJson = QString::fromStdString(r[0][0].c_str());
    });
    tx.exec("/* sonde */ DEALLOCATE " + name);
    return err;
}

} // namespace

DbError explainGenericPlan(pqxx::connection &c, const QString &sql, QString *planJson,
                           const QStringList &localSettings)
{
    try {
        // Read-only: planning never writes, and the server refuses anything that would.
        SavepointTransaction tx(c);
        DbError err;
        try {
            err = plan(tx, sql, planJson, localSettings);
        } catch (const std::exception &e) {
            err = pgErrorFromException(e);
        }
        const DbError ended = tx.rollback();
        return err ? err : ended;
    } catch (const std::exception &e) {
        return pgErrorFromException(e);
    }
}

DbError explainGenericPlan(SavepointTransaction &transaction, const QString &sql, QString *planJson,
                           const QStringList &localSettings)
{
    DbError planned;
    const DbError err = transaction.step([&](pqxx::transaction_base &) {
        planned = plan(transaction, sql, planJson, localSettings);
    });
    return err ? err : planned;
}

double planTotalCost(const QString &planJson)
{
    const QJsonDocument doc = QJsonDocument::fromJson(planJson.toUtf8());
    const QJsonObject plan = doc.array().at(0).toObject().value(u"Plan"_s).toObject();
    const QJsonValue cost = plan.value(u"Total Cost"_s);
    return cost.isDouble() ? cost.toDouble() : -1.0;
}

} // namespace sonde
