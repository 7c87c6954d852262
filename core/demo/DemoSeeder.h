#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace sonde {

// Row counts of the demo schema for a scale factor (1.0 ≈ 3.2 million rows).
struct DemoSize
{
    qint64 teams = 0;
    qint64 templates = 0;
    qint64 users = 0;
    qint64 projects = 0;
    qint64 deployments = 0;
    qint64 auditLogs = 0;

    static DemoSize forScale(double scale);
    qint64 totalRows() const
    {
        return teams + templates + users + projects + deployments + auditLogs;
    }
};

// Creates and fills the demo schema (tables owned by role "app") in one transaction, then
// vacuums, analyzes and resets statistics so the monitoring starts from a clean slate.
class DemoSeeder
{
    Q_DECLARE_TR_FUNCTIONS(DemoSeeder)
public:
    using Progress = std::function<void(const QString &step, int percent)>;

    // `superuserConnInfo` points at the demo database as a superuser.
    static bool seed(const QString &superuserConnInfo, double scale, const Progress &progress,
                     const std::atomic<bool> *cancel, QString *error);
    // pgbench's tables (scale 1 per demo scale unit, at least 1), owned by the application's
    // role, so the benchmark page's default workload runs on the demo as it is. Before
    // seed(): its last step resets the statistics this leaves behind.
    static bool seedPgbench(const QString &appConnInfo, double scale, const Progress &progress,
                            const std::atomic<bool> *cancel, QString *error);
};

} // namespace sonde
