#include "PostgresSettings.h"

#include <pqxx/pqxx>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

double unitBytes(const QString &unit)
{
    if (unit == u"B"_s)
        return 1;
    if (unit == u"kB"_s)
        return 1024;
    if (unit == u"8kB"_s)
        return 8192;
    if (unit == u"16kB"_s)
        return 16384;
    if (unit == u"MB"_s)
        return 1024.0 * 1024;
    return 0;
}

double unitSeconds(const QString &unit)
{
    if (unit == u"ms"_s)
        return 0.001;
    if (unit == u"s"_s)
        return 1;
    if (unit == u"min"_s)
        return 60;
    return 0;
}

} // namespace

void PostgresSettings::read(pqxx::transaction_base &tx)
{
    m_entries.clear();
    for (const pqxx::row &r :
         tx.exec("SELECT /* sonde health */ name, setting, coalesce(unit, ''), context, source "
                 "FROM pg_settings")) {
        Entry e;
        e.setting = QString::fromUtf8(r[1].c_str());
        e.unit = QString::fromUtf8(r[2].c_str());
        e.context = QString::fromUtf8(r[3].c_str());
        e.source = QString::fromUtf8(r[4].c_str());
        m_entries.insert(QString::fromUtf8(r[0].c_str()), e);
    }
}

double PostgresSettings::number(const QString &name, double fallback) const
{
    bool ok = false;
    const double v = text(name).toDouble(&ok);
    return ok ? v : fallback;
}

double PostgresSettings::bytes(const QString &name) const
{
    const Entry e = m_entries.value(name);
    const double v = number(name, -1);
    return v < 0 ? v : v * unitBytes(e.unit);
}

double PostgresSettings::seconds(const QString &name) const
{
    const Entry e = m_entries.value(name);
    const double v = number(name, -1);
    return v <= 0 ? v : v * unitSeconds(e.unit);
}

QString PostgresSettings::display(const QString &name) const
{
    const Entry e = m_entries.value(name);
    if (unitBytes(e.unit) > 0 && number(name, -1) >= 0)
        return formatBytes(bytes(name));
    if (unitSeconds(e.unit) > 0 && number(name, -1) > 0) {
        const double s = seconds(name);
        if (s >= 60 && std::fmod(s, 60) == 0)
            return u"%1min"_s.arg(qint64(s / 60));
        if (s >= 1 && std::fmod(s, 1) == 0)
            return u"%1s"_s.arg(qint64(s));
        return u"%1ms"_s.arg(qint64(s * 1000));
    }
    return e.setting;
}

QString PostgresSettings::formatBytes(double bytes)
{
    const double kb = bytes / 1024;
    const double mb = kb / 1024;
    const double gb = mb / 1024;
    if (gb >= 1 && std::fmod(bytes, 1024.0 * 1024 * 1024) == 0)
        return u"%1GB"_s.arg(qint64(gb));
    if (mb >= 1)
        return u"%1MB"_s.arg(qint64(mb));
    return u"%1kB"_s.arg(qint64(kb));
}

} // namespace sonde
