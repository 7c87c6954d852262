// Each way a TLS connection to Redis goes wrong gets its own message, against the sandbox's
// real redis-server with TLS: TLS to a plain port, plain to the TLS port, a CA this computer
// does not trust, a certificate made out to another name, an expired certificate, a server
// that wants a client certificate, a client certificate from another CA, an encrypted key.
// The server's certificate and settings are switched at run time (CONFIG SET), from a
// connection opened before, and put back after each test.
#include "TestSandbox.h"
#include "TlsSandbox.h"
#include "connection/ConnectionTester.h"
#include "connection/RedisClient.h"
#include "sandbox/Sandbox.h"
#include "sandbox/ServerBinaries.h"
#include "sandbox/ThrowAwayCa.h"

#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

class TestRedisTlsErrors : public QObject
{
    Q_OBJECT
private:
    // Serves another certificate of the sandbox CA (restoreCertificate() puts the sandbox's
    // own back).
    bool serveCertificate(const QString &name, const QStringList &altNames,
                          ThrowAwayCa::Validity validity)
    {
        ThrowAwayCa::Issued issued;
        QString error;
        if (!test::TestSandbox::instance().certificateAuthority()->issue(
                name, ThrowAwayCa::Purpose::Server, altNames, validity, &issued, &error)) {
            qWarning() << error;
            return false;
        }
        RedisReply reply;
        return !m_admin.command({"CONFIG", "SET", "tls-cert-file", issued.certFile.toUtf8(),
                                 "tls-key-file", issued.keyFile.toUtf8()},
                                &reply);
    }
    void restoreCertificate()
    {
        admin({"CONFIG", "SET", "tls-cert-file", m_serverCert, "tls-key-file", m_serverKey});
    }

    void admin(const QList<QByteArray> &args)
    {
        RedisReply reply;
        const DbError err = m_admin.command(args, &reply);
        QVERIFY2(!err, qPrintable(err.toString()));
    }

    static QByteArray configValue(RedisClient &c, const QByteArray &name)
    {
        RedisReply reply;
        if (c.command({"CONFIG", "GET", name}, &reply) || reply.elements.size() < 2)
            return {};
        return reply.elements.at(1).text;
    }

