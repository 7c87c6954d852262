#include "PgPassFile.h"

#include <QDir>
#include <QFile>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace sonde {

QString PgPassFile::path()
{
    const QString env = qEnvironmentVariable("PGPASSFILE");
    return env.isEmpty() ? QDir::homePath() + u"/.pgpass"_s : env;
}

namespace {

// Splits a .pgpass line on unescaped colons, removing the escapes.
QStringList fields(const QString &line)
{
    QStringList out;
    QString cur;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < line.size()) {
            cur += line.at(++i);
        } else if (c == u':') {
            out << cur;
            cur.clear();
        } else {
            cur += c;
        }
    }
    out << cur;
    return out;
}

bool fieldMatches(const QString &pattern, const QString &value)
{
    return pattern == u"*"_s || pattern == value;
}

} // namespace

bool PgPassFile::matches(const QString &text, const QString &host, int port,
                         const QString &database, const QString &user)
{
    const QString h = host.isEmpty() ? u"localhost"_s : host;
    const QString p = QString::number(port > 0 ? port : 5432);
    for (const QString &raw : text.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList f = fields(line);
        if (f.size() < 5)
            continue;
        if (fieldMatches(f.at(0), h) && fieldMatches(f.at(1), p) &&
            fieldMatches(f.at(2), database) && fieldMatches(f.at(3), user))
            return true;
    }
    return false;
}

bool PgPassFile::hasEntry(const QString &host, int port, const QString &database,
                          const QString &user)
{
    QFile f(path());
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return matches(QString::fromUtf8(f.readAll()), host, port, database, user);
}

} // namespace sonde
