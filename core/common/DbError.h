#pragma once

#include <QMetaType>
#include <QString>

namespace sonde {

// An error a DBA can act on: `message` says what happened and what to do (translated),
// `detail` carries the technical text (server message, errno) for a "details" pane.
struct DbError
{
    enum class Kind
    {
        None,
        HostNotFound,
        ConnectionRefused,
        Timeout,
        AuthenticationFailed,
        Tls,
        WrongProtocol,
        ConnectionLost,
        Canceled,
        MissingExtension,
        MissingPrivilege,
        ReadOnlyRefused,
        Sql,
        Configuration,
        Internal,
    };

    Kind kind = Kind::None;
    QString message;
    QString detail;
    QString sqlState;

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    // True when reconnecting may help (server restarted, network blip).
    bool isConnectionProblem() const;

    // One line for logs and the CLI: message, then detail in parentheses when it adds something.
    QString toString() const;

    static DbError make(Kind kind, const QString &message, const QString &detail = {});
};

QString kindName(DbError::Kind kind);

} // namespace sonde

Q_DECLARE_METATYPE(sonde::DbError)
