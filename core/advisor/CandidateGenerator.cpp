#include "CandidateGenerator.h"

#include "sql/SqlText.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

IndexKey keyOf(const ColumnPredicate &p)
{
    if (!p.isOnExpression())
        return IndexKey::column(p.column);
    IndexKey k;
    k.text = p.expression;
    k.expression = true;
    k.columns = p.expressionColumns;
    return k;
}

IndexKey keyOf(const SortKey &s, bool descending)
{
    if (s.expression.isEmpty())
        return IndexKey::column(s.column, descending);
    IndexKey k;
    k.text = s.expression;
    k.expression = true;
    k.descending = descending;
    return k;
}

bool hasKey(const QList<IndexKey> &keys, const IndexKey &k)
{
    for (const IndexKey &e : keys) {
        if (e.text == k.text)
            return true;
    }
    return false;
}

void appendKey(QList<IndexKey> *keys, const IndexKey &k)
{
    if (!hasKey(*keys, k))
        *keys << k;
}

// The constant's value as pg_stats prints it: 'pending'::text → pending.
QString bareValue(QString constant)
{
    const qsizetype cast = constant.lastIndexOf(u"::"_s);
    if (cast > 0 && !constant.mid(cast).contains(u'\''))
        constant = constant.left(cast);
    while (constant.startsWith(u'(') && constant.endsWith(u')'))
        constant = constant.mid(1, constant.size() - 2);
    if (constant.size() >= 2 && constant.startsWith(u'\'') && constant.endsWith(u'\''))
        constant = constant.mid(1, constant.size() - 2).replace(u"''"_s, u"'"_s);
    return constant;
}

struct Builder
{
    TableRef table;
    int statement;
    QList<IndexCandidate> *out;

    void add(const QList<IndexKey> &keys, const QString &reason, const QStringList &include = {},
             const ColumnPredicate *partial = nullptr)
    {
        if (keys.isEmpty() || keys.size() > CandidateGenerator::MaxKeys)
            return;
        IndexCandidate c;
        c.definition.table = table;
        c.definition.keys = keys;
        c.definition.include = include;
        if (partial) {
            c.definition.predicate = partial->keyText() + u" = "_s + partial->constant;
            c.definition.predicateColumns = partial->isOnExpression()
                                                ? partial->expressionColumns
                                                : QStringList{partial->column};
        }
        c.statements = {statement};
        c.reason = reason;
        *out << c;
    }
};

} // namespace

QList<IndexCandidate> CandidateGenerator::generate(const QList<StatementAnalysis> &statements) const
{
    QList<IndexCandidate> all;
    QHash<QString, int> bySignature;
    for (int i = 0; i < statements.size(); ++i) {
        for (const IndexCandidate &c : forStatement(statements.at(i), i)) {
            const QString sig = c.definition.signature();
            const auto it = bySignature.constFind(sig);
            if (it != bySignature.constEnd()) {
                IndexCandidate &known = all[it.value()];
                if (!known.statements.contains(i))
                    known.statements << i;
                continue;
            }
            bySignature.insert(sig, int(all.size()));
            all << c;
        }
    }
    return all;
}

QList<IndexCandidate> CandidateGenerator::forStatement(const StatementAnalysis &a,
                                                       int statement) const
{
    QList<IndexCandidate> out;
    if (!a.parsed)
        return out;
    for (const TableRef &t : a.tables) {
        const CatalogTable *table = m_catalog.table(t);
        if (!table || table->isView() || table->kind == 'f')
            continue;
        forTable(a, t, statement, &out);
    }
    QList<IndexCandidate> kept;
    QStringList seen;
    for (const IndexCandidate &c : out) {
        const QString sig = c.definition.signature();
        if (seen.contains(sig) || isServedByExisting(c.definition))
            continue;
        seen << sig;
        kept << c;
    }
    return kept;
}

