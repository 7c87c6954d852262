#pragma once

#include "IndexDefinition.h"
#include "common/DbError.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <pqxx/connection>

namespace sonde {

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

// What-if analysis on one connection with HypoPG: hypothetical indexes exist only in this
// session and only for the planner; statements are planned as generic plans (explained
// after the hypothetical indexes exist, never prepared before). Not thread-safe: one
// worker thread owns it with its connection.
class WhatIfSession
{
    Q_DECLARE_TR_FUNCTIONS(WhatIfSession)
public:
    explicit WhatIfSession(pqxx::connection &connection)
        : m_connection(connection)
    {}

    // HypoPG installed in this database? (A MissingExtension error says how to get it.)
    DbError check();
    DbError reset();
    DbError create(const IndexDefinition &definition, HypotheticalIndex *out);
    DbError drop(quint32 oid);
    PlanEstimate explain(const QString &sql);

    // Reads cost, indexes used, sorts and filtered scans out of an EXPLAIN (FORMAT JSON).
    static PlanEstimate fromPlanJson(const QString &planJson);
    // "CREATE INDEX name ON t USING …" → "CREATE INDEX ON t USING …", to compare a
    // hypothetical index with an existing one as the server spells both.
    static QString withoutName(const QString &indexDefinition);

private:
    pqxx::connection &m_connection;
    QString m_schema;
};

} // namespace sonde
