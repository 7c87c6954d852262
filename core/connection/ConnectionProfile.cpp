#include "ConnectionProfile.h"

#include "PgConnInfo.h"
#include "PrometheusEndpoint.h"
#include "RedisEndpoint.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// libpq keywords the profile has fields for; everything else goes to extraOptions.
const char *const OwnKeywords[] = {"host",     "hostaddr",        "port",    "user",
                                   "dbname",   "service",         "sslmode", "password",
                                   "passfile", "application_name"};

bool isOwnKeyword(const QByteArray &k)
{
    for (const char *own : OwnKeywords) {
        if (k == own)
            return true;
    }
    return false;
}

} // namespace

bool guessTargetKind(const QString &text, TargetKind *kind)
{
    if (looksLikePrometheusUrl(text)) {
        *kind = TargetKind::Prometheus;
        return true;
    }
    if (RedisEndpoint::isRedisUri(text)) {
        *kind = TargetKind::Redis;
        return true;
    }
    PgConnInfo info;
    if (!PgConnInfo::parse(text, &info, nullptr))
        return false;
    *kind = info.value("dbname") == u"pgbouncer"_s ? TargetKind::PgBouncer : TargetKind::PostgreSQL;
    return true;
}

bool ConnectionProfile::fromUri(const QString &text, ConnectionProfile *out, QString *password,
                                QString *error)
{
    ConnectionProfile p;
    p.id = out->id;
    p.name = out->name;
    p.readOnly = out->readOnly;
    p.rememberPassword = out->rememberPassword;
    if (password)
        password->clear();
    if (looksLikePrometheusUrl(text)) {
        // A Prometheus: the path is kept as the API's prefix (database), https as tls, a
        // bearer token (token=) handed back as the password of a profile without a user.
        PrometheusEndpoint ep;
        QString why;
        if (!PrometheusEndpoint::parse(text, &ep, &why)) {
            if (error)
                *error = why;
            return false;
        }
        p.kind = TargetKind::Prometheus;
        p.host = ep.url.host();
        // No port in the address: the scheme's (behind a proxy), never "no port".
        p.port = ep.url.port(ep.url.scheme() == u"https"_s ? 443 : 80);
        p.user = ep.user;
        p.database = ep.url.path();
        p.tls = ep.url.scheme() == u"https"_s;
        p.redisTls.caFile = ep.caFile;
        p.redisTls.verifyPeer = ep.verifyTls;
        if (password)
            *password = ep.user.isEmpty() ? ep.bearerToken : ep.password;
    } else if (RedisEndpoint::isRedisUri(text)) {
        RedisEndpoint ep;
        if (!RedisEndpoint::parse(text, &ep, error))
            return false;
        p.kind = TargetKind::Redis;
        p.host = ep.host;
        p.port = ep.port;
        p.user = ep.user;
        p.redisDatabase = ep.database;
        p.tls = ep.tls;
        p.redisTls = ep.tlsOptions;
        if (password)
            *password = ep.password;
    } else {
        PgConnInfo info;
        QString why;
        if (!PgConnInfo::parse(text, &info, &why)) {
            if (error)
                *error = tr("This is neither a PostgreSQL connection string nor a redis:// URI "
                            "(%1).")
                             .arg(why);
            return false;
        }
        p.host = info.value("host");
        if (p.host.isEmpty())
            p.host = info.value("hostaddr");
        p.port = info.value("port").toInt();
        p.user = info.value("user");
        p.database = info.value("dbname");
        p.service = info.value("service");
        p.sslMode = info.value("sslmode");
        p.kind = p.database == u"pgbouncer"_s ? TargetKind::PgBouncer : TargetKind::PostgreSQL;
        if (password)
            *password = info.value("password");
        PgConnInfo extra;
        for (const auto &kv : info.params()) {
            if (!isOwnKeyword(kv.first))
                extra.set(kv.first, kv.second);
        }
        p.extraOptions = extra.toConnString();
    }
    if (p.name.isEmpty()) {
        const QString where =
            p.host.isEmpty() ? (p.service.isEmpty() ? u"localhost"_s : p.service) : p.host;
        p.name =
            p.kind == TargetKind::Redis || p.kind == TargetKind::Prometheus || p.database.isEmpty()
                ? u"%1 %2"_s.arg(targetKindName(p.kind), where)
                : u"%1 %2/%3"_s.arg(targetKindName(p.kind), where, p.database);
    }
    *out = p;
    return true;
}

int ConnectionProfile::effectivePort() const
{
    if (port > 0)
        return port;
    switch (kind) {
    case TargetKind::Redis:
        return 6379;
    case TargetKind::PgBouncer:
        return 6432;
    case TargetKind::Prometheus:
        return tls ? 443 : 9090; // Prometheus' own port, or HTTPS behind a proxy
    case TargetKind::PostgreSQL:
        break;
    }
    return 0; // libpq: PGPORT, the service file, or 5432
}

