#pragma once

#include <QString>

namespace sonde {

// ~/.pgpass (or $PGPASSFILE): tells the dialog that libpq will find a password there, so
// Sonde does not ask for one. Only the match is reported; no password is kept.
class PgPassFile
{
public:
    static QString path();
    // True when a line matches (host, port, database, user), with * wildcards and the
    // backslash escapes libpq understands. An empty host means "localhost".
    static bool hasEntry(const QString &host, int port, const QString &database,
                         const QString &user);
    static bool matches(const QString &text, const QString &host, int port, const QString &database,
                        const QString &user);
};

} // namespace sonde
