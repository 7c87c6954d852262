#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QMap>
#include <QString>

#include <functional>

namespace sonde {

// What the reports (benchmark comparison, recording) share: their charts as image sources,
// and the HTML and PDF files written from their HTML. Needs a QGuiApplication (fonts).
class ReportFiles
{
    Q_DECLARE_TR_FUNCTIONS(ReportFiles)
public:
    // `name` itself (a QTextDocument resource) or, `embed`, a PNG data: URI of the image.
    static QString imageSrc(const QMap<QString, QImage> &images, const QString &name, bool embed);
    // The report's HTML (images embedded), written atomically.
    static bool writeHtml(const QString &html, const QString &path, QString *error);
    // A4 landscape, `html(false)` laid out with `images` as resources.
    static bool writePdf(const std::function<QString(bool embed)> &html,
                         const QMap<QString, QImage> &images, const QString &title,
                         double pointSize, const QString &path, QString *error);
};

} // namespace sonde
