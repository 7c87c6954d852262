#include "DemoSeeder.h"

#include "DemoScript.h"
#include "bench/PgbenchSchema.h"
#include "common/CancelWatch.h"
#include "connection/PgSession.h"

#include <pqxx/nontransaction>
#include <pqxx/transaction>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde {

DemoSize DemoSize::forScale(double scale)
{
    auto rows = [scale](double base, qint64 minimum) {
        return qMax(minimum, qint64(std::llround(base * scale)));
    };
    DemoSize s;
    s.teams = rows(2000, 10);
    s.templates = 40;
    s.users = rows(200000, 100);
    s.projects = rows(50000, 50);
    s.deployments = rows(1000000, 500);
    s.auditLogs = rows(2000000, 1000);
    return s;
}

bool DemoSeeder::seed(const QString &superuserConnInfo, double scale, const Progress &progress,
                      const std::atomic<bool> *cancel, QString *error)
{
    const DemoSize size = DemoSize::forScale(scale);
    const QHash<QString, qint64> values{{u"teams"_s, size.teams},
                                        {u"templates"_s, size.templates},
                                        {u"users"_s, size.users},
                                        {u"projects"_s, size.projects},
                                        {u"deployments"_s, size.deployments},
                                        {u"audit_logs"_s, size.auditLogs}};
    QList<DemoScriptStep> steps = loadDemoScript(u":/demo/schema.sql"_s, values);
    steps += loadDemoScript(u":/demo/seed.sql"_s, values);
    const QList<DemoScriptStep> finish = loadDemoScript(u":/demo/finish.sql"_s, values);
    if (steps.isEmpty() || finish.isEmpty()) {
        *error = tr("The demo scripts are missing from the program's resources.");
        return false;
    }

    PgSession session;
    PgSessionOptions options;
    options.applicationName = u"sonde-demo-seed"_s;
    options.statementTimeoutMs = 0; // bulk load: bounded by the cancel flag instead
    if (DbError err = session.open(superuserConnInfo, options)) {
        *error = err.toString();
        return false;
    }
    CancelWatch watch(cancel, [&session]() { session.cancel(); });
    const int total = int(steps.size() + finish.size());
    int done = 0;
    auto report = [&](const QString &label) {
        if (progress)
            progress(label, 100 * done / total);
    };
    DbError err = session.run([&](pqxx::connection &c) {
        pqxx::work tx(c);
        tx.exec("SET LOCAL ROLE app");
        for (const DemoScriptStep &step : steps) {
            report(step.label);
            tx.exec(step.sql.toStdString());
            ++done;
        }
        tx.commit();
        for (const DemoScriptStep &step : finish) {
            report(step.label);
            pqxx::nontransaction nt(c);
            nt.exec(step.sql.toStdString());
            ++done;
        }
    });
    if (err) {
        *error = watch.fired() ? tr("Seeding the demo database was canceled.")
                               : tr("Seeding the demo database failed: %1").arg(err.toString());
        return false;
    }
    report(tr("Demo data ready: %L1 rows").arg(size.totalRows()));
    return true;
}

bool DemoSeeder::seedPgbench(const QString &appConnInfo, double scale, const Progress &progress,
                             const std::atomic<bool> *cancel, QString *error)
{
    PgSession session;
    PgSessionOptions options;
    options.applicationName = u"sonde-demo-seed"_s;
    options.statementTimeoutMs = 0; // bulk load: bounded by the cancel flag instead
    DbError err = session.open(appConnInfo, options);
    if (!err)
        err = PgbenchSchema::initialize(session, std::max(1, int(std::lround(scale))), progress,
                                        cancel);
    if (err) {
        *error = tr("Making pgbench's tables for the demo failed: %1").arg(err.toString());
        return false;
    }
    return true;
}

} // namespace sonde
