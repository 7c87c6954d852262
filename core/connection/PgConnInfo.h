#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace sonde {

// A libpq connection string (URI or key=value) as keyword/value pairs, parsed by libpq
// itself (PQconninfoParse), so every libpq habit keeps working: service names,
// sslmode, PG* environment variables and ~/.pgpass are applied by libpq at connect time.
class PgConnInfo
{
public:
    PgConnInfo() = default;

    // Returns false and sets *error when libpq rejects the text.
    static bool parse(const QString &conninfo, PgConnInfo *out, QString *error);
    // The values libpq checks only when it connects (sslmode, gssencmode, channel_binding,
    // target_session_attrs, port, connect_timeout): false with libpq's own wording
    // ("invalid sslmode value: \"bogus\"") when one is not valid.
    bool checkValues(QString *error) const;

    QString value(const QByteArray &keyword) const;
    bool has(const QByteArray &keyword) const;
    void set(const QByteArray &keyword, const QString &value);
    // Sets the keyword only when the user did not set it.
    void setDefault(const QByteArray &keyword, const QString &value);
    void remove(const QByteArray &keyword);

    // key='value' form with libpq quoting; safe to hand to libpq/libpqxx.
    QString toConnString() const;
    // A postgresql:// URI; the password is included only when asked.
    QString toUri(bool withPassword) const;
    // For logs and window titles: never contains a password.
    QString redacted() const;

    const QList<QPair<QByteArray, QString>> &params() const { return m_params; }

private:
    QList<QPair<QByteArray, QString>> m_params;
};

} // namespace sonde
