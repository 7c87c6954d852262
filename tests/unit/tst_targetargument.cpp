// What a command line names as its target: a URI, conninfo or a saved profile's name, with
// its password from stdin, the keychain or REDISCLI_AUTH — and the refusals said before
// anything is sent, never quoting a password.
#include "connection/PgConnInfo.h"
#include "connection/ProfileStore.h"
#include "connection/RedisEndpoint.h"
#include "connection/SecretStore.h"
#include "connection/TargetArgument.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

// Run as tst_targetargument_keychain: inside a D-Bus session with gnome-keyring.
bool expectKeychain()
{
    return qEnvironmentVariableIntValue("SONDE_TEST_EXPECT_KEYCHAIN") == 1;
}

} // namespace

class TestTargetArgument : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // No keychain in this run: QtKeychain answers "no D-Bus" at once.
        if (!expectKeychain())
            qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
        m_settings = m_dir.filePath(u"sonde.conf"_s);
        ProfileStore store(nullptr, m_settings);
        ConnectionProfile pg;
        QString password;
        QString error;
        QVERIFY(ConnectionProfile::fromUri(u"postgresql://bob@db.internal:5433/app"_s, &pg,
                                           &password, &error));
        pg.name = u"Production app"_s;
        pg.readOnly = true;
        store.save(pg);
        ConnectionProfile redis;
        QVERIFY(ConnectionProfile::fromUri(u"redis://cache.internal:6380/2"_s, &redis, &password,
                                           &error));
        redis.name = u"cache"_s;
        store.save(redis);
    }

    void emptyIsRefused()
    {
        Target t;
        QString error;
        QVERIFY(!TargetArgument::resolve(u"  "_s, {}, &t, &error));
        QVERIFY2(error.contains(u"empty"_s), qPrintable(error));
    }

    void malformedSaysWhyWithoutThePassword()
    {
        Target t;
        QString error;
        QVERIFY(!TargetArgument::resolve(u"postgresql://u:SeCrEt@[::1/db"_s, {}, &t, &error));
        QVERIFY2(error.contains(u"IPv6"_s), qPrintable(error));
        QVERIFY2(!error.contains(u"SeCrEt"_s), qPrintable(error));
        QVERIFY(!TargetArgument::resolve(u"postgresql://h/db?foo=bar"_s, {}, &t, &error));
        QVERIFY2(error.contains(u"invalid URI query parameter"_s), qPrintable(error));
        QVERIFY(!TargetArgument::resolve(u"host=h sslmode=bogus"_s, {}, &t, &error));
        QVERIFY2(error.contains(u"invalid sslmode value"_s), qPrintable(error));
        QVERIFY(!TargetArgument::resolve(u"redis://:SeCrEt@h:99999/0"_s, {}, &t, &error));
        QVERIFY2(!error.contains(u"SeCrEt"_s), qPrintable(error));
        QVERIFY(!TargetArgument::resolve(u"no-such-profile"_s, {}, &t, &error));
        QVERIFY2(error.contains(u"no-such-profile"_s), qPrintable(error));
    }

    void uriWithPasswordFromElsewhere()
    {
        TargetArgument::Options o;
        o.password = u"typed on stdin"_s;
        Target t;
        QString error;
        QVERIFY2(TargetArgument::resolve(u"postgresql://bob@h:5432/app"_s, o, &t, &error),
                 qPrintable(error));
        QCOMPARE(t.kind, TargetKind::PostgreSQL);
        PgConnInfo info;
        QVERIFY(PgConnInfo::parse(t.uri, &info, nullptr));
        QCOMPARE(info.value("password"), o.password);
        QVERIFY(!t.name.contains(o.password));
        QVERIFY(TargetArgument::resolve(u"host=h dbname=pgbouncer"_s, {}, &t, &error));
        QCOMPARE(t.kind, TargetKind::PgBouncer);
    }

    void redisTakesREDISCLI_AUTH()
    {
        qputenv("REDISCLI_AUTH", "from-env");
        Target t;
        QString error;
        QVERIFY(TargetArgument::resolve(u"redis://127.0.0.1:6390/1"_s, {}, &t, &error));
        RedisEndpoint ep;
        QVERIFY(RedisEndpoint::parse(t.uri, &ep, nullptr));
        QCOMPARE(ep.password, u"from-env"_s);
        QCOMPARE(ep.database, 1);
        // A password in the URI wins over the environment, as with redis-cli.
        QVERIFY(TargetArgument::resolve(u"redis://:in-uri@127.0.0.1:6390/1"_s, {}, &t, &error));
        QVERIFY(RedisEndpoint::parse(t.uri, &ep, nullptr));
        QCOMPARE(ep.password, u"in-uri"_s);
        qunsetenv("REDISCLI_AUTH");
    }

    void profileByName()
    {
        TargetArgument::Options o;
        o.settingsFile = m_settings;
        o.keychainTimeoutMs = 2000;
        Target t;
        QString error;
        QStringList notes;
        QVERIFY2(TargetArgument::resolve(u"production APP"_s, o, &t, &error, &notes),
                 qPrintable(error));
        QCOMPARE(t.name, u"Production app"_s);
        QVERIFY(t.readOnly);
        PgConnInfo info;
        QVERIFY(PgConnInfo::parse(t.uri, &info, nullptr));
        QCOMPARE(info.value("host"), u"db.internal"_s);
        QCOMPARE(info.value("port"), u"5433"_s);
        QVERIFY(!info.has("password"));
        if (!expectKeychain())
            QVERIFY2(notes.join(u' ').contains(u"keychain"_s), qPrintable(notes.join(u' ')));

        o.password = u"typed"_s;
        QVERIFY(TargetArgument::resolve(u"cache"_s, o, &t, &error));
        QCOMPARE(t.kind, TargetKind::Redis);
        RedisEndpoint ep;
        QVERIFY(RedisEndpoint::parse(t.uri, &ep, nullptr));
        QCOMPARE(ep.password, u"typed"_s);
        QCOMPARE(ep.port, 6380);
    }

    // The password a profile saved in the keychain (as the window does) reaches the URI.
    void profilePasswordFromTheKeychain()
    {
        if (!expectKeychain())
            QSKIP("needs dbus-run-session + gnome-keyring: see tst_targetargument_keychain");
        TargetArgument::Options o;
        o.settingsFile = m_settings;
        o.keychainTimeoutMs = 20000;
        Target t;
        QString error;
        QVERIFY2(TargetArgument::resolve(u"Production app"_s, o, &t, &error), qPrintable(error));
        ConnectionProfile profile;
        profile.id = t.id;
        SecretStore secrets;
        bool written = false;
        secrets.write(profile.secretKey(), u"Kept-In-Keychain"_s,
                      [&](bool persisted, const QString &) { written = persisted; });
        QTRY_VERIFY_WITH_TIMEOUT(written, 20000);
        QStringList notes;
        QVERIFY2(TargetArgument::resolve(u"Production app"_s, o, &t, &error, &notes),
                 qPrintable(error));
        PgConnInfo info;
        QVERIFY(PgConnInfo::parse(t.uri, &info, nullptr));
        QCOMPARE(info.value("password"), u"Kept-In-Keychain"_s);
        QVERIFY2(notes.isEmpty(), qPrintable(notes.join(u' ')));
    }

    void redisUriForStandardClients()
    {
        RedisEndpoint ep;
        ep.port = 7001;
        ep.password = u"pw"_s;
        QCOMPARE(ep.toUri(true), u"redis://default:pw@127.0.0.1:7001/0"_s);
        QCOMPARE(ep.authCommand(), (QList<QByteArray>{"AUTH", "pw"}));
        RedisEndpoint back;
        QVERIFY(RedisEndpoint::parse(ep.toUri(true), &back, nullptr));
        QCOMPARE(back.authCommand(), (QList<QByteArray>{"AUTH", "pw"}));
        back.user = u"watcher"_s;
        QCOMPARE(back.authCommand(), (QList<QByteArray>{"AUTH", "watcher", "pw"}));
    }

private:
    QTemporaryDir m_dir;
    QString m_settings;
};

QTEST_GUILESS_MAIN(TestTargetArgument)
#include "tst_targetargument.moc"
