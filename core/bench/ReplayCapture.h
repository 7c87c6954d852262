#pragma once

#include "BenchmarkConfig.h"
#include "BenchmarkResult.h"
#include "PgWorkload.h"
#include "common/DbError.h"

#include <QCoreApplication>

#include <atomic>

namespace sonde {

class PgSession;

// Builds the replay workload: the top statements of pg_stat_statements (by total time, in
// a window or since the last reset) of the current database, each weighted by its calls;
// every $n bound to real data — values sampled from the column it is compared with — so
// the plans are the ones production gets. Statements whose parameters cannot be bound, or
// that write (unless allowed), are left out with a note. The generic plan of each
// statement is kept for the before/after plan diff.
class ReplayCapture
{
    Q_DECLARE_TR_FUNCTIONS(ReplayCapture)
public:
    static DbError build(PgSession &session, const BenchmarkConfig &config,
                         const std::atomic<bool> *cancel, PgWorkload *workload,
                         QList<ReplayStatement> *statements, QStringList *notes);
};

} // namespace sonde
