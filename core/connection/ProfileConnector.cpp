#include "ProfileConnector.h"

#include "ProfileStore.h"
#include "SecretStore.h"
#include "TargetList.h"

#include <QPointer>

namespace sonde {

ProfileConnector::ProfileConnector(TargetList *targets, ProfileStore *profiles,
                                   SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_targets(targets)
    , m_profiles(profiles)
    , m_secrets(secrets)
{}

void ProfileConnector::secretFor(const QString &key, bool remember, const QString &typed,
                                 std::function<void(const QString &)> done)
{
    if (!typed.isEmpty()) {
        if (remember) {
            QPointer<ProfileConnector> self(this);
            m_secrets->write(key, typed, [self](bool persisted, const QString &text) {
                if (self && !persisted)
                    emit self->message(text);
            });
        } else {
            m_secrets->remove(key);
        }
        done(typed);
        return;
    }
    m_secrets->read(
        key, [done](bool found, const QString &secret) { done(found ? secret : QString()); });
}

void ProfileConnector::secretsFor(const ConnectionProfile &profile, const ProfileSecrets &typed,
                                  std::function<void(const ProfileSecrets &)> done)
{
    QPointer<ProfileConnector> self(this);
    secretFor(profile.secretKey(), profile.rememberPassword, typed.password,
              [self, profile, typed, done](const QString &password) {
                  if (!self)
                      return;
                  if (!profile.usesClientKey()) {
                      done({password, QString()});
                      return;
                  }
                  self->secretFor(profile.keyPassphraseSecretKey(), profile.rememberPassword,
                                  typed.keyPassphrase, [password, done](const QString &passphrase) {
                                      done({password, passphrase});
                                  });
              });
}

void ProfileConnector::connectProfile(const ConnectionProfile &profile, const ProfileSecrets &typed)
{
    QPointer<ProfileConnector> self(this);
    secretsFor(profile, typed, [self, profile](const ProfileSecrets &secrets) {
        if (!self)
            return;
        const Target target = profile.toTarget(secrets.password, secrets.keyPassphrase);
        self->m_targets->upsert(target);
        emit self->connected(target);
    });
}

void ProfileConnector::disconnectProfile(const QString &profileId)
{
    m_targets->remove(profileId);
}

void ProfileConnector::forget(const QString &profileId)
{
    const ConnectionProfile p = m_profiles->byId(profileId);
    m_targets->remove(profileId);
    if (!p.id.isEmpty()) {
        m_secrets->remove(p.secretKey());
        m_secrets->remove(p.keyPassphraseSecretKey());
    }
    m_profiles->remove(profileId);
}

} // namespace sonde
