#pragma once

#include "connection/ConnectionProfile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sonde {

// The fields of one connection profile. A pasted URI (postgresql://, postgres://, key=value,
// redis://, rediss:// with its TLS parameters) fills them; fields left empty show what libpq will
// use instead (PG* environment variables, the service file), and the form says when ~/.pgpass has a
// password for these settings.
class RedisTlsForm;

class ProfileForm : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileForm(QWidget *parent = nullptr);

    void setProfile(const ConnectionProfile &profile);
    // The profile as edited (id kept from setProfile).
    ConnectionProfile profile() const;
    QString password() const;
    void setPassword(const QString &password);
    // What was typed for the keychain: the password and a Redis client key's passphrase.
    ProfileSecrets secrets() const;
    RedisTlsForm *tlsForm() const { return m_tlsForm; }
    // Reads a pasted URI into the fields; returns false with a message shown in the form.
    bool readUri(const QString &text);
    QString problem() const;

signals:
    void edited();

private:
    void updateForKind();
    void updateHints();

    QString m_id;
    QLineEdit *m_uri;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QComboBox *m_service;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_pooledDatabase;
    QSpinBox *m_redisDb;
    QCheckBox *m_tls;
    RedisTlsForm *m_tlsForm;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QComboBox *m_sslMode;
    QLineEdit *m_options;
    QCheckBox *m_readOnly;
    QLabel *m_hint;
    QFormLayout *m_form;
};

} // namespace sonde
