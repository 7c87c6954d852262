#include "ReportFiles.h"

#include <QBuffer>
#include <QFile>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace sonde {

QString ReportFiles::imageSrc(const QMap<QString, QImage> &images, const QString &name, bool embed)
{
    if (!embed)
        return name;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    images.value(name).save(&buffer, "PNG");
    return u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64());
}

bool ReportFiles::writeHtml(const QString &html, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(html.toUtf8());
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ReportFiles::writePdf(const std::function<QString(bool)> &html,
                           const QMap<QString, QImage> &images, const QString &title,
                           double pointSize, const QString &path, QString *error)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, probe.errorString());
        return false;
    }
    probe.close();
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(u"Sonde"_s);
    writer.setResolution(150);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    QTextDocument doc;
    for (auto it = images.begin(); it != images.end(); ++it)
        doc.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(pointSize);
    doc.setDefaultFont(font);
    doc.setHtml(html(false));
    doc.print(&writer);
    if (QFile(path).size() == 0) {
        *error = tr("The PDF %1 could not be written.").arg(path);
        return false;
    }
    return true;
}

} // namespace sonde
