#include "RedisTlsTransport.h"

#include "RedisTlsDiagnosis.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkProxy>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

#include <algorithm>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// Translation context for the messages of this file (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RedisClient)
};

int remainingMs(QDeadlineTimer deadline)
{
    return int(std::clamp<qint64>(deadline.remainingTime(), 0, 24 * 3600 * 1000));
}

DbError fileProblem(const QString &message)
{
    return DbError::make(DbError::Kind::Configuration, message);
}

bool readFile(const QString &path, QByteArray *content)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    *content = f.readAll();
    return true;
}

} // namespace

RedisTlsTransport::RedisTlsTransport() = default;

RedisTlsTransport::~RedisTlsTransport() = default;

DbError RedisTlsTransport::configure(const RedisEndpoint &endpoint, QSslConfiguration *config)
{
    const RedisTlsOptions &o = endpoint.tlsOptions;
    config->setPeerVerifyMode(o.verifyPeer ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
    if (!o.caFile.isEmpty()) {
        QByteArray pem;
        if (!readFile(o.caFile, &pem))
            return fileProblem(Text::tr("The CA file %1 cannot be read.").arg(o.caFile));
        const QList<QSslCertificate> cas = QSslCertificate::fromData(pem, QSsl::Pem);
        if (cas.isEmpty())
            return fileProblem(
                Text::tr("The CA file %1 holds no certificate in PEM format.").arg(o.caFile));
        // Like libpq's sslrootcert: the file is the whole trust, not an addition to it.
        config->setCaCertificates(cas);
    }
    if (o.certFile.isEmpty() && o.keyFile.isEmpty())
        return {};
    if (o.certFile.isEmpty() || o.keyFile.isEmpty())
        return fileProblem(Text::tr("A client certificate needs both the certificate file and "
                                    "its key file."));
    QByteArray pem;
    if (!readFile(o.certFile, &pem))
        return fileProblem(Text::tr("The client certificate %1 cannot be read.").arg(o.certFile));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(pem, QSsl::Pem);
    if (chain.isEmpty())
        return fileProblem(Text::tr("The client certificate file %1 holds no certificate in PEM "
                                    "format.")
                               .arg(o.certFile));
    if (!readFile(o.keyFile, &pem))
        return fileProblem(Text::tr("The client key %1 cannot be read.").arg(o.keyFile));
    const bool encrypted = pem.contains("ENCRYPTED");
    if (encrypted && endpoint.keyPassphrase.isEmpty())
        return fileProblem(Text::tr("The client key %1 is encrypted: enter its passphrase in the "
                                    "profile.")
                               .arg(o.keyFile));
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, endpoint.keyPassphrase.toUtf8());
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return fileProblem(encrypted ? Text::tr("The client key %1 cannot be decrypted: is the "
                                                "passphrase right?")
                                           .arg(o.keyFile)
                                     : Text::tr("The client key %1 is not a private key in PEM "
                                                "format.")
                                           .arg(o.keyFile));
    config->setLocalCertificateChain(chain);
    config->setPrivateKey(key);
    return {};
}

