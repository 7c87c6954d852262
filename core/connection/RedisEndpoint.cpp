#include "RedisEndpoint.h"

#include "common/Redaction.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace sonde {

bool RedisEndpoint::isRedisUri(const QString &text)
{
    const QString t = text.trimmed().toLower();
    return t.startsWith(QLatin1String("redis://")) || t.startsWith(QLatin1String("rediss://"));
}

bool RedisEndpoint::parse(const QString &uri, RedisEndpoint *out, QString *error)
{
    const QUrl url(uri.trimmed(), QUrl::StrictMode);
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!url.isValid()) {
        // QUrl's message ends with the whole URI ("; source was …"), password included.
        const QString why = url.errorString().section(QStringLiteral("; source was"), 0, 0);
        return fail(QCoreApplication::translate("RedisEndpoint", "not a valid URI: %1")
                        .arg(Redaction::scrub(why)));
    }
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
        // redis-cli -u (7.0) sends AUTH <user> <password> whenever the URI has a password,
        // with an empty user for redis://:PW@…, which Redis refuses: name the user that a
        // password alone logs in as.
        if (user.isEmpty())
            url.setUserName(DefaultUser);
        url.setPassword(password);
    }
    url.setPath(QLatin1Char('/') + QString::number(database));
    return url.toString(QUrl::FullyEncoded);
}

QList<QByteArray> RedisEndpoint::authCommand() const
{
    if (password.isEmpty())
        return {};
    QList<QByteArray> auth{"AUTH"};
    if (!user.isEmpty() && user != DefaultUser)
        auth << user.toUtf8();
    auth << password.toUtf8();
    return auth;
}

QString RedisEndpoint::target() const
{
    return Redaction::shortened(QStringLiteral("%1:%2/%3").arg(host).arg(port).arg(database));
}

} // namespace sonde
