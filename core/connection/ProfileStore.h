#pragma once

#include "ConnectionProfile.h"

#include <QList>
#include <QObject>

#include <memory>

class QSettings;

namespace sonde {

// The saved connection profiles, in QSettings (group "profiles"). Never holds a secret: a
// profile has no password field, and extra options containing one are refused.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // Uses the application's default QSettings unless a file is given (tests).
    explicit ProfileStore(QObject *parent = nullptr, const QString &settingsFile = {});
    ~ProfileStore() override;

    QList<ConnectionProfile> profiles() const { return m_profiles; }
    ConnectionProfile byId(const QString &id) const;
    // Adds or replaces (by id); gives a new profile its id. Returns the stored profile.
    ConnectionProfile save(const ConnectionProfile &profile);
    void remove(const QString &id);

signals:
    void aboutToChange();
    void changed();

private:
    void load();
    void write();

    std::unique_ptr<QSettings> m_settings;
    QList<ConnectionProfile> m_profiles;
};

} // namespace sonde
