#pragma once

#include "AdvisorResult.h"
#include "CandidateGenerator.h"

#include <QCoreApplication>

namespace sonde {

class IndexSelector;
class SchemaCatalog;
struct AdvisorRequest;
struct WorkloadStatement;

// Says, for a statement no recommendation helps, why: not parseable, nothing an index
// could serve, already indexed, too cheap, its conditions match too many rows, or too
// small a part of the workload.
class UnhelpedReasons
{
    Q_DECLARE_TR_FUNCTIONS(UnhelpedReasons)
public:
    UnhelpedReasons(const IndexSelector &selector, const QList<IndexCandidate> &candidates,
                    const AdvisorRequest &request, double workloadMs);

    // A statement the advisor did not plan (does not parse, utility, system catalogs, a
    // table the catalog does not hold).
    static UnhelpedStatement notAnalyzed(const StatementAnalysis &analysis,
                                         const WorkloadStatement &statement,
                                         const QStringList &unknownTables = {});
    // Relations the statement reads or writes that are not in the catalog, system ones
    // (pg_catalog, information_schema, pg_*, hypopg*) aside: temporary tables, or dropped
    // since.
    static QStringList unknownTables(const StatementAnalysis &analysis,
                                     const SchemaCatalog &catalog);
    // `index` is the statement's position among the planned statements.
    UnhelpedStatement explain(int index, const StatementAnalysis &analysis,
                              const WorkloadStatement &statement) const;

private:
    const IndexSelector &m_selector;
    const QList<IndexCandidate> &m_candidates;
    const AdvisorRequest &m_request;
    double m_workloadMs;
};

} // namespace sonde
