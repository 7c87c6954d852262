#include "PlanDiff.h"

#include "PlanFormat.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

using Change = PlanDiffRow::Change;

bool sameOperation(const PlanNode &a, const PlanNode &b)
{
    return a.nodeType == b.nodeType && a.relationName == b.relationName &&
           a.indexName == b.indexName && a.joinType == b.joinType && a.strategy == b.strategy &&
           a.parallelAware == b.parallelAware && a.cteName == b.cteName;
}

// The same place done differently: the same relation (scan method changed) or the same kind
// of node (join type, index, strategy changed).
bool samePlace(const PlanNode &a, const PlanNode &b)
{
    if (!a.relationName.isEmpty() && a.relationName == b.relationName)
        return true;
    return a.nodeType == b.nodeType;
}

QStringList differencesOf(const PlanNode &a, const PlanNode &b)
{
    QStringList out;
    if (a.title() != b.title())
        out << PlanDiff::tr("%1 → %2").arg(a.title(), b.title());
    if (a.filter != b.filter)
        out << PlanDiff::tr("filter: %1 → %2")
                   .arg(a.filter.isEmpty() ? PlanDiff::tr("none") : a.filter,
                        b.filter.isEmpty() ? PlanDiff::tr("none") : b.filter);
    const QString condA = a.indexCond + a.hashCond + a.mergeCond;
    const QString condB = b.indexCond + b.hashCond + b.mergeCond;
    if (condA != condB)
        out << PlanDiff::tr("condition: %1 → %2")
                   .arg(condA.isEmpty() ? PlanDiff::tr("none") : condA,
                        condB.isEmpty() ? PlanDiff::tr("none") : condB);
    if (a.sortSpaceType != b.sortSpaceType && !a.sortSpaceType.isEmpty() &&
        !b.sortSpaceType.isEmpty())
        out << PlanDiff::tr("sort in %1 → in %2").arg(a.sortSpaceType, b.sortSpaceType);
    return out;
}

class Differ
{
public:
    Differ(const Plan &before, const Plan &after, PlanDiff *out)
        : m_a(before)
        , m_b(after)
        , m_out(out)
    {}

    void pair(int a, int b, int depth)
    {
        const PlanNode &x = m_a.node(a);
        const PlanNode &y = m_b.node(b);
        PlanDiffRow row =
            makeRow(sameOperation(x, y) ? Change::Same : Change::Changed, a, b, depth);
        row.differences = differencesOf(x, y);
        if (row.change == Change::Same && !row.differences.isEmpty())
            row.change = Change::Changed;
        append(row);
        alignChildren(x.children, y.children, depth + 1);
    }

private:
    PlanDiffRow makeRow(Change change, int a, int b, int depth) const
    {
        PlanDiffRow row;
        row.change = change;
        row.before = a;
        row.after = b;
        row.depth = depth;
        if (a >= 0) {
            const PlanNode &n = m_a.node(a);
            row.titleBefore = n.title();
            row.costBefore = n.totalCost;
            row.timeBefore = n.inclusiveMs;
        }
        if (b >= 0) {
            const PlanNode &n = m_b.node(b);
            row.titleAfter = n.title();
            row.costAfter = n.totalCost;
            row.timeAfter = n.inclusiveMs;
        }
        return row;
    }

    void append(const PlanDiffRow &row)
    {
        const int index = int(m_out->rows.size());
        m_out->rows.append(row);
        if (row.before >= 0)
            m_out->rowOfBefore.insert(row.before, index);
        if (row.after >= 0)
            m_out->rowOfAfter.insert(row.after, index);
    }

    // A subtree present on one side only.
    void single(bool before, int id, int depth)
    {
        const Plan &plan = before ? m_a : m_b;
        QList<std::pair<int, int>> stack{{id, depth}};
        while (!stack.isEmpty()) {
            const auto [node, d] = stack.takeLast();
            append(before ? makeRow(Change::Removed, node, -1, d)
                          : makeRow(Change::Added, -1, node, d));
            const QList<int> &children = plan.node(node).children;
            for (qsizetype i = children.size() - 1; i >= 0; --i)
                stack.append({children.at(i), d + 1});
        }
    }

