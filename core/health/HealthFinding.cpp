#include "HealthFinding.h"

#include "common/DisplayFormat.h"
#include "sql/SqlText.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

QString quotedSettingName(const QString &name)
{
    QStringList parts;
    for (const QString &p : name.split(u'.'))
        parts << quoteIdentifier(p);
    return parts.join(u'.');
}

QString fixKindKey(HealthFix::Kind kind)
{
    switch (kind) {
    case HealthFix::Kind::None:
        return u"advice"_s;
    case HealthFix::Kind::Sql:
        return u"sql"_s;
    case HealthFix::Kind::Index:
        return u"index"_s;
    case HealthFix::Kind::PostgresSetting:
        return u"postgres_setting"_s;
    case HealthFix::Kind::RedisSetting:
        return u"redis_setting"_s;
    }
    return {};
}

} // namespace

QString healthSeverityKey(HealthSeverity severity)
{
    switch (severity) {
    case HealthSeverity::Info:
        return u"info"_s;
    case HealthSeverity::Warning:
        return u"warning"_s;
    case HealthSeverity::Critical:
        return u"critical"_s;
    }
    return {};
}

QString healthSeverityText(HealthSeverity severity)
{
    switch (severity) {
    case HealthSeverity::Info:
        return QCoreApplication::translate("HealthFinding", "Info");
    case HealthSeverity::Warning:
        return QCoreApplication::translate("HealthFinding", "Warning");
    case HealthSeverity::Critical:
        return QCoreApplication::translate("HealthFinding", "Critical");
    }
    return {};
}

HealthFix::Takes HealthFix::takesFromContext(const QString &context)
{
    return context == u"postmaster"_s ? Takes::Restart : Takes::Reload;
}

HealthFix HealthFix::postgresSetting(const QString &name, const QString &value,
                                     const QString &current, const QString &context,
                                     const QString &advice)
{
    HealthFix f;
    f.kind = Kind::PostgresSetting;
    f.setting = name;
    f.value = value;
    f.current = current;
    f.takes = takesFromContext(context);
    f.advice = advice;
    f.statements = {postgresSettingSql(name, value)};
    f.sql = f.statements.first();
    if (f.takes == Takes::Reload)
        f.sql += u";\nSELECT pg_reload_conf()"_s;
    else
        f.caution = tr("%1 takes effect only when the server restarts: Sonde writes it to "
                       "postgresql.auto.conf and never restarts the server itself.")
                        .arg(name);
    return f;
}

HealthFix HealthFix::redisSetting(const QString &name, const QString &value, const QString &current,
                                  const QString &advice)
{
    HealthFix f;
    f.kind = Kind::RedisSetting;
    f.setting = name;
    f.value = value;
    f.current = current;
    f.advice = advice;
    f.sql = u"CONFIG SET %1 %2"_s.arg(name, value.isEmpty() ? u"\"\""_s : value);
    f.statements = {f.sql};
    f.caution = tr("CONFIG SET changes the running server only: add it to redis.conf (or run "
                   "CONFIG REWRITE) for it to survive a restart.");
    return f;
}

HealthFix HealthFix::statement(const QString &sql, const QString &advice, const QString &caution)
{
    return steps(QStringList{sql}, advice, caution);
}

HealthFix HealthFix::steps(const QStringList &sql, const QString &advice, const QString &caution)
{
    HealthFix f;
    f.kind = Kind::Sql;
    f.statements = sql;
    f.sql = sql.join(u";\n"_s);
    f.advice = advice;
    f.caution = caution;
    return f;
}

HealthFix HealthFix::index(const QString &createIndex, const QString &advice)
{
    HealthFix f = statement(createIndex, advice);
    f.kind = Kind::Index;
    return f;
}

HealthFix HealthFix::adviceOnly(const QString &advice)
{
    HealthFix f;
    f.advice = advice;
    return f;
}

