#include "MachineFacts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

qint64 localRamBytes()
{
    QFile f(u"/proc/meminfo"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression total(u"^MemTotal:\\s+(\\d+)\\s*kB"_s,
                                          QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = total.match(QString::fromLatin1(f.readAll()));
    return m.hasMatch() ? m.captured(1).toLongLong() * 1024 : 0;
}

// /sys/dev/block/MAJ:MIN/queue/rotational of the device holding `path` (or its parent
// disk for a partition).
MachineFacts::Storage localStorage(const QString &path)
{
    struct stat st = {};
    const QString existing = path.isEmpty() ? QDir::tempPath() : path;
    if (::stat(QFile::encodeName(existing).constData(), &st) != 0)
        return MachineFacts::Storage::Unknown;
    const QString dev = u"/sys/dev/block/%1:%2"_s.arg(major(st.st_dev)).arg(minor(st.st_dev));
    const QStringList candidates{dev + u"/queue/rotational"_s, dev + u"/../queue/rotational"_s};
    for (const QString &candidate : candidates) {
        QFile f(candidate);
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray v = f.readAll().trimmed();
            return v == "0" ? MachineFacts::Storage::Ssd : MachineFacts::Storage::Hdd;
        }
    }
    return MachineFacts::Storage::Unknown;
}

} // namespace

void MachineFacts::complete(const MachineFacts &other)
{
    if (!knowsRam() && other.knowsRam()) {
        ramBytes = other.ramBytes;
        ramSource = other.ramSource;
    }
    if (!knowsCores() && other.knowsCores()) {
        cores = other.cores;
        coresSource = other.coresSource;
    }
    if (storage == Storage::Unknown && other.storage != Storage::Unknown) {
        storage = other.storage;
        storageSource = other.storageSource;
    }
}

QJsonObject MachineFacts::toJson() const
{
    QJsonObject o;
    if (knowsRam())
        o[u"ram_bytes"_s] = double(ramBytes);
    if (!ramSource.isEmpty())
        o[u"ram_source"_s] = ramSource;
    if (knowsCores())
        o[u"cores"_s] = cores;
    if (!coresSource.isEmpty())
        o[u"cores_source"_s] = coresSource;
    if (storage != Storage::Unknown) {
        o[u"storage"_s] = storageKey(storage);
        o[u"storage_source"_s] = storageSource;
    }
    return o;
}

MachineFacts MachineFacts::localMachine(const QString &path)
{
    MachineFacts m;
    m.ramBytes = localRamBytes();
    m.cores = QThread::idealThreadCount();
    m.storage = localStorage(path);
    const QString here = tr("this machine (the server runs where Sonde runs)");
    m.ramSource = m.knowsRam() ? here : QString();
    m.coresSource = m.knowsCores() ? here : QString();
    m.storageSource = m.storage != Storage::Unknown ? here : QString();
    return m;
}

qint64 MachineFacts::parseSize(const QString &text)
{
    static const QRegularExpression re(u"^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([kmgt]i?b?|b)?\\s*$"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return 0;
    const double n = m.captured(1).toDouble();
    const QChar unit = m.captured(2).isEmpty() ? u'm' : m.captured(2).at(0).toLower();
    double factor = 1;
    switch (unit.toLatin1()) {
    case 'k':
        factor = 1024.0;
        break;
    case 'm':
        factor = 1024.0 * 1024;
        break;
    case 'g':
        factor = 1024.0 * 1024 * 1024;
        break;
    case 't':
        factor = 1024.0 * 1024 * 1024 * 1024;
        break;
    default:
        break;
    }
    return qint64(n * factor);
}

bool MachineFacts::parseStorage(const QString &text, Storage *storage)
{
    const QString t = text.trimmed().toLower();
    if (t == u"ssd"_s || t == u"nvme"_s)
        *storage = Storage::Ssd;
    else if (t == u"hdd"_s || t == u"disk"_s || t == u"spinning"_s)
        *storage = Storage::Hdd;
    else if (t == u"unknown"_s || t.isEmpty())
        *storage = Storage::Unknown;
    else
        return false;
    return true;
}

QString MachineFacts::storageKey(Storage storage)
{
    switch (storage) {
    case Storage::Ssd:
        return u"ssd"_s;
    case Storage::Hdd:
        return u"hdd"_s;
    case Storage::Unknown:
        break;
    }
    return u"unknown"_s;
}

} // namespace sonde
