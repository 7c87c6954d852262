#include "IndexAudit.h"

#include "common/DisplayFormat.h"
#include "sql/IndexDefinition.h"
#include "sql/SqlText.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <map>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

QString dropDdl(const CatalogIndex &i)
{
    // A partitioned index cannot be dropped CONCURRENTLY.
    return (i.onPartitionedTable ? u"DROP INDEX "_s : u"DROP INDEX CONCURRENTLY "_s) +
           i.quotedName();
}

// Canonical forms parse SQL: once per distinct text (column names repeat across tables).
class CanonicalForms
{
public:
    const QString &of(const QString &sql)
    {
        auto it = m_forms.constFind(sql);
        if (it == m_forms.constEnd())
            it = m_forms.insert(sql, canonicalExpression(sql));
        return *it;
    }

private:
    QHash<QString, QString> m_forms;
};

QStringList canonicalKeys(const CatalogIndex &i, CanonicalForms &forms)
{
    QStringList out;
    for (const QString &k : i.keys)
        out << forms.of(k);
    return out;
}

bool samePredicate(const CatalogIndex &a, const CatalogIndex &b, CanonicalForms &forms)
{
    const QString pa = a.predicate.isEmpty() ? QString() : forms.of(a.predicate);
    const QString pb = b.predicate.isEmpty() ? QString() : forms.of(b.predicate);
    return pa == pb;
}

} // namespace

QJsonObject IndexFinding::toJson() const
{
    QJsonObject o{{u"kind"_s, indexFindingKindName(kind)},
                  {u"table"_s, table.quoted()},
                  {u"message"_s, message},
                  {u"fix"_s, fixDdl}};
    if (!index.isEmpty())
        o[u"index"_s] = index;
    if (!other.isEmpty())
        o[u"other"_s] = other;
    if (sizeBytes > 0)
        o[u"size_bytes"_s] = sizeBytes;
    return o;
}

QString indexFindingKindName(IndexFinding::Kind kind)
{
    using K = IndexFinding::Kind;
    switch (kind) {
    case K::Invalid:
        return u"invalid"_s;
    case K::Duplicate:
        return u"duplicate"_s;
    case K::RedundantPrefix:
        return u"redundant"_s;
    case K::Unused:
        return u"unused"_s;
    case K::UnindexedForeignKey:
        return u"unindexed_foreign_key"_s;
    }
    return {};
}

QString IndexAudit::unusedMessage(const QString &index, qint64 sizeBytes)
{
    return tr("%1 has not been scanned since the statistics were reset, backs no constraint "
              "and takes %2: every write still pays for it.")
        .arg(index, DisplayFormat::bytes(sizeBytes));
}

