#include "IndexChangeService.h"

#include "BuildRecovery.h"
#include "ChangeLog.h"
#include "connection/PgSession.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

DbError openLog(ChangeLog &log)
{
    QString error;
    return log.open(&error) ? DbError() : DbError::make(DbError::Kind::Configuration, error);
}

IndexBuilder::Progress progressTo(const IndexChangeService::Progress &progress,
                                  const QString &prefix)
{
    return [progress, prefix](const IndexBuildProgress &p) {
        if (progress)
            progress(prefix + p.text(), p.percent());
    };
}

} // namespace

IndexChangeResult IndexChangeService::apply(const QString &uri, const QList<IndexBuildPlan> &plans,
                                            const QStringList &statementsJson, int lockTimeoutMs,
                                            const std::atomic<bool> *cancel,
                                            const Progress &progress, const Outcome &outcome)
{
    IndexChangeResult out;
    // Through PgBouncer a build cannot be watched or cancelled: refused before it starts.
    if ((out.error = IndexBuilder::checkDirect(uri)))
        return out;
    ChangeLog log;
    if ((out.error = openLog(log)))
        return out;
    IndexBuildOptions options;
    options.lockTimeoutMs = lockTimeoutMs;
    IndexBuilder builder(uri, &log, options);
    for (int i = 0; i < plans.size(); ++i) {
        const IndexBuildPlan &plan = plans.at(i);
        if (cancel && cancel->load()) {
            out.failed << tr("%1: canceled before it started").arg(plan.qualifiedName());
            continue;
        }
        const QString prefix =
            plans.size() > 1 ? tr("Index %1 of %2 · ").arg(i + 1).arg(plans.size()) : QString();
        QElapsedTimer clock;
        clock.start();
        const IndexBuildOutcome o =
            builder.build(plan, statementsJson.value(i), cancel, progressTo(progress, prefix));
        if (outcome)
            outcome(plan, o, clock.elapsed());
        if (o.applied()) {
            out.built << plan.qualifiedName();
            if (!o.note.isEmpty())
                out.notes << o.note;
        } else {
            out.failed << plan.qualifiedName() + u": "_s + o.error.message +
                              (o.cleanup.isEmpty() ? QString() : u" "_s + o.cleanup);
        }
    }
    return out;
}

IndexChangeResult IndexChangeService::revert(const QString &uri, qint64 changeId, int lockTimeoutMs,
                                             const std::atomic<bool> *cancel,
                                             const Progress &progress, IndexBuildOutcome *outcome)
{
    IndexChangeResult out;
    // Through PgBouncer a build cannot be watched or cancelled: refused before it starts.
    if ((out.error = IndexBuilder::checkDirect(uri)))
        return out;
    ChangeLog log;
    if ((out.error = openLog(log)))
        return out;
    IndexBuildOptions options;
    options.lockTimeoutMs = lockTimeoutMs;
    IndexBuilder builder(uri, &log, options);
    const IndexBuildOutcome o = builder.revert(changeId, cancel, progressTo(progress, QString()));
    if (outcome)
        *outcome = o;
    if (o.applied())
        out.built << tr("change #%1").arg(changeId);
    else
        out.error = o.error;
    return out;
}

IndexRecoveryResult IndexChangeService::recover(const QString &uri)
{
    IndexRecoveryResult out;
    ChangeLog log;
    if ((out.error = openLog(log)))
        return out;
    out.error = BuildRecovery::recover(uri, log, &out.messages);
    return out;
}

bool IndexChangeService::changeLogTarget(const QString &uri, QString *target, QString *error)
{
    QString connString;
    return buildSessionConnInfo(uri, PgSessionOptions{}, &connString, target, error);
}

} // namespace sonde
