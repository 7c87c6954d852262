#include "IndexCatalogQueries.h"

#include "IndexBuildPlan.h"

#include "connection/PgSession.h"
#include "sql/SqlText.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QThread>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

DbError exec(PgSession &session, const QString &sql)
{
    return session.run([&](pqxx::connection &c) {
        pqxx::nontransaction tx(c);
        tx.exec(sql.toStdString());
    });
}

} // namespace

IndexState IndexCatalogQueries::state(PgSession &session, const QString &schema,
                                      const QString &name)
{
    IndexState s;
    session.run([&](pqxx::connection &c) {
        pqxx::nontransaction tx(c);
        const pqxx::result r =
            tx.exec_params("/* sonde */ SELECT i.indisvalid, c.relkind = 'I' FROM pg_index i "
                           "JOIN pg_class c ON c.oid = i.indexrelid "
                           "JOIN pg_namespace n ON n.oid = c.relnamespace "
                           "WHERE n.nspname = $1 AND c.relname = $2",
                           schema.toStdString(), name.toStdString());
        if (r.empty())
            return;
        s.exists = true;
        s.valid = r[0][0].as<bool>();
        s.partitioned = r[0][1].as<bool>();
    });
    return s;
}

bool IndexCatalogQueries::relationExists(PgSession &session, const QString &schema,
                                         const QString &name)
{
    bool exists = false;
    session.run([&](pqxx::connection &c) {
        pqxx::nontransaction tx(c);
        exists =
            !tx.exec_params("/* sonde */ SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = "
                            "c.relnamespace WHERE n.nspname = $1 AND c.relname = $2",
                            schema.toStdString(), name.toStdString())
                 .empty();
    });
    return exists;
}

QString IndexCatalogQueries::removeLeftovers(PgSession &monitor, const IndexBuildPlan &plan,
                                             qint64 retryMs)
{
    QStringList done;
    QStringList failed;
    auto drop = [&](const QString &schema, const QString &name, bool concurrently) {
        const QString target = qualified(schema, name);
        const QString sql =
            (concurrently ? u"DROP INDEX CONCURRENTLY IF EXISTS "_s : u"DROP INDEX IF EXISTS "_s) +
            target;
        // The transaction that made the build fail may still hold its lock: retry a while
        // (each try waits lock_timeout) rather than leave the INVALID index behind.
        DbError err = exec(monitor, sql);
        QElapsedTimer clock;
        clock.start();
        while (err && err.sqlState == u"55P03"_s && clock.elapsed() < retryMs) {
            QThread::msleep(500);
            err = exec(monitor, sql);
        }
        if (err)
            failed << tr("%1 (%2)").arg(target, err.toString());
        else
            done << target;
    };
    for (const IndexBuildStep &step : plan.steps) {
        if (step.kind == IndexBuildStep::Kind::Attach)
            continue;
        const IndexState found = state(monitor, step.indexSchema, step.indexName);
        if (!found.exists)
            continue;
        // A failed plain build leaves an INVALID index; a failed partitioned build leaves a
        // parent that is not valid yet and partition indexes: all of it goes.
        if (!plan.partitioned && found.valid)
            continue;
        drop(step.indexSchema, step.indexName, step.kind == IndexBuildStep::Kind::Create);
    }
    QString out;
    if (!done.isEmpty())
        out = tr("Removed what the build left: %1.").arg(done.join(u", "_s));
    if (!failed.isEmpty()) {
        out +=
            (out.isEmpty() ? QString() : u" "_s) +
            tr("Could not remove %1: run DROP INDEX CONCURRENTLY on it.").arg(failed.join(u", "_s));
    }
    return out;
}

QString IndexCatalogQueries::qualified(const QString &schema, const QString &name)
{
    return quoteIdentifier(schema) + QLatin1Char('.') + quoteIdentifier(name);
}

} // namespace sonde
