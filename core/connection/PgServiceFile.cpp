#include "PgServiceFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace sonde {

QStringList PgServiceFile::candidateFiles()
{
    QStringList files;
    const QString userFile = qEnvironmentVariable("PGSERVICEFILE");
    files << (userFile.isEmpty() ? QDir::homePath() + u"/.pg_service.conf"_s : userFile);
    const QString sysconf = qEnvironmentVariable("PGSYSCONFDIR", u"/etc/postgresql-common"_s);
    files << sysconf + u"/pg_service.conf"_s;
    return files;
}

QList<PgServiceFile::Service> PgServiceFile::parse(const QString &text, const QString &file)
{
    QList<Service> out;
    Service *current = nullptr;
    for (const QString &raw : text.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            out.append(Service{line.mid(1, line.size() - 2).trimmed(), file, {}});
            current = &out.last();
            continue;
        }
        const int eq = line.indexOf(u'=');
        if (!current || eq <= 0)
            continue;
        const QString key = line.left(eq).trimmed();
        if (key == u"password"_s)
            continue;
        current->settings.insert(key, line.mid(eq + 1).trimmed());
    }
    return out;
}

QList<PgServiceFile::Service> PgServiceFile::services()
{
    QList<Service> all;
    QStringList seen;
    for (const QString &path : candidateFiles()) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const Service &s : parse(QString::fromUtf8(f.readAll()), path)) {
            if (!seen.contains(s.name)) {
                seen << s.name;
                all << s;
            }
        }
    }
    return all;
}

} // namespace sonde
