#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QMap>
#include <QString>

namespace sonde {

struct BenchmarkResult;

// The before/after report: headline gains, every figure with its improvement, charts
// (latency CDF, throughput and p99 over time) as images, both configurations, the DDL
// applied between the runs, the server versions and the replayed statements' plans.
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
    static QMap<QString, QImage> charts(const BenchmarkResult &before,
                                        const BenchmarkResult &after);

    static bool writeHtml(const BenchmarkResult &before, const BenchmarkResult &after,
                          const QString &path, QString *error);
    static bool writePdf(const BenchmarkResult &before, const BenchmarkResult &after,
                         const QString &path, QString *error);
};

} // namespace sonde
