#include "ProfileStore.h"

#include "PgConnInfo.h"

#include <QSettings>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// Belt and braces: whatever reaches the settings file has no password in it.
QString withoutPassword(const QString &options)
{
    PgConnInfo info;
    if (!PgConnInfo::parse(options, &info, nullptr))
        return {};
    info.remove("password");
    return info.toConnString();
}

} // namespace

ProfileStore::ProfileStore(QObject *parent, const QString &settingsFile)
    : QObject(parent)
    , m_settings(settingsFile.isEmpty()
                     ? std::make_unique<QSettings>()
                     : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
    load();
}

ProfileStore::~ProfileStore() = default;

ConnectionProfile ProfileStore::byId(const QString &id) const
{
    for (const ConnectionProfile &p : m_profiles) {
        if (p.id == id)
            return p;
    }
    return {};
}

ConnectionProfile ProfileStore::save(const ConnectionProfile &profile)
{
    ConnectionProfile p = profile;
    if (p.id.isEmpty())
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.extraOptions = withoutPassword(p.extraOptions);
    emit aboutToChange();
    bool replaced = false;
    for (ConnectionProfile &existing : m_profiles) {
        if (existing.id == p.id) {
            existing = p;
            replaced = true;
        }
    }
    if (!replaced)
        m_profiles << p;
    write();
    emit changed();
    return p;
}

void ProfileStore::remove(const QString &id)
{
    if (byId(id).id.isEmpty())
        return;
    emit aboutToChange();
    m_profiles.removeIf([&](const ConnectionProfile &p) { return p.id == id; });
    write();
    emit changed();
}

void ProfileStore::load()
{
    m_profiles.clear();
    const int n = m_settings->beginReadArray(u"profiles"_s);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionProfile p;
        p.id = m_settings->value(u"id"_s).toString();
        p.name = m_settings->value(u"name"_s).toString();
        p.kind = targetKindFromKey(m_settings->value(u"kind"_s).toString());
        p.host = m_settings->value(u"host"_s).toString();
        p.port = m_settings->value(u"port"_s).toInt();
        p.user = m_settings->value(u"user"_s).toString();
        p.database = m_settings->value(u"database"_s).toString();
        p.service = m_settings->value(u"service"_s).toString();
        p.sslMode = m_settings->value(u"sslmode"_s).toString();
        p.extraOptions = withoutPassword(m_settings->value(u"options"_s).toString());
        p.pooledDatabase = m_settings->value(u"pooledDatabase"_s).toString();
        p.redisDatabase = m_settings->value(u"redisDatabase"_s).toInt();
        p.tls = m_settings->value(u"tls"_s).toBool();
        p.redisTls.caFile = m_settings->value(u"tlsCaFile"_s).toString();
        p.redisTls.certFile = m_settings->value(u"tlsCertFile"_s).toString();
        p.redisTls.keyFile = m_settings->value(u"tlsKeyFile"_s).toString();
        p.redisTls.serverName = m_settings->value(u"tlsServerName"_s).toString();
        p.redisTls.verifyPeer = m_settings->value(u"tlsVerifyPeer"_s, true).toBool();
        p.readOnly = m_settings->value(u"readOnly"_s).toBool();
        p.rememberPassword = m_settings->value(u"rememberPassword"_s, true).toBool();
        if (!p.id.isEmpty())
            m_profiles << p;
    }
    m_settings->endArray();
}

void ProfileStore::write()
{
    m_settings->remove(u"profiles"_s);
    m_settings->beginWriteArray(u"profiles"_s, int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        const ConnectionProfile &p = m_profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(u"id"_s, p.id);
        m_settings->setValue(u"name"_s, p.name);
        m_settings->setValue(u"kind"_s, targetKindKey(p.kind));
        m_settings->setValue(u"host"_s, p.host);
        m_settings->setValue(u"port"_s, p.port);
        m_settings->setValue(u"user"_s, p.user);
        m_settings->setValue(u"database"_s, p.database);
        m_settings->setValue(u"service"_s, p.service);
        m_settings->setValue(u"sslmode"_s, p.sslMode);
        m_settings->setValue(u"options"_s, p.extraOptions);
        m_settings->setValue(u"pooledDatabase"_s, p.pooledDatabase);
        m_settings->setValue(u"redisDatabase"_s, p.redisDatabase);
        m_settings->setValue(u"tls"_s, p.tls);
        // File names and choices only: a key's passphrase lives in the keychain.
        m_settings->setValue(u"tlsCaFile"_s, p.redisTls.caFile);
        m_settings->setValue(u"tlsCertFile"_s, p.redisTls.certFile);
        m_settings->setValue(u"tlsKeyFile"_s, p.redisTls.keyFile);
        m_settings->setValue(u"tlsServerName"_s, p.redisTls.serverName);
        m_settings->setValue(u"tlsVerifyPeer"_s, p.redisTls.verifyPeer);
        m_settings->setValue(u"readOnly"_s, p.readOnly);
        m_settings->setValue(u"rememberPassword"_s, p.rememberPassword);
    }
    m_settings->endArray();
    m_settings->sync();
}

} // namespace sonde
