#include "PlanFormat.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde::PlanFormat {
namespace {

// U+202F NARROW NO-BREAK SPACE would be nicer, but many terminals draw it badly.
constexpr char16_t GroupSeparator = u' ';

QString grouped(qint64 v)
{
    const bool negative = v < 0;
    QString digits = QString::number(negative ? -v : v);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QChar(GroupSeparator));
    return negative ? u"-"_s + digits : digits;
}

} // namespace

QString count(double value)
{
    if (!std::isfinite(value))
        return u"–"_s;
    if (std::fabs(value) >= 9.0e15)
        return QString::number(value, 'g', 3);
    if (value != std::floor(value) && std::fabs(value) < 100)
        return QString::number(value, 'f', value < 10 ? 2 : 1);
    return grouped(qint64(std::llround(value)));
}

QString duration(double ms)
{
    if (!std::isfinite(ms) || ms < 0)
        return u"–"_s;
    if (ms < 1)
        return QString::number(ms, 'f', 3) + u" ms"_s;
    if (ms < 100)
        return QString::number(ms, 'f', 1) + u" ms"_s;
    if (ms < 1000)
        return QString::number(ms, 'f', 0) + u" ms"_s;
    if (ms < 60000)
        return QString::number(ms / 1000.0, 'f', 2) + u" s"_s;
    const qint64 seconds = qint64(ms / 1000.0);
    if (seconds < 3600)
        return u"%1 min %2 s"_s.arg(seconds / 60).arg(seconds % 60);
    return u"%1 h %2 min"_s.arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString kilobytes(double kb)
{
    if (!std::isfinite(kb) || kb < 0)
        return u"–"_s;
    if (kb < 1024)
        return QString::number(kb, 'f', 0) + u" kB"_s;
    const double mb = kb / 1024.0;
    if (mb < 10)
        return QString::number(mb, 'f', 1) + u" MB"_s;
    if (mb < 1024)
        return QString::number(mb, 'f', 0) + u" MB"_s;
    return QString::number(mb / 1024.0, 'f', 1) + u" GB"_s;
}

QString blocks(qint64 blocks)
{
    return u"%1 (%2)"_s.arg(grouped(blocks), kilobytes(double(blocks) * 8.0));
}

QString cost(double cost)
{
    if (!std::isfinite(cost))
        return u"–"_s;
    if (std::fabs(cost) < 10000)
        return QString::number(cost, 'f', 2);
    return count(std::round(cost));
}

QString percent(double share)
{
    if (!std::isfinite(share))
        return u"–"_s;
    const double p = share * 100.0;
    return QString::number(p, 'f', p < 10 ? 1 : 0) + u" %"_s;
}

QString factor(double factor)
{
    if (!std::isfinite(factor) || factor <= 0)
        return u"–"_s;
    return count(std::round(factor)) + u"×"_s;
}

} // namespace sonde::PlanFormat