    // Longest common subsequence of same-operation children, then same-place pairs in the
    // gaps, in order; the rest are removed / added.
    void alignChildren(const QList<int> &as, const QList<int> &bs, int depth)
    {
        const size_t n = size_t(as.size());
        const size_t m = size_t(bs.size());
        std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
        for (size_t i = n; i-- > 0;) {
            for (size_t j = m; j-- > 0;) {
                lcs[i][j] =
                    sameOperation(m_a.node(as.at(qsizetype(i))), m_b.node(bs.at(qsizetype(j))))
                        ? lcs[i + 1][j + 1] + 1
                        : std::max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        QList<int> gapA;
        QList<int> gapB;
        size_t i = 0;
        size_t j = 0;
        while (i < n || j < m) {
            if (i < n && j < m &&
                sameOperation(m_a.node(as.at(qsizetype(i))), m_b.node(bs.at(qsizetype(j))))) {
                flushGap(&gapA, &gapB, depth);
                pair(as.at(qsizetype(i)), bs.at(qsizetype(j)), depth);
                ++i;
                ++j;
            } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
                gapA << as.at(qsizetype(i++));
            } else {
                gapB << bs.at(qsizetype(j++));
            }
        }
        flushGap(&gapA, &gapB, depth);
    }

    // True when a node below `root` (in `plan`) works on what `other` works on.
    static bool containsPlace(const Plan &plan, int root, const PlanNode &other)
    {
        QList<int> stack = plan.node(root).children;
        while (!stack.isEmpty()) {
            const PlanNode &n = plan.node(stack.takeLast());
            if (sameOperation(n, other) ||
                (!other.relationName.isEmpty() && n.relationName == other.relationName))
                return true;
            stack.append(n.children);
        }
        return false;
    }

    // A node that went away (or came) in between, its children carrying on: for example
    // Hash → Seq Scan on b became Index Scan on b.
    bool collapse(int a, int b, int depth)
    {
        if (containsPlace(m_a, a, m_b.node(b))) {
            append(makeRow(Change::Removed, a, -1, depth));
            alignChildren(m_a.node(a).children, {b}, depth + 1);
            return true;
        }
        if (containsPlace(m_b, b, m_a.node(a))) {
            append(makeRow(Change::Added, -1, b, depth));
            alignChildren({a}, m_b.node(b).children, depth + 1);
            return true;
        }
        return false;
    }

    void flushGap(QList<int> *gapA, QList<int> *gapB, int depth)
    {
        qsizetype from = 0;
        for (int a : std::as_const(*gapA)) {
            qsizetype match = -1;
            for (qsizetype k = from; k < gapB->size() && match < 0; ++k) {
                if (samePlace(m_a.node(a), m_b.node(gapB->at(k))))
                    match = k;
            }
            bool collapsed = false;
            for (qsizetype k = from; match < 0 && k < gapB->size(); ++k) {
                if (containsPlace(m_a, a, m_b.node(gapB->at(k))) ||
                    containsPlace(m_b, gapB->at(k), m_a.node(a))) {
                    for (qsizetype j = from; j < k; ++j)
                        single(false, gapB->at(j), depth);
                    collapsed = collapse(a, gapB->at(k), depth);
                    from = k + 1;
                    break;
                }
            }
            if (collapsed)
                continue;
            if (match < 0 && gapA->size() == 1 && gapB->size() - from == 1)
                match = from; // one node replaced by another at the same place
            if (match < 0) {
                single(true, a, depth);
                continue;
            }
            for (qsizetype k = from; k < match; ++k)
                single(false, gapB->at(k), depth);
            pair(a, gapB->at(match), depth);
            from = match + 1;
        }
        for (qsizetype k = from; k < gapB->size(); ++k)
            single(false, gapB->at(k), depth);
        gapA->clear();
        gapB->clear();
    }

    const Plan &m_a;
    const Plan &m_b;
    PlanDiff *m_out;
};

QString ratioText(double before, double after, const QString &lower, const QString &higher)
{
    if (before <= 0 || after <= 0)
        return QString();
    const double r = before / after;
    if (r >= 1.05)
        return u" ("_s +
               lower.arg(r >= 10 ? PlanFormat::factor(r) : QLocale().toString(r, 'f', 1) + u"×"_s) +
               u')';
    if (r <= 1 / 1.05)
        return u" ("_s +
               higher.arg(1 / r >= 10 ? PlanFormat::factor(1 / r)
                                      : QLocale().toString(1 / r, 'f', 1) + u"×"_s) +
               u')';
    return PlanDiff::tr(" (about the same)");
}

} // namespace

