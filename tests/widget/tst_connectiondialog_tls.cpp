// "Connect to a server" for a Redis that speaks TLS only (the sandbox's, with its throw-away
// CA), offscreen: a pasted rediss:// URI fills the TLS fields, verification stays on, a
// client certificate with an encrypted key connects with its passphrase, "skip
// verification" shows why it is unsafe, and the passphrase goes to the keychain (here: the
// session's memory), never to the settings file or a URI on screen.
#include "ConnectionDialog.h"
#include "ConnectionDialogFixture.h"
#include "ProfileForm.h"
#include "RedisTlsForm.h"
#include "TestMain.h"
#include "TestSandbox.h"
#include "TlsSandbox.h"
#include "connection/ProfileConnector.h"
#include "connection/ProfileStore.h"
#include "connection/SecretStore.h"
#include "connection/TargetList.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace sonde;

class TestConnectionDialogTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::ensureTlsSandbox(&error), qPrintable(error));
    }

    void mutualTlsWithAnEncryptedKey()
    {
        QString error;
        const QString passphrase = u"correct horse battery"_s;
        const QString key = test::encryptedClientKey(m_dir.path(), passphrase, &error);
        QVERIFY2(!key.isEmpty(), qPrintable(error));
        test::ConnectionDialogFixture f(m_dir.filePath(u"profiles.ini"_s));
        ConnectionDialog &dialog = *f.dialog;

        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        ProfileForm *form = dialog.form();
        RedisTlsForm *tls = form->tlsForm();
        QVERIFY(!tls->isVisibleTo(&dialog));
        QVERIFY(form->readUri(ep.redis));
        QVERIFY(form->findChild<QCheckBox *>(u"tls"_s)->isChecked());
        QVERIFY(tls->isVisibleTo(&dialog));
        QCOMPARE(tls->findChild<QLineEdit *>(u"tlsCaFile"_s)->text(), ep.redisCaFile);
        QCheckBox *skip = tls->findChild<QCheckBox *>(u"tlsSkipVerify"_s);
        QLabel *warning = tls->findChild<QLabel *>(u"tlsUnsafeWarning"_s);
        QVERIFY(!skip->isChecked());
        QVERIFY(!warning->isVisibleTo(&dialog));

        tls->findChild<QLineEdit *>(u"tlsCertFile"_s)->setText(ep.redisClientCert);
        tls->findChild<QLineEdit *>(u"tlsKeyFile"_s)->setText(key);
        dialog.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.resultText().contains(u"Not usable"_s), 20000);
        QVERIFY2(dialog.resultText().contains(u"is encrypted: enter its passphrase"_s),
                 qPrintable(dialog.resultText()));

        tls->findChild<QLineEdit *>(u"tlsKeyPassphrase"_s)->setText(passphrase);
        dialog.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.resultText().contains(u"Usable"_s), 20000);
        QVERIFY2(dialog.resultText().contains(u"TLS: TLSv1."_s) &&
                     dialog.resultText().contains(u"client certificate \"sonde-client\""_s),
                 qPrintable(dialog.resultText()));
        QVERIFY(!dialog.resultText().contains(passphrase));

        // Skipping verification is a choice made on purpose, and it says why it is unsafe.
        skip->setChecked(true);
        QVERIFY(warning->isVisibleTo(&dialog));
        QVERIFY(warning->text().contains(u"Unsafe"_s));
        if (const QString dir = qEnvironmentVariable("SONDE_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(dir + u"/connection-dialog-redis-tls.png"_s);
        skip->setChecked(false);
        QVERIFY(!warning->isVisibleTo(&dialog));

        dialog.connectProfile();
        QTRY_COMPARE(f.targets.targets().size(), 1);
        const Target t = f.targets.targets().first();
        QCOMPARE(t.kind, TargetKind::Redis);
        QVERIFY(t.uri.startsWith(u"rediss://"_s));
        QVERIFY(!t.displayUri().contains(u"keypass"_s));
        const ConnectionProfile saved = f.profiles.profiles().first();
        QString cached;
        QVERIFY(f.secrets.cached(saved.keyPassphraseSecretKey(), &cached));
        QCOMPARE(cached, passphrase);
        QVERIFY(saved.redisTls.verifyPeer);
        QCOMPARE(saved.redisTls.keyFile, key);

        QFile file(m_dir.filePath(u"profiles.ini"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray settings = file.readAll();
        QVERIFY(settings.contains(ep.redisCaFile.toUtf8()));
        QVERIFY(!settings.contains(passphrase.toUtf8()));
    }

    void cleanupTestCase() { test::TestSandbox::stop(); }
};

SONDE_TEST_GUI_MAIN(TestConnectionDialogTls)
#include "tst_connectiondialog_tls.moc"
