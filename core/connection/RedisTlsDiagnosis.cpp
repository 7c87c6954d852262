#include "RedisTlsDiagnosis.h"

#include "ProtocolProbe.h"

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QSslSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// Translation context for the messages of this file (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RedisClient)
};

// The certificate chain does not lead to a CA this side trusts.
const QList<QSslError::SslError> UntrustedIssuer = {
    QSslError::UnableToGetIssuerCertificate,   QSslError::UnableToGetLocalIssuerCertificate,
    QSslError::UnableToVerifyFirstCertificate, QSslError::SelfSignedCertificate,
    QSslError::SelfSignedCertificateInChain,   QSslError::CertificateUntrusted,
    QSslError::CertificateSignatureFailed};

// The names a certificate is made out to: its subject alternative names, else its CN.
QStringList certificateNames(const QSslCertificate &cert)
{
    QStringList names;
    const auto alt = cert.subjectAlternativeNames();
    for (auto it = alt.cbegin(); it != alt.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            names << it.value();
    }
    if (names.isEmpty())
        names = cert.subjectInfo(QSslCertificate::CommonName);
    names.removeDuplicates();
    return names;
}

// The first of `errors` that is one of `kinds`.
const QSslError *findError(const QList<QSslError> &errors, const QList<QSslError::SslError> &kinds)
{
    const auto it = std::find_if(errors.cbegin(), errors.cend(),
                                 [&](const QSslError &e) { return kinds.contains(e.error()); });
    return it == errors.cend() ? nullptr : &*it;
}

DbError tlsError(const QString &message, const QString &detail)
{
    return DbError::make(DbError::Kind::Tls, message, detail);
}

// Which of the certificate's problems to name first: the one the user must fix first.
DbError describeCertificateErrors(const QList<QSslError> &errors, const RedisEndpoint &ep,
                                  const QString &detail)
{
    const QString where = ep.target();
    if (const QSslError *e = findError(errors, UntrustedIssuer)) {
        const QString issuer = e->certificate().issuerDisplayName();
        return tlsError(
            ep.tlsOptions.caFile.isEmpty()
                ? Text::tr("The certificate of %1 is signed by \"%2\", a CA this computer does "
                           "not trust: give the file of that CA's certificate (CA file, "
                           "cacert=) in the profile.")
                      .arg(where, issuer)
                : Text::tr("The certificate of %1 is signed by \"%2\", which is not in the CA "
                           "file %3: give the file of the CA that signed the server's "
                           "certificate.")
                      .arg(where, issuer, ep.tlsOptions.caFile),
            detail);
    }
    if (const QSslError *e = findError(errors, {QSslError::CertificateExpired}))
        return tlsError(Text::tr("The certificate of %1 expired on %2: the server's "
                                 "administrator must renew it.")
                            .arg(where, e->certificate().expiryDate().toString(Qt::ISODate)),
                        detail);
    if (const QSslError *e = findError(errors, {QSslError::CertificateNotYetValid}))
        return tlsError(Text::tr("The certificate of %1 is valid only from %2: check the clock "
                                 "of this computer and of the server.")
                            .arg(where, e->certificate().effectiveDate().toString(Qt::ISODate)),
                        detail);
    if (const QSslError *e = findError(errors, {QSslError::HostNameMismatch})) {
        const QString name =
            ep.tlsOptions.serverName.isEmpty() ? ep.host : ep.tlsOptions.serverName;
        return tlsError(Text::tr("The certificate of %1 is made out to %2, not to \"%3\": "
                                 "connect with one of those names, or enter the name the "
                                 "certificate is for as the server name (SNI).")
                            .arg(where, certificateNames(e->certificate()).join(u", "_s), name),
                        detail);
    }
    return tlsError(Text::tr("The certificate of %1 is not accepted: %2")
                        .arg(where, errors.first().errorString()),
                    detail);
}

bool mentions(const QString &text, const char *what)
{
    return text.contains(QLatin1String(what), Qt::CaseInsensitive);
}

} // namespace

DbError describeHandshakeFailure(const QSslSocket &socket, const RedisEndpoint &ep, bool timedOut)
{
    const QString where = ep.target();
    const QString detail = socket.errorString();
    const QList<QSslError> errors = socket.sslHandshakeErrors();
    if (!errors.isEmpty())
        return describeCertificateErrors(errors, ep, detail);
    if (DbError err =
            explainFailureAfterHandshake(DbError::make(DbError::Kind::Tls, {}, detail), ep);
        !err.message.isEmpty())
        return err;
    // No TLS answer at all: find out what listens there instead.
    const ServerProtocol protocol = probeServerProtocol(ep.host, ep.port);
    if (protocol == ServerProtocol::Redis)
        return tlsError(Text::tr("%1 speaks plain Redis, without TLS: use a redis:// URI (turn "
                                 "TLS off), or the port where Redis listens for TLS "
                                 "(tls-port).")
                            .arg(where),
                        detail);
    if (protocol == ServerProtocol::PostgreSQL || protocol == ServerProtocol::Http)
        return DbError::make(DbError::Kind::WrongProtocol,
                             Text::tr("%1 speaks %2, not Redis: is this the right port?")
                                 .arg(where, protocolName(protocol)),
                             detail);
    if (timedOut)
        return DbError::make(DbError::Kind::Timeout,
                             Text::tr("%1 did not answer the TLS handshake in time: is this the "
                                      "server's TLS port?")
                                 .arg(where),
                             detail);
    return tlsError(Text::tr("The TLS handshake with %1 failed: %2").arg(where, detail), detail);
}

DbError explainFailureAfterHandshake(DbError err, const RedisEndpoint &ep)
{
    const QString where = ep.target();
    const QString &detail = err.detail;
    if (mentions(detail, "certificate required"))
        return tlsError(Text::tr("%1 asks for a client certificate (mutual TLS): add the "
                                 "certificate and its key to the profile.")
                            .arg(where),
                        detail);
    if (!ep.tlsOptions.certFile.isEmpty() &&
        (mentions(detail, "unknown ca") || mentions(detail, "bad certificate") ||
         mentions(detail, "certificate unknown") || mentions(detail, "decrypt error")))
        return tlsError(Text::tr("%1 refused the client certificate %2: it is not signed by a CA "
                                 "the server trusts (its tls-ca-cert-file).")
                            .arg(where, ep.tlsOptions.certFile),
                        detail);
    return err;
}

bool probeTls(const QString &host, int port, int timeoutMs)
{
    if (!QSslSocket::supportsSsl())
        return false;
    QSslSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket.connectToHostEncrypted(host, quint16(port));
    return socket.waitForEncrypted(timeoutMs);
}

} // namespace sonde
