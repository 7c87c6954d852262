#include "RedisTlsForm.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace sonde {

RedisTlsForm::RedisTlsForm(QWidget *parent)
    : QGroupBox(tr("Certificates"), parent)
    , m_passphrase(new QLineEdit(this))
    , m_serverName(new QLineEdit(this))
    , m_skipVerify(
          new QCheckBox(tr("Skip verification of the server's certificate (unsafe)"), this))
    , m_warning(new QLabel(this))
{
    setObjectName(u"redisTls"_s);
    QWidget *caRow = nullptr, *certRow = nullptr, *keyRow = nullptr;
    m_caFile = fileField(u"tlsCaFile"_s, tr("empty: the CAs this computer trusts"),
                         tr("CA certificate (PEM)"), &caRow);
    m_certFile = fileField(u"tlsCertFile"_s, tr("only for servers that ask for one (mutual TLS)"),
                           tr("Client certificate (PEM)"), &certRow);
    m_keyFile = fileField(u"tlsKeyFile"_s, tr("the client certificate's private key"),
                          tr("Client key (PEM)"), &keyRow);
    m_passphrase->setObjectName(u"tlsKeyPassphrase"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(
        tr("only for an encrypted key; remembered in the keychain like the password"));
    m_serverName->setObjectName(u"tlsServerName"_s);
    m_serverName->setPlaceholderText(tr("empty: the host name"));
    m_serverName->setToolTip(tr("The name sent to the server (SNI) and looked for in its "
                                "certificate: set it when you connect by an address or a tunnel "
                                "that is not in the certificate."));
    m_skipVerify->setObjectName(u"tlsSkipVerify"_s);
    m_skipVerify->setToolTip(tr("Encrypts without checking who answers. Only for a throw-away "
                                "test server."));
    m_warning->setObjectName(u"tlsUnsafeWarning"_s);
    // One line: a wrapped label inside the group box is squeezed by the dialog's layout.
    m_warning->setText(tr("▲ Unsafe: anyone in the network path can pose as this server."));
    m_warning->setToolTip(tr("Sonde will not check the server's certificate: whoever answers "
                             "gets the password and the data, and can change them."));
    m_warning->setStyleSheet(u"color: #c0392b; font-weight: bold;"_s);

    auto *form = new QFormLayout(this);
    form->addRow(tr("CA file"), caRow);
    form->addRow(tr("Client certificate"), certRow);
    form->addRow(tr("Client key"), keyRow);
    form->addRow(tr("Key passphrase"), m_passphrase);
    form->addRow(tr("Server name (SNI)"), m_serverName);
    form->addRow(QString(), m_skipVerify);
    form->addRow(QString(), m_warning);

    for (QLineEdit *e : {m_caFile, m_certFile, m_keyFile, m_passphrase, m_serverName})
        connect(e, &QLineEdit::textChanged, this, &RedisTlsForm::edited);
    connect(m_skipVerify, &QCheckBox::toggled, this, [this]() {
        updateWarning();
        emit edited();
    });
    updateWarning();
}

QLineEdit *RedisTlsForm::fileField(const QString &objectName, const QString &placeholder,
                                   const QString &dialogTitle, QWidget **row)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(objectName + u"Browse"_s);
    connect(browse, &QPushButton::clicked, this, [this, edit, dialogTitle]() {
        const QString file = QFileDialog::getOpenFileName(
            this, dialogTitle, edit->text(),
            tr("Certificates and keys (*.pem *.crt *.cer *.key);;All files (*)"));
        if (!file.isEmpty())
            edit->setText(file);
    });
    *row = new QWidget(this);
    auto *layout = new QHBoxLayout(*row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return edit;
}

void RedisTlsForm::updateWarning()
{
    m_warning->setVisible(m_skipVerify->isChecked());
}

void RedisTlsForm::setOptions(const RedisTlsOptions &o)
{
    m_caFile->setText(o.caFile);
    m_certFile->setText(o.certFile);
    m_keyFile->setText(o.keyFile);
    m_serverName->setText(o.serverName);
    m_skipVerify->setChecked(!o.verifyPeer);
    updateWarning();
}

RedisTlsOptions RedisTlsForm::options() const
{
    RedisTlsOptions o;
    o.caFile = m_caFile->text().trimmed();
    o.certFile = m_certFile->text().trimmed();
    o.keyFile = m_keyFile->text().trimmed();
    o.serverName = m_serverName->text().trimmed();
    o.verifyPeer = !m_skipVerify->isChecked();
    return o;
}

QString RedisTlsForm::keyPassphrase() const
{
    return m_passphrase->text();
}

void RedisTlsForm::setKeyPassphrase(const QString &passphrase)
{
    m_passphrase->setText(passphrase);
}

} // namespace sonde
