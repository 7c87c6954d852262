#pragma once

#include "ChangeLog.h"
#include "IndexBuildPlan.h"
#include "IndexBuildProgress.h"
#include "common/DbError.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace sonde {

class PgSession;

struct IndexBuildOptions
{
    // lock_timeout of every statement: a build must not queue behind (and block the writers
    // queued behind) a long transaction.
    int lockTimeoutMs = 5000;
    int progressIntervalMs = 250;
    // PostgreSQL 14+: how often the server checks that Sonde is still there; a build whose
    // client died stops within this time (and leaves an INVALID index the next start
    // cleans up).
    int clientCheckIntervalMs = 1000;
};

struct IndexBuildOutcome
{
    qint64 changeId = 0;
    DbError error;   // none: applied
    QString cleanup; // what was removed after a failure or cancel
    QString note;    // after an applied build: what the ANALYZE that followed did
    bool applied() const { return !error; }
};

// Builds an index the safe way, off the GUI thread (blocking: call it on a worker):
// records the change first, runs CREATE INDEX CONCURRENTLY (per partition for a
// partitioned table) with lock_timeout and no statement_timeout on a session of its own,
// reports pg_stat_progress_create_index from a second session, cancels server-side when
// the flag rises, and on failure or cancel drops the INVALID index the build leaves. The
// outcome goes to the change log. revert() drops an applied index the same way.
class IndexBuilder
{
    Q_DECLARE_TR_FUNCTIONS(IndexBuilder)
public:
    using Progress = std::function<void(const IndexBuildProgress &)>;

    IndexBuilder(const QString &conninfo, ChangeLog *log, const IndexBuildOptions &options = {});

    IndexBuildOutcome build(const IndexBuildPlan &plan, const QString &statementsJson = {},
                            const std::atomic<bool> *cancel = nullptr,
                            const Progress &progress = {});
    // Drops the index of an applied change — or of an interrupted, failed or canceled one
    // whose index is still there (IndexChange::mayRevert()).
    IndexBuildOutcome revert(qint64 changeId, const std::atomic<bool> *cancel = nullptr,
                             const Progress &progress = {});
    // Why a change that does not satisfy mayRevert() cannot be reverted.
    static QString revertRefusal(const IndexChange &change);
    // Why builds and reverts are refused through PgBouncer (`target` is what the session
    // reached): the one message for the CLI and the GUI.
    static DbError poolerRefusal(const QString &target);
    // Index changes run on a direct connection only: connects to find out, before anything is
    // shown or recorded. poolerRefusal() when `conninfo` reaches PgBouncer (*pooled then
    // true), the connection's error when it cannot connect, none otherwise.
    static DbError checkDirect(const QString &conninfo, bool *pooled = nullptr);

private:
    // Opens the build's (or revert's) connection and the one that follows its progress;
    // `who` is the change log's name of the connected role.
    DbError openSessions(PgSession &worker, PgSession &monitor, bool forBuild,
                         const std::atomic<bool> *cancel, QString *who);
    DbError prepareSessions(PgSession &worker, PgSession &monitor, bool forBuild, QString *who);
    DbError runStep(PgSession &worker, PgSession &monitor, const QString &sql,
                    IndexBuildProgress base, const std::atomic<bool> *cancel,
                    const Progress &progress);

    QString m_conninfo;
    ChangeLog *m_log;
    IndexBuildOptions m_options;
};

} // namespace sonde
