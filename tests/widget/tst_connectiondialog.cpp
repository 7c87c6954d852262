// "Connect to a server" offscreen against the sandbox's real servers: a pasted URI fills the
// form (and its password never stays in view), Test connection runs off the GUI thread and
// says what is wrong, Connect adds a read-only target with its password kept in memory
// only, and the saved profile holds no secret.
#include "ConnectionDialog.h"
#include "ConnectionDialogFixture.h"
#include "ProfileForm.h"
#include "TestMain.h"
#include "TestSandbox.h"
#include "connection/ProfileConnector.h"
#include "connection/ProfileStore.h"
#include "connection/SecretStore.h"
#include "connection/TargetList.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace sonde;

class TestConnectionDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString settingsFile() const { return m_dir.filePath(u"profiles.ini"_s); }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::TestSandbox::ensureStarted(&error), qPrintable(error));
    }

    void pasteTestAndConnect()
    {
        test::ConnectionDialogFixture f(settingsFile());
        ConnectionDialog &dialog = *f.dialog;

        const QString uri = test::TestSandbox::endpoints().postgres;
        const QString password = QUrl(uri).password();
        ProfileForm *form = dialog.form();
        QVERIFY(form->readUri(uri));
        QCOMPARE(form->findChild<QLineEdit *>(u"host"_s)->text(), u"127.0.0.1"_s);
        QCOMPARE(form->findChild<QSpinBox *>(u"port"_s)->value(),
                 test::TestSandbox::endpoints().postgresPort);
        QCOMPARE(form->findChild<QLineEdit *>(u"user"_s)->text(), u"sonde"_s);
        QCOMPARE(form->password(), password);
        QVERIFY(!form->findChild<QLineEdit *>(u"uri"_s)->text().contains(password));

        // The test runs off the GUI thread: the event loop keeps turning.
        qint64 longest = 0;
        QElapsedTimer since;
        since.start();
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, [&]() { longest = qMax(longest, since.restart()); });
        ticker.start(10);
        dialog.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.resultText().contains(u"Usable"_s), 20000);
        ticker.stop();
        QVERIFY2(longest < 300, qPrintable(u"blocked %1 ms"_s.arg(longest)));
        QVERIFY(dialog.resultText().contains(u"pg_stat_statements"_s));
        QVERIFY(!dialog.resultText().contains(password));
        if (const QString dir = qEnvironmentVariable("SONDE_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(dir + u"/connection-dialog.png"_s);

        form->findChild<QCheckBox *>(u"readOnly"_s)->setChecked(true);
        dialog.connectProfile();
        QTRY_COMPARE(f.targets.targets().size(), 1);
        const Target t = f.targets.targets().first();
        QVERIFY(t.readOnly);
        QCOMPARE(t.kind, TargetKind::PostgreSQL);
        QVERIFY(t.uri.contains(password));           // in memory, for this session
        QVERIFY(!t.displayUri().contains(password)); // never shown
        QString cached;
        QVERIFY(f.secrets.cached(f.profiles.profiles().first().secretKey(), &cached));
        QCOMPARE(cached, password);

        QFile file(settingsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("127.0.0.1"));
        QVERIFY(!saved.contains(password.toUtf8()));
    }

    void saysWhatIsWrong()
    {
        test::ConnectionDialogFixture f(settingsFile());
        ConnectionDialog &dialog = *f.dialog;
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();

        QVERIFY(dialog.form()->readUri(u"redis://:wrong@127.0.0.1:%1/0"_s.arg(ep.redisPort)));
        dialog.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.resultText().contains(u"Not usable"_s), 20000);
        QVERIFY2(dialog.resultText().contains(u"refused the user name or password"_s),
                 qPrintable(dialog.resultText()));

        QVERIFY(dialog.form()->readUri(
            u"postgresql://x@127.0.0.1:%1/db?connect_timeout=2"_s.arg(ep.redisPort)));
        dialog.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.resultText().contains(u"Not usable"_s), 30000);
        QVERIFY2(dialog.resultText().contains(u"speaks Redis, not PostgreSQL"_s),
                 qPrintable(dialog.resultText()));
        QCOMPARE(f.targets.targets().size(), 0);
    }

    void cleanupTestCase() { test::TestSandbox::stop(); }
};

SONDE_TEST_GUI_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
