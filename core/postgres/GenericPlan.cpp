#include "GenericPlan.h"

#include "SqlText.h"
#include "connection/PgErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;

namespace sonde {

DbError explainGenericPlan(pqxx::connection &c, const QString &sql, QString *planJson)
{
    QString statement = rewriteTypedParameters(sql.trimmed());
    while (statement.endsWith(u';'))
        statement.chop(1);
    const int params = highestParameter(statement);
    try {
        if (c.server_version() >= 160000) {
            pqxx::work tx(c);
            const pqxx::result r =
                tx.exec("EXPLAIN (GENERIC_PLAN, FORMAT JSON) " + statement.toStdString());
            *planJson = QString::fromStdString(r[0][0].c_str());
            tx.abort();
            return {};
        }
        // One fixed name: each EXPLAIN EXECUTE <name> is a utility statement that
        // pg_stat_statements records by its text, so a new name per call would fill the
        // monitored server's pg_stat_statements with one entry per plan.
        const std::string name = "sonde_generic";
        DbError err;
        try {
            pqxx::work tx(c);
            tx.exec("SET LOCAL plan_cache_mode = force_generic_plan");
            tx.exec("PREPARE " + name + " AS " + statement.toStdString());
            std::string args;
            for (int i = 0; i < params; ++i)
                args += i ? ", NULL" : "NULL";
            const std::string execute =
                params > 0 ? "EXECUTE " + name + "(" + args + ")" : "EXECUTE " + name;
            const pqxx::result r = tx.exec("EXPLAIN (FORMAT JSON) " + execute);
            *planJson = QString::fromStdString(r[0][0].c_str());
            tx.abort();
        } catch (const std::exception &e) {
            err = pgErrorFromException(e);
        }
        if (c.is_open()) {
            try {
                pqxx::nontransaction nt(c);
                const pqxx::result exists =
                    nt.exec_params("SELECT 1 FROM pg_prepared_statements WHERE name = $1", name);
                if (!exists.empty())
                    nt.exec("DEALLOCATE " + name);
            } catch (const std::exception &) {
                // The connection broke: its prepared statements went with it.
            }
        }
        return err;
    } catch (const std::exception &e) {
        return pgErrorFromException(e);
    }
}

double planTotalCost(const QString &planJson)
{
    const QJsonDocument doc = QJsonDocument::fromJson(planJson.toUtf8());
    const QJsonObject plan = doc.array().at(0).toObject().value(u"Plan"_s).toObject();
    const QJsonValue cost = plan.value(u"Total Cost"_s);
    return cost.isDouble() ? cost.toDouble() : -1.0;
}

} // namespace sonde