DbError RedisTlsTransport::open(const RedisEndpoint &endpoint, int timeoutMs)
{
    const QString where = endpoint.target();
    if (!QSslSocket::supportsSsl())
        return DbError::make(DbError::Kind::Tls,
                             Text::tr("%1 needs TLS, but Qt found no TLS library on this computer "
                                      "(install libssl3).")
                                 .arg(where),
                             QSslSocket::activeBackend());
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (DbError err = configure(endpoint, &config))
        return err;
    m_socket = std::make_unique<QSslSocket>();
    m_socket->setProxy(QNetworkProxy::NoProxy);
    // A TLS failure is often followed by "remote host closed": keep the TLS one, it says why
    // (a TLS 1.3 server refuses a client certificate only after the handshake, by an alert).
    QObject::connect(m_socket.get(), &QAbstractSocket::errorOccurred, m_socket.get(),
                     [this](QAbstractSocket::SocketError error) {
                         if (m_tlsError.isEmpty() &&
                             (error == QAbstractSocket::SslInternalError ||
                              error == QAbstractSocket::SslHandshakeFailedError))
                             m_tlsError = m_socket->errorString();
                     });
    m_socket->setSslConfiguration(config);
    const QDeadlineTimer deadline(timeoutMs);
    if (DbError err = connectTcp(endpoint, timeoutMs))
        return err;
    // Qt gets its own descriptor of the socket: it may close it on a failure, while
    // shutdown() from another thread keeps using the transport's, valid until it is gone.
    const int qtFd = ::fcntl(m_fd.load(), F_DUPFD_CLOEXEC, 0);
    if (qtFd < 0 || !m_socket->setSocketDescriptor(qtFd)) {
        if (qtFd >= 0)
            ::close(qtFd);
        return DbError::make(DbError::Kind::Internal,
                             Text::tr("Cannot hand the connection to %1 to TLS: %2")
                                 .arg(where, m_socket->errorString()));
    }
    // Checked against the certificate, and sent as SNI unless it is an address.
    m_socket->setPeerVerifyName(
        endpoint.tlsOptions.serverName.isEmpty() ? endpoint.host : endpoint.tlsOptions.serverName);
    m_socket->startClientEncryption();
    if (!m_socket->waitForEncrypted(remainingMs(deadline))) {
        const bool timedOut = m_socket->state() == QAbstractSocket::ConnectedState &&
                              m_socket->error() == QAbstractSocket::SocketTimeoutError;
        const DbError err = describeHandshakeFailure(*m_socket, endpoint, timedOut);
        m_socket.reset();
        return err;
    }
    return {};
}

bool RedisTlsTransport::send(const char *data, qsizetype size, QDeadlineTimer deadline)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    if (m_socket->write(data, size) != size)
        return false;
    // Encrypts and hands everything to the kernel now: the thread may have no event loop.
    m_socket->flush();
    while (m_socket->encryptedBytesToWrite() > 0 || m_socket->bytesToWrite() > 0) {
        if (deadline.hasExpired()) {
            m_error = Text::tr("No answer before the deadline.");
            return false;
        }
        if (!m_socket->waitForBytesWritten(remainingMs(deadline)) &&
            m_socket->state() != QAbstractSocket::ConnectedState)
            return false;
    }
    return true;
}

qsizetype RedisTlsTransport::receive(char *buffer, qsizetype capacity, QDeadlineTimer deadline)
{
    if (!m_socket)
        return -1;
    if (m_socket->bytesAvailable() == 0) {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return -1;
        // Reads the socket, decrypts, and returns once decrypted bytes are here (or at the
        // deadline: a TLS record may arrive in pieces).
        if (!m_socket->waitForReadyRead(remainingMs(deadline)) && m_socket->bytesAvailable() == 0)
            return m_socket->state() == QAbstractSocket::ConnectedState ? 0 : -1;
    }
    return qsizetype(m_socket->read(buffer, capacity));
}

QString RedisTlsTransport::errorText() const
{
    if (!m_error.isEmpty())
        return m_error;
    const QString last = m_socket ? m_socket->errorString() : QString();
    if (m_tlsError.isEmpty() || m_tlsError == last)
        return last;
    return u"%1 (%2)"_s.arg(m_tlsError, last);
}

QString RedisTlsTransport::securityDescription() const
{
    if (!m_socket || !m_socket->isEncrypted())
        return {};
    const QSslCipher cipher = m_socket->sessionCipher();
    const QSslCertificate peer = m_socket->peerCertificate();
    const QString subject = peer.subjectDisplayName();
    const QString issuer = peer.issuerDisplayName();
    QString text = Text::tr("%1 (%2); server certificate \"%3\" issued by \"%4\", valid until %5")
                       .arg(cipher.protocolString(), cipher.name(), subject, issuer,
                            peer.expiryDate().toString(Qt::ISODate));
    if (!m_socket->sslConfiguration().localCertificate().isNull())
        text += Text::tr("; client certificate \"%1\"")
                    .arg(m_socket->sslConfiguration().localCertificate().subjectDisplayName());
    return text;
}

} // namespace sonde
