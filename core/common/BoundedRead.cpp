#include "BoundedRead.h"

#include <QFile>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sonde {

QString BoundedRead::capText(qint64 cap)
{
    return QLocale::c().formattedDataSize(cap, 0, QLocale::DataSizeIecFormat);
}

bool BoundedRead::readFile(const QString &path, qint64 cap, QByteArray *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    return readFile(f, cap, path, out, error);
}

bool BoundedRead::readFile(QFile &device, qint64 cap, const QString &what, QByteArray *out,
                           QString *error)
{
    out->clear();
    // A regular file says its size: refuse before reading anything.
    if (!device.isSequential() && device.size() > cap) {
        *error = tr("%1 is larger than the %2 Sonde reads from one input (%3 bytes).")
                     .arg(what, capText(cap))
                     .arg(device.size());
        return false;
    }
    constexpr qint64 Chunk = 1024 * 1024;
    while (true) {
        const QByteArray part = device.read(std::min(Chunk, cap + 1 - out->size()));
        if (part.isEmpty()) {
            // A read blocks until data arrives: nothing means the end, or an error.
            if (device.error() != QFileDevice::NoError) {
                *error = tr("Cannot read %1: %2").arg(what, device.errorString());
                return false;
            }
            return true;
        }
        out->append(part);
        if (out->size() > cap) {
            out->clear();
            *error = tr("%1 is larger than the %2 Sonde reads from one input: nothing was read.")
                         .arg(what, capText(cap));
            return false;
        }
    }
}

bool BoundedRead::readStdin(qint64 cap, QByteArray *out, QString *error)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        *error = tr("Cannot read standard input: %1").arg(in.errorString());
        return false;
    }
    return readFile(in, cap, tr("Standard input"), out, error);
}

bool BoundedRead::readLine(std::FILE *stream, QByteArray *line, QString *error)
{
    line->clear();
    error->clear();
    int c = 0;
    while ((c = std::fgetc(stream)) != EOF) {
        if (c == '\n')
            break;
        if (line->size() >= LineCap) {
            line->clear();
            *error = tr("The line read from standard input is longer than %1 bytes.").arg(LineCap);
            return false;
        }
        line->append(char(c));
    }
    if (line->endsWith('\r'))
        line->chop(1);
    return c != EOF || !line->isEmpty();
}

} // namespace sonde
