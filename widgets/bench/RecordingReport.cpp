#include "RecordingReport.h"

#include "BenchmarkChartPainter.h"
#include "ReportFiles.h"
#include "common/DisplayFormat.h"
#include "monitoring/MetricCatalog.h"
#include "recording/RecordingReplay.h"
#include "statements/StatementHistory.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

constexpr int MaxChartPoints = 400;
constexpr int TopStatements = 15;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// The range asked for, or the whole recording.
std::pair<qint64, qint64> rangeOf(const Recording &r, qint64 fromMs, qint64 toMs)
{
    if (fromMs < toMs)
        return {fromMs, toMs};
    const QDateTime from = r.from();
    const QDateTime to = r.to();
    return {from.isValid() ? from.toMSecsSinceEpoch() : 0,
            to.isValid() ? to.toMSecsSinceEpoch() : 0};
}

bool inRange(const QDateTime &at, qint64 fromMs, qint64 toMs)
{
    const qint64 ms = at.toMSecsSinceEpoch();
    return ms >= fromMs && ms <= toMs;
}

QString clock(const QDateTime &at)
{
    return at.toLocalTime().toString(u"HH:mm:ss"_s);
}

QString targetName(const Recording &r, const QString &id)
{
    for (const RecordedTarget &t : r.targets) {
        if (t.id == id)
            return t.name;
    }
    return id;
}

const QColor Palette[] = {QColor(0x1f, 0x6f, 0xeb), QColor(0x8e, 0x44, 0xad),
                          QColor(0x0a, 0x8a, 0x6e), QColor(0xd9, 0x73, 0x06),
                          QColor(0xc6, 0x28, 0x28), QColor(0x55, 0x5b, 0x66)};

// One chart of the dashboard over the range: a line per target and metric, each averaged
// into at most MaxChartPoints buckets; x in minutes from the range's start.
BenchmarkChartPainter::Chart chartOf(const Recording &r, ChartGroup group, qint64 fromMs,
                                     qint64 toMs)
{
    BenchmarkChartPainter::Chart c;
    c.title = MetricCatalog::chartTitle(group);
    c.yLabel = MetricCatalog::chartUnit(group);
    c.xLabel =
        RecordingReport::tr("minutes since %1").arg(clock(QDateTime::fromMSecsSinceEpoch(fromMs)));
    const double slotMs = std::max(1.0, double(toMs - fromMs) / MaxChartPoints);
    for (const MetricInfo &m : MetricCatalog::forChart(group)) {
        if (m.secondaryAxis)
            continue;
        for (const RecordedTarget &t : r.targets) {
            if (t.kind != m.kind)
                continue;
            QMap<qint64, std::pair<double, int>> buckets;
            for (const Snapshot &s : r.snapshots) {
                if (s.targetId != t.id || !inRange(s.at, fromMs, toMs) ||
                    !s.values.contains(m.name))
                    continue;
                const double v = s.values.value(m.name);
                if (!std::isfinite(v))
                    continue;
                auto &[sum, n] =
                    buckets[qint64(double(s.at.toMSecsSinceEpoch() - fromMs) / slotMs)];
                sum += v;
                ++n;
            }
            if (buckets.isEmpty())
                continue;
            BenchmarkChartPainter::Series series;
            // The server's name only when two of its kind were recorded.
            const auto sameKind =
                std::count_if(r.targets.cbegin(), r.targets.cend(),
                              [&t](const RecordedTarget &other) { return other.kind == t.kind; });
            series.name = sameKind > 1 ? u"%1 (%2)"_s.arg(m.label, t.name) : m.label;
            series.color = Palette[c.series.size() % std::size(Palette)];
            for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
                series.points.append(QPointF((double(it.key()) + 0.5) * slotMs / 60000.0,
                                             it.value().first / it.value().second));
            }
            c.series.append(series);
        }
    }
    if (group == ChartGroup::HitRate || group == ChartGroup::PoolUse)
        c.yMax = 100;
    return c;
}

