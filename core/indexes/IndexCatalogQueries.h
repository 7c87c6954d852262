#pragma once

#include <QCoreApplication>
#include <QString>

namespace sonde {

class PgSession;
struct IndexBuildPlan;

struct IndexState
{
    bool exists = false;
    bool valid = false;
    bool partitioned = false; // an index of a partitioned table (relkind 'I')
};

// The few catalog questions applying and cleaning up need, on an open session.
class IndexCatalogQueries
{
    Q_DECLARE_TR_FUNCTIONS(IndexCatalogQueries)
public:
    static IndexState state(PgSession &session, const QString &schema, const QString &name);
    // Any relation (table, index, sequence, view …) of that name in the schema.
    static bool relationExists(PgSession &session, const QString &schema, const QString &name);
    // Drops what a failed or interrupted build of `plan` left: the INVALID index of a plain
    // build; everything of a partitioned one (parent index, partition indexes). Returns
    // what it did, for the log and the user. A drop that hits lock_timeout is retried for
    // `retryMs` (the transaction that made the build fail may still hold its lock).
    static constexpr qint64 LeftoverRetryMs = 30000;
    static QString removeLeftovers(PgSession &session, const IndexBuildPlan &plan,
                                   qint64 retryMs = LeftoverRetryMs);
    // schema.name, each part quoted as needed.
    static QString qualified(const QString &schema, const QString &name);
};

} // namespace sonde
