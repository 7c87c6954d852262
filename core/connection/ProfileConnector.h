#pragma once

#include "ConnectionProfile.h"

#include <QObject>

#include <functional>

namespace sonde {

class ProfileStore;
class SecretStore;
class TargetList;

// Turns a connection profile into a Target of the session: takes the password (and a Redis
// client key's passphrase) typed now, saving them in the keychain when the profile says so,
// or the ones saved earlier, and adds the target to the TargetList — where the dashboard's
// samplers and every page pick it up. With no password at all, libpq's own habits apply
// (~/.pgpass, PGPASSWORD).
class ProfileConnector : public QObject
{
    Q_OBJECT
public:
    ProfileConnector(TargetList *targets, ProfileStore *profiles, SecretStore *secrets,
                     QObject *parent = nullptr);

    ProfileStore *profiles() const { return m_profiles; }
    SecretStore *secrets() const { return m_secrets; }
    TargetList *targets() const { return m_targets; }

    // Asynchronous when the keychain is asked; emits connected() once the target is added.
    void connectProfile(const ConnectionProfile &profile, const ProfileSecrets &typed = {});
    void disconnectProfile(const QString &profileId);
    // Deletes the profile and its saved secrets.
    void forget(const QString &profileId);
    // The secrets of a profile, each typed now (then saved or forgotten as the profile says)
    // or saved earlier (empty when there is none).
    void secretsFor(const ConnectionProfile &profile, const ProfileSecrets &typed,
                    std::function<void(const ProfileSecrets &secrets)> done);

signals:
    void connected(const sonde::Target &target);
    // Something the user should read (e.g. "no keychain: the password is kept in memory").
    void message(const QString &text);

private:
    void secretFor(const QString &key, bool remember, const QString &typed,
                   std::function<void(const QString &secret)> done);

    TargetList *m_targets;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
};

} // namespace sonde