const QString Style =
    u"<style>body{font-family:'DejaVu Sans',Arial,sans-serif;color:#20242a;margin:24px;}"
    "h1{font-size:24pt;margin:0 0 4px 0;} h2{font-size:16pt;margin:22px 0 8px 0;"
    "border-bottom:2px solid #6a3dc2;} .sub{color:#606670;font-size:11pt;}"
    "table.t{border-collapse:collapse;font-size:10pt;} table.t th{background:#eef2f7;"
    "text-align:left;padding:5px 10px;white-space:nowrap;} table.t td{padding:5px 10px;"
    "border-bottom:1px solid #e3e6ea;vertical-align:top;} td.num{text-align:right;"
    "white-space:nowrap;} .crit{color:#cf222e;font-weight:bold;} .warn{color:#b35900;}"
    ".note{color:#6a3dc2;font-weight:bold;} code{font-size:9pt;} img{max-width:100%;}"
    "</style>"_s;

QString statementsHtml(const Recording &r, qint64 fromMs, qint64 toMs)
{
    QString h;
    for (const RecordedTarget &t : r.targets) {
        if (t.kind != TargetKind::PostgreSQL)
            continue;
        const StatementWindowResult w = RecordingReport::topStatements(r, t.id, fromMs, toMs);
        h += u"<h3>%1</h3>"_s.arg(esc(t.name));
        if (w.statements.isEmpty()) {
            h += u"<p class='sub'>%1</p>"_s.arg(esc(
                w.note.isEmpty() ? RecordingReport::tr("No statement ran in the range.") : w.note));
            continue;
        }
        QList<SlowStatement> top = w.statements;
        std::sort(top.begin(), top.end(), [](const SlowStatement &a, const SlowStatement &b) {
            return a.totalMs > b.totalMs;
        });
        h += u"<p class='sub'>%1</p>"_s.arg(
            esc(RecordingReport::tr("%1 → %2: %3 calls, %4 in all")
                    .arg(clock(w.from), clock(w.to), DisplayFormat::count(qint64(w.totalCalls)),
                         DisplayFormat::duration(w.totalMs))));
        h += u"<table class='t' cellspacing='0'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
             "<th>%5</th></tr>"_s.arg(
                 esc(RecordingReport::tr("Statement")), esc(RecordingReport::tr("Calls")),
                 esc(RecordingReport::tr("Total time")), esc(RecordingReport::tr("% of time")),
                 esc(RecordingReport::tr("Mean")));
        for (const SlowStatement &s : top.mid(0, TopStatements)) {
            const QString text = s.query.isEmpty() ? RecordingReport::tr("(text left out)")
                                                   : s.query.simplified().left(240);
            h += u"<tr><td><code>%1</code></td><td class='num' align='right'>%2</td>"
                 "<td class='num' align='right'>%3</td><td class='num' align='right'>%4</td>"
                 "<td class='num %5' align='right'>%6</td></tr>"_s.arg(
                     esc(text), esc(DisplayFormat::count(qint64(s.calls))),
                     esc(DisplayFormat::duration(s.totalMs)),
                     esc(DisplayFormat::number(s.share * 100.0) + u" %"_s),
                     s.slow ? u"crit"_s : QString(), esc(DisplayFormat::duration(s.meanMs)));
        }
        h += u"</table>"_s;
    }
    return h;
}

