#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace sonde {

enum class HealthSeverity
{
    Info,    // worth knowing; nothing hurts yet
    Warning, // hurts, or will
    Critical // hurts now, or soon stops the server / the application
};

// "info", "warning", "critical": the stable names of the JSON output.
QString healthSeverityKey(HealthSeverity severity);
// Translated, for people.
QString healthSeverityText(HealthSeverity severity);

// One figure read from the server that backs a finding ("n_dead_tup" = 120000).
struct HealthEvidence
{
    QString key;    // snake_case, as the server names it where it has a name
    QVariant value; // number, text or bool

    // For people, as DisplayFormat writes them: sizes as sizes ("1.5 GB"), shares as
    // percentages ("95.5 %"), whole numbers as counts ("2,000"), measures to three digits.
    QString displayValue() const;
};

// What to do about a finding. Sonde builds every statement itself from the server's own
// names, each identifier and value quoted (never text typed by the user).
struct HealthFix
{
    Q_DECLARE_TR_FUNCTIONS(HealthFix)
public:
    enum class Kind
    {
        None,            // advice only: nothing Sonde can run
        Sql,             // one or more statements (VACUUM, pg_terminate_backend(…), …)
        Index,           // CREATE INDEX CONCURRENTLY: built like the advisor's indexes
        PostgresSetting, // ALTER SYSTEM SET … (then pg_reload_conf() when a reload is enough)
        RedisSetting     // CONFIG SET …
    };
    // When a PostgreSQL setting takes effect (pg_settings.context).
    enum class Takes
    {
        Reload,  // sighup, user, superuser, backend: pg_reload_conf() (new sessions for backend)
        Restart, // postmaster: only at the next server restart, which Sonde never does
    };

    Kind kind = Kind::None;
    QStringList statements; // exactly what runs, one statement each (Sql, Index, settings)
    QString sql;            // the statements as shown (with the reload of a setting)
    QString revertSql;      // how to undo a Sql fix, when there is a way (empty: none)
    QString setting;        // the setting's name
    QString value;          // the recommended value, as the server would print it ("64MB")
    QString current;        // the value now
    Takes takes = Takes::Reload;
    QString advice;  // what to do, in words (always set)
    QString caution; // what the statement does beside the fix (locks, rewrites)

    bool isApplicable() const { return kind != Kind::None; }
    bool isSetting() const { return kind == Kind::PostgresSetting || kind == Kind::RedisSetting; }
    QJsonObject toJson() const;

    // ALTER SYSTEM SET name = 'value' (each part of a dotted name quoted on its own).
    static HealthFix postgresSetting(const QString &name, const QString &value,
                                     const QString &current, const QString &context,
                                     const QString &advice);
    static HealthFix redisSetting(const QString &name, const QString &value, const QString &current,
                                  const QString &advice);
    static HealthFix statement(const QString &sql, const QString &advice,
                               const QString &caution = {});
    static HealthFix steps(const QStringList &sql, const QString &advice,
                           const QString &caution = {});
    static HealthFix index(const QString &createIndex, const QString &advice);
    static HealthFix adviceOnly(const QString &advice);

    static Takes takesFromContext(const QString &context);
    static QString postgresSettingSql(const QString &name, const QString &value);
    static QString postgresResetSql(const QString &name);
};

// Something wrong (or worth knowing) on one target, with the figures that show it and
// the fix.
struct HealthFinding
{
    QString check; // stable id: "vacuum_behind", "sequence_near_limit", …
    HealthSeverity severity = HealthSeverity::Info;
    QString target; // the target as shown to the user (never with a password)
    // What the finding is about: schema-qualified relation ("public.orders"), index,
    // sequence, setting name, "pid 1234", "slot s1", a Redis key, a PgBouncer pool …
    QString object;
    QString message; // what is wrong, one or two sentences, with the numbers
    QString why;     // why it matters
    QList<HealthEvidence> evidence;
    HealthFix fix;

    QVariant evidenceValue(const QString &key) const;
    HealthFinding &add(const QString &key, const QVariant &value);
    QJsonObject toJson() const;
    // Stable identity across runs: check + target + object.
    QString key() const { return check + u'\x1f' + target + u'\x1f' + object; }
};

// Worst first, then by check and object (a stable order for pages and JSON).
void sortWorstFirst(QList<HealthFinding> *findings);

} // namespace sonde

Q_DECLARE_METATYPE(sonde::HealthFinding)
