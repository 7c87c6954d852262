#include "PlanOutline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <vector>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

void walk(const QJsonObject &node, int depth, QStringList *out)
{
    QString text = node.value(u"Node Type"_s).toString();
    if (node.contains(u"Index Name"_s))
        text += u" using "_s + node.value(u"Index Name"_s).toString();
    if (node.contains(u"Relation Name"_s))
        text += u" on "_s + node.value(u"Relation Name"_s).toString();
    text += u"  (cost %1..%2 rows %3)"_s.arg(node.value(u"Startup Cost"_s).toDouble(), 0, 'f', 2)
                .arg(node.value(u"Total Cost"_s).toDouble(), 0, 'f', 2)
                .arg(node.value(u"Plan Rows"_s).toDouble(), 0, 'f', 0);
    out->append(QString(depth * 2, u' ') + (depth ? u"-> "_s : QString()) + text);
    for (const QJsonValue &child : node.value(u"Plans"_s).toArray())
        walk(child.toObject(), depth + 1, out);
}

} // namespace

QStringList PlanOutline::lines(const QString &planJson)
{
    QStringList out;
    const QJsonDocument doc = QJsonDocument::fromJson(planJson.toUtf8());
    QJsonObject top = doc.isArray() ? doc.array().at(0).toObject() : doc.object();
    if (top.contains(u"Plan"_s))
        walk(top.value(u"Plan"_s).toObject(), 0, &out);
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
