#include "PlanRouteFinder.h"

#include "ParameterText.h"
#include "Workload.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// indeterminate_datatype: "could not determine data type of parameter $2".
const char *const IndeterminateType = "42P18";
// At most this many parameters are cast to text, one per attempt.
constexpr int MaxCasts = 8;

int undeterminedParameter(const PlanEstimate &p)
{
    if (p.sqlState != QLatin1String(IndeterminateType))
        return 0;
    static const QRegularExpression number(u"\\$(\\d+)"_s);
    const QRegularExpressionMatch m = number.match(p.error);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace

PlanEstimate PlanRouteFinder::explain(const QString &sql)
{
    ++m_explains;
    return m_session.explain(sql);
}

bool PlanRouteFinder::tryFolded(const QString &sql, const PlanEstimate &asIs, PlannedStatement *out)
{
    const FoldedStatement folded = m_folder.fold(sql);
    QString text = folded.sql;
    QStringList notes = folded.notes;
    PlanEstimate p = folded.changed ? explain(text) : asIs;
    for (int casts = 0; !p.ok && !p.connectionLost && casts < MaxCasts; ++casts) {
        const int n = undeterminedParameter(p);
        const QString cast = n > 0 ? ParameterText::cast(text, n, u"text"_s) : text;
        if (cast == text)
            break;
        text = cast;
        notes << tr("$%1 typed text: nothing in the statement says its type").arg(n);
        p = explain(text);
    }
    if (text == sql || (!p.ok && !p.connectionLost))
        return false;
    out->route = p.ok ? PlanRoute::Folded : PlanRoute::None;
    out->sql = text;
    out->notes = notes;
    out->plan = p;
    return true;
}

PlannedStatement PlanRouteFinder::find(const WorkloadStatement &s, const Workload &w,
                                       const QString &userExample)
{
    PlannedStatement out;
    out.plan = explain(s.explainSql);
    if (out.plan.ok || out.plan.connectionLost) {
        out.route = out.plan.ok ? PlanRoute::AsIs : PlanRoute::None;
        out.sql = s.explainSql;
        return out;
    }
    const PlanEstimate asIs = out.plan;
    if (tryFolded(s.explainSql, asIs, &out))
        return out;

    QList<QPair<PlanRoute, QString>> samples;
    if (!userExample.isEmpty())
        samples.append({PlanRoute::UserExample, userExample});
    if (s.queryId != 0 && w.activitySamples.contains(s.queryId))
        samples.append({PlanRoute::SampleActivity, w.activitySamples.value(s.queryId)});
    const auto observed = [&](const TableRef &table, const QString &column, const QString &op) {
        for (const ObservedQual &q : s.quals) {
            const QString name = table.schema.isEmpty() ? q.table.section(u'.', 1) : q.table;
            const QString mine =
                table.schema.isEmpty() ? table.name : table.schema + u'.' + table.name;
            if (name == mine && q.column == column && q.op == op && !q.sample.isEmpty())
                return q.sample;
        }
        return QString();
    };
    QStringList qualNotes;
    if (!s.quals.isEmpty()) {
        const FoldedStatement withValues = m_folder.fold(s.explainSql, observed);
        if (withValues.changed) {
            samples.append({PlanRoute::SampleQualstats, withValues.sql});
            qualNotes = withValues.notes;
        }
    }
    for (const auto &[route, sql] : std::as_const(samples)) {
        const PlanEstimate p = explain(sql);
        if (p.ok || p.connectionLost) {
            out.route = p.ok ? route : PlanRoute::None;
            out.sql = sql;
            out.plan = p;
            if (route == PlanRoute::SampleQualstats)
                out.notes = qualNotes;
            return out;
        }
    }
    out = PlannedStatement();
    out.plan = asIs;
    return out;
}

} // namespace sonde
