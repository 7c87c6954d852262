#pragma once

#include "common/DbError.h"
#include "sql/IndexDefinition.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>

namespace sonde {

class PgSession;
class SavepointTransaction;

// The planner's view of one statement: total cost, the plan, and what it uses.
struct PlanEstimate
{
    bool ok = false;
    QString error;
    QString sqlState; // of the error
    bool connectionLost = false;
    double cost = -1;
    QString planJson;
    QStringList indexesUsed; // "Index Name" of every scan node
    // Relation name → the indexes the plan reads it through (bitmap scans included).
    QHash<QString, QStringList> indexesByTable;
    bool hasSort = false; // a Sort / Incremental Sort node somewhere
    // Scans of a table that still filter rows after the index (or read it whole):
    // "schema.table" entries.
    QStringList filteredScans;
    QStringList seqScans;

    bool uses(const QString &indexName) const { return indexesUsed.contains(indexName); }
    bool usesIndexOn(const QString &table) const { return indexesByTable.contains(table); }
};

// A hypothetical index HypoPG made in this session.
struct HypotheticalIndex
{
    quint32 oid = 0;
    QString name;       // "<13556>btree_posts_user_id", as plans show it
    QString definition; // hypopg_get_indexdef(): the server's own spelling
    qint64 sizeBytes = 0;
};

// What-if analysis with HypoPG on one session: hypothetical indexes exist only in one server
// process and only for the planner; statements are planned as generic plans (explained after
// the hypothetical indexes exist, never prepared before). The whole what-if phase is one
// read-only transaction (begin() … end()), so that it keeps the one server process a pool in
// transaction mode (PgBouncer) lends for a transaction: its timeouts are SET LOCAL, each step
// runs in a savepoint that is rolled back (SavepointTransaction: a failed step leaves the
// transaction usable and keeps no lock), and end() removes every hypothetical index before the
// transaction ends — after an error or a cancel too, or else drops the connection — so none is left
// for the pool's next client. Not thread-safe: one worker thread owns it with its session.
class WhatIfSession
{
    Q_DECLARE_TR_FUNCTIONS(WhatIfSession)
public:
    explicit WhatIfSession(PgSession &session);
    // end()s an open what-if transaction.
    ~WhatIfSession();
    WhatIfSession(const WhatIfSession &) = delete;
    WhatIfSession &operator=(const WhatIfSession &) = delete;

    // Opens the what-if transaction: READ ONLY, the session's statement and lock timeouts
    // SET LOCAL, HypoPG looked up (a MissingExtension error says how to get it) and
    // hypopg_reset() (a pooled server process may hold another client's hypothetical indexes).
    DbError begin();
    // hypopg_reset() and ROLLBACK. When the reset cannot run, the connection is dropped
    // instead: the server process ends, or PgBouncer closes a server connection whose client
    // left in the middle of a transaction; either way the hypothetical indexes go with it.
    DbError end();
    bool isOpen() const { return bool(m_tx); }

    // Within the what-if transaction.
    DbError create(const IndexDefinition &definition, HypotheticalIndex *out);
    DbError drop(quint32 oid);
    // Within the what-if transaction when it is open, in a transaction of its own otherwise.
    PlanEstimate explain(const QString &sql);

    // Reads cost, indexes used, sorts and filtered scans out of an EXPLAIN (FORMAT JSON).
    static PlanEstimate fromPlanJson(const QString &planJson);
    // "CREATE INDEX name ON t USING …" → "CREATE INDEX ON t USING …", to compare a
    // hypothetical index with an existing one as the server spells both.
    static QString withoutName(const QString &indexDefinition);

private:
    DbError reset();
    DbError notOpen() const;
    // `function` of HypoPG, qualified with the schema it is installed in.
    std::string hypopg(const char *function) const;

    PgSession &m_session;
    std::unique_ptr<SavepointTransaction> m_tx;
    QString m_schema;
};

} // namespace sonde
