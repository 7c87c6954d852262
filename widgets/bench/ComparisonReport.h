#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QMap>
#include <QString>

namespace sonde {

struct BenchmarkResult;
class ComparisonConfidence;

// The before/after report: headline gains, every figure with its improvement, charts
// (latency CDF, throughput and p99 over time) as images, both configurations, the DDL
// applied between the runs, the server versions, the replayed statements' plans, and how
// far the difference stands out of the runs' noise.
// HTML is self-contained (images embedded as data: URIs); the PDF is A4 landscape, large
// type, for a projector. Needs a QGuiApplication (fonts).
class ComparisonReport
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonReport)
public:
    // The report as HTML; images are referenced as `src` values from `images` keys when
    // `embed` is false (QTextDocument resources), else as data: URIs.
    static QString html(const BenchmarkResult &before, const BenchmarkResult &after,
                        const QMap<QString, QImage> &images, bool embed);
    // How far the throughput difference can be trusted: each run's variation, the
    // difference against the noise, the warnings in the warning colour (the report's and
    // the comparison page's block).
    static QString confidenceHtml(const ComparisonConfidence &confidence);
    static QMap<QString, QImage> charts(const BenchmarkResult &before,
                                        const BenchmarkResult &after);

    static bool writeHtml(const BenchmarkResult &before, const BenchmarkResult &after,
                          const QString &path, QString *error);
    static bool writePdf(const BenchmarkResult &before, const BenchmarkResult &after,
                         const QString &path, QString *error);
};

} // namespace sonde
