#include "DisplayFormat.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde::DisplayFormat {
namespace {

const QString Dash = u"–"_s;

// Decimals that show `value` to `significant` digits (none from 1 000 up).
int decimalsFor(double value, int significant)
{
    const double magnitude = std::fabs(value);
    if (magnitude == 0 || magnitude >= 1000)
        return 0;
    const int d = significant - 1 - int(std::floor(std::log10(magnitude)));
    return std::clamp(d, 0, 6);
}

QString withUnit(const QString &number, const QString &unit)
{
    return number + UnitSpace + unit;
}

// A factor to one decimal below 100: "3.5", "15.9", "120".
QString factor(double ratio, const QLocale &locale)
{
    return locale.toString(ratio, 'f', ratio < 99.95 ? 1 : 0);
}

} // namespace

QString signedPercent(double pct, const QLocale &locale)
{
    if (!std::isfinite(pct))
        return Dash;
    if (std::fabs(pct) < 0.05)
        return withUnit(u"±0"_s, u"%"_s);
    const double magnitude = std::fabs(pct);
    const QString n = locale.toString(magnitude, 'f', magnitude < 10 ? 1 : 0);
    return withUnit((pct > 0 ? u"+"_s : u"−"_s) + n, u"%"_s);
}

QString number(double value, int significant, const QLocale &locale)
{
    if (!std::isfinite(value))
        return Dash;
    int decimals = decimalsFor(value, significant);
    // Rounding may carry into the next digit (9.996 → 10.0): count the digits again.
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(value * scale) / scale;
    decimals = std::min(decimals, decimalsFor(rounded, significant));
    if (rounded == 0)
        return locale.toString(0);
    QString text = locale.toString(rounded, 'f', decimals);
    // Below 1 the zeros that follow say nothing ("0.003", not "0.00300").
    if (std::fabs(rounded) < 1 && decimals > 0) {
        while (text.endsWith(locale.zeroDigit()))
            text.chop(1);
        if (text.endsWith(locale.decimalPoint()))
            text.chop(locale.decimalPoint().size());
    }
    return text;
}

QString count(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}

QString duration(double ms, const QLocale &locale)
{
    if (!std::isfinite(ms))
        return Dash;
    const double magnitude = std::fabs(ms);
    if (magnitude < 999.5)
        return withUnit(number(ms, 3, locale), u"ms"_s);
    if (magnitude < 59'950)
        return withUnit(number(ms / 1000.0, 3, locale), u"s"_s);
    const QString sign = ms < 0 ? u"−"_s : QString();
    const qint64 seconds = qRound64(magnitude / 1000.0);
    if (seconds < 3600) {
        return sign + withUnit(locale.toString(seconds / 60), u"min"_s) + UnitSpace +
               withUnit(u"%1"_s.arg(seconds % 60, 2, 10, QLatin1Char('0')), u"s"_s);
    }
    const qint64 minutes = qRound64(magnitude / 60'000.0);
    return sign + withUnit(locale.toString(minutes / 60), u"h"_s) + UnitSpace +
           withUnit(u"%1"_s.arg(minutes % 60, 2, 10, QLatin1Char('0')), u"min"_s);
}

QString cost(double value, const QLocale &locale)
{
    return number(value, 3, locale);
}

QString rate(double perSecond, const QLocale &locale)
{
    return number(perSecond, 3, locale);
}

QString percent(double pct, const QLocale &locale)
{
    if (!std::isfinite(pct))
        return Dash;
    return withUnit(locale.toString(pct, 'f', std::fabs(pct) < 99.95 ? 1 : 0), u"%"_s);
}

QString bytes(qint64 value, const QLocale &locale)
{
    QString s = locale.formattedDataSize(value, 1, QLocale::DataSizeSIFormat);
    const qsizetype space = s.lastIndexOf(u' ');
    if (space >= 0)
        s[space] = UnitSpace;
    return s;
}

QString change(double before, double after, const QLocale &locale)
{
    if (before == 0 || !std::isfinite(before) || !std::isfinite(after))
        return u"—"_s;
    const double ratio = after / before;
    if (ratio >= 2)
        return DisplayFormatText::tr("%1× higher").arg(factor(ratio, locale));
    if (ratio > 0 && ratio <= 0.5)
        return DisplayFormatText::tr("%1× lower").arg(factor(1 / ratio, locale));
    return signedPercent((after - before) / std::fabs(before) * 100.0, locale);
}

QString speedChange(double before, double after, bool higherIsBetter, const QLocale &locale)
{
    if (before == 0 || !std::isfinite(before) || !std::isfinite(after))
        return u"—"_s;
    const double gain = higherIsBetter ? after / before : (after > 0 ? before / after : 0);
    if (gain >= 2 && std::isfinite(gain))
        return DisplayFormatText::tr("%1× faster").arg(factor(gain, locale));
    if (gain > 0 && gain <= 0.5)
        return DisplayFormatText::tr("%1× slower").arg(factor(1 / gain, locale));
    const double changePct = (after - before) / std::fabs(before) * 100.0;
    return signedPercent(higherIsBetter ? changePct : -changePct, locale);
}

QString spread(double pct, const QLocale &locale)
{
    if (!std::isfinite(pct))
        return Dash;
    if (std::fabs(pct) < 99.95)
        return u"±"_s + percent(std::fabs(pct), locale);
    return u"±"_s + factor(std::fabs(pct) / 100.0, locale) + u"×"_s;
}

QString dateTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    return at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString timeOfDay(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    return at.toLocalTime().toString(u"HH:mm:ss"_s);
}

} // namespace sonde::DisplayFormat