QString blockersHtml(const Recording &r, qint64 fromMs, qint64 toMs)
{
    const QList<RecordingReport::Blocker> blockers = RecordingReport::blockers(r, fromMs, toMs);
    if (blockers.isEmpty())
        return u"<p class='sub'>%1</p>"_s.arg(
            esc(RecordingReport::tr("No session held another waiting in the sessions read "
                                    "(every 5 s).")));
    QString h =
        u"<table class='t' cellspacing='0'><tr><th>%1</th><th>%2</th><th>%3</th>"
        "<th>%4</th><th>%5</th><th>%6</th></tr>"_s.arg(
            esc(RecordingReport::tr("Server")), esc(RecordingReport::tr("PID")),
            esc(RecordingReport::tr("User, state")), esc(RecordingReport::tr("Seen blocking")),
            esc(RecordingReport::tr("Most waiting")), esc(RecordingReport::tr("Its query")));
    for (const RecordingReport::Blocker &b : blockers) {
        h +=
            u"<tr><td>%1</td><td class='num'>%2</td><td>%3</td><td>%4</td>"
            "<td class='num crit'>%5</td><td><code>%6</code></td></tr>"_s.arg(
                esc(targetName(r, b.targetId)), QString::number(b.pid),
                esc(b.user + u", "_s + b.state),
                esc(b.first == b.last ? clock(b.first) : clock(b.first) + u" → "_s + clock(b.last)),
                QString::number(b.mostWaiting),
                esc(b.query.isEmpty() ? RecordingReport::tr("(text left out)")
                                      : b.query.simplified().left(240)));
    }
    return h + u"</table>"_s;
}

QString eventsHtml(const Recording &r, qint64 fromMs, qint64 toMs)
{
    QList<TimelineEvent> events;
    for (const TimelineEvent &e : r.events) {
        if (inRange(e.at, fromMs, toMs))
            events << e;
    }
    for (const RecordingNote &n : r.notes) {
        if (inRange(n.at, fromMs, toMs))
            events << RecordingReplay::noteEvent(n, r.targets);
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) { return a.at < b.at; });
    if (events.isEmpty())
        return u"<p class='sub'>%1</p>"_s.arg(esc(RecordingReport::tr("No alert, event or note.")));
    QString h = u"<table class='t' cellspacing='0'><tr><th>%1</th><th>%2</th><th>%3</th>"
                "<th>%4</th></tr>"_s.arg(
                    esc(RecordingReport::tr("Time")), esc(RecordingReport::tr("Server")),
                    esc(RecordingReport::tr("Event")), esc(RecordingReport::tr("What happened")));
    for (const TimelineEvent &e : std::as_const(events)) {
        const QString cls = e.kind == TimelineEvent::Kind::Note               ? u"note"_s
                            : e.severity == TimelineEvent::Severity::Critical ? u"crit"_s
                            : e.severity == TimelineEvent::Severity::Warning  ? u"warn"_s
                                                                              : QString();
        h += u"<tr><td>%1</td><td>%2</td><td class='%3'>%4</td><td class='%3'>%5</td></tr>"_s.arg(
            esc(clock(e.at)), esc(e.targetName), cls, esc(timelineKindName(e.kind)), esc(e.text));
    }
    return h + u"</table>"_s;
}

QString slowLogHtml(const Recording &r, qint64 fromMs, qint64 toMs)
{
    // Each entry once (a reading holds the whole log), longest first.
    QHash<QString, std::pair<QString, RedisSlowLogEntry>> entries;
    for (const auto &read : r.slowLogs) {
        for (const RedisSlowLogEntry &e : read.value.entries) {
            if (inRange(e.at, fromMs, toMs))
                entries.insert(read.targetId + u'/' + QString::number(e.id), {read.targetId, e});
        }
    }
    if (entries.isEmpty())
        return {};
    QList<std::pair<QString, RedisSlowLogEntry>> list = entries.values();
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        return a.second.durationUs > b.second.durationUs;
    });
    QString h = u"<h2>%1</h2><table class='t' cellspacing='0'><tr><th>%2</th><th>%3</th>"
                "<th>%4</th><th>%5</th></tr>"_s.arg(
                    esc(RecordingReport::tr("Redis slow log")), esc(RecordingReport::tr("Time")),
                    esc(RecordingReport::tr("Server")), esc(RecordingReport::tr("Duration")),
                    esc(RecordingReport::tr("Command")));
    for (const auto &[target, e] : list.mid(0, 20)) {
        h +=
            u"<tr><td>%1</td><td>%2</td><td class='num'>%3</td><td><code>%4</code></td></tr>"_s.arg(
                esc(clock(e.at)), esc(targetName(r, target)),
                esc(DisplayFormat::duration(double(e.durationUs) / 1000.0)), esc(e.commandText()));
    }
    return h + u"</table>"_s;
}

} // namespace

