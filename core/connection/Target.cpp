#include "Target.h"

#include "common/Redaction.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace sonde {

QString targetKindName(TargetKind kind)
{
    switch (kind) {
    case TargetKind::PostgreSQL:
        return QCoreApplication::translate("Target", "PostgreSQL");
    case TargetKind::PgBouncer:
        return QCoreApplication::translate("Target", "PgBouncer");
    case TargetKind::Redis:
        return QCoreApplication::translate("Target", "Redis");
    case TargetKind::Prometheus:
        return QCoreApplication::translate("Target", "Prometheus");
    }
    return {};
}

QString Target::displayUri() const
{
    QUrl url(uri);
    if (!url.isValid() || url.scheme().isEmpty()) {
        // key=value conninfo: drop a password=… pair.
        QString text = uri;
        const int at = text.indexOf(QLatin1String("password="));
        if (at >= 0) {
            int end = text.indexOf(QLatin1Char(' '), at);
            text.remove(at, (end < 0 ? int(text.size()) : end) - at);
        }
        // What the first cut leaves ("password = x", a second password=, sslpassword=) is
        // masked.
        return Redaction::maskPasswords(text.simplified());
    }
    url.setPassword(QString());
    // "redis://:secret@host" leaves an empty user: no "@" is shown for it.
    if (url.userName().isEmpty())
        url.setUserInfo(QString());
    // Secrets a URI may carry as parameters: a password, a Redis client key's passphrase.
    const QString query = url.query();
    if (query.contains(QLatin1String("password=")) || query.contains(QLatin1String("keypass=")) ||
        query.contains(QLatin1String("token="))) {
        QStringList items = query.split(QLatin1Char('&'));
        items.removeIf([](const QString &i) {
            return i.startsWith(QLatin1String("password=")) ||
                   i.startsWith(QLatin1String("keypass=")) || i.startsWith(QLatin1String("token="));
        });
        url.setQuery(items.join(QLatin1Char('&')));
    }
    // A Redis URI's lone user part is its password (redis://secret@host), and sslpassword=.
    return Redaction::maskPasswords(url.toString());
}

QString targetKindKey(TargetKind kind)
{
    switch (kind) {
    case TargetKind::PostgreSQL:
        return u"postgresql"_s;
    case TargetKind::PgBouncer:
        return u"pgbouncer"_s;
    case TargetKind::Redis:
        return u"redis"_s;
    case TargetKind::Prometheus:
        return u"prometheus"_s;
    }
    return {};
}

TargetKind targetKindFromKey(const QString &key)
{
    if (key == u"pgbouncer"_s)
        return TargetKind::PgBouncer;
    if (key == u"redis"_s)
        return TargetKind::Redis;
    if (key == u"prometheus"_s)
        return TargetKind::Prometheus;
    return TargetKind::PostgreSQL;
}

} // namespace sonde
