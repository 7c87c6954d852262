#pragma once

#include "advisor/IndexRecommendation.h"
#include "common/DbError.h"
#include "indexes/IndexBuildPlan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sonde::cli {

// The part of advise --apply, apply and revert that touches the server: shows the DDL,
// asks for confirmation, builds with progress on stderr (Ctrl+C cancels on the server),
// records every change in the change log.
class ApplyRunner
{
    Q_DECLARE_TR_FUNCTIONS(ApplyRunner)
public:
    // Cleans up after builds a crash interrupted on this target and says so on stderr.
    // An error: the server could not be checked (the caller decides whether to say so).
    static DbError reportInterruptedBuilds(const QString &uri);
    // The same at the start of a command that needs the server: ExitFailed when it cannot be
    // reached or refuses the login (said on stderr), ExitOk to go on.
    static int recoverFirst(const QString &uri);
    // Index changes run on a direct connection only: ExitRefused with IndexBuilder's reason
    // when `uri` reaches PgBouncer, ExitFailed when it cannot be reached (said on stderr),
    // ExitOk to go on.
    static int directOnly(const QString &uri);

    static int applyRecommendations(const QString &uri, const QList<IndexRecommendation> &recs,
                                    bool yes, int lockTimeoutMs);
    // plans[i] is built with statementsJson[i] recorded beside it.
    static int applyPlans(const QString &uri, const QList<IndexBuildPlan> &plans,
                          const QStringList &statementsJson, bool yes, int lockTimeoutMs,
                          bool json);
    static int revert(const QString &uri, qint64 changeId, bool yes, int lockTimeoutMs, bool json);

    // Asks on stderr, reads a line from stdin: true for "y" / "yes".
    static bool confirm(const QString &question);
};

} // namespace sonde::cli