QString ConnectionProfile::connectionUri(const QString &password,
                                         const QString &keyPassphrase) const
{
    if (kind == TargetKind::Prometheus) {
        QUrl url;
        url.setScheme(tls ? u"https"_s : u"http"_s);
        url.setHost(host.isEmpty() ? u"127.0.0.1"_s : host);
        url.setPort(effectivePort());
        const QString prefix = database.trimmed();
        url.setPath(prefix.isEmpty() || prefix.startsWith(u'/') ? prefix : u'/' + prefix);
        QUrlQuery query;
        if (!user.isEmpty()) {
            url.setUserName(user);
            if (!password.isEmpty())
                url.setPassword(password);
        } else if (!password.isEmpty()) {
            query.addQueryItem(u"token"_s, QString::fromLatin1(QUrl::toPercentEncoding(password)));
        }
        if (tls && !redisTls.caFile.isEmpty())
            query.addQueryItem(u"cacert"_s,
                               QString::fromLatin1(QUrl::toPercentEncoding(redisTls.caFile)));
        if (tls && !redisTls.verifyPeer)
            query.addQueryItem(u"verify"_s, u"none"_s);
        url.setQuery(query);
        // Encoded: a password holding a space or '@' reads back as it was.
        return url.toString(QUrl::FullyEncoded);
    }
    if (kind == TargetKind::Redis) {
        RedisEndpoint ep;
        ep.host = host.isEmpty() ? u"127.0.0.1"_s : host;
        ep.port = effectivePort();
        ep.user = user;
        ep.password = password;
        ep.database = redisDatabase;
        ep.tls = tls;
        ep.tlsOptions = redisTls;
        ep.keyPassphrase = usesClientKey() ? keyPassphrase : QString();
        return ep.toUri(true);
    }
    PgConnInfo info;
    if (!extraOptions.trimmed().isEmpty())
        PgConnInfo::parse(extraOptions, &info, nullptr);
    info.remove("password");
    if (!service.isEmpty())
        info.set("service", service);
    if (!host.isEmpty())
        info.set("host", host);
    if (effectivePort() > 0)
        info.set("port", QString::number(effectivePort()));
    if (!user.isEmpty())
        info.set("user", user);
    if (kind == TargetKind::PgBouncer)
        info.set("dbname", u"pgbouncer"_s);
    else if (!database.isEmpty())
        info.set("dbname", database);
    if (!sslMode.isEmpty())
        info.set("sslmode", sslMode);
    // Empty: libpq looks in ~/.pgpass (or PGPASSFILE) and PGPASSWORD itself.
    if (!password.isEmpty())
        info.set("password", password);
    return info.toConnString();
}

QString ConnectionProfile::displayUri() const
{
    if (kind == TargetKind::Redis || kind == TargetKind::Prometheus)
        return connectionUri(QString());
    PgConnInfo info;
    PgConnInfo::parse(connectionUri(QString()), &info, nullptr);
    return info.redacted();
}

Target ConnectionProfile::toTarget(const QString &password, const QString &keyPassphrase) const
{
    Target t;
    t.id = id;
    t.kind = kind;
    t.name = name;
    t.uri = connectionUri(password, keyPassphrase);
    t.readOnly = readOnly;
    if (kind == TargetKind::PgBouncer && !pooledDatabase.isEmpty()) {
        PgConnInfo info;
        PgConnInfo::parse(t.uri, &info, nullptr);
        info.set("dbname", pooledDatabase);
        t.pooledUri = info.toConnString();
    }
    return t;
}

QString ConnectionProfile::problem() const
{
    if (name.trimmed().isEmpty())
        return tr("Give the connection a name.");
    if (kind == TargetKind::Redis && host.trimmed().isEmpty())
        return tr("Enter the Redis host.");
    if (kind == TargetKind::Prometheus && host.trimmed().isEmpty())
        return tr("Enter the Prometheus host.");
    if (kind == TargetKind::Redis && redisDatabase < 0)
        return tr("The Redis database number cannot be negative.");
    if (kind == TargetKind::Redis && tls &&
        redisTls.certFile.trimmed().isEmpty() != redisTls.keyFile.trimmed().isEmpty())
        return tr("A client certificate needs both the certificate file and its key file.");
    if (port < 0 || port > 65535)
        return tr("The port must be between 1 and 65535.");
    if (kind != TargetKind::Redis && kind != TargetKind::Prometheus &&
        !extraOptions.trimmed().isEmpty()) {
        PgConnInfo info;
        QString why;
        if (!PgConnInfo::parse(extraOptions, &info, &why))
            return tr("The extra libpq options are not valid: %1").arg(why);
        if (info.has("password"))
            return tr("Do not put the password in the extra options: use the password field "
                      "(it goes to the keychain).");
    }
    return {};
}

QString ConnectionProfile::secretKey() const
{
    return u"profile/"_s + id;
}

bool ConnectionProfile::usesClientKey() const
{
    return kind == TargetKind::Redis && tls && !redisTls.keyFile.isEmpty();
}

QString ConnectionProfile::keyPassphraseSecretKey() const
{
    return u"profile/"_s + id + u"/tls-key-passphrase"_s;
}

} // namespace sonde
