#include "BenchmarkChartPainter.h"

#include "common/RoundScale.h"

#include "bench/BenchmarkComparison.h"
#include "bench/BenchmarkResult.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

QString tickLabel(double v)
{
    if (v == 0)
        return u"0"_s;
    const double a = std::fabs(v);
    if (a >= 1e6)
        return QString::number(v / 1e6, 'g', 3) + u"M"_s;
    if (a >= 1e4)
        return QString::number(v / 1e3, 'g', 3) + u"k"_s;
    if (a >= 1)
        return QString::number(v, 'g', 4);
    return QString::number(v, 'g', 2);
}

QString runName(const BenchmarkResult &r, const QString &fallback)
{
    return r.config.name.isEmpty() ? fallback + u" (#"_s + QString::number(r.id) + u')'
                                   : r.config.name;
}

} // namespace

void BenchmarkChartPainter::paint(QPainter &p, const QRectF &rect, const Chart &chart)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect, Qt::white);
    QFont base = p.font();
    base.setPointSizeF(11);
    QFont titleFont = base;
    titleFont.setPointSizeF(14);
    titleFont.setBold(true);
    const QFontMetricsF fm(base);
    const QFontMetricsF tfm(titleFont);

    // Data range.
    double x0 = 0, x1 = 0, y0 = chart.yMin, y1 = chart.yMax;
    bool first = true;
    double dataYMax = 0;
    for (const Series &s : chart.series) {
        for (const QPointF &pt : s.points) {
            if (chart.logX && pt.x() <= 0)
                continue;
            const double x = chart.logX ? std::log10(pt.x()) : pt.x();
            if (first) {
                x0 = x1 = x;
                first = false;
            }
            x0 = std::min(x0, x);
            x1 = std::max(x1, x);
            dataYMax = std::max(dataYMax, pt.y());
        }
    }
    if (chart.logX) {
        x0 = std::floor(x0);
        x1 = std::ceil(x1);
    }
    if (x1 <= x0)
        x1 = x0 + 1;
    if (y1 < y0)
        y1 = dataYMax > 0 ? dataYMax * 1.1 : 1;
    const QList<double> yTicks = RoundScale::ticks(y0, y1);
    if (!yTicks.isEmpty())
        y1 = std::max(y1, yTicks.last());

    QList<double> xTicks;
    if (chart.logX) {
        for (double e = x0; e <= x1 + 1e-9; e += 1)
            xTicks << std::pow(10.0, e);
    } else {
        xTicks = RoundScale::ticks(x0, x1);
    }

    // Layout. The last x label is centred on the right edge of the plot: leave room for
    // its right half.
    double yLabelWidth = 0;
    for (double t : yTicks)
        yLabelWidth = std::max(yLabelWidth, fm.horizontalAdvance(tickLabel(t)));
    const double rightMargin = std::max(
        16.0, xTicks.isEmpty() ? 0.0 : fm.horizontalAdvance(tickLabel(xTicks.last())) / 2 + 6);
    const double titleH = chart.title.isEmpty() ? 0 : tfm.height() + 8;
    const double legendH = fm.height() + 10;
    const QRectF plot(rect.left() + yLabelWidth + fm.height() + 18, rect.top() + titleH + legendH,
                      rect.width() - yLabelWidth - fm.height() - 18 - rightMargin,
                      rect.height() - titleH - legendH - 2 * fm.height() - 16);
    auto mapX = [&](double x) {
        const double v = chart.logX ? std::log10(std::max(x, 1e-9)) : x;
        return plot.left() + (v - x0) / (x1 - x0) * plot.width();
    };
    auto mapY = [&](double y) {
        return plot.bottom() - (y - y0) / (y1 - y0) * plot.height();
    };

    p.setFont(titleFont);
    p.setPen(QColor(0x20, 0x24, 0x2a));
    p.drawText(QRectF(rect.left() + 8, rect.top() + 4, rect.width() - 16, tfm.height()),
               Qt::AlignLeft | Qt::AlignVCenter, chart.title);
    p.setFont(base);

    // Legend.
    double lx = plot.left();
    const double ly = rect.top() + titleH + 4;
    for (const Series &s : chart.series) {
        QPen pen(s.color, 3);
        if (s.dashed)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.drawLine(QPointF(lx, ly + fm.height() / 2), QPointF(lx + 26, ly + fm.height() / 2));
        p.setPen(QColor(0x20, 0x24, 0x2a));
        p.drawText(QPointF(lx + 32, ly + fm.ascent()), s.name);
        lx += 32 + fm.horizontalAdvance(s.name) + 28;
    }

    // Grid and ticks.
    p.setPen(QPen(QColor(0xe3, 0xe6, 0xea), 1));
    for (double t : yTicks) {
        const double y = mapY(t);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
    for (double t : xTicks) {
        const double x = mapX(t);
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    p.setPen(QPen(QColor(0x60, 0x66, 0x70), 1.5));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    p.setPen(QColor(0x40, 0x46, 0x50));
    for (double t : yTicks) {
        const double y = mapY(t);
        p.drawText(
            QRectF(rect.left(), y - fm.height() / 2, plot.left() - rect.left() - 6, fm.height()),
            Qt::AlignRight | Qt::AlignVCenter, tickLabel(t));
    }
    for (double t : xTicks) {
        const double x = mapX(t);
        p.drawText(QRectF(x - 50, plot.bottom() + 4, 100, fm.height()), Qt::AlignCenter,
                   tickLabel(t));
    }
    p.drawText(QRectF(plot.left(), plot.bottom() + fm.height() + 6, plot.width(), fm.height()),
               Qt::AlignCenter, chart.xLabel);
    p.save();
    p.translate(rect.left() + fm.height() / 2 + 2, plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, -fm.height() / 2, plot.height(), fm.height()),
               Qt::AlignCenter, chart.yLabel);
    p.restore();

    // Lines.
    p.setClipRect(plot.adjusted(-2, -2, 2, 2));
    for (const Series &s : chart.series) {
        QPainterPath path;
        bool started = false;
        for (const QPointF &pt : s.points) {
            if (chart.logX && pt.x() <= 0)
                continue;
            const QPointF q(mapX(pt.x()), mapY(pt.y()));
            if (!started) {
                path.moveTo(q);
                started = true;
            } else {
                path.lineTo(q);
            }
        }
        QPen pen(s.color, 3.5);
        pen.setJoinStyle(Qt::RoundJoin);
        if (s.dashed)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
    p.restore();
}

QImage BenchmarkChartPainter::render(const Chart &chart, const QSize &size, qreal scale)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter p(&image);
    paint(p, QRectF(QPointF(0, 0), QSizeF(size)), chart);
    p.end();
    return image;
}