QList<IndexFinding> IndexAudit::run(const SchemaCatalog &catalog)
{
    using K = IndexFinding::Kind;
    QList<IndexFinding> out;
    const QList<CatalogIndex> &all = catalog.indexes;
    QSet<int> reported; // each index gets its most important finding only
    // The indexes of each table, in catalog order: comparing every index with every other
    // one is quadratic (minutes on a database of 10 000 tables).
    std::map<TableRef, QList<int>> byTable;
    for (int i = 0; i < all.size(); ++i)
        byTable[all.at(i).table] << i;
    const QList<int> none;
    CanonicalForms forms;
    // Keys in canonical form: once per index, not once per pair.
    std::vector<std::optional<QStringList>> keysOf(size_t(all.size()));
    auto keys = [&](int i) -> const QStringList & {
        auto &k = keysOf[size_t(i)];
        if (!k)
            k = canonicalKeys(all.at(i), forms);
        return *k;
    };
    auto indexesOn = [&](const TableRef &table) -> const QList<int> & {
        const auto it = byTable.find(table);
        return it == byTable.end() ? none : it->second;
    };
    auto finding = [&](int i, K kind, const QString &message, const QString &other = {}) {
        const CatalogIndex &idx = all.at(i);
        IndexFinding f;
        f.kind = kind;
        f.table = idx.table;
        f.index = idx.name;
        f.other = other;
        f.message = message;
        f.fixDdl = dropDdl(idx);
        f.sizeBytes = idx.sizeBytes;
        out << f;
        reported << i;
    };
    for (int i = 0; i < all.size(); ++i) {
        if (!all.at(i).valid) {
            finding(i, K::Invalid,
                    tr("%1 is INVALID (a CREATE INDEX CONCURRENTLY failed or was canceled): it "
                       "is maintained on every write but never used. Drop it, then build it "
                       "again if it is needed.")
                        .arg(all.at(i).name));
        }
    }
    for (int i = 0; i < all.size(); ++i) {
        const CatalogIndex &a = all.at(i);
        if (reported.contains(i) || a.primary || !a.constraintName.isEmpty())
            continue;
        for (const int j : indexesOn(a.table)) {
            const CatalogIndex &b = all.at(j);
            if (i == j || !b.valid || b.table != a.table || b.method != a.method ||
                a.method != u"btree"_s || !samePredicate(a, b, forms))
                continue;
            const QStringList &ka = keys(i);
            const QStringList &kb = keys(j);
            if (ka == kb && a.include == b.include) {
                // Of two equal indexes, report the one that backs nothing, once.
                if (!b.constraintName.isEmpty() || b.primary || j < i) {
                    finding(i, K::Duplicate,
                            tr("%1 duplicates %2 (same keys): one of them is enough.")
                                .arg(a.name, b.name),
                            b.name);
                    break;
                }
                continue;
            }
            if (ka.size() < kb.size() && kb.mid(0, ka.size()) == ka && !a.unique) {
                QString message =
                    tr("%1 (%2) is a prefix of %3 (%4): %3 serves the same lookups.")
                        .arg(a.name, a.keys.join(u", "_s), b.name, b.keys.join(u", "_s));
                if (a.scans == 0 && b.scans == 0 && b.constraintName.isEmpty() && !b.primary) {
                    // Both idle: say so once, here, rather than advising to drop both apart.
                    message += u" "_s + tr("Neither has been scanned since the statistics were "
                                           "reset: if nothing needs them, %1 can go too.")
                                            .arg(b.name);
                    reported << j;
                }
                finding(i, K::RedundantPrefix, message, b.name);
                break;
            }
        }
    }
    for (int i = 0; i < all.size(); ++i) {
        const CatalogIndex &a = all.at(i);
        if (reported.contains(i) || a.primary || a.unique || !a.constraintName.isEmpty() ||
            a.scans > 0)
            continue;
        finding(i, K::Unused, unusedMessage(a.name, a.sizeBytes));
    }
    for (const CatalogForeignKey &fk : catalog.foreignKeys) {
        bool indexed = false;
        for (const int j : indexesOn(fk.table)) {
            const CatalogIndex &i = all.at(j);
            if (!i.valid || !i.predicate.isEmpty() || i.keys.size() < fk.columns.size())
                continue;
            QStringList lead;
            for (const QString &c : fk.columns)
                lead << forms.of(quoteIdentifier(c));
            if (keys(j).mid(0, int(fk.columns.size())) == lead) {
                indexed = true;
                break;
            }
        }
        if (indexed)
            continue;
        IndexFinding f;
        f.kind = K::UnindexedForeignKey;
        f.table = fk.table;
        f.other = fk.name;
        QStringList quoted;
        for (const QString &c : fk.columns)
            quoted << quoteIdentifier(c);
        f.message = tr("Foreign key %1 (%2) → %3 has no index on %4: deleting or updating a "
                       "row of %3 scans %4, and joins on it cannot use an index.")
                        .arg(fk.name, fk.columns.join(u", "_s), fk.referenced.display(),
                             fk.table.display());
        IndexDefinition d;
        d.table = fk.table;
        for (const QString &c : fk.columns)
            d.keys << IndexKey::column(c);
        f.fixDdl = d.ddl(quoteIdentifier(d.suggestedName()), true);
        out << f;
    }
    return out;
}

} // namespace sonde
