#include "TimeSeriesChart.h"

#include "RoundAxis.h"
#include "TimeSeriesChartView.h"
#include "monitoring/MetricStore.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QPolygonF>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

QString styleSample(Qt::PenStyle style)
{
    switch (style) {
    case Qt::DashLine:
        return u"╍╍"_s;
    case Qt::DotLine:
        return u"┅┅"_s;
    case Qt::DashDotLine:
        return u"━┅"_s;
    default:
        return u"━━"_s;
    }
}

} // namespace

TimeSeriesChart::TimeSeriesChart(ChartGroup group, const MetricStore *store, QWidget *parent)
    : QWidget(parent)
    , m_group(group)
    , m_store(store)
    , m_header(new QLabel(this))
    , m_chart(new QChart)
    , m_view(new TimeSeriesChartView(m_chart, this))
    , m_time(new QDateTimeAxis)
    , m_values(new QValueAxis)
    , m_secondary(new QValueAxis)
    , m_anchor(new QLineSeries)
{
    setObjectName(u"chart-"_s + MetricCatalog::chartTitle(group));
    m_header->setObjectName(u"chartHeader"_s);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setContentsMargins(TimeSeriesChartView::LeftMargin - 56, 2, 4, 0);
    m_view->setAccessibleName(MetricCatalog::chartTitle(group));
    m_time->setFormat(u"HH:mm:ss"_s);
    m_time->setTickCount(7);
    m_values->setLabelFormat(u"%.4g"_s);
    m_values->setTickCount(5);
    m_secondary->setLabelFormat(u"%d"_s);
    m_secondary->setTickCount(5);
    // The plot area is fixed (aligned with the other charts): labels are drawn whole in the
    // margins rather than elided to "…".
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_time), static_cast<QAbstractAxis *>(m_values),
          static_cast<QAbstractAxis *>(m_secondary)})
        axis->setTruncateLabels(false);
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_values, Qt::AlignLeft);
    m_chart->addAxis(m_secondary, Qt::AlignRight);
    m_secondary->setVisible(false);
    m_chart->addSeries(m_anchor);
    m_anchor->attachAxis(m_time);
    m_anchor->attachAxis(m_values);
    m_view->setAnchor(m_anchor);
    m_view->setAxes(m_time, m_values, m_secondary);
    if (group == ChartGroup::HitRate || group == ChartGroup::PoolUse)
        m_values->setRange(0, 100);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);

    connect(m_view, &TimeSeriesChartView::hovered, this, &TimeSeriesChart::hovered);
    connect(m_view, &TimeSeriesChartView::hoverEnded, this, &TimeSeriesChart::hoverEnded);
    connect(m_view, &TimeSeriesChartView::editThresholdsRequested, this,
            &TimeSeriesChart::editThresholdsRequested);
    connect(m_view, &TimeSeriesChartView::noteRequested, this, &TimeSeriesChart::noteRequested);
    updateHeader();
}

void TimeSeriesChart::setLines(const QList<ChartLine> &lines)
{
    bool same = lines.size() == m_lines.size();
    for (qsizetype i = 0; same && i < lines.size(); ++i)
        same = lines.at(i).targetId == m_lines.at(i).targetId &&
               lines.at(i).metric == m_lines.at(i).metric &&
               lines.at(i).label == m_lines.at(i).label;
    if (same)
        return;
    m_lines = lines;
    // What each line counts, where the header has room only for its name.
    QStringList help;
    for (const ChartLine &line : std::as_const(m_lines))
        help << u"<b>%1</b>: %2"_s.arg(line.label.toHtmlEscaped(),
                                       MetricCatalog::info(line.metric).help.toHtmlEscaped());
    m_header->setToolTip(help.join(u"<br>"_s));
    rebuild();
    refresh();
}

void TimeSeriesChart::rebuild()
{
    m_segments.clear();
    m_segments.resize(m_lines.size());
    bool secondary = false;
    for (const ChartLine &l : std::as_const(m_lines))
        secondary = secondary || l.secondaryAxis;
    m_secondary->setVisible(secondary);
    m_view->setLineData(m_lines, m_segments);
}

void TimeSeriesChart::setTimeRange(qint64 fromMs, qint64 toMs)
{
    m_fromMs = fromMs;
    m_toMs = toMs;
    m_time->setFormat(toMs - fromMs > 20 * 60 * 1000 ? u"HH:mm"_s : u"HH:mm:ss"_s);
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    refresh();
}