QString HealthFix::postgresSettingSql(const QString &name, const QString &value)
{
    // A list setting takes one literal per element: 'a,b' would be one library named "a,b".
    static const QStringList lists{u"shared_preload_libraries"_s, u"session_preload_libraries"_s,
                                   u"local_preload_libraries"_s, u"search_path"_s,
                                   u"temp_tablespaces"_s};
    QStringList literals;
    if (lists.contains(name)) {
        for (const QString &element : value.split(u',', Qt::SkipEmptyParts))
            literals << quoteLiteral(element.trimmed());
    } else {
        literals << quoteLiteral(value);
    }
    if (literals.isEmpty())
        literals << u"''"_s;
    return u"ALTER SYSTEM SET "_s + quotedSettingName(name) + u" = "_s + literals.join(u", "_s);
}

QString HealthFix::postgresResetSql(const QString &name)
{
    return u"ALTER SYSTEM RESET "_s + quotedSettingName(name);
}

QJsonObject HealthFix::toJson() const
{
    QJsonObject o{{u"kind"_s, fixKindKey(kind)}, {u"advice"_s, advice}};
    if (!sql.isEmpty())
        o[u"sql"_s] = sql;
    if (!revertSql.isEmpty())
        o[u"revert"_s] = revertSql;
    if (isSetting()) {
        o[u"setting"_s] = setting;
        o[u"value"_s] = value;
        o[u"current"_s] = current;
    }
    if (kind == Kind::PostgresSetting)
        o[u"takes_effect"_s] = takes == Takes::Restart ? u"restart"_s : u"reload"_s;
    if (!caution.isEmpty())
        o[u"caution"_s] = caution;
    return o;
}

QString HealthEvidence::displayValue() const
{
    if (value.isNull())
        return QCoreApplication::translate("HealthFinding", "none");
    const bool bytes = key.endsWith(u"_bytes"_s) || key == u"used_memory"_s ||
                       key == u"maxmemory"_s || key == u"used_memory_rss"_s;
    if (bytes)
        return DisplayFormat::bytes(value.toLongLong());
    if (key.endsWith(u"_share"_s) || key == u"cache_hit_rate"_s)
        return DisplayFormat::percent(value.toDouble() * 100);
    switch (value.typeId()) {
    case QMetaType::Double: {
        // A whole figure reads as a count ("200", "2,000"), a measure to three digits.
        const double d = value.toDouble();
        if (d == std::floor(d) && std::fabs(d) < 9.0e15)
            return DisplayFormat::count(qint64(d));
        return DisplayFormat::number(d);
    }
    case QMetaType::LongLong:
    case QMetaType::Int:
        return DisplayFormat::count(value.toLongLong());
    case QMetaType::Bool:
        return value.toBool() ? QCoreApplication::translate("HealthFinding", "yes")
                              : QCoreApplication::translate("HealthFinding", "no");
    default:
        return value.toString();
    }
}

QVariant HealthFinding::evidenceValue(const QString &key) const
{
    for (const HealthEvidence &e : evidence) {
        if (e.key == key)
            return e.value;
    }
    return {};
}

HealthFinding &HealthFinding::add(const QString &key, const QVariant &value)
{
    evidence << HealthEvidence{key, value};
    return *this;
}

QJsonObject HealthFinding::toJson() const
{
    QJsonObject ev;
    for (const HealthEvidence &e : evidence)
        ev[e.key] = QJsonValue::fromVariant(e.value);
    return QJsonObject{{u"check"_s, check},     {u"severity"_s, healthSeverityKey(severity)},
                       {u"target"_s, target},   {u"object"_s, object},
                       {u"message"_s, message}, {u"why"_s, why},
                       {u"evidence"_s, ev},     {u"fix"_s, fix.toJson()}};
}

void sortWorstFirst(QList<HealthFinding> *findings)
{
    std::stable_sort(findings->begin(), findings->end(),
                     [](const HealthFinding &a, const HealthFinding &b) {
                         if (a.severity != b.severity)
                             return a.severity > b.severity;
                         if (a.target != b.target)
                             return a.target < b.target;
                         if (a.check != b.check)
                             return a.check < b.check;
                         return a.object < b.object;
                     });
}

} // namespace sonde
