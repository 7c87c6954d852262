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

void ProfileConnector::passwordFor(const ConnectionProfile &profile, const QString &typedPassword,
                                   std::function<void(const QString &)> done)
{
    const QString key = profile.secretKey();
    if (!typedPassword.isEmpty()) {
        if (profile.rememberPassword) {
            QPointer<ProfileConnector> self(this);
            m_secrets->write(key, typedPassword, [self](bool persisted, const QString &text) {
                if (self && !persisted)
                    emit self->message(text);
            });
        } else {
            m_secrets->remove(key);
        }
        done(typedPassword);
        return;
    }
    m_secrets->read(
        key, [done](bool found, const QString &secret) { done(found ? secret : QString()); });
}

void ProfileConnector::connectProfile(const ConnectionProfile &profile,
                                      const QString &typedPassword)
{
    QPointer<ProfileConnector> self(this);
    passwordFor(profile, typedPassword, [self, profile](const QString &password) {
        if (!self)
            return;
        const Target target = profile.toTarget(password);
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
    if (!p.id.isEmpty())
        m_secrets->remove(p.secretKey());
    m_profiles->remove(profileId);
}

} // namespace sonde
