#pragma once

#include "connection/RedisEndpoint.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace sonde {

// The TLS settings of a rediss:// profile: the CA file (empty: the CAs this computer
// trusts), a client certificate and key for mutual TLS with the key's passphrase (for the
// keychain, never the settings), the server name sent as SNI and checked against the
// certificate, and "skip verification", which is off unless ticked and says why it is unsafe.
class RedisTlsForm : public QGroupBox
{
    Q_OBJECT
public:
    explicit RedisTlsForm(QWidget *parent = nullptr);

    void setOptions(const RedisTlsOptions &options);
    RedisTlsOptions options() const;
    QString keyPassphrase() const;
    void setKeyPassphrase(const QString &passphrase);

signals:
    void edited();

private:
    QLineEdit *fileField(const QString &objectName, const QString &placeholder,
                         const QString &dialogTitle, QWidget **row);
    void updateWarning();

    QLineEdit *m_caFile;
    QLineEdit *m_certFile;
    QLineEdit *m_keyFile;
    QLineEdit *m_passphrase;
    QLineEdit *m_serverName;
    QCheckBox *m_skipVerify;
    QLabel *m_warning;
};

} // namespace sonde
