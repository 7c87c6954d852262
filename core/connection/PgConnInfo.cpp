#include "PgConnInfo.h"

#include "common/Redaction.h"

#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace sonde {

bool PgConnInfo::parse(const QString &conninfo, PgConnInfo *out, QString *error)
{
    char *err = nullptr;
    PQconninfoOption *opts = PQconninfoParse(conninfo.toUtf8().constData(), &err);
    if (!opts) {
        if (error) {
            // libpq quotes the text it could not read: never the password, never all of a
            // 100 000-character string.
            *error = err ? Redaction::scrub(QString::fromUtf8(err).trimmed())
                         : QStringLiteral("out of memory while parsing the connection string");
        }
        PQfreemem(err);
        return false;
    }
    PgConnInfo result;
    for (PQconninfoOption *o = opts; o->keyword; ++o) {
        if (o->val)
            result.m_params.append({QByteArray(o->keyword), QString::fromUtf8(o->val)});
    }
    PQconninfoFree(opts);
    *out = result;
    return true;
}

bool PgConnInfo::checkValues(QString *error) const
{
    static const QList<QPair<QByteArray, QStringList>> choices{
        {"sslmode",
         {u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s}},
        {"gssencmode", {u"disable"_s, u"prefer"_s, u"require"_s}},
        {"channel_binding", {u"disable"_s, u"prefer"_s, u"require"_s}},
        {"target_session_attrs",
         {u"any"_s, u"read-write"_s, u"read-only"_s, u"primary"_s, u"standby"_s,
          u"prefer-standby"_s}},
    };
    for (const auto &c : choices) {
        if (has(c.first) && !c.second.contains(value(c.first))) {
            *error = u"invalid %1 value: \"%2\""_s.arg(QString::fromLatin1(c.first),
                                                       Redaction::shortened(value(c.first)));
            return false;
        }
    }
    // A port list matches the host list; each an integer in 1..65535 (empty: the default).
    for (const QString &port : value("port").split(u',')) {
        bool ok = true;
        const int n = port.trimmed().isEmpty() ? 1 : port.trimmed().toInt(&ok);
        if (!ok || n < 1 || n > 65535) {
            *error = u"invalid port number: \"%1\""_s.arg(Redaction::shortened(port));
            return false;
        }
    }
    bool ok = true;
    if (has("connect_timeout") && (value("connect_timeout").toInt(&ok), !ok)) {
        *error = u"invalid integer value \"%1\" for connection option \"connect_timeout\""_s.arg(
            Redaction::shortened(value("connect_timeout")));
        return false;
    }
    return true;
}

QString PgConnInfo::value(const QByteArray &keyword) const
{
    for (const auto &p : m_params) {
        if (p.first == keyword)
            return p.second;
    }
    return {};
}

bool PgConnInfo::has(const QByteArray &keyword) const
{
    for (const auto &p : m_params) {
        if (p.first == keyword)
            return true;
    }
    return false;
}

void PgConnInfo::set(const QByteArray &keyword, const QString &value)
{
    for (auto &p : m_params) {
        if (p.first == keyword) {
            p.second = value;
            return;
        }
    }
    m_params.append({keyword, value});
}

void PgConnInfo::setDefault(const QByteArray &keyword, const QString &value)
{
    if (!has(keyword))
        set(keyword, value);
}

void PgConnInfo::remove(const QByteArray &keyword)
{
    m_params.removeIf([&](const auto &p) { return p.first == keyword; });
}

QString PgConnInfo::toConnString() const
{
    QString out;
    for (const auto &p : m_params) {
        QString v = p.second;
        v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += QString::fromLatin1(p.first) + QStringLiteral("='") + v + QLatin1Char('\'');
    }
    return out;
}

QString PgConnInfo::toUri(bool withPassword) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    const QString host = value("host");
    const bool socketDir = host.startsWith(QLatin1Char('/'));
    if (!socketDir && !host.isEmpty())
        url.setHost(host);
    url.setUserName(value("user"));
    if (withPassword && has("password"))
        url.setPassword(value("password"));
    if (has("port") && !socketDir)
        url.setPort(value("port").toInt());
    url.setPath(QLatin1Char('/') + value("dbname"));
    QUrlQuery query;
    for (const auto &p : m_params) {
        const QByteArray &k = p.first;
        if (k == "host" && !socketDir)
            continue;
        if (k == "port" && !socketDir)
            continue;
        if (k == "user" || k == "dbname" || k == "password")
            continue;
        query.addQueryItem(QString::fromLatin1(k), p.second);
    }
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString PgConnInfo::redacted() const
{
    PgConnInfo copy = *this;
    copy.remove("password");
    return copy.toUri(false);
}

} // namespace sonde
