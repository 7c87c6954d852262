// Passwords in the OS keychain, or in memory with a clear message when there is none, and
// never a hang. The suite runs twice: as `tst_secretstore` without a D-Bus session (the
// fallback, and a keychain that never answers), and as `tst_secretstore_keychain` inside
// dbus-run-session with an unlocked gnome-keyring (see with-keyring.sh), where secrets must
// really reach the keychain and come back in a fresh store.
#include "connection/SecretStore.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

bool expectKeychain()
{
    return qEnvironmentVariableIntValue("SONDE_TEST_EXPECT_KEYCHAIN") == 1;
}

struct WriteResult
{
    bool done = false;
    bool persisted = false;
    QString message;
};

WriteResult writeAndWait(SecretStore &store, const QString &key, const QString &secret)
{
    WriteResult r;
    store.write(key, secret, [&r](bool persisted, const QString &message) {
        r.done = true;
        r.persisted = persisted;
        r.message = message;
    });
    if (!QTest::qWaitFor([&r]() { return r.done; }, 20000))
        r.message = u"no answer within 20 s"_s;
    return r;
}

QPair<bool, QString> readAndWait(SecretStore &store, const QString &key)
{
    bool done = false;
    QPair<bool, QString> out;
    store.read(key, [&](bool found, const QString &secret) {
        done = true;
        out = {found, secret};
    });
    if (!QTest::qWaitFor([&done]() { return done; }, 20000))
        out = {false, u"no answer within 20 s"_s};
    return out;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!expectKeychain()) {
            // Whatever session the developer runs in: this run has no keychain.
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
            qunsetenv("DISPLAY");
            qunsetenv("WAYLAND_DISPLAY");
        }
    }

    void withoutKeychainFallsBackToMemory()
    {
        if (expectKeychain())
            QSKIP("keychain run: see roundTripThroughTheKeychain");
        SecretStore store;
        store.setTimeoutMs(5000);
        QSignalSpy changed(&store, &SecretStore::backendChanged);
        QElapsedTimer t;
        t.start();
        const WriteResult w = writeAndWait(store, u"profile/a"_s, u"hunter2"_s);
        QVERIFY(w.done);
        QVERIFY(!w.persisted);
        QVERIFY2(w.message.contains(u"No keychain is available"_s), qPrintable(w.message));
        QVERIFY2(w.message.contains(u"memory"_s), qPrintable(w.message));
        QVERIFY(!w.message.contains(u"hunter2"_s));
        QCOMPARE(store.backend(), SecretStore::Backend::Memory);
        QCOMPARE(changed.count(), 1);
        // Usable for the session …
        QCOMPARE(readAndWait(store, u"profile/a"_s), qMakePair(true, u"hunter2"_s));
        // … and only for the session.
        SecretStore next;
        next.setTimeoutMs(5000);
        QCOMPARE(readAndWait(next, u"profile/a"_s).first, false);
        QVERIFY(t.elapsed() < 15000);
    }

    void unansweringKeychainTimesOut()
    {
        if (expectKeychain())
            QSKIP("keychain run");
        // A session bus that accepts the connection and then never says a word: the
        // keychain call must give up after the store's deadline, not hang.
        QTemporaryDir dir;
        QLocalServer silent;
        QVERIFY(silent.listen(dir.filePath(u"bus"_s)));
        QList<QLocalSocket *> held;
        connect(&silent, &QLocalServer::newConnection, &silent, [&]() {
            while (QLocalSocket *s = silent.nextPendingConnection())
                held << s;
        });
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + dir.filePath(u"bus"_s).toUtf8());
        SecretStore store;
        store.setTimeoutMs(1500);
        QElapsedTimer t;
        t.start();
        const WriteResult w = writeAndWait(store, u"profile/b"_s, u"pw"_s);
        QVERIFY(w.done);
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QVERIFY(!w.persisted);
        QVERIFY(t.elapsed() >= 1400 && t.elapsed() < 10000);
        QCOMPARE(store.backend(), SecretStore::Backend::Memory);
        QVERIFY2(store.unavailableReason().contains(u"did not answer"_s),
                 qPrintable(store.unavailableReason()));
        QCOMPARE(readAndWait(store, u"profile/b"_s), qMakePair(true, u"pw"_s));
    }

    void roundTripThroughTheKeychain()
    {
        if (!expectKeychain())
            QSKIP("needs dbus-run-session + gnome-keyring: see tst_secretstore_keychain");
        const QString key = u"profile/test-%1"_s.arg(QCoreApplication::applicationPid());
        {
            SecretStore store;
            const WriteResult w = writeAndWait(store, key, u"s3cret ü"_s);
            QVERIFY(w.done);
            QVERIFY2(w.persisted, qPrintable(w.message));
            QCOMPARE(store.backend(), SecretStore::Backend::Keychain);
        }
        {
            SecretStore fresh; // nothing cached: this read goes to the keychain
            QCOMPARE(readAndWait(fresh, key), qMakePair(true, u"s3cret ü"_s));
            bool removed = false;
            fresh.remove(key, [&removed]() { removed = true; });
            QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
        }
        SecretStore after;
        QCOMPARE(readAndWait(after, key).first, false);
        QCOMPARE(after.backend(), SecretStore::Backend::Keychain); // not found is no failure
    }

    void memoryOnlyOnRequest()
    {
        SecretStore store;
        store.useMemoryOnly(u"disabled in the preferences"_s);
        const WriteResult w = writeAndWait(store, u"k"_s, u"v"_s);
        QVERIFY(!w.persisted);
        QVERIFY(store.unavailableReason().contains(u"disabled in the preferences"_s));
        QString cached;
        QVERIFY(store.cached(u"k"_s, &cached));
        QCOMPARE(cached, u"v"_s);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
