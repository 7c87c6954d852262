#pragma once

#include "IndexBuildPlan.h"
#include "IndexBuilder.h"
#include "common/DbError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace sonde {

// What building a list of indexes (or a revert) did.
struct IndexChangeResult
{
    DbError error; // could not start at all (connection, change log)
    QStringList built;
    QStringList failed; // "name: error" for each index not built
    QStringList notes;  // what followed a build (the ANALYZE of an expression index)
};

struct IndexRecoveryResult
{
    DbError error;
    QStringList messages;
};

// The use cases "apply index changes", "revert one" and "recover after a crash", shared by
// the Index advice page and sonde-cli (advise --apply, apply, revert, changes): every build
// recorded in the change log with its revert statement, with progress and a server-side
// cancel. Blocking: run on a job thread. The caller shows the DDL and asks first.
class IndexChangeService
{
    Q_DECLARE_TR_FUNCTIONS(IndexChangeService)
public:
    using Progress = std::function<void(const QString &text, int percent)>;
    // Called after each build with its outcome and how long it took.
    using Outcome =
        std::function<void(const IndexBuildPlan &plan, const IndexBuildOutcome &o, qint64 ms)>;

    // Builds plans[i], recording statementsJson[i] beside it (the statements it is meant to
    // help, with their plans before).
    static IndexChangeResult apply(const QString &uri, const QList<IndexBuildPlan> &plans,
                                   const QStringList &statementsJson, int lockTimeoutMs,
                                   const std::atomic<bool> *cancel, const Progress &progress,
                                   const Outcome &outcome = {});
    static IndexChangeResult revert(const QString &uri, qint64 changeId, int lockTimeoutMs,
                                    const std::atomic<bool> *cancel, const Progress &progress,
                                    IndexBuildOutcome *outcome = nullptr);
    // Cleans up after builds a crash interrupted on this target.
    static IndexRecoveryResult recover(const QString &uri);
    // The change log's name for the server a URI reaches (what its records are filed under),
    // or false with what is wrong with the URI.
    static bool changeLogTarget(const QString &uri, QString *target, QString *error);
};

} // namespace sonde
