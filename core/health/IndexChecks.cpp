#include "IndexChecks.h"

#include "advisor/SchemaCatalogLoader.h"
#include "sql/SqlText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

struct KindInfo
{
    QString check;
    HealthSeverity severity;
};

KindInfo kindInfo(IndexFinding::Kind kind)
{
    using K = IndexFinding::Kind;
    switch (kind) {
    case K::Invalid:
        return {u"invalid_index"_s, HealthSeverity::Warning};
    case K::Duplicate:
        return {u"duplicate_index"_s, HealthSeverity::Warning};
    case K::RedundantPrefix:
        return {u"redundant_index"_s, HealthSeverity::Info};
    case K::Unused:
        return {u"unused_index"_s, HealthSeverity::Info};
    case K::UnindexedForeignKey:
        return {u"unindexed_foreign_key"_s, HealthSeverity::Info};
    }
    return {};
}

// pg_get_indexdef() as a build that blocks no writer: the revert of a drop.
QString concurrentDefinition(const CatalogIndex &index)
{
    if (index.onPartitionedTable)
        return index.definition;
    static const QRegularExpression create(u"^CREATE (UNIQUE )?INDEX "_s);
    QString ddl = index.definition;
    return ddl.replace(create, u"CREATE \\1INDEX CONCURRENTLY "_s);
}

} // namespace

HealthFinding IndexChecks::fromAudit(const IndexFinding &audit, const IndexesByName &byName,
                                     const QString &target)
{
    const KindInfo info = kindInfo(audit.kind);
    HealthFinding f;
    f.check = info.check;
    f.severity = info.severity;
    f.target = target;
    const bool foreignKey = audit.kind == IndexFinding::Kind::UnindexedForeignKey;
    f.object = foreignKey ? audit.table.quoted() + u' ' + quoteIdentifier(audit.other)
                          : TableRef{audit.table.schema, audit.index}.quoted();
    f.message = audit.message;
    f.add(u"table"_s, audit.table.quoted());
    if (!foreignKey) {
        f.add(u"index"_s, audit.index);
        f.add(u"size_bytes"_s, audit.sizeBytes);
    }
    if (!audit.other.isEmpty())
        f.add(foreignKey ? u"constraint"_s : u"other_index"_s, audit.other);
    if (foreignKey) {
        f.why = tr("Deleting or updating a referenced row makes PostgreSQL scan the referencing "
                   "table, under lock, once per row.");
        f.fix = HealthFix::index(audit.fixDdl,
                                 tr("Build an index on the referencing columns (CREATE INDEX "
                                    "CONCURRENTLY: writers are not blocked)."));
        return f;
    }
    f.why = audit.kind == IndexFinding::Kind::Invalid
                ? tr("An invalid index is updated on every write and never read.")
                : tr("Every index slows down every write to its table and takes space in the "
                     "cache; one that serves no query only costs.");
    f.fix = HealthFix::statement(audit.fixDdl,
                                 tr("Drop the index (DROP INDEX CONCURRENTLY blocks no one)."),
                                 tr("A query that needed the index plans without it at once: "
                                    "the revert builds it again."));
    if (const CatalogIndex *index = byName.value({audit.table.schema, audit.index});
        index && audit.kind != IndexFinding::Kind::Invalid)
        f.fix.revertSql = concurrentDefinition(*index);
    return f;
}

DbError IndexChecks::run(PostgresCheckContext &ctx)
{
    SchemaCatalog catalog;
    if (DbError err = ctx.read(
            [&](pqxx::transaction_base &tx) { SchemaCatalogLoader::loadIndexes(tx, &catalog); }))
        return err;
    QList<IndexFinding> audit = IndexAudit::run(catalog);
    if (ctx.canceled())
        return {};
    QHash<QPair<QString, QString>, CatalogIndex *> mutableByName;
    for (CatalogIndex &index : catalog.indexes)
        mutableByName.insert({index.schema, index.name}, &index);
    // Only the reported indexes get their exact size and the definition a drop is reverted
    // with: each costs the server a call per index.
    QList<CatalogIndex *> reported;
    for (const IndexFinding &a : audit) {
        if (CatalogIndex *index = mutableByName.value({a.table.schema, a.index}))
            reported << index;
    }
    if (DbError err = ctx.read([&](pqxx::transaction_base &tx) {
            SchemaCatalogLoader::loadIndexDetails(tx, reported);
        }))
        return err;
    IndexesByName byName;
    for (auto it = mutableByName.cbegin(); it != mutableByName.cend(); ++it)
        byName.insert(it.key(), it.value());
    for (IndexFinding &a : audit) {
        if (const CatalogIndex *index = byName.value({a.table.schema, a.index})) {
            if (!index->sizeExact)
                continue; // dropped since the catalog was read
            a.sizeBytes = index->sizeBytes;
            if (a.kind == IndexFinding::Kind::Unused)
                a.message = IndexAudit::unusedMessage(a.index, a.sizeBytes);
        }
        ctx.findings << fromAudit(a, byName, ctx.target);
    }
    return {};
}

} // namespace sonde