void TimeSeriesChart::refresh()
{
    if (m_toMs <= m_fromMs)
        return;
    // About one point per two pixels is all a line can show.
    const int maxPoints = qMax(50, int(m_chart->plotArea().width() / 2));
    double highest = 0;
    double highestSecondary = 0;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const ChartLine &line = m_lines.at(i);
        QList<QPolygonF> &segments = m_segments[i];
        segments.clear();
        segments.append(QPolygonF());
        if (const MetricSeries *series = m_store->series(line.targetId, line.metric)) {
            for (const SeriesPoint &p : series->points(m_fromMs, m_toMs, maxPoints)) {
                if (p.isGap()) {
                    if (!segments.last().isEmpty())
                        segments.append(QPolygonF());
                    continue;
                }
                segments.last().append(QPointF(double(p.ms), p.value));
                if (p.ms >= m_fromMs)
                    (line.secondaryAxis ? highestSecondary : highest) =
                        qMax(line.secondaryAxis ? highestSecondary : highest, p.max);
            }
        }
        if (segments.last().isEmpty())
            segments.removeLast();
    }
    if (m_group != ChartGroup::HitRate && m_group != ChartGroup::PoolUse)
        setRoundRange(m_values, highest * 1.15);
    setRoundRange(m_secondary, qMax(4.0, highestSecondary * 1.15));
    updateHeader();
    m_view->setLineData(m_lines, m_segments);
}

void TimeSeriesChart::refreshHeader()
{
    updateHeader();
}

int TimeSeriesChart::plotWidth() const
{
    return qMax(1, int(m_chart->plotArea().width()));
}

void TimeSeriesChart::setThreshold(const Threshold &threshold)
{
    m_threshold = threshold;
    m_view->setThreshold(threshold, MetricCatalog::chartUnit(m_group));
    updateHeader();
}

void TimeSeriesChart::setCursorMs(qint64 ms)
{
    m_cursorMs = ms;
    m_view->setCursorMs(ms);
    updateHeader();
}

void TimeSeriesChart::setEvents(const QList<TimelineEvent> &events)
{
    m_view->setMarkers(events);
}

void TimeSeriesChart::setNoteOptions(bool editable, bool showTexts)
{
    m_view->setNoteOptions(editable, showTexts);
}

void TimeSeriesChart::setShowTimeLabels(bool show)
{
    m_view->setShowTimeLabels(show);
}

double TimeSeriesChart::valueFor(const ChartLine &line) const
{
    const MetricSeries *series = m_store->series(line.targetId, line.metric);
    if (!series)
        return std::nan("");
    if (m_cursorMs < 0)
        return series->lastValue();
    // Within about two sampling intervals of the hovered instant.
    const auto v = series->valueAt(m_cursorMs, qMax<qint64>(2500, (m_toMs - m_fromMs) / 300));
    return v ? *v : std::nan("");
}

void TimeSeriesChart::updateHeader()
{
    QString html = u"<b>%1</b> (%2)"_s.arg(MetricCatalog::chartTitle(m_group).toHtmlEscaped(),
                                           MetricCatalog::chartUnit(m_group).toHtmlEscaped());
    if (m_cursorMs >= 0)
        html +=
            u" &nbsp;<span>"_s +
            tr("at %1").arg(QDateTime::fromMSecsSinceEpoch(m_cursorMs).toString(u"HH:mm:ss"_s)) +
            u"</span>"_s;
    for (const ChartLine &line : std::as_const(m_lines)) {
        const QString label =
            line.secondaryAxis ? tr("%1 (right axis)").arg(line.label) : line.label;
        html += u" &nbsp;&nbsp;<span style=\"color:%1\">%2</span>&nbsp;%3: <b>%4</b>"_s.arg(
            line.color.name(), styleSample(line.style), label.toHtmlEscaped(),
            MetricCatalog::format(line.metric, valueFor(line)).toHtmlEscaped());
    }
    if (m_lines.isEmpty())
        html += u" &nbsp;<i>"_s + tr("no target of this kind").toHtmlEscaped() + u"</i>"_s;
    m_header->setText(html);
}

QString TimeSeriesChart::headerText() const
{
    QString text = m_header->text();
    text.remove(QRegularExpression(u"<[^>]*>"_s));
    text.replace(u"&nbsp;"_s, u" "_s);
    return text.simplified();
}

int TimeSeriesChart::drawnPoints(int line) const
{
    int n = 0;
    for (const QPolygonF &segment : m_segments.value(line))
        n += int(segment.size());
    return n;
}

int TimeSeriesChart::drawnSegments(int line) const
{
    return int(m_segments.value(line).size());
}

double TimeSeriesChart::axisMax() const
{
    return m_values->max();
}

} // namespace sonde
