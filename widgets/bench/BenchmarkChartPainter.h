#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

class QPainter;

namespace sonde {

struct BenchmarkProgress;
struct BenchmarkResult;

// Line charts for benchmark results drawn with plain QPainter, so the same picture serves
// the comparison page, the HTML report (PNG) and the PDF — also from `sonde-cli`, which has
// no widgets. Large fonts and thick lines: made to be read on a projector.
class BenchmarkChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(BenchmarkChartPainter)
public:
    struct Series
    {
        QString name;
        QColor color;
        QList<QPointF> points;
        bool dashed = false;
    };
    struct Chart
    {
        QString title;
        QString xLabel;
        QString yLabel;
        bool logX = false;
        double yMin = 0;
        double yMax = -1; // < yMin: from the data
        QList<Series> series;
    };

    static void paint(QPainter &painter, const QRectF &rect, const Chart &chart);
    static QImage render(const Chart &chart, const QSize &size, qreal scale = 2.0);

    // Ready-made charts of two runs (before, after).
    static Chart latencyCdf(const BenchmarkResult &before, const BenchmarkResult &after);
    static Chart throughputOverTime(const BenchmarkResult &before, const BenchmarkResult &after);
    static Chart p99OverTime(const BenchmarkResult &before, const BenchmarkResult &after);

private:
    static Chart overTime(const BenchmarkResult &before, const BenchmarkResult &after,
                          const QString &title, const QString &yLabel,
                          double (*value)(const BenchmarkProgress &));

public:
    static QColor beforeColor() { return QColor(0x8a, 0x8f, 0x98); }
    static QColor afterColor() { return QColor(0x1f, 0x6f, 0xeb); }
};

} // namespace sonde
