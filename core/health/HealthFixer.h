#pragma once

#include "HealthFinding.h"
#include "common/DbError.h"
#include "connection/Target.h"
#include "indexes/IndexChange.h"

#include <QCoreApplication>

#include <atomic>

namespace sonde {

class ChangeLog;
class PgSession;

struct HealthFixOptions
{
    int lockTimeoutMs = 5000;   // every statement of a Sql or Index fix
    int settleTimeoutMs = 3000; // how long to wait for a reload to show in pg_settings
};

struct HealthFixOutcome
{
    qint64 changeId = 0;
    DbError error; // none: applied
    QString note;  // what the server says now ("work_mem is now 64MB", "pending restart")
    bool applied() const { return !error; }
};

// Applies a health finding's fix the way Sonde applies an index, and reverts it: refused on
// a read-only target, recorded in the change log before it runs (with its revert), run on a
// session of its own with a lock_timeout, canceled on the server when the flag rises.
// PostgreSQL settings: ALTER SYSTEM SET, then pg_reload_conf() when the setting's context
// allows a reload; a restart-only setting is written and left for the next restart (Sonde
// never restarts a server). The revert puts postgresql.auto.conf back as it was (the
// previous ALTER SYSTEM value, or RESET when there was none), so pg_settings reads as
// before. Redis settings: CONFIG SET, reverted to the value CONFIG GET gave before. Index
// fixes go through IndexBuilder. Blocking: call it on a worker thread.
class HealthFixer
{
    Q_DECLARE_TR_FUNCTIONS(HealthFixer)
public:
    HealthFixer(ChangeLog *log, const HealthFixOptions &options = {});

    HealthFixOutcome apply(const Target &target, const HealthFinding &finding,
                           const std::atomic<bool> *cancel = nullptr);
    // Reverts a setting or fix change of the log (an index build goes to IndexBuilder).
    HealthFixOutcome revert(const Target &target, qint64 changeId,
                            const std::atomic<bool> *cancel = nullptr);

    static DbError readOnlyRefusal(const Target &target);

private:
    HealthFixOutcome applyPostgresSetting(const Target &target, const HealthFix &fix);
    HealthFixOutcome applyRedisSetting(const Target &target, const HealthFix &fix,
                                       qint64 revertOf = 0);
    HealthFixOutcome applyStatements(const Target &target, const QString &object,
                                     const QStringList &statements, const QString &revertSql,
                                     const std::atomic<bool> *cancel, qint64 revertOf = 0);
    HealthFixOutcome applyIndex(const Target &target, const HealthFix &fix,
                                const std::atomic<bool> *cancel);
    HealthFixOutcome revertPostgresSetting(const Target &target, const IndexChange &change);
    // Records `change`; 0 and the reason when the log refuses it.
    qint64 record(IndexChange change, HealthFixOutcome *out);
    // Runs one ALTER SYSTEM statement (then the reload when the context allows it) of the
    // recorded change `changeId`, and finishes it in the log.
    HealthFixOutcome runSetting(PgSession &session, const QString &name, const QString &statement,
                                qint64 changeId);

    ChangeLog *m_log;
    HealthFixOptions m_options;
};

} // namespace sonde