    static DbError openTls(const RedisEndpoint &ep)
    {
        RedisClient c;
        return c.open(ep, 3000, 3000);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::ensureTlsSandbox(&error), qPrintable(error));
        QVERIFY(test::TestSandbox::instance().certificateAuthority());
        const DbError err = m_admin.open(test::tlsRedisEndpoint(), 5000, 5000, "tls-test-admin");
        QVERIFY2(!err, qPrintable(err.toString()));
        m_serverCert = configValue(m_admin, "tls-cert-file");
        m_serverKey = configValue(m_admin, "tls-key-file");
        QVERIFY(!m_serverCert.isEmpty() && !m_serverKey.isEmpty());
    }

    void verifiedConnectionWorks()
    {
        RedisClient c;
        const DbError err = c.open(test::tlsRedisEndpoint());
        QVERIFY2(!err, qPrintable(err.toString()));
        QVERIFY2(c.securityDescription().contains(u"TLSv1."_s),
                 qPrintable(c.securityDescription()));
        QVERIFY2(c.securityDescription().contains(u"redis-server"_s),
                 qPrintable(c.securityDescription()));
    }

    void tlsToAPlainPort()
    {
        // The same server also listens in plain text for this test.
        const int plainPort = pickFreeLoopbackPorts(1).value(0);
        admin({"CONFIG", "SET", "port", QByteArray::number(plainPort)});
        const auto restore = qScopeGuard([this]() { admin({"CONFIG", "SET", "port", "0"}); });
        RedisEndpoint ep = test::tlsRedisEndpoint();
        ep.port = plainPort;
        const DbError err = openTls(ep);
        QCOMPARE(err.kind, DbError::Kind::Tls);
        QVERIFY2(err.message.contains(u"speaks plain Redis, without TLS"_s) &&
                     err.message.contains(u"redis://"_s),
                 qPrintable(err.toString()));
    }

    void plainToTheTlsPort()
    {
        RedisEndpoint ep = test::tlsRedisEndpoint();
        ep.tls = false;
        ep.tlsOptions = {};
        RedisClient c;
        const DbError err = c.open(ep, 3000, 3000);
        QCOMPARE(err.kind, DbError::Kind::Tls);
        QVERIFY2(err.message.contains(u"expects TLS: use a rediss:// URI"_s),
                 qPrintable(err.toString()));
    }

    void unknownCa()
    {
        // Without the CA file only the system's CAs count: the sandbox CA is not one of them.
        RedisEndpoint ep = test::tlsRedisEndpoint();
        ep.tlsOptions.caFile.clear();
        const DbError err = openTls(ep);
        QCOMPARE(err.kind, DbError::Kind::Tls);
        QVERIFY2(err.message.contains(u"a CA this computer does not trust"_s) &&
                     err.message.contains(u"Sonde throw-away CA"_s) &&
                     err.message.contains(u"CA file"_s),
                 qPrintable(err.toString()));
        QVERIFY(!err.detail.isEmpty());
    }

    void hostNameMismatch()
    {
        QVERIFY(serveCertificate(u"cache-example"_s, {u"DNS:cache.example"_s},
                                 ThrowAwayCa::Validity::Current));
        const auto restore = qScopeGuard([this]() { restoreCertificate(); });
        RedisEndpoint ep = test::tlsRedisEndpoint();
        const DbError err = openTls(ep);
        QCOMPARE(err.kind, DbError::Kind::Tls);
        QVERIFY2(err.message.contains(u"made out to cache.example, not to \"127.0.0.1\""_s) &&
                     err.message.contains(u"server name (SNI)"_s),
                 qPrintable(err.toString()));
        // The server name the certificate is for: checked against it, and accepted.
        ep.tlsOptions.serverName = u"cache.example"_s;
        const DbError named = openTls(ep);
        QVERIFY2(!named, qPrintable(named.toString()));
    }

    void expiredCertificate()
    {
        QVERIFY(
            serveCertificate(u"expired"_s, {u"IP:127.0.0.1"_s}, ThrowAwayCa::Validity::Expired));
        const auto restore = qScopeGuard([this]() { restoreCertificate(); });
        RedisEndpoint ep = test::tlsRedisEndpoint();
        const DbError err = openTls(ep);
        QCOMPARE(err.kind, DbError::Kind::Tls);
        const QString yesterday =
            QDateTime::currentDateTimeUtc().addDays(-1).date().toString(Qt::ISODate);
        QVERIFY2(err.message.contains(u"expired on "_s + yesterday) &&
                     err.message.contains(u"renew"_s),
                 qPrintable(err.toString()));

        // Skipping verification connects, and the connection test says it is unsafe.
        ep.tlsOptions.verifyPeer = false;
        QVERIFY(!openTls(ep));
        Target target;
        target.id = u"t"_s;
        target.kind = TargetKind::Redis;
        target.uri = ep.toUri(true);
        const ConnectionTestResult r = ConnectionTester::test(target);
        QVERIFY2(r.ok(), qPrintable(r.toText()));
        const ConnectionCheck *tls = r.check(u"TLS"_s);
        QVERIFY(tls);
        QCOMPARE(tls->outcome, ConnectionCheck::Outcome::Warning);
        QVERIFY2(tls->message.contains(u"not verified"_s), qPrintable(tls->message));
    }

    void clientCertificateRequired()
    {
        admin({"CONFIG", "SET", "tls-auth-clients", "yes"});
        const auto restore = qScopeGuard([this]() {
            admin({"CONFIG", "SET", "tls-auth-clients", "optional"});
        });
        RedisEndpoint ep = test::tlsRedisEndpoint();
        const DbError err = openTls(ep);
        QVERIFY2(err.kind == DbError::Kind::Tls, qPrintable(err.toString()));
        QVERIFY2(err.message.contains(u"asks for a client certificate"_s),
                 qPrintable(err.toString()));

        // Mutual TLS with the certificate the sandbox CA signed.
        ep.tlsOptions.certFile = test::TestSandbox::endpoints().redisClientCert;
        ep.tlsOptions.keyFile = test::TestSandbox::endpoints().redisClientKey;
        RedisClient c;
        const DbError mutual = c.open(ep, 3000, 3000);
        QVERIFY2(!mutual, qPrintable(mutual.toString()));
        QVERIFY2(c.securityDescription().contains(u"client certificate \"sonde-client\""_s),
                 qPrintable(c.securityDescription()));

        // A client certificate from a CA the server does not know.
        QTemporaryDir dir;
        ServerBinaries bin;
        QString error;
        QVERIFY2(ServerBinaries::locateOpenssl(&bin, &error), qPrintable(error));
        ThrowAwayCa other(dir.path() + u"/other-ca"_s, bin.openssl, RunAs());
        ThrowAwayCa::Issued stranger;
        QVERIFY2(other.create(&error) &&
                     other.issue(u"stranger"_s, ThrowAwayCa::Purpose::Client, {},
                                 ThrowAwayCa::Validity::Current, &stranger, &error),
                 qPrintable(error));
        ep.tlsOptions.certFile = stranger.certFile;
        ep.tlsOptions.keyFile = stranger.keyFile;
        const DbError refused = openTls(ep);
        QCOMPARE(refused.kind, DbError::Kind::Tls);
        QVERIFY2(refused.message.contains(u"refused the client certificate"_s),
                 qPrintable(refused.toString()));
    }

    void encryptedClientKey()
    {
        QTemporaryDir dir;
        const QString encrypted = dir.path() + u"/client-encrypted.key"_s;
        QProcess openssl;
        ServerBinaries bin;
        QString error;
        QVERIFY2(ServerBinaries::locateOpenssl(&bin, &error), qPrintable(error));
        openssl.start(bin.openssl,
                      {u"pkey"_s, u"-in"_s, test::TestSandbox::endpoints().redisClientKey,
                       u"-aes256"_s, u"-passout"_s, u"pass:open sesame"_s, u"-out"_s, encrypted});
        QVERIFY(openssl.waitForFinished(20000));
        QCOMPARE(openssl.exitCode(), 0);

        RedisEndpoint ep = test::tlsRedisEndpoint();
        ep.tlsOptions.certFile = test::TestSandbox::endpoints().redisClientCert;
        ep.tlsOptions.keyFile = encrypted;
        DbError err = openTls(ep);
        QCOMPARE(err.kind, DbError::Kind::Configuration);
        QVERIFY2(err.message.contains(u"is encrypted: enter its passphrase"_s),
                 qPrintable(err.toString()));
        ep.keyPassphrase = u"open says me"_s;
        err = openTls(ep);
        QCOMPARE(err.kind, DbError::Kind::Configuration);
        QVERIFY2(err.message.contains(u"cannot be decrypted"_s), qPrintable(err.toString()));
        QVERIFY(!err.toString().contains(ep.keyPassphrase)); // never echo a secret
        ep.keyPassphrase = u"open sesame"_s;
        err = openTls(ep);
        QVERIFY2(!err, qPrintable(err.toString()));
    }

    void unreadableFilesAreNamed()
    {
        RedisEndpoint ep = test::tlsRedisEndpoint();
        ep.tlsOptions.caFile = u"/nonexistent/ca.pem"_s;
        const DbError err = openTls(ep);
        QCOMPARE(err.kind, DbError::Kind::Configuration);
        QVERIFY2(err.message.contains(u"/nonexistent/ca.pem"_s), qPrintable(err.toString()));
    }

    void cleanupTestCase()
    {
        m_admin.close();
        test::TestSandbox::stop();
    }

private:
    RedisClient m_admin;
    QByteArray m_serverCert;
    QByteArray m_serverKey;
};

QTEST_GUILESS_MAIN(TestRedisTlsErrors)
#include "tst_redis_tls_errors.moc"
