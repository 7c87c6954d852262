#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace sonde {

// The connection services libpq knows (pg_service.conf): the user's file ($PGSERVICEFILE or
// ~/.pg_service.conf) and the system one ($PGSYSCONFDIR/pg_service.conf). Sonde only lists
// them for the connection dialog; libpq itself reads them at connect time (service=…).
class PgServiceFile
{
public:
    struct Service
    {
        QString name;
        QString file;
        QMap<QString, QString> settings; // keyword → value (a password is never shown)
    };

    // Services of every file libpq would read, the user's first (it wins on a name clash).
    static QList<Service> services();
    static QStringList candidateFiles();
    // Parses one file's text (INI-like: [name] then keyword=value lines, # comments).
    static QList<Service> parse(const QString &text, const QString &file);
};

} // namespace sonde
