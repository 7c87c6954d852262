#pragma once

#include "AdvisorResult.h"
#include "IndexSelector.h"
#include "common/DbError.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <atomic>
#include <functional>

namespace sonde {

class PgSession;

struct AdvisorRequest
{
    // Statements the user chose; empty = the workload from pg_stat_statements.
    QStringList statements;
    // > 0: watch pg_stat_statements for this long and advise on the difference.
    double windowSeconds = 0;
    SelectorOptions selection;
    // A statement whose plan costs less than this is "too cheap" for an index to pay.
    double tooCheapCost = 25;
    bool audit = true;
    // Examples with real values the user gave, by queryid: planned when the normalized
    // text cannot be.
    QHash<qint64, QString> examples;
};

// Index advice for one database, proven with HypoPG: reads the workload (and pg_qualstats),
// analyzes every statement, generates candidates, selects the set that saves the most
// time (IndexSelector) and explains, for every statement left out, why. Blocking: run it
// on a worker thread with a session of its own; a raised cancel flag cancels the running
// statement server-side. The what-if phase is one transaction (WhatIfSession), so it works
// through PgBouncer in transaction mode too; HypoPG's hypothetical indexes are removed before
// it returns.
class IndexAdvisor
{
    Q_DECLARE_TR_FUNCTIONS(IndexAdvisor)
public:
    using Progress = std::function<void(const QString &text, int percent)>;

    // A server that stops answering ends it with the session's Timeout (PgSession's
    // client-side deadline), not a hang.
    static DbError run(PgSession &session, const AdvisorRequest &request, AdvisorResult *out,
                       const std::atomic<bool> *cancel = nullptr, const Progress &progress = {});

private:
    static DbError advise(PgSession &session, const AdvisorRequest &request, AdvisorResult *out,
                          const std::atomic<bool> *cancel, const Progress &progress);
};

} // namespace sonde
