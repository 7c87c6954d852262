#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace sonde {

// How Sonde shows numbers, durations and dates to a reader, in one place: the figures of
// every page, report and text output agree ("2,397" on every screen, a saving in one unit,
// latencies to three significant digits). Numbers follow the locale (QLocale() is the UI
// language once the translations are installed); a unit is joined to its number by a
// non-breaking space so no line breaks between them. Machine output (--json, CSV) keeps
// raw numbers and does not go through here.
namespace DisplayFormat {

// The non-breaking space between a number and its unit.
inline constexpr QChar UnitSpace{0x00A0};

// A number to `significant` digits with the locale's separators; integral from 1 000 up
// ("44,316", "1,002", "12.3", "0.412"); below 1 without trailing zeros ("0.003").
QString number(double value, int significant = 3, const QLocale &locale = QLocale());
// A whole count with the locale's group separator ("2,397" / "2 397").
QString count(qint64 value, const QLocale &locale = QLocale());
// A duration given in milliseconds, in the unit its size calls for: "0.412 ms", "405 ms",
// "1.97 s", "3 min 46 s", "2 h 05 min".
QString duration(double ms, const QLocale &locale = QLocale());
// A planner cost: the same digits as number() ("1,002", "44,316", "8.27").
QString cost(double value, const QLocale &locale = QLocale());
// A rate per second: "57 /s" style figures without the unit ("57", "0.5", "1,234").
QString rate(double perSecond, const QLocale &locale = QLocale());
// A share in percent: "12.3 %", "100 %", "0.4 %".
QString percent(double pct, const QLocale &locale = QLocale());
// A size in bytes: "1.5 MB" (SI units, as PostgreSQL's pg_size_pretty reads to a DBA).
QString bytes(qint64 value, const QLocale &locale = QLocale());
// A signed change in percent: "+12.3 %", "−4.0 %", "±0 %".
QString signedPercent(double pct, const QLocale &locale = QLocale());
// How much a figure moved from `before` to `after`: a signed percentage below 2× either
// way ("+12.3 %", "−48.0 %"), a factor from there ("15.9× higher", "3.2× lower").
QString change(double before, double after, const QLocale &locale = QLocale());
// The same for a speed figure whose good direction is known: "+12.3 %" / "−4.0 %" in the
// good direction below 2×, then "52.7× faster" / "15.9× slower".
QString speedChange(double before, double after, bool higherIsBetter,
                    const QLocale &locale = QLocale());
// A ± spread given in percent: "±12.3 %", and from 100 % up as a factor: "±12.4×".
QString spread(double pct, const QLocale &locale = QLocale());
// A date and time a reader in any language reads the same way: "2026-12-04 09:41:07",
// local time.
QString dateTime(const QDateTime &at);
// The time of day the same way: "09:41:07", local time.
QString timeOfDay(const QDateTime &at);

} // namespace DisplayFormat

// The translated words of DisplayFormat ("faster", "slower").
class DisplayFormatText
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)
};

} // namespace sonde
