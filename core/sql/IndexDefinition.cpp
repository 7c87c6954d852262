#include "IndexDefinition.h"

#include "ParseTree.h"
#include "SchemaCatalog.h"
#include "SqlText.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sonde {

QString IndexKey::sql() const
{
    QString out = expression ? u"("_s + text + u')' : text;
    if (descending)
        out += u" DESC"_s;
    return out;
}

IndexKey IndexKey::column(const QString &name, bool descending)
{
    IndexKey k;
    k.text = quoteIdentifier(name);
    k.columns = QStringList{name};
    k.descending = descending;
    return k;
}

QString canonicalExpression(const QString &sql)
{
    const ParseTree tree = ParseTree::parse(u"SELECT "_s + sql);
    if (!tree.ok)
        return sql.simplified();
    const QJsonArray targets =
        ParseTree::body(tree.firstStatement()).value(u"targetList"_s).toArray();
    if (targets.size() != 1)
        return sql.simplified();
    return ParseTree::canonical(ParseTree::body(targets.first()).value(u"val"_s));
}

QString IndexDefinition::keyList() const
{
    QStringList parts;
    for (const IndexKey &k : keys)
        parts << k.sql();
    return parts.join(u", "_s);
}

QString IndexDefinition::ddl(const QString &quotedName, bool concurrently, bool onlyParent) const
{
    QString out = unique ? u"CREATE UNIQUE INDEX "_s : u"CREATE INDEX "_s;
    if (concurrently)
        out += u"CONCURRENTLY "_s;
    if (!quotedName.isEmpty())
        out += quotedName + u' ';
    out += u"ON "_s;
    if (onlyParent)
        out += u"ONLY "_s;
    out += table.quoted() + u" USING "_s + method + u" ("_s + keyList() + u')';
    if (!include.isEmpty()) {
        QStringList quoted;
        for (const QString &c : include)
            quoted << quoteIdentifier(c);
        out += u" INCLUDE ("_s + quoted.join(u", "_s) + u')';
    }
    if (!predicate.isEmpty())
        out += u" WHERE "_s + predicate;
    return out;
}

QString IndexDefinition::hypotheticalDdl() const
{
    return ddl(QString(), false);
}

QString IndexDefinition::display() const
{
    QString out = table.display() + u" ("_s + keyList() + u')';
    if (!include.isEmpty())
        out += u" INCLUDE ("_s + include.join(u", "_s) + u')';
    if (!predicate.isEmpty())
        out += u" WHERE "_s + predicate;
    return out;
}

QString IndexDefinition::signature() const
{
    QStringList parts{table.quoted(), method, unique ? u"u"_s : u""_s};
    for (const IndexKey &k : keys)
        parts << canonicalExpression(k.text) + (k.descending ? u" desc"_s : u""_s);
    QStringList inc = include;
    inc.sort();
    parts << u"include:"_s + inc.join(u',');
    parts << u"where:"_s + (predicate.isEmpty() ? QString() : canonicalExpression(predicate));
    return parts.join(u'|');
}

QStringList IndexDefinition::columnsUsed() const
{
    QStringList out;
    auto add = [&](const QString &c) {
        if (!out.contains(c))
            out << c;
    };
    for (const IndexKey &k : keys) {
        for (const QString &c : k.columns)
            add(c);
    }
    for (const QString &c : include)
        add(c);
    for (const QString &c : predicateColumns)
        add(c);
    return out;
}

QString IndexDefinition::suggestedName() const
{
    QStringList parts{table.name};
    for (const IndexKey &k : keys) {
        if (!k.expression) {
            parts << k.columns.value(0);
            continue;
        }
        // lower(email) → lower_email
        static const QRegularExpression words(u"[A-Za-z_][A-Za-z0-9_]*"_s);
        QStringList w;
        for (auto it = words.globalMatch(k.text); it.hasNext();)
            w << it.next().captured(0);
        parts << w.join(u'_');
    }
    if (!predicateColumns.isEmpty())
        parts << u"partial"_s;
    QString name = parts.join(u'_').toLower();
    static const QRegularExpression unsafe(u"[^a-z0-9_]+"_s);
    static const QRegularExpression repeats(u"_+"_s);
    name.replace(unsafe, u"_"_s);
    name.replace(repeats, u"_"_s);
    if (name.isEmpty() || name.at(0).isDigit())
        name.prepend(u"i_"_s);
    // NAMEDATALEN - 1 = 63 bytes; the name is ASCII by now.
    const QString suffix = u"_idx"_s;
    if (name.size() + suffix.size() > 63)
        name = name.left(63 - suffix.size());
    while (name.endsWith(u'_'))
        name.chop(1);
    return name + suffix;
}

bool IndexDefinition::isNarrowerThan(const IndexDefinition &wider) const
{
    if (table != wider.table || method != wider.method || keys.size() > wider.keys.size())
        return false;
    const QString myPredicate = predicate.isEmpty() ? QString() : canonicalExpression(predicate);
    const QString theirPredicate =
        wider.predicate.isEmpty() ? QString() : canonicalExpression(wider.predicate);
    if (myPredicate != theirPredicate)
        return false;
    QStringList theirs;
    for (const IndexKey &k : wider.keys)
        theirs << canonicalExpression(k.text);
    for (const IndexKey &k : keys) {
        if (!theirs.contains(canonicalExpression(k.text)))
            return false;
    }
    for (const QString &c : include) {
        if (!wider.include.contains(c))
            return false;
    }
    return keys.size() < wider.keys.size() || include.size() < wider.include.size();
}

bool IndexDefinition::isServedBy(const CatalogIndex &existing) const
{
    if (existing.table != table || !existing.valid || existing.method != method ||
        existing.keys.size() < keys.size())
        return false;
    const QString theirs =
        existing.predicate.isEmpty() ? QString() : canonicalExpression(existing.predicate);
    const QString mine = predicate.isEmpty() ? QString() : canonicalExpression(predicate);
    if (theirs != mine)
        return false;
    for (int i = 0; i < keys.size(); ++i) {
        if (canonicalExpression(existing.keys.at(i)) != canonicalExpression(keys.at(i).text))
            return false;
    }
    QStringList all;
    for (const QString &k : existing.keys + existing.include)
        all << canonicalExpression(k);
    for (const QString &c : include) {
        if (!all.contains(canonicalExpression(quoteIdentifier(c))))
            return false;
    }
    return true;
}

QJsonObject IndexDefinition::toJson() const
{
    QJsonArray k;
    for (const IndexKey &key : keys)
        k.append(key.sql());
    QJsonObject o{{u"table"_s, table.quoted()}, {u"keys"_s, k}, {u"method"_s, method}};
    if (!include.isEmpty())
        o[u"include"_s] = QJsonArray::fromStringList(include);
    if (!predicate.isEmpty())
        o[u"where"_s] = predicate;
    return o;
}

} // namespace sonde
