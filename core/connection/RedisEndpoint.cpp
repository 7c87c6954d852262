#include "RedisEndpoint.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace sonde {

bool RedisEndpoint::parse(const QString &uri, RedisEndpoint *out, QString *error)
{
    const QUrl url(uri.trimmed(), QUrl::StrictMode);
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!url.isValid())
        return fail(QCoreApplication::translate("RedisEndpoint", "not a valid URI: %1")
                        .arg(url.errorString()));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("redis") && scheme != QLatin1String("rediss"))
        return fail(QCoreApplication::translate("RedisEndpoint",
                                                "a Redis URI starts with redis:// or rediss://"));
    RedisEndpoint ep;
    ep.tls = scheme == QLatin1String("rediss");
    if (!url.host().isEmpty())
        ep.host = url.host();
    ep.port = url.port(6379);
    ep.user = url.userName();
    ep.password = url.password();
    // redis://:password@host keeps the user empty; redis://password@host (no colon) is a
    // common habit from older clients: treat a lone user part as the password.
    if (!ep.user.isEmpty() && url.password().isEmpty() && !uri.contains(QStringLiteral(":@")) &&
        !url.userInfo().contains(QLatin1Char(':'))) {
        ep.password = ep.user;
        ep.user.clear();
    }
    const QString path = url.path().mid(1);
    if (!path.isEmpty()) {
        bool ok = false;
        ep.database = path.toInt(&ok);
        if (!ok || ep.database < 0)
            return fail(QCoreApplication::translate("RedisEndpoint",
                                                    "the database number \"%1\" is not valid")
                            .arg(path));
    }
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("db")))
        ep.database = query.queryItemValue(QStringLiteral("db")).toInt();
    if (query.hasQueryItem(QStringLiteral("password")))
        ep.password = query.queryItemValue(QStringLiteral("password"));
    *out = ep;
    return true;
}

QString RedisEndpoint::toUri(bool withPassword) const
{
    QUrl url;
    url.setScheme(tls ? QStringLiteral("rediss") : QStringLiteral("redis"));
    url.setHost(host);
    url.setPort(port);
    if (!user.isEmpty())
        url.setUserName(user);
    if (withPassword && !password.isEmpty()) {
        if (user.isEmpty())
            return QStringLiteral("%1://:%2@%3:%4/%5")
                .arg(url.scheme(), QString::fromUtf8(QUrl::toPercentEncoding(password)), host)
                .arg(port)
                .arg(database);
        url.setPassword(password);
    }
    url.setPath(QLatin1Char('/') + QString::number(database));
    return url.toString(QUrl::FullyEncoded);
}

QString RedisEndpoint::target() const
{
    return QStringLiteral("%1:%2/%3").arg(host).arg(port).arg(database);
}

} // namespace sonde
