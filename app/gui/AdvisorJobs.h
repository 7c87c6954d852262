#pragma once

#include "advisor/AdvisorResult.h"
#include "advisor/IndexAdvisor.h"
#include "common/DbError.h"
#include "common/JobTracker.h"
#include "indexes/IndexBuilder.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sonde {

struct AdviseJobResult
{
    DbError error;
    AdvisorResult result;
};

struct BuildJobResult
{
    DbError error; // could not start at all (connection, catalog)
    QStringList built;
    QStringList failed; // "name: error" for each index not built
    QStringList notes;  // what followed a build (the ANALYZE of an expression index)
};

// One statement's plan when the index was applied and now.
struct RecheckRow
{
    QString sql;
    double costBefore = -1;
    double costNow = -1;
    QString planBefore;
    QString planNow;
    QString error;
};

struct RecheckJobResult
{
    DbError error;
    QList<RecheckRow> rows;
};

struct RecoverJobResult
{
    DbError error;
    QStringList messages;
};

// The advisor page's background work, each a blocking function for JobTracker::run: a
// session of its own, progress through the context, cancel through its flag (turned into
// a server-side cancel).
namespace AdvisorJobs {

AdviseJobResult advise(const QString &uri, const AdvisorRequest &request, JobContext &ctx);
BuildJobResult build(const QString &uri, const QList<IndexRecommendation> &recommendations,
                     int lockTimeoutMs, JobContext &ctx);
BuildJobResult revert(const QString &uri, qint64 changeId, int lockTimeoutMs, JobContext &ctx);
// Explains the statements an applied index was meant to help, as they plan now.
RecheckJobResult recheck(const QString &uri, const QString &statementsJson, JobContext &ctx);
RecoverJobResult recover(const QString &uri, JobContext &ctx);

} // namespace AdvisorJobs

} // namespace sonde
