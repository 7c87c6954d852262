#include "ComparisonReport.h"

#include "BenchmarkChartPainter.h"
#include "ReportFiles.h"
#include "bench/BenchmarkComparison.h"
#include "bench/BenchmarkResult.h"
#include "bench/ComparisonConfidence.h"
#include "common/DisplayFormat.h"
#include "plan/PlanOutline.h"

#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString value(double v, const QString &unit)
{
    return BenchmarkComparison::formatValue(v, unit);
}

QString runTitle(const BenchmarkResult &r, const QString &fallback)
{
    return r.config.name.isEmpty() ? fallback : r.config.name;
}

QString configTable(const BenchmarkResult &r)
{
    const BenchmarkConfig &c = r.config;
    QList<QPair<QString, QString>> rows{
        {ComparisonReport::tr("Run"),
         u"#%1, %2"_s.arg(r.id).arg(DisplayFormat::dateTime(r.startedAt))},
        {ComparisonReport::tr("Status"), r.statusName()},
        {ComparisonReport::tr("Workload"), workloadTitle(c.workload)},
        {ComparisonReport::tr("Target"),
         c.targetDisplay +
             (c.throughPooler ? ComparisonReport::tr(" (through PgBouncer)") : QString())},
        {ComparisonReport::tr("Server"), r.serverVersion},
        {ComparisonReport::tr("Clients / threads"), u"%1 / %2"_s.arg(c.clients).arg(c.threads)},
        {ComparisonReport::tr("Length"),
         c.transactions > 0
             ? ComparisonReport::tr("%1 transactions").arg(DisplayFormat::count(c.transactions))
             : DisplayFormat::duration(c.durationSeconds * 1000.0)},
        {ComparisonReport::tr("Warm-up"), DisplayFormat::duration(c.warmupSeconds * 1000.0)},
        {ComparisonReport::tr("Target rate"),
         c.targetRate > 0 ? ComparisonReport::tr("%1 tx/s").arg(DisplayFormat::rate(c.targetRate))
                          : ComparisonReport::tr("as fast as possible")},
    };
    if (isRedisWorkload(c.workload))
        rows << qMakePair(ComparisonReport::tr("Keys / value / pipeline"),
                          u"%1 / %2 B / %3"_s.arg(c.keySpace).arg(c.valueSize).arg(c.pipeline));
    else
        rows << qMakePair(ComparisonReport::tr("Protocol / scale"),
                          u"%1 / %2"_s.arg(protocolName(c.effectiveProtocol())).arg(c.scale));
    rows << qMakePair(ComparisonReport::tr("Measured"),
                      ComparisonReport::tr("%1 transactions in %2 s")
                          .arg(r.transactions)
                          .arg(DisplayFormat::number(r.measuredSeconds)));
    QString html = u"<table class='cfg' cellspacing='0' cellpadding='4'>"_s;
    for (const auto &[k, v] : rows)
        html += u"<tr><th align='left'>%1</th><td>%2</td></tr>"_s.arg(esc(k), esc(v));
    return html + u"</table>"_s;
}

} // namespace

QMap<QString, QImage> ComparisonReport::charts(const BenchmarkResult &before,
                                               const BenchmarkResult &after)
{
    const QSize size(900, 360);
    return {
        {u"cdf.png"_s, BenchmarkChartPainter::render(
                           BenchmarkChartPainter::latencyCdf(before, after), QSize(560, 400))},
        {u"throughput.png"_s, BenchmarkChartPainter::render(
                                  BenchmarkChartPainter::throughputOverTime(before, after), size)},
        {u"p99.png"_s,
         BenchmarkChartPainter::render(BenchmarkChartPainter::p99OverTime(before, after), size)},
    };
}

QString ComparisonReport::confidenceHtml(const ComparisonConfidence &c)
{
    QString h = u"<div>%1<br>%2<br><b>%3</b></div>"_s.arg(
        esc(ComparisonConfidence::variationText(c.before)),
        esc(ComparisonConfidence::variationText(c.after)), esc(c.verdict()));
    const QStringList warnings = c.warnings();
    if (!warnings.isEmpty()) {
        h += u"<div style='color:#b35900'>"_s;
        for (const QString &w : warnings)
            h += u"▲ "_s + esc(w) + u"<br>"_s;
        h += u"</div>"_s;
    }
    return h;
}

