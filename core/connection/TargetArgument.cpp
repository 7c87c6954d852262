#include "TargetArgument.h"

#include "ConnectionProfile.h"
#include "PgConnInfo.h"
#include "ProfileStore.h"
#include "RedisEndpoint.h"
#include "SecretStore.h"
#include "common/Redaction.h"

#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// The profile named `name` (exactly, else ignoring case), or its id.
ConnectionProfile findProfile(const ProfileStore &store, const QString &name)
{
    const QList<ConnectionProfile> all = store.profiles();
    for (const ConnectionProfile &p : all) {
        if (p.name == name || p.id == name)
            return p;
    }
    for (const ConnectionProfile &p : all) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p;
    }
    return {};
}

// The keychain entry of a profile; waits for the keychain (which has its own deadline).
QString savedPassword(const ConnectionProfile &profile, int timeoutMs, QStringList *notes)
{
    SecretStore secrets;
    secrets.setTimeoutMs(timeoutMs);
    QEventLoop loop;
    QString password;
    bool answered = false;
    secrets.read(profile.secretKey(), [&](bool found, const QString &secret) {
        if (found)
            password = secret;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    if (notes && secrets.backend() == SecretStore::Backend::Memory)
        *notes << TargetArgument::tr("No keychain (%1): profile \"%2\" is used without a saved "
                                     "password (libpq's PGPASSWORD and ~/.pgpass still apply).")
                      .arg(secrets.unavailableReason(), profile.name);
    return password;
}

bool resolveRedis(const QString &text, const TargetArgument::Options &options, Target *out,
                  QString *error)
{
    RedisEndpoint ep;
    QString why;
    if (!RedisEndpoint::parse(text, &ep, &why)) {
        *error = TargetArgument::tr("The Redis URI %1 is not valid: %2")
                     .arg(Redaction::shownConnection(text), why);
        return false;
    }
    if (!options.password.isEmpty())
        ep.password = options.password;
    else if (ep.password.isEmpty())
        ep.password = qEnvironmentVariable("REDISCLI_AUTH");
    Redaction::addSecret(ep.password);
    out->kind = TargetKind::Redis;
    out->uri = ep.toUri(true);
    return true;
}

bool resolvePg(const QString &text, const TargetArgument::Options &options, Target *out,
               QString *error)
{
    PgConnInfo info;
    QString why;
    if (!PgConnInfo::parse(text, &info, &why) || !info.checkValues(&why)) {
        *error = TargetArgument::tr("The connection string is not valid: %1").arg(why);
        return false;
    }
    Redaction::addSecret(info.value("password"));
    if (!options.password.isEmpty())
        info.set("password", options.password);
    out->kind =
        info.value("dbname") == u"pgbouncer"_s ? TargetKind::PgBouncer : TargetKind::PostgreSQL;
    out->uri = info.toConnString();
    return true;
}

} // namespace

bool TargetArgument::looksLikeConnectionString(const QString &text)
{
    return text.contains(u"://"_s) || text.contains(u'=');
}

bool TargetArgument::resolve(const QString &text, const Options &options, Target *out,
                             QString *error, QStringList *notes)
{
    Redaction::addSecret(options.password);
    Target t;
    t.id = u"cli"_s;
    if (text.trimmed().isEmpty()) {
        *error = tr("The target is empty: give a connection URI (postgresql://host/db, "
                    "redis://host), key=value conninfo or the name of a saved profile. (An empty "
                    "conninfo would quietly mean localhost:5432.)");
        return false;
    }
    if (looksLikeConnectionString(text)) {
        if (!(RedisEndpoint::isRedisUri(text) ? resolveRedis(text, options, &t, error)
                                              : resolvePg(text, options, &t, error)))
            return false;
        t.name = Redaction::shownConnection(text);
        *out = t;
        return true;
    }
    const ProfileStore store(nullptr, options.settingsFile);
    const ConnectionProfile profile = findProfile(store, text);
    if (profile.id.isEmpty()) {
        *error = tr("%1 is neither a connection URI (postgresql://host/db, key=value conninfo, "
                    "redis://host) nor the name of a saved connection profile.")
                     .arg(Redaction::shownConnection(text));
        return false;
    }
    if (const QString problem = profile.problem(); !problem.isEmpty()) {
        *error = tr("Profile \"%1\" cannot be used: %2").arg(profile.name, problem);
        return false;
    }
    QString password = options.password;
    if (password.isEmpty())
        password = savedPassword(profile, options.keychainTimeoutMs, notes);
    if (password.isEmpty() && profile.kind == TargetKind::Redis)
        password = qEnvironmentVariable("REDISCLI_AUTH");
    Redaction::addSecret(password);
    t = profile.toTarget(password);
    *out = t;
    return true;
}

} // namespace sonde
