#pragma once

#include "sql/IndexDefinition.h"
#include "sql/SchemaCatalog.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace sonde {

// One statement of an index build.
struct IndexBuildStep
{
    enum class Kind
    {
        Create,         // CREATE INDEX CONCURRENTLY on a table (or a leaf partition)
        CreateOnParent, // CREATE INDEX … ON ONLY a partitioned table: instant, INVALID
                        // until every partition's index is attached
        Attach          // ALTER INDEX parent ATTACH PARTITION child
    };
    Kind kind = Kind::Create;
    QString sql;
    TableRef table; // the table the step works on
    QString indexSchema;
    QString indexName; // the index it creates (or, for Attach, the child it attaches)
};

// How Sonde builds one index without blocking writers. A plain table gets one
// CREATE INDEX CONCURRENTLY. A partitioned table cannot (PostgreSQL refuses CONCURRENTLY
// on a partitioned table), so Sonde builds it the way the documentation describes: the
// parent's index ON ONLY the parent (instant; INVALID for now), then each partition's
// index CONCURRENTLY, each attached as soon as it is built; when the last one is attached
// PostgreSQL marks the parent's index valid. Sub-partitioned tables recurse.
struct IndexBuildPlan
{
    IndexDefinition definition;
    QString schema; // the index goes into its table's schema
    QString name;
    bool partitioned = false;
    QList<IndexBuildStep> steps;
    // DROP INDEX CONCURRENTLY (a plain DROP INDEX for a partitioned index: PostgreSQL has
    // no concurrent drop for those; it drops the partitions' indexes with it).
    QString revertSql;
    // ANALYZE of the table when a key is an expression: PostgreSQL gathers statistics of an
    // expression index only then, and until it does the planner estimates the expression
    // with a default selectivity (the index may look useless to it). Empty otherwise.
    QString analyzeSql;

    QString qualifiedName() const;
    // Every step, one statement per line, ending with ';' (the ANALYZE last).
    QString script() const;

    // `name` must be free in the table's schema; partition index names are derived from
    // it and kept clear of `takenNames` (relation names of the schema).
    static IndexBuildPlan make(const IndexDefinition &definition, const QString &name,
                               const SchemaCatalog &catalog, const QStringList &takenNames = {});
    // The steps of a script this class wrote (as the change log keeps it): enough to clean
    // up after an interrupted build. Empty steps when it does not parse.
    static IndexBuildPlan fromScript(const QString &script);
    // A name for `definition` that none of `takenNames` has (suggestedName(), then _1, _2 …).
    static QString freeName(const QString &base, const QStringList &takenNames);
};

} // namespace sonde

Q_DECLARE_METATYPE(sonde::IndexBuildPlan)
