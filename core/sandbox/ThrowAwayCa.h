#pragma once

#include "ProcessRunner.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sonde {

// A certificate authority made for one sandbox with the openssl program, and the
// certificates it signs (EC P-256 keys, `openssl ca` so any validity period can be set, an
// expired one included). Everything lives in one directory owned by the servers' account;
// it goes with the sandbox directory.
class ThrowAwayCa
{
    Q_DECLARE_TR_FUNCTIONS(ThrowAwayCa)
public:
    enum class Purpose
    {
        Server,
        Client
    };
    enum class Validity
    {
        Current, // from an hour ago for 30 days
        Expired  // ended yesterday
    };
    struct Issued
    {
        QString certFile;
        QString keyFile;
    };

    ThrowAwayCa(const QString &dir, const QString &openssl, const RunAs &runAs);

    // Makes the CA's key and self-signed certificate.
    bool create(QString *error);
    // A certificate for `name` (file names and CN) valid for `altNames` ("IP:127.0.0.1",
    // "DNS:localhost"), signed by the CA.
    bool issue(const QString &name, Purpose purpose, const QStringList &altNames, Validity validity,
               Issued *out, QString *error);

    QString caFile() const;
    QString directory() const { return m_dir; }

private:
    bool run(const QStringList &args, QString *error);

    QString m_dir;
    QString m_openssl;
    RunAs m_runAs;
};

} // namespace sonde
