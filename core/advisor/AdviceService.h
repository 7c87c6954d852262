#pragma once

#include "AdvisorResult.h"
#include "IndexAdvisor.h"
#include "common/DbError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace sonde {

struct AdviceOutcome
{
    DbError error;
    AdvisorResult result;
};

// One statement's plan when an index was applied, and now.
struct RecheckRow
{
    QString sql;
    double costBefore = -1;
    double costNow = -1;
    QString planBefore; // EXPLAIN (FORMAT JSON)
    QString planNow;
    QString error;
};

struct RecheckOutcome
{
    DbError error;
    QList<RecheckRow> rows;
};

// The use cases "advise indexes for a workload" and "re-check an applied index", shared by
// the Index advice page and sonde-cli: each opens a session of its own, reports progress
// and turns the cancel flag into a server-side cancel. Blocking: run on a job thread. Each
// recommendation carries its build plan for IndexChangeService::apply.
class AdviceService
{
    Q_DECLARE_TR_FUNCTIONS(AdviceService)
public:
    using Progress = std::function<void(const QString &text, int percent)>;

    static AdviceOutcome advise(const QString &uri, const AdvisorRequest &request,
                                const std::atomic<bool> *cancel, const Progress &progress);
    // Explains the statements an applied index was meant to help (statementsJson as the
    // change log keeps it), as they plan now.
    static RecheckOutcome recheck(const QString &uri, const QString &statementsJson,
                                  const std::atomic<bool> *cancel, const Progress &progress);
    // The build plans of recommendations, in order, and the statements each is for.
    static QList<IndexBuildPlan> plans(const QList<IndexRecommendation> &recommendations,
                                       QStringList *statementsJson);
};

} // namespace sonde
