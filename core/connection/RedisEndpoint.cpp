#include "RedisEndpoint.h"

#include "common/Redaction.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

const QString CaFileKey = u"cacert"_s;
const QString CertFileKey = u"cert"_s;
const QString KeyFileKey = u"key"_s;
const QString ServerNameKey = u"sni"_s;
const QString VerifyKey = u"verify"_s;
const QString KeyPassphraseKey = u"keypass"_s;

// Translation context for the messages of this file (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RedisEndpoint)
};

} // namespace

bool RedisTlsOptions::operator==(const RedisTlsOptions &o) const
{
    return caFile == o.caFile && certFile == o.certFile && keyFile == o.keyFile &&
           serverName == o.serverName && verifyPeer == o.verifyPeer;
}

void RedisTlsOptions::addTo(QUrlQuery *query) const
{
    auto add = [&](const QString &key, const QString &value) {
        if (!value.isEmpty())
            query->addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value, "/")));
    };
    add(CaFileKey, caFile);
    add(CertFileKey, certFile);
    add(KeyFileKey, keyFile);
    add(ServerNameKey, serverName);
    if (!verifyPeer)
        add(VerifyKey, u"none"_s);
}

bool RedisTlsOptions::readFrom(const QUrlQuery &query, QString *error)
{
    bool any = false;
    auto read = [&](const QString &key, QString *field) {
        if (!query.hasQueryItem(key))
            return;
        *field = query.queryItemValue(key, QUrl::FullyDecoded);
        any = true;
    };
    read(CaFileKey, &caFile);
    read(CertFileKey, &certFile);
    read(KeyFileKey, &keyFile);
    read(ServerNameKey, &serverName);
    if (query.hasQueryItem(VerifyKey)) {
        any = true;
        const QString mode = query.queryItemValue(VerifyKey).toLower();
        if (mode == u"none"_s) {
            verifyPeer = false;
        } else if (mode == u"full"_s) {
            verifyPeer = true;
        } else if (error) {
            *error = Text::tr("verify=%1 is not known: use verify=full (the default) or "
                              "verify=none (no check of the server's certificate, unsafe)")
                         .arg(mode);
            return any;
        }
    }
    if (certFile.isEmpty() != keyFile.isEmpty() && error)
        *error = Text::tr("a client certificate needs both cert= and key=");
    return any;
}

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
        return fail(Text::tr("not a valid URI: %1").arg(Redaction::scrub(why)));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("redis") && scheme != QLatin1String("rediss"))
        return fail(Text::tr("a Redis URI starts with redis:// or rediss://"));
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
            return fail(Text::tr("the database number \"%1\" is not valid").arg(path));
    }
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("db")))
        ep.database = query.queryItemValue(QStringLiteral("db")).toInt();
    if (query.hasQueryItem(QStringLiteral("password")))
        ep.password = query.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
    if (query.hasQueryItem(KeyPassphraseKey))
        ep.keyPassphrase = query.queryItemValue(KeyPassphraseKey, QUrl::FullyDecoded);
    QString tlsError;
    const bool tlsSettings = ep.tlsOptions.readFrom(query, &tlsError);
    if (!tlsError.isEmpty())
        return fail(tlsError);
    if (tlsSettings && !ep.tls)
        return fail(Text::tr("TLS settings (cacert, cert, key, sni, verify) need a rediss:// "
                             "URI"));
    *out = ep;
    return true;
}

QString RedisEndpoint::toUri(bool withSecrets) const
{
    QUrlQuery query;
    if (tls)
        tlsOptions.addTo(&query);
    if (withSecrets && !keyPassphrase.isEmpty())
        query.addQueryItem(KeyPassphraseKey,
                           QString::fromUtf8(QUrl::toPercentEncoding(keyPassphrase)));
    const QString scheme = tls ? u"rediss"_s : u"redis"_s;
    const QString tail = query.isEmpty() ? QString() : u'?' + query.query(QUrl::FullyEncoded);
    QUrl url;
    url.setScheme(scheme);
    url.setHost(host);
    url.setPort(port);
    if (!user.isEmpty())
        url.setUserName(user);
    if (withSecrets && !password.isEmpty()) {
        // redis-cli -u (7.0) sends AUTH <user> <password> whenever the URI has a password,
        // with an empty user for redis://:PW@…, which Redis refuses: name the user that a
        // password alone logs in as.
        if (user.isEmpty())
            url.setUserName(DefaultUser);
        url.setPassword(password);
    }
    url.setPath(QLatin1Char('/') + QString::number(database));
    return url.toString(QUrl::FullyEncoded) + tail;
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