void CandidateGenerator::forTable(const StatementAnalysis &a, const TableRef &table, int statement,
                                  QList<IndexCandidate> *out) const
{
    Builder b{table, statement, out};
    QList<IndexKey> eq;
    QList<IndexKey> ranges;
    QList<const ColumnPredicate *> partials;
    QList<ColumnPredicate> preds = a.predicatesOn(table);
    for (const ColumnPredicate &p : preds) {
        if (p.kind == PredicateKind::Other)
            continue;
        if (p.underOr) {
            // Each side of an OR on its own: a BitmapOr of several indexes.
            b.add({keyOf(p)}, u"condition inside OR on %1"_s.arg(p.keyText()));
            continue;
        }
        if (p.kind == PredicateKind::Equality)
            appendKey(&eq, keyOf(p));
        else
            appendKey(&ranges, keyOf(p));
    }
    for (const ColumnPredicate &p : preds) {
        if (!p.underOr && isPartialPredicate(p))
            partials << &p;
    }
    QList<IndexKey> joinKeys;
    for (const JoinKey &j : a.joins) {
        if (j.leftTable == table)
            appendKey(&joinKeys, IndexKey::column(j.leftColumn));
        if (j.rightTable == table)
            appendKey(&joinKeys, IndexKey::column(j.rightColumn));
    }
    // The ORDER BY serves only when every key is on this table; GROUP BY likewise.
    QList<IndexKey> sort;
    QString sortText;
    const QList<SortKey> sortKeys = a.sortKeysOn(table);
    if (!sortKeys.isEmpty() && sortKeys.size() == a.sortKeys.size()) {
        bool mixed = false;
        for (const SortKey &s : sortKeys)
            mixed = mixed || s.descending != sortKeys.first().descending;
        QStringList texts;
        for (const SortKey &s : sortKeys) {
            // One direction: a backward scan serves DESC. Mixed: the index keeps the mix.
            appendKey(&sort, keyOf(s, mixed && s.descending));
            texts << s.keyText() + (s.descending ? u" DESC"_s : u""_s);
        }
        sortText = texts.join(u", "_s);
    }
    QList<IndexKey> group;
    const bool groupHere = !a.groupKeys.isEmpty() && [&]() {
        for (const SortKey &g : a.groupKeys) {
            if (g.table != table)
                return false;
        }
        return true;
    }();
    if (groupHere) {
        for (const SortKey &g : a.groupKeys)
            appendKey(&group, keyOf(g, false));
    }

    auto names = [](const QList<IndexKey> &keys) {
        QStringList t;
        for (const IndexKey &k : keys)
            t << k.text;
        return t.join(u", "_s);
    };
    for (const IndexKey &k : eq)
        b.add({k}, u"equality on %1"_s.arg(k.text));
    for (const IndexKey &k : ranges)
        b.add({k}, u"range on %1"_s.arg(k.text));
    for (const IndexKey &k : joinKeys)
        b.add({k}, u"join on %1"_s.arg(k.text));
    if (eq.size() >= 2) {
        b.add(eq, u"equality on %1"_s.arg(names(eq)));
        if (eq.size() >= 3) {
            for (int i = 0; i < eq.size(); ++i) {
                for (int j = i + 1; j < eq.size(); ++j)
                    b.add({eq.at(i), eq.at(j)},
                          u"equality on %1"_s.arg(names({eq.at(i), eq.at(j)})));
            }
        }
        QList<IndexKey> reversed(eq.rbegin(), eq.rend());
        b.add(reversed, u"equality on %1"_s.arg(names(reversed)));
    }
    QList<QList<IndexKey>> full; // the widest useful key lists, for covering variants
    for (const IndexKey &r : ranges) {
        if (eq.isEmpty())
            break;
        QList<IndexKey> k = eq;
        appendKey(&k, r);
        b.add(k, u"equality on %1, then range on %2"_s.arg(names(eq), r.text));
        full << k;
        for (const IndexKey &e : eq) {
            if (eq.size() > 1)
                b.add({e, r}, u"equality on %1, then range on %2"_s.arg(e.text, r.text));
        }
    }
    for (const IndexKey &j : joinKeys) {
        if (eq.isEmpty())
            break;
        QList<IndexKey> k{j};
        for (const IndexKey &e : eq)
            appendKey(&k, e);
        b.add(k, u"join on %1 with equality on %2"_s.arg(j.text, names(eq)));
        QList<IndexKey> k2 = eq;
        appendKey(&k2, j);
        b.add(k2, u"equality on %1, then join on %2"_s.arg(names(eq), j.text));
    }
    if (!sort.isEmpty()) {
        QList<IndexKey> k = eq;
        for (const IndexKey &s : sort)
            appendKey(&k, s);
        const QString why = eq.isEmpty()
                                ? u"ORDER BY %1"_s.arg(sortText)
                                : u"equality on %1, then ORDER BY %2"_s.arg(names(eq), sortText);
        if (!eq.isEmpty() || a.hasLimit || !ranges.isEmpty())
            b.add(k, why + (a.hasLimit ? u" … LIMIT"_s : QString()));
        full << k;
        // A range on the first sort key: the index serves both.
        for (const IndexKey &r : ranges) {
            if (r.text == sort.first().text)
                b.add(k, u"range and ORDER BY on %1"_s.arg(r.text));
        }
    }
    if (!group.isEmpty()) {
        QList<IndexKey> k = eq;
        for (const IndexKey &g : group)
            appendKey(&k, g);
        b.add(k, u"equality on %1, then GROUP BY %2"_s.arg(names(eq), names(group)));
    }
    if (eq.size() >= 1 && sort.isEmpty() && ranges.isEmpty())
        full << eq;

    // Partial indexes: the constant's slice only, keyed by what else the statement needs.
    for (const ColumnPredicate *p : partials) {
        const IndexKey pk = keyOf(*p);
        QList<IndexKey> rest;
        for (const IndexKey &e : eq) {
            if (e.text != pk.text)
                rest << e;
        }
        QList<IndexKey> k = rest;
        for (const IndexKey &s : sort)
            appendKey(&k, s);
        if (sort.isEmpty() && !ranges.isEmpty())
            appendKey(&k, ranges.first());
        if (k.isEmpty() && !joinKeys.isEmpty())
            k << joinKeys.first();
        if (k.isEmpty())
            k << pk;
        b.add(k, u"only the rows where %1 = %2"_s.arg(p->keyText(), p->constant), {}, p);
    }

    // Covering variants: the statement reads few narrow columns, all of them in the index.
    bool readsAll = false;
    const QStringList read = a.columnsRead(table, &readsAll);
    const CatalogTable *t = m_catalog.table(table);
    if (readsAll || !t || a.kind != StatementAnalysis::Kind::Select)
        return;
    for (const QList<IndexKey> &keys : full) {
        QStringList covered;
        for (const IndexKey &k : keys)
            covered << k.columns;
        QStringList extra;
        bool narrow = true;
        for (const QString &c : read) {
            if (covered.contains(c))
                continue;
            const CatalogColumn *col = t->column(c);
            narrow = narrow && col && col->averageWidth > 0 && col->averageWidth <= 64;
            extra << c;
        }
        if (!extra.isEmpty() && extra.size() <= 3 && narrow)
            b.add(keys, u"covering %1 for an index-only scan"_s.arg(extra.join(u", "_s)), extra);
    }
}

