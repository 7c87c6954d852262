#include "PlanOutline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

QString title(const QJsonObject &n)
{
    QString type = n.value(u"Node Type"_s).toString();
    const QString strategy = n.value(u"Strategy"_s).toString();
    if (type == u"Aggregate"_s && strategy == u"Hashed"_s)
        type = u"HashAggregate"_s;
    else if (type == u"Aggregate"_s && strategy == u"Sorted"_s)
        type = u"GroupAggregate"_s;
    const QString join = n.value(u"Join Type"_s).toString();
    if (!join.isEmpty() && join != u"Inner"_s && type.endsWith(u"Join"_s))
        type = type.chopped(4) + join + u" Join"_s;
    if (n.value(u"Scan Direction"_s).toString() == u"Backward"_s)
        type += u" Backward"_s;
    const QString index = n.value(u"Index Name"_s).toString();
    if (!index.isEmpty())
        type += (type.startsWith(u"Bitmap"_s) ? u" on "_s : u" using "_s) + index;
    const QString relation = n.value(u"Relation Name"_s).toString();
    if (!relation.isEmpty()) {
        type += u" on "_s + relation;
        const QString alias = n.value(u"Alias"_s).toString();
        if (!alias.isEmpty() && alias != relation)
            type += u' ' + alias;
    }
    return type + u"  (cost=%1..%2 rows=%3 width=%4)"_s
                      .arg(n.value(u"Startup Cost"_s).toDouble(), 0, 'f', 2)
                      .arg(n.value(u"Total Cost"_s).toDouble(), 0, 'f', 2)
                      .arg(n.value(u"Plan Rows"_s).toInteger())
                      .arg(n.value(u"Plan Width"_s).toInteger());
}

void outline(const QJsonObject &n, int depth, QStringList *out)
{
    const QString indent(depth * 6, u' ');
    *out << (depth == 0 ? QString() : indent.left(indent.size() - 4) + u"->  "_s) + title(n);
    const QString detail = indent + (depth == 0 ? u"  "_s : u"  "_s);
    for (const char *key : {"Index Cond", "Recheck Cond", "Hash Cond", "Merge Cond", "Join Filter",
                            "Filter", "One-Time Filter"}) {
        const QString v = n.value(QLatin1String(key)).toString();
        if (!v.isEmpty())
            *out << detail + QLatin1String(key) + u": "_s + v;
    }
    for (const char *key : {"Sort Key", "Group Key"}) {
        QStringList parts;
        for (const QJsonValue &v : n.value(QLatin1String(key)).toArray())
            parts << v.toString();
        if (!parts.isEmpty())
            *out << detail + QLatin1String(key) + u": "_s + parts.join(u", "_s);
    }
    for (const QJsonValue &child : n.value(u"Plans"_s).toArray())
        outline(child.toObject(), depth + 1, out);
}

} // namespace

QStringList PlanOutline::lines(const QString &planJson)
{
    const QJsonDocument doc = QJsonDocument::fromJson(planJson.toUtf8());
    const QJsonObject top = doc.isArray() ? doc.array().at(0).toObject() : doc.object();
    const QJsonObject plan = top.value(u"Plan"_s).toObject();
    QStringList out;
    if (!plan.isEmpty())
        outline(plan, 0, &out);
    return out;
}

QString PlanOutline::unifiedDiff(const QStringList &a, const QStringList &b)
{
    const size_t n = size_t(a.size()), m = size_t(b.size());
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = n; i-- > 0;) {
        for (size_t j = m; j-- > 0;)
            lcs[i][j] = a[qsizetype(i)] == b[qsizetype(j)] ? lcs[i + 1][j + 1] + 1
                                                           : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    QStringList out;
    size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[qsizetype(i)] == b[qsizetype(j)]) {
            out << u"  "_s + a[qsizetype(i)];
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            out << u"+ "_s + b[qsizetype(j++)];
        } else {
            out << u"- "_s + a[qsizetype(i++)];
        }
    }
    return out.join(u'\n');
}

} // namespace sonde