BenchmarkChartPainter::Chart BenchmarkChartPainter::latencyCdf(const BenchmarkResult &before,
                                                               const BenchmarkResult &after)
{
    Chart c;
    c.title = tr("Latency distribution (CDF)");
    c.xLabel = tr("latency (ms, log scale)");
    c.yLabel = tr("% of transactions");
    c.logX = true;
    c.yMin = 0;
    c.yMax = 100;
    const BenchmarkResult *runs[] = {&before, &after};
    for (int i = 0; i < 2; ++i) {
        Series s;
        s.name = runName(*runs[i], i == 0 ? tr("before") : tr("after"));
        s.color = i == 0 ? beforeColor() : afterColor();
        for (const auto &[ms, share] : BenchmarkComparison::cdf(runs[i]->latency))
            s.points << QPointF(ms, share * 100);
        c.series << s;
    }
    return c;
}

BenchmarkChartPainter::Chart
BenchmarkChartPainter::overTime(const BenchmarkResult &before, const BenchmarkResult &after,
                                const QString &title, const QString &yLabel,
                                double (*value)(const BenchmarkProgress &))
{
    Chart c;
    c.title = title;
    c.xLabel = tr("seconds since start");
    c.yLabel = yLabel;
    const BenchmarkResult *runs[] = {&before, &after};
    for (int i = 0; i < 2; ++i) {
        Series s;
        s.name = runName(*runs[i], i == 0 ? tr("before") : tr("after"));
        s.color = i == 0 ? beforeColor() : afterColor();
        for (const BenchmarkProgress &p : runs[i]->progress)
            s.points << QPointF(p.second, value(p));
        c.series << s;
    }
    return c;
}

BenchmarkChartPainter::Chart
BenchmarkChartPainter::throughputOverTime(const BenchmarkResult &before,
                                          const BenchmarkResult &after)
{
    return overTime(before, after, tr("Throughput per second"), tr("transactions/s"),
                    [](const BenchmarkProgress &p) { return p.throughput; });
}

BenchmarkChartPainter::Chart BenchmarkChartPainter::p99OverTime(const BenchmarkResult &before,
                                                                const BenchmarkResult &after)
{
    return overTime(before, after, tr("Latency p99 per second"), tr("ms"),
                    [](const BenchmarkProgress &p) { return p.p99Ms; });
}

} // namespace sonde