double CandidateGenerator::constantShare(const TableRef &table, const QString &column,
                                         const QString &constant) const
{
    const CatalogTable *t = m_catalog.table(table);
    const CatalogColumn *c = t ? t->column(column) : nullptr;
    if (!c || c->nDistinct == 0)
        return -1;
    const QString value = bareValue(constant);
    const qsizetype i = c->commonValues.indexOf(value);
    if (i >= 0 && i < c->commonFrequencies.size())
        return c->commonFrequencies.at(i);
    // Not among the most common values: at most as frequent as the rarest of them.
    double rest = 1.0;
    for (double f : c->commonFrequencies)
        rest -= f;
    const double distinct = c->nDistinct > 0 ? c->nDistinct : -c->nDistinct * t->rows;
    const double others = distinct - double(c->commonValues.size());
    if (others <= 0)
        return 0;
    double share = rest / others;
    if (!c->commonFrequencies.isEmpty())
        share = std::min(share, c->commonFrequencies.last());
    return share;
}

bool CandidateGenerator::isPartialPredicate(const ColumnPredicate &p) const
{
    if (p.kind != PredicateKind::Equality || p.isOnExpression() || p.constant.isEmpty() ||
        !p.parameters.isEmpty() || p.op != u"="_s)
        return false;
    const CatalogTable *t = m_catalog.table(p.table);
    const CatalogColumn *c = t ? t->column(p.column) : nullptr;
    if (!c || c->nDistinct == 0)
        return false;
    const double distinct = c->nDistinct > 0 ? c->nDistinct : -c->nDistinct * t->rows;
    if (distinct > PartialMaxDistinct)
        return false;
    const double share = constantShare(p.table, p.column, p.constant);
    return share >= 0 && share <= PartialMaxShare;
}

bool CandidateGenerator::isServedByExisting(const IndexDefinition &d) const
{
    for (const CatalogIndex &i : m_catalog.indexesOn(d.table)) {
        if (d.isServedBy(i))
            return true;
    }
    return false;
}

} // namespace sonde
