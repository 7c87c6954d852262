#pragma once

#include <QHash>
#include <QObject>

#include <functional>

namespace sonde {

// Passwords: in the OS keychain through QtKeychain when one answers, otherwise in memory for
// this session only — never in a settings file or a log. Every keychain call has a deadline:
// a keychain that does not answer (locked, waiting on an unlock prompt nobody sees, no
// D-Bus session) switches the store to memory with a message that says so, instead of
// hanging. Asynchronous: callbacks run on the store's thread (the GUI thread).
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Backend
    {
        Keychain,
        Memory
    };

    explicit SecretStore(QObject *parent = nullptr,
                         const QString &service = QStringLiteral("dev.sonde.Sonde"));
    ~SecretStore() override;

    Backend backend() const { return m_backend; }
    // Why the keychain is not used (empty while it is).
    QString unavailableReason() const { return m_reason; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Skip the keychain entirely (tests, or a user who does not want it).
    void useMemoryOnly(const QString &reason);

    // found = false when there is no saved password (not an error).
    using ReadDone = std::function<void(bool found, const QString &secret)>;
    // persisted = false when the secret is only in memory; message says why.
    using WriteDone = std::function<void(bool persisted, const QString &message)>;

    void read(const QString &key, ReadDone done);
    void write(const QString &key, const QString &secret, WriteDone done);
    void remove(const QString &key, std::function<void()> done = {});
    // The secret when already known this session (no keychain call).
    bool cached(const QString &key, QString *secret) const;

signals:
    void backendChanged(sonde::SecretStore::Backend backend, const QString &reason);

private:
    void fallBack(const QString &reason);

    QString m_service;
    Backend m_backend = Backend::Keychain;
    QString m_reason;
    int m_timeoutMs = 5000;
    QHash<QString, QString> m_memory;
};

} // namespace sonde