StatementWindowResult RecordingReport::topStatements(const Recording &r, const QString &targetId,
                                                     qint64 fromMs, qint64 toMs)
{
    const auto [from, to] = rangeOf(r, fromMs, toMs);
    StatementHistory history;
    for (const auto &reading : r.statements) {
        if (reading.targetId == targetId && reading.value.takenAt.toMSecsSinceEpoch() <= to)
            history.add(reading.value);
    }
    return StatementWindow::compute(
        history,
        StatementWindowSpec::between(QDateTime::fromMSecsSinceEpoch(from, Qt::UTC),
                                     QDateTime::fromMSecsSinceEpoch(to, Qt::UTC)),
        100);
}

QList<RecordingReport::Blocker> RecordingReport::blockers(const Recording &r, qint64 fromMs,
                                                          qint64 toMs)
{
    const auto [from, to] = rangeOf(r, fromMs, toMs);
    QHash<QString, Blocker> found; // "target/pid"
    QList<QString> order;
    for (const auto &reading : r.sessions) {
        if (!inRange(reading.value.takenAt, from, to))
            continue;
        QHash<int, int> waiting;
        for (const SessionInfo &s : reading.value.sessions) {
            for (int pid : s.blockedBy)
                ++waiting[pid];
        }
        for (const SessionInfo &s : reading.value.sessions) {
            const int n = waiting.value(s.pid);
            if (n == 0)
                continue;
            const QString key = reading.targetId + u'/' + QString::number(s.pid);
            if (!found.contains(key)) {
                order << key;
                found.insert(key, {reading.targetId, s.pid, s.user, s.state, s.query,
                                   reading.value.takenAt, reading.value.takenAt, n});
            }
            Blocker &b = found[key];
            b.last = reading.value.takenAt;
            b.state = s.state;
            if (!s.query.isEmpty())
                b.query = s.query;
            b.mostWaiting = std::max(b.mostWaiting, n);
        }
    }
    QList<Blocker> out;
    for (const QString &key : std::as_const(order))
        out << found.value(key);
    std::stable_sort(out.begin(), out.end(), [](const Blocker &a, const Blocker &b) {
        return a.mostWaiting > b.mostWaiting;
    });
    return out;
}

QMap<QString, QImage> RecordingReport::charts(const Recording &r, qint64 fromMs, qint64 toMs)
{
    const auto [from, to] = rangeOf(r, fromMs, toMs);
    QMap<QString, QImage> images;
    const std::pair<ChartGroup, QString> groups[] = {{ChartGroup::Latency, u"latency.png"_s},
                                                     {ChartGroup::Throughput, u"throughput.png"_s},
                                                     {ChartGroup::HitRate, u"hitrate.png"_s},
                                                     {ChartGroup::PoolUse, u"pooluse.png"_s}};
    for (const auto &[group, name] : groups) {
        const BenchmarkChartPainter::Chart chart = chartOf(r, group, from, to);
        if (!chart.series.isEmpty())
            images.insert(name, BenchmarkChartPainter::render(chart, QSize(1000, 300)));
    }
    return images;
}

