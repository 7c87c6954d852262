#pragma once

#include "common/DbError.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace sonde {

class PgSession;

// pgbench's own tables (pgbench_accounts, _branches, _tellers, _history), made the way
// `pgbench -i -I dtGvp` makes them (drop, create, server-side generate, vacuum, primary
// keys), so Sonde and pgbench can run against the same database.
class PgbenchSchema
{
    Q_DECLARE_TR_FUNCTIONS(PgbenchSchema)
public:
    using Progress = std::function<void(const QString &step, int percent)>;

    // Drops and recreates the tables at `scale` (100 000 accounts per unit). Writes: the
    // caller has confirmed and checked that the target is not read-only. `cancel` turns
    // into a server-side cancel of the running step.
    static DbError initialize(PgSession &session, int scale, const Progress &progress,
                              const std::atomic<bool> *cancel);
    // The use case "initialise the benchmark tables" (Benchmark page, sonde-cli bench
    // --init): the same over a session of its own (application_name sonde-bench).
    static DbError initialize(const QString &uri, bool throughPooler, int scale,
                              const Progress &progress, const std::atomic<bool> *cancel);
    // The scale of the existing tables (rows of pgbench_branches), like pgbench reads it;
    // a DbError saying to initialise them when they are missing.
    static DbError detectScale(PgSession &session, int *scale);
    // The statements initialize() runs, for display and logs.
    static QStringList statements(int scale);
};

} // namespace sonde
