#pragma once

#include "common/DbError.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>

namespace sonde {

// The "apply recommendations" step of the prove-it flow: runs DDL statements (typically
// CREATE INDEX CONCURRENTLY from the advisor) one by one on a PostgreSQL target, each in
// autocommit (CONCURRENTLY cannot run in a transaction), without a statement timeout (a
// build can take long) but with a lock timeout, cancelable on the server. Every statement
// is logged. A read-only target refuses it all.
class DdlApplier
{
    Q_DECLARE_TR_FUNCTIONS(DdlApplier)
public:
    struct Outcome
    {
        QStringList applied; // statements that succeeded, in order
        DbError error;       // the first failure (nothing after it ran)
    };
    using Progress = std::function<void(const QString &statement, int index, int count)>;

    static Outcome apply(const QString &conninfo, bool readOnly, const QStringList &statements,
                         const std::atomic<bool> *cancel, const Progress &progress = {});
    // Splits text into statements on ";" at the end of a line (the DDL box of the flow).
    static QStringList split(const QString &text);
};

} // namespace sonde
