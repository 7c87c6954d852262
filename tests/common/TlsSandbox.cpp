#include "TlsSandbox.h"

#include "TestSandbox.h"
#include "sandbox/ServerBinaries.h"

#include <QProcess>

namespace sonde::test {

bool ensureTlsSandbox(QString *error)
{
    SandboxOptions options;
    options.redisTls = true;
    return TestSandbox::ensureStarted(error, options);
}

RedisEndpoint tlsRedisEndpoint()
{
    RedisEndpoint ep;
    RedisEndpoint::parse(TestSandbox::endpoints().redis, &ep, nullptr);
    return ep;
}

QString encryptedClientKey(const QString &dir, const QString &passphrase, QString *error)
{
    ServerBinaries bin;
    if (!ServerBinaries::locateOpenssl(&bin, error))
        return {};
    const QString out = dir + QStringLiteral("/client-encrypted.key");
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(bin.openssl, {QStringLiteral("pkey"), QStringLiteral("-in"),
                                TestSandbox::endpoints().redisClientKey, QStringLiteral("-aes256"),
                                QStringLiteral("-passout"), QStringLiteral("pass:") + passphrase,
                                QStringLiteral("-out"), out});
    if (!openssl.waitForFinished(20000) || openssl.exitCode() != 0) {
        *error = QString::fromUtf8(openssl.readAll());
        return {};
    }
    return out;
}

} // namespace sonde::test