PlanDiff PlanDiff::compare(const Plan &before, const Plan &after)
{
    PlanDiff diff;
    diff.totalCostBefore = before.totalCost();
    diff.totalCostAfter = after.totalCost();
    diff.totalTimeBefore = before.totalTimeMs();
    diff.totalTimeAfter = after.totalTimeMs();
    if (before.isEmpty() && after.isEmpty())
        return diff;
    if (before.isEmpty() || after.isEmpty()) {
        // Show the one plan there is as wholly added / removed.
        const Plan &present = before.isEmpty() ? after : before;
        for (const PlanNode &n : present.nodes) {
            PlanDiffRow row;
            row.change = before.isEmpty() ? Change::Added : Change::Removed;
            (before.isEmpty() ? row.after : row.before) = n.id;
            row.depth = n.depth;
            (before.isEmpty() ? row.titleAfter : row.titleBefore) = n.title();
            (before.isEmpty() ? row.costAfter : row.costBefore) = n.totalCost;
            (before.isEmpty() ? row.timeAfter : row.timeBefore) = n.inclusiveMs;
            (before.isEmpty() ? diff.rowOfAfter : diff.rowOfBefore)
                .insert(n.id, int(diff.rows.size()));
            diff.rows.append(row);
        }
        return diff;
    }
    Differ(before, after, &diff).pair(0, 0, 0);
    return diff;
}

PlanDiffRow::Change PlanDiff::changeOfBefore(int nodeId) const
{
    const int row = rowOfBefore.value(nodeId, -1);
    return row < 0 ? Change::Removed : rows.at(row).change;
}

PlanDiffRow::Change PlanDiff::changeOfAfter(int nodeId) const
{
    const int row = rowOfAfter.value(nodeId, -1);
    return row < 0 ? Change::Added : rows.at(row).change;
}

int PlanDiff::changedCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [](const PlanDiffRow &r) { return r.change != Change::Same; }));
}

QString PlanDiff::summary() const
{
    QString text =
        tr("Cost %1 → %2").arg(PlanFormat::cost(totalCostBefore), PlanFormat::cost(totalCostAfter));
    text += ratioText(totalCostBefore, totalCostAfter, tr("%1 lower"), tr("%1 higher"));
    if (totalTimeBefore >= 0 && totalTimeAfter >= 0) {
        text +=
            tr("; time %1 → %2")
                .arg(PlanFormat::duration(totalTimeBefore), PlanFormat::duration(totalTimeAfter));
        text += ratioText(totalTimeBefore, totalTimeAfter, tr("%1 faster"), tr("%1 slower"));
    }
    const int changed = changedCount();
    text += changed == 0 ? tr("; same plan shape") : tr("; %n node(s) differ", nullptr, changed);
    return text;
}

QString diffChangeName(PlanDiffRow::Change change)
{
    switch (change) {
    case Change::Same:
        return u"same"_s;
    case Change::Changed:
        return u"changed"_s;
    case Change::Removed:
        return u"removed"_s;
    case Change::Added:
        return u"added"_s;
    }
    return QString();
}

} // namespace sonde