QString ComparisonReport::html(const BenchmarkResult &before, const BenchmarkResult &after,
                               const QMap<QString, QImage> &images, bool embed)
{
    const QList<ComparisonFigure> figures = BenchmarkComparison::figures(before, after);
    const QString a = runTitle(before, tr("Before"));
    const QString b = runTitle(after, tr("After"));
    QString h;
    h += u"<!DOCTYPE html><html><head><meta charset='utf-8'><title>%1</title>"_s.arg(
        esc(tr("Sonde benchmark report: %1 vs %2").arg(a, b)));
    h += u"<style>"
         "body{font-family:'DejaVu Sans',Arial,sans-serif;color:#20242a;margin:24px;}"
         "h1{font-size:26pt;margin:0 0 4px 0;} h2{font-size:17pt;margin:22px 0 8px 0;"
         "border-bottom:2px solid #1f6feb;} .sub{color:#606670;font-size:12pt;}"
         "table.fig{border-collapse:collapse;font-size:10pt;} table.fig "
         "th{background:#eef2f7;white-space:nowrap;"
         "text-align:left;padding:6px 12px;} table.fig td{padding:6px 12px;border-bottom:1px solid "
         "#e3e6ea;} td.num{text-align:right;} .good{color:#1a7f37;font-weight:bold;}"
         ".bad{color:#cf222e;font-weight:bold;} .big{font-size:22pt;font-weight:bold;}"
         "table.cfg{font-size:11pt;} table.cfg th{color:#606670;padding-right:14px;}"
         "pre{background:#f6f8fa;padding:10px;font-size:10pt;white-space:pre-wrap;}"
         "img{max-width:100%;}</style></head><body>"_s;
    h += u"<h1>%1</h1>"_s.arg(esc(tr("Benchmark: %1 → %2").arg(a, b)));
    h += u"<div class='sub'>%1</div>"_s.arg(
        esc(tr("%1 on %2 · runs #%3 and #%4 · report made by Sonde %5")
                .arg(workloadTitle(after.config.workload), after.config.targetDisplay)
                .arg(before.id)
                .arg(after.id)
                .arg(QStringLiteral(SONDE_VERSION))));

    if (!after.appliedDdl.isEmpty()) {
        QStringList ddl;
        for (const QString &statement : after.appliedDdl)
            ddl << statement.simplified();
        h += u"<div class='sub'><b>%1</b> %2</div>"_s.arg(esc(tr("Changed in between:")),
                                                          esc(ddl.join(u"; "_s)));
    }
    // Headline: throughput and p99.
    h += u"<table cellpadding='10'><tr>"_s;
    for (const ComparisonFigure &f : figures) {
        if (f.key != u"throughput"_s && f.key != u"p99_ms"_s && f.key != u"p50_ms"_s)
            continue;
        const double gain = f.improvementPct();
        h += u"<td><div class='sub'>%1</div><div class='big %2'>%3</div><div>%4 → %5</div>"
             "</td>"_s.arg(esc(f.label), gain >= 0 ? u"good"_s : u"bad"_s,
                           // One line: "35.1× faster" must not break in the big type.
                           esc(BenchmarkComparison::formatImprovement(f))
                               .replace(u' ', DisplayFormat::UnitSpace),
                           esc(value(f.before, f.unit)), esc(value(f.after, f.unit)));
    }
    h += u"</tr></table>"_s;
    h += confidenceHtml(ComparisonConfidence::of(before, after));

    // Page 1: the client-side figures next to the latency distribution.
    auto figureRows = [&](bool server) -> QString {
        QString rows = u"<table class='fig' cellspacing='0'><tr><th>%1</th><th>%2</th><th>%3</th>"
                       "<th>%4</th></tr>"_s.arg(esc(server ? tr("Server counters") : tr("Figure")),
                                                esc(a), esc(b), esc(tr("Change")));
        for (const ComparisonFigure &f : figures) {
            if (f.key.startsWith(u"server."_s) != server)
                continue;
            const QString change = BenchmarkComparison::formatImprovement(f);
            const QString cls = !f.comparable() || std::fabs(f.improvementPct()) < 1
                                    ? QString()
                                    : (f.improvementPct() > 0 ? u"good"_s : u"bad"_s);
            rows += u"<tr><td style='white-space:nowrap'>%1</td><td class='num' align='right' "
                    u"style='white-space:nowrap'>%2</td><td class='num' "
                    "align='right'>%3</td><td class='num %4' align='right'>%5</td></tr>"_s.arg(
                        esc(f.label), esc(f.hasBefore ? value(f.before, f.unit) : u"—"_s),
                        esc(f.hasAfter ? value(f.after, f.unit) : u"—"_s), cls, esc(change));
        }
        return rows + u"</table>"_s;
    };
    h += u"<table width='100%' cellspacing='0' cellpadding='0'><tr><td valign='top' "
         "width='52%'>"_s;
    h += figureRows(false);
    h += u"</td><td valign='top' width='48%'>"_s;
    if (images.contains(u"cdf.png"_s))
        h += u"<img width='%1' src='%2'>"_s.arg(embed ? 620 : 400)
                 .arg(ReportFiles::imageSrc(images, u"cdf.png"_s, embed));
    h += u"</td></tr></table>"_s;
    h += u"<p class='sub'>%1</p>"_s.arg(
        esc(tr("Change: positive is better (more throughput, less latency). Latency is the "
               "time of a whole transaction as the client sees it; percentiles come from an "
               "HDR histogram within 1 %.")));

    h += u"<h2 style='page-break-before:always'>%1</h2>"_s.arg(esc(tr("Over time")));
    for (const QString &name : {u"throughput.png"_s, u"p99.png"_s}) {
        if (images.contains(name))
            h += u"<p><img width='%1' src='%2'></p>"_s.arg(embed ? 900 : 760)
                     .arg(ReportFiles::imageSrc(images, name, embed));
    }
    h += u"<h2>%1</h2>"_s.arg(esc(tr("What the servers saw")));
    h += figureRows(true);

    if (!after.appliedDdl.isEmpty()) {
        h += u"<h2>%1</h2><pre>%2</pre>"_s.arg(esc(tr("Changes applied between the runs")),
                                               esc(after.appliedDdl.join(u";\n"_s) + u';'));
    }

    // Replayed statements: cost and plan shape before/after.
    if (!before.replay.isEmpty() || !after.replay.isEmpty()) {
        h += u"<h2>%1</h2>"_s.arg(esc(tr("Replayed statements and their plans")));
        for (const ReplayStatement &s : after.replay) {
            const ReplayStatement *old = nullptr;
            for (const ReplayStatement &o : before.replay) {
                if (o.sql == s.sql)
                    old = &o;
            }
            h += u"<p><b>%1</b><br><span class='sub'>%2</span></p>"_s.arg(
                esc(s.sql.simplified().left(300)), esc(tr("parameters: %1 · executed %2 times")
                                                           .arg(s.parameters.join(u", "_s))
                                                           .arg(s.executed)));
            if (old && !old->planJson.isEmpty() && !s.planJson.isEmpty()) {
                h += u"<pre>%1</pre>"_s.arg(esc(PlanOutline::unifiedDiff(
                    PlanOutline::lines(old->planJson), PlanOutline::lines(s.planJson))));
            }
        }
    }

    h += u"<h2>%1</h2><table><tr><td valign='top'><h3>%2</h3>%3</td>"
         "<td valign='top'><h3>%4</h3>%5</td></tr></table>"_s.arg(
             esc(tr("Configuration")), esc(a), configTable(before), esc(b), configTable(after));

    QStringList notes;
    for (const BenchmarkResult *r : {&before, &after}) {
        for (auto it = r->errorsByKind.begin(); it != r->errorsByKind.end(); ++it)
            notes << tr("Run #%1: %2 × %3").arg(r->id).arg(it.value()).arg(it.key());
        for (const QString &n : r->notes)
            notes << tr("Run #%1: %2").arg(r->id).arg(n);
    }
    if (!notes.isEmpty()) {
        h += u"<h2>%1</h2><ul>"_s.arg(esc(tr("Errors and notes")));
        for (const QString &n : std::as_const(notes))
            h += u"<li>%1</li>"_s.arg(esc(n));
        h += u"</ul>"_s;
    }
    h += u"</body></html>"_s;
    return h;
}

bool ComparisonReport::writeHtml(const BenchmarkResult &before, const BenchmarkResult &after,
                                 const QString &path, QString *error)
{
    return ReportFiles::writeHtml(html(before, after, charts(before, after), true), path, error);
}

bool ComparisonReport::writePdf(const BenchmarkResult &before, const BenchmarkResult &after,
                                const QString &path, QString *error)
{
    const QMap<QString, QImage> images = charts(before, after);
    return ReportFiles::writePdf([&](bool embed) { return html(before, after, images, embed); },
                                 images, tr("Sonde benchmark report"), 11, path, error);
}

} // namespace sonde