QString RecordingReport::html(const Recording &r, qint64 fromMs, qint64 toMs,
                              const QMap<QString, QImage> &images, bool embed)
{
    const auto [from, to] = rangeOf(r, fromMs, toMs);
    const QDateTime fromAt = QDateTime::fromMSecsSinceEpoch(from);
    const QDateTime toAt = QDateTime::fromMSecsSinceEpoch(to);
    QStringList names;
    for (const RecordedTarget &t : r.targets)
        names << (t.serverVersion.isEmpty() ? t.name : t.name + u" (" + t.serverVersion + u')');
    QString h = u"<!DOCTYPE html><html><head><meta charset='utf-8'><title>%1</title>%2</head>"
                "<body>"_s.arg(esc(tr("Sonde recording report")), Style);
    h += u"<h1>%1</h1>"_s.arg(
        esc(tr("Recording: %1 → %2").arg(DisplayFormat::dateTime(fromAt), clock(toAt))));
    h += u"<div class='sub'>%1</div>"_s.arg(
        esc(tr("%1 · %n minute(s) · recorded by Sonde %2, report made by Sonde %3", nullptr,
               int((to - from + 30'000) / 60'000))
                .arg(names.join(u", "_s), r.sondeVersion, QStringLiteral(SONDE_VERSION))));
    if (!r.statementTexts)
        h += u"<div class='sub'>%1</div>"_s.arg(esc(tr("Statement texts were left out.")));

    QString notes;
    for (const RecordingNote &n : r.notes) {
        if (inRange(n.at, from, to))
            notes += u"<li><b>%1</b> %2</li>"_s.arg(esc(clock(n.at)), esc(n.text));
    }
    if (!notes.isEmpty())
        h += u"<h2>%1</h2><ul>%2</ul>"_s.arg(esc(tr("Notes")), notes);

    h += u"<h2>%1</h2>"_s.arg(esc(tr("What the dashboard showed")));
    // Two charts a row: the four of the dashboard on one page.
    h += u"<table cellspacing='0' cellpadding='4'><tr>"_s;
    int shown = 0;
    for (const QString &name :
         {u"latency.png"_s, u"throughput.png"_s, u"hitrate.png"_s, u"pooluse.png"_s}) {
        if (!images.contains(name))
            continue;
        if (shown > 0 && shown % 2 == 0)
            h += u"</tr><tr>"_s;
        h += u"<td><img width='%1' src='%2'></td>"_s.arg(embed ? 620 : 470)
                 .arg(ReportFiles::imageSrc(images, name, embed));
        ++shown;
    }
    h += u"</tr></table>"_s;
    h += u"<h2>%1</h2>"_s.arg(esc(tr("Alerts, events and notes")));
    h += eventsHtml(r, from, to);
    h += u"<h2 style='page-break-before:always'>%1</h2>"_s.arg(esc(tr("Top statements by time")));
    h += statementsHtml(r, from, to);
    h += u"<h2>%1</h2>"_s.arg(esc(tr("Sessions that blocked others")));
    h += blockersHtml(r, from, to);
    h += slowLogHtml(r, from, to);
    QString plans;
    for (const auto &p : r.plans) {
        if (inRange(p.value.at, from, to))
            plans += u"<tr><td>%1</td><td>%2</td><td>%3</td><td><code>%4</code></td></tr>"_s.arg(
                esc(clock(p.value.at)), esc(targetName(r, p.targetId)), esc(p.value.caption),
                esc(p.value.sql.simplified().left(240)));
    }
    if (!plans.isEmpty()) {
        h += u"<h2>%1</h2><table class='t' cellspacing='0'><tr><th>%2</th><th>%3</th><th>%4</th>"
             "<th>%5</th></tr>%6</table>"_s.arg(esc(tr("Plans looked at")), esc(tr("Time")),
                                                esc(tr("Server")), esc(tr("Plan")),
                                                esc(tr("Statement")), plans);
    }
    h += u"</body></html>"_s;
    return h;
}

bool RecordingReport::writeHtml(const Recording &r, qint64 fromMs, qint64 toMs, const QString &path,
                                QString *error)
{
    return ReportFiles::writeHtml(html(r, fromMs, toMs, charts(r, fromMs, toMs), true), path,
                                  error);
}

bool RecordingReport::writePdf(const Recording &r, qint64 fromMs, qint64 toMs, const QString &path,
                               QString *error)
{
    const QMap<QString, QImage> images = charts(r, fromMs, toMs);
    return ReportFiles::writePdf([&](bool embed) { return html(r, fromMs, toMs, images, embed); },
                                 images, tr("Sonde recording report"), 10, path, error);
}

} // namespace sonde
