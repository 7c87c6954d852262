#include "DbError.h"

#include "Redaction.h"

namespace sonde {

bool DbError::isConnectionProblem() const
{
    switch (kind) {
    case Kind::HostNotFound:
    case Kind::ConnectionRefused:
    case Kind::Timeout:
    case Kind::ConnectionLost:
        return true;
    default:
        return false;
    }
}

QString DbError::toString() const
{
    if (detail.isEmpty() || message.contains(detail.trimmed()))
        return Redaction::scrub(message);
    return Redaction::scrub(message + QStringLiteral(" (") + detail.trimmed() + QLatin1Char(')'));
}

DbError DbError::make(Kind kind, const QString &message, const QString &detail)
{
    DbError e;
    e.kind = kind;
    // A message may quote what the user typed: never a password, never 100 000 characters.
    e.message = Redaction::scrub(message);
    e.detail = Redaction::scrub(detail);
    return e;
}

QString kindName(DbError::Kind kind)
{
    switch (kind) {
    case DbError::Kind::None:
        return QStringLiteral("none");
    case DbError::Kind::HostNotFound:
        return QStringLiteral("host-not-found");
    case DbError::Kind::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case DbError::Kind::Timeout:
        return QStringLiteral("timeout");
    case DbError::Kind::AuthenticationFailed:
        return QStringLiteral("authentication-failed");
    case DbError::Kind::Tls:
        return QStringLiteral("tls");
    case DbError::Kind::WrongProtocol:
        return QStringLiteral("wrong-protocol");
    case DbError::Kind::ConnectionLost:
        return QStringLiteral("connection-lost");
    case DbError::Kind::Canceled:
        return QStringLiteral("canceled");
    case DbError::Kind::MissingExtension:
        return QStringLiteral("missing-extension");
    case DbError::Kind::MissingPrivilege:
        return QStringLiteral("missing-privilege");
    case DbError::Kind::ReadOnlyRefused:
        return QStringLiteral("read-only");
    case DbError::Kind::Sql:
        return QStringLiteral("sql");
    case DbError::Kind::Configuration:
        return QStringLiteral("configuration");
    case DbError::Kind::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("unknown");
}

} // namespace sonde
