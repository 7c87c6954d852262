#include "PlanFormat.h"

#include "common/DisplayFormat.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde::PlanFormat {

QString count(double value)
{
    if (!std::isfinite(value))
        return u"–"_s;
    if (std::fabs(value) >= 9.0e15)
        return QString::number(value, 'g', 3);
    if (value != std::floor(value) && std::fabs(value) < 100)
        return DisplayFormat::number(value);
    return DisplayFormat::count(qint64(std::llround(value)));
}

QString duration(double ms)
{
    if (!std::isfinite(ms) || ms < 0)
        return u"–"_s;
    return DisplayFormat::duration(ms);
}

QString kilobytes(double kb)
{
    if (!std::isfinite(kb) || kb < 0)
        return u"–"_s;
    if (kb < 1024)
        return QLocale().toString(kb, 'f', 0) + DisplayFormat::UnitSpace + u"kB"_s;
    const double mb = kb / 1024.0;
    if (mb < 10)
        return QLocale().toString(mb, 'f', 1) + DisplayFormat::UnitSpace + u"MB"_s;
    if (mb < 1024)
        return QLocale().toString(mb, 'f', 0) + DisplayFormat::UnitSpace + u"MB"_s;
    return QLocale().toString(mb / 1024.0, 'f', 1) + DisplayFormat::UnitSpace + u"GB"_s;
}

QString blocks(qint64 blocks)
{
    return u"%1 (%2)"_s.arg(DisplayFormat::count(blocks), kilobytes(double(blocks) * 8.0));
}

QString cost(double cost)
{
    return DisplayFormat::cost(cost);
}

QString percent(double share)
{
    if (!std::isfinite(share))
        return u"–"_s;
    const double p = share * 100.0;
    return QLocale().toString(p, 'f', p < 10 ? 1 : 0) + DisplayFormat::UnitSpace + u"%"_s;
}

QString factor(double factor)
{
    if (!std::isfinite(factor) || factor <= 0)
        return u"–"_s;
    return count(std::round(factor)) + u"×"_s;
}

} // namespace sonde::PlanFormat
