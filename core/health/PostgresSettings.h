#pragma once

#include <QHash>
#include <QString>

#include <pqxx/transaction_base>

namespace sonde {

// pg_settings as the health checks read it once per run: values in the server's units,
// converted to bytes or seconds on request, with the context that says whether a change
// needs a reload or a restart.
class PostgresSettings
{
public:
    struct Entry
    {
        QString setting; // pg_settings.setting (in `unit`)
        QString unit;    // "kB", "8kB", "MB", "ms", "s", "min" or empty
        QString context; // postmaster, sighup, superuser, user, …
        QString source;  // default, configuration file, …
    };

    void read(pqxx::transaction_base &tx);
    void set(const QString &name, const Entry &entry) { m_entries.insert(name, entry); }

    bool has(const QString &name) const { return m_entries.contains(name); }
    QString text(const QString &name) const { return m_entries.value(name).setting; }
    QString context(const QString &name) const { return m_entries.value(name).context; }
    double number(const QString &name, double fallback = 0) const;
    bool isOn(const QString &name) const { return text(name) == QLatin1String("on"); }
    // Memory settings in bytes (-1 stays -1: "use another setting").
    double bytes(const QString &name) const;
    // Time settings in seconds (-1 and 0 stay as they are).
    double seconds(const QString &name) const;
    // The value as a person writes it: "4MB", "128MB", "10min", "on".
    QString display(const QString &name) const;

    // A size as postgresql.conf takes it, rounded down to a whole unit: 96MB, 2GB, 512kB.
    static QString formatBytes(double bytes);

private:
    QHash<QString, Entry> m_entries;
};

} // namespace sonde
