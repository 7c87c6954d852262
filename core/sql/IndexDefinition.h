#pragma once

#include "StatementAnalysis.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sonde {

struct CatalogIndex;

// One key of an index: a column (quoted as SQL needs it) or an expression.
struct IndexKey
{
    QString text; // "user_id", "\"UserId\"", "lower(email)"
    bool expression = false;
    QStringList columns; // base columns the key reads (unquoted)
    bool descending = false;

    // The key as CREATE INDEX writes it: expressions in parentheses.
    QString sql() const;
    static IndexKey column(const QString &name, bool descending = false);
};

// An index as Sonde proposes or builds it: table, keys in order, INCLUDE columns, partial
// predicate. Knows its DDL and how it relates to other indexes.
struct IndexDefinition
{
    TableRef table;
    QList<IndexKey> keys;
    QStringList include; // unquoted column names
    QString predicate;   // WHERE of a partial index, SQL text ("status = 'pending'")
    QStringList predicateColumns;
    QString method = QStringLiteral("btree");
    bool unique = false;

    bool isValid() const { return table.isValid() && !keys.isEmpty(); }
    bool isPartial() const { return !predicate.isEmpty(); }

    // "user_id, created_at DESC, (lower(email))"
    QString keyList() const;
    // CREATE [UNIQUE] INDEX [CONCURRENTLY] name ON [ONLY] table USING method (…) INCLUDE (…)
    // WHERE …; `name` is used as given (quote it first). Empty name: let PostgreSQL pick.
    QString ddl(const QString &quotedName, bool concurrently, bool onlyParent = false) const;
    // The statement HypoPG's hypopg_create_index() takes.
    QString hypotheticalDdl() const;
    // For people: "posts (user_id, blog_id) WHERE status = 'pending'".
    QString display() const;
    // Identifies equal definitions (keys compared as parsed, not as typed).
    QString signature() const;
    // Every column the index reads: keys, expressions, INCLUDE and predicate. An UPDATE of
    // any of them can no longer be a HOT update.
    QStringList columnsUsed() const;
    // A name in PostgreSQL's style: posts_user_id_blog_id_idx (lower case, ≤ 63 bytes).
    QString suggestedName() const;

    // True when `wider` has every key of this index (in any order) plus more, the same
    // predicate and at least the same INCLUDE columns: this one is the narrower choice.
    bool isNarrowerThan(const IndexDefinition &wider) const;
    // True when the existing index already gives everything this one would: same table
    // and method, these keys as a prefix of its keys, INCLUDE columns among its columns,
    // and no predicate or the same predicate.
    bool isServedBy(const CatalogIndex &existing) const;

    QJsonObject toJson() const;
};

// A key text in canonical form (as parsed by libpg_query, without positions), so that
// lower(email), lower( email ) and LOWER(email) compare equal; "\"UserId\"" stays distinct
// from userid.
QString canonicalExpression(const QString &sql);

} // namespace sonde

Q_DECLARE_METATYPE(sonde::IndexDefinition)
