#pragma once

#include "StatementAnalysis.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sonde {

struct CatalogColumn
{
    QString name;
    QString type;
    bool notNull = false;
    // From pg_stats: > 0 a count of distinct values, < 0 minus a fraction of the rows,
    // 0 unknown (not analyzed).
    double nDistinct = 0;
    // pg_stats most common values and their frequencies (as text, as pg_stats shows them).
    QStringList commonValues;
    QList<double> commonFrequencies;
    int averageWidth = 0;
};

struct CatalogIndex
{
    quint32 oid = 0; // 0 in a catalog built by hand
    TableRef table;
    QString schema;
    QString name;
    QString definition; // pg_get_indexdef()
    QString method;     // btree, hash, gin …
    QStringList keys;   // key columns or expressions, as pg_get_indexdef() prints them
    QStringList include;
    QString predicate; // WHERE of a partial index, empty for a full one
    bool unique = false;
    bool primary = false;
    bool valid = true;
    bool ready = true;
    QString constraintName; // the constraint the index backs (primary key, unique, exclusion)
    qint64 scans = 0;       // pg_stat_user_indexes.idx_scan
    qint64 sizeBytes = 0;
    bool sizeExact = true; // false: pg_class.relpages times the block size
    bool onPartitionedTable = false;

    QString quotedName() const;
};

struct CatalogForeignKey
{
    QString name;
    TableRef table; // the referencing table
    QStringList columns;
    TableRef referenced;
    QStringList referencedColumns;
};

struct CatalogTable
{
    TableRef ref;
    // pg_class.relkind: 'r' table, 'p' partitioned table, 'v' view, 'm' materialized view,
    // 'f' foreign table.
    char kind = 'r';
    QList<CatalogColumn> columns;
    double rows = 0; // reltuples (summed over partitions for a partitioned table)
    qint64 pages = 0;
    qint64 sizeBytes = 0;
    QString viewDefinition;     // pg_get_viewdef() for a view
    TableRef partitionOf;       // the parent of a partition
    QList<TableRef> partitions; // direct partitions of a partitioned table
    // pg_stat_user_tables counters (cumulative since the last reset).
    qint64 inserts = 0;
    qint64 updates = 0;
    qint64 hotUpdates = 0;
    qint64 deletes = 0;
    qint64 seqScans = 0;
    qint64 indexScans = 0;

    bool isView() const { return kind == 'v'; }
    bool isPartitioned() const { return kind == 'p'; }
    const CatalogColumn *column(const QString &name) const;
    QStringList columnNames() const;
};

// What Sonde knows about the schema of one database: tables and views with their columns
// and statistics, indexes, foreign keys. Loaded by SchemaCatalogLoader, or built by hand in
// tests. Lookups follow PostgreSQL's rules: names are exact (case kept), an unqualified
// name is looked up along the search path.
class SchemaCatalog
{
public:
    QList<CatalogTable> tables;
    QList<CatalogIndex> indexes;
    QList<CatalogForeignKey> foreignKeys;
    QStringList searchPath{QStringLiteral("public")};
    QString database;
    int serverVersion = 0;
    // Seconds the cumulative table counters cover (since stats reset or server start).
    double statsSeconds = 0;
    // Names of functions whose result is not a constant of their arguments: volatile ones
    // (random, nextval), aggregates, window functions and set-returning functions (any
    // overload of the name). Empty when not loaded: a built-in list is used instead.
    QStringList nonConstantFunctions;
    QDateTime loadedAt;

    bool isEmpty() const { return tables.isEmpty(); }
    // schema empty → along the search path.
    const CatalogTable *findTable(const QString &schema, const QString &name) const;
    const CatalogTable *table(const TableRef &ref) const { return findTable(ref.schema, ref.name); }
    QList<CatalogIndex> indexesOn(const TableRef &table) const;
    const CatalogIndex *findIndex(const QString &schema, const QString &name) const;
    bool hasIndexNamed(const QString &schema, const QString &name) const;
    // True when a call of the function (lower-case name) may not be replaced by its value.
    bool isNonConstantFunction(const QString &name) const;
};

} // namespace sonde

Q_DECLARE_METATYPE(sonde::SchemaCatalog)
