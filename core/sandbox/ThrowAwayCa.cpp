#include "ThrowAwayCa.h"

#include <QDateTime>
#include <QFile>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// `openssl ca` keeps its state in files: a database of issued certificates and a serial.
const char CaConfig[] = R"([ca]
default_ca = sandbox
[sandbox]
database = index.txt
new_certs_dir = .
serial = serial
default_md = sha256
policy = any
unique_subject = no
[any]
commonName = supplied
)";

QString opensslTime(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyyMMddHHmmss"_s) + u'Z';
}

} // namespace

ThrowAwayCa::ThrowAwayCa(const QString &dir, const QString &openssl, const RunAs &runAs)
    : m_dir(dir)
    , m_openssl(openssl)
    , m_runAs(runAs)
{}

QString ThrowAwayCa::caFile() const
{
    return m_dir + u"/ca.crt"_s;
}

bool ThrowAwayCa::run(const QStringList &args, QString *error)
{
    const ProcessResult r = runProcess(m_openssl, args, m_runAs, 20000, m_dir);
    if (!r.ok()) {
        if (error)
            *error = tr("openssl %1 failed: %2").arg(args.value(0), r.output.trimmed());
        return false;
    }
    return true;
}

bool ThrowAwayCa::create(QString *error)
{
    const auto owner = QFile::ReadOwner | QFile::WriteOwner;
    if (!makeDirectoryAs(m_dir, m_runAs, error) ||
        !writeFileAs(m_dir + u"/ca.cnf"_s, CaConfig, m_runAs, owner, error) ||
        !writeFileAs(m_dir + u"/index.txt"_s, {}, m_runAs, owner, error) ||
        !writeFileAs(m_dir + u"/serial"_s, "1000\n", m_runAs, owner, error))
        return false;
    // A name of its own: two sandboxes never trust each other's certificates by mistake.
    const QString subject = u"/O=Sonde sandbox/CN=Sonde throw-away CA %1"_s.arg(
        QUuid::createUuid().toString(QUuid::Id128).left(12));
    return run({u"req"_s, u"-x509"_s, u"-new"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, u"ca.key"_s,
                u"-out"_s, u"ca.crt"_s, u"-days"_s, u"30"_s, u"-subj"_s, subject},
               error);
}

bool ThrowAwayCa::issue(const QString &name, Purpose purpose, const QStringList &altNames,
                        Validity validity, Issued *out, QString *error)
{
    const QString key = name + u".key"_s;
    const QString csr = name + u".csr"_s;
    const QString crt = name + u".crt"_s;
    const QString ext = name + u".ext"_s;
    QByteArray extensions = "basicConstraints = CA:FALSE\n"
                            "keyUsage = digitalSignature, keyEncipherment\n";
    extensions += purpose == Purpose::Server ? "extendedKeyUsage = serverAuth\n"
                                             : "extendedKeyUsage = clientAuth\n";
    if (!altNames.isEmpty())
        extensions += "subjectAltName = " + altNames.join(u", "_s).toUtf8() + '\n';
    if (!writeFileAs(m_dir + u'/' + ext, extensions, m_runAs, QFile::ReadOwner | QFile::WriteOwner,
                     error))
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime start = validity == Validity::Current ? now.addSecs(-3600) : now.addDays(-2);
    const QDateTime end = validity == Validity::Current ? now.addDays(30) : now.addDays(-1);
    if (!run({u"req"_s, u"-new"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
              u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, key, u"-out"_s, csr,
              u"-subj"_s, u"/O=Sonde sandbox/CN="_s + name},
             error) ||
        !run({u"ca"_s, u"-batch"_s, u"-notext"_s, u"-config"_s, u"ca.cnf"_s, u"-cert"_s,
              u"ca.crt"_s, u"-keyfile"_s, u"ca.key"_s, u"-in"_s, csr, u"-out"_s, crt,
              u"-startdate"_s, opensslTime(start), u"-enddate"_s, opensslTime(end), u"-extfile"_s,
              ext},
             error))
        return false;
    out->certFile = m_dir + u'/' + crt;
    out->keyFile = m_dir + u'/' + key;
    return true;
}

} // namespace sonde
