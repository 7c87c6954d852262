// Saved profiles survive a restart and the settings file never holds a secret.
#include "connection/ProfileStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

class TestProfileStore : public QObject
{
    Q_OBJECT
private slots:
    void savesAndLoadsWithoutSecrets()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"sonde.ini"_s);
        QString id;
        {
            ProfileStore store(nullptr, file);
            QSignalSpy changed(&store, &ProfileStore::changed);
            ConnectionProfile p;
            QString password;
            QVERIFY(ConnectionProfile::fromUri(
                u"postgresql://alice:Very-Secret-1@db1:5433/orders?sslmode=require"_s, &p,
                &password, nullptr));
            p.readOnly = true;
            // Even a password smuggled into the extra options does not reach the file.
            p.extraOptions = u"connect_timeout=3 password=Very-Secret-2"_s;
            const ConnectionProfile saved = store.save(p);
            QVERIFY(!saved.id.isEmpty());
            id = saved.id;
            ConnectionProfile r;
            QVERIFY(ConnectionProfile::fromUri(u"redis://mon:Very-Secret-3@cache:6380/2"_s, &r,
                                               &password, nullptr));
            store.save(r);
            // TLS settings are file names and choices; the key's passphrase is a secret.
            ConnectionProfile t;
            QVERIFY(ConnectionProfile::fromUri(
                u"rediss://cache:6380/0?cacert=/ca.pem&cert=/c.pem&key=/k.pem&sni=redis.internal"
                "&verify=none&keypass=Very-Secret-4"_s,
                &t, &password, nullptr));
            store.save(t);
            QCOMPARE(changed.count(), 3);
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(!text.contains("Very-Secret"));
        QVERIFY(text.contains("db1"));

        ProfileStore again(nullptr, file);
        QCOMPARE(again.profiles().size(), 3);
        const ConnectionProfile tls = again.profiles().at(2);
        QVERIFY(tls.tls);
        QCOMPARE(tls.redisTls.caFile, u"/ca.pem"_s);
        QCOMPARE(tls.redisTls.certFile, u"/c.pem"_s);
        QCOMPARE(tls.redisTls.keyFile, u"/k.pem"_s);
        QCOMPARE(tls.redisTls.serverName, u"redis.internal"_s);
        QVERIFY(!tls.redisTls.verifyPeer);
        const ConnectionProfile p = again.byId(id);
        QCOMPARE(p.host, u"db1"_s);
        QCOMPARE(p.port, 5433);
        QCOMPARE(p.sslMode, u"require"_s);
        QVERIFY(p.readOnly);
        QCOMPARE(p.extraOptions, u"connect_timeout='3'"_s);
        QCOMPARE(again.profiles().at(1).kind, TargetKind::Redis);
        QCOMPARE(again.profiles().at(1).redisDatabase, 2);

        again.remove(id);
        QCOMPARE(ProfileStore(nullptr, file).profiles().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
