#include "ThresholdSet.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

bool sameLimit(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

QString key(ChartGroup chart)
{
    switch (chart) {
    case ChartGroup::Latency:
        return u"latency"_s;
    case ChartGroup::Throughput:
        return u"throughput"_s;
    case ChartGroup::HitRate:
        return u"hitRate"_s;
    case ChartGroup::PoolUse:
        return u"poolUse"_s;
    case ChartGroup::None:
        break;
    }
    return u"none"_s;
}

const ChartGroup AllCharts[] = {ChartGroup::Latency, ChartGroup::Throughput, ChartGroup::HitRate,
                                ChartGroup::PoolUse};

} // namespace

AlertLevel Threshold::levelFor(double value) const
{
    if (std::isnan(value))
        return AlertLevel::Normal;
    auto worse = [&](double limit) {
        return !std::isnan(limit) && (below ? value < limit : value > limit);
    };
    if (worse(critical))
        return AlertLevel::Critical;
    if (worse(warning))
        return AlertLevel::Warning;
    return AlertLevel::Normal;
}

bool Threshold::operator==(const Threshold &o) const
{
    return sameLimit(warning, o.warning) && sameLimit(critical, o.critical) && below == o.below;
}

ThresholdSet::ThresholdSet() = default;

ThresholdSet ThresholdSet::defaults()
{
    ThresholdSet s;
    s.set(ChartGroup::Latency, Threshold{200, 500, false});
    s.set(ChartGroup::HitRate, Threshold{60, std::nan(""), true});
    s.set(ChartGroup::PoolUse, Threshold{90, std::nan(""), false});
    return s;
}

void ThresholdSet::save(QSettings &settings) const
{
    settings.beginGroup(u"thresholds"_s);
    settings.setValue(u"sustainReadings"_s, m_sustain);
    for (ChartGroup c : AllCharts) {
        const Threshold t = forChart(c);
        settings.beginGroup(key(c));
        // An empty string is "off" (QSettings cannot hold NaN portably).
        settings.setValue(u"warning"_s, std::isnan(t.warning) ? QVariant(QString()) : t.warning);
        settings.setValue(u"critical"_s, std::isnan(t.critical) ? QVariant(QString()) : t.critical);
        settings.setValue(u"below"_s, t.below);
        settings.endGroup();
    }
    settings.endGroup();
}

ThresholdSet ThresholdSet::load(QSettings &settings)
{
    ThresholdSet s = defaults();
    settings.beginGroup(u"thresholds"_s);
    s.setSustainReadings(settings.value(u"sustainReadings"_s, s.m_sustain).toInt());
    auto limit = [&](const QString &name, double fallback) {
        if (!settings.contains(name))
            return fallback;
        bool ok = false;
        const double v = settings.value(name).toDouble(&ok);
        return ok ? v : std::nan("");
    };
    for (ChartGroup c : AllCharts) {
        settings.beginGroup(key(c));
        Threshold t = s.forChart(c);
        t.warning = limit(u"warning"_s, t.warning);
        t.critical = limit(u"critical"_s, t.critical);
        t.below = settings.value(u"below"_s, t.below).toBool();
        s.set(c, t);
        settings.endGroup();
    }
    settings.endGroup();
    return s;
}

bool ThresholdSet::operator==(const ThresholdSet &o) const
{
    if (m_sustain != o.m_sustain)
        return false;
    for (ChartGroup c : AllCharts) {
        if (!(forChart(c) == o.forChart(c)))
            return false;
    }
    return true;
}

QString alertLevelName(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Normal:
        return QCoreApplication::translate("ThresholdSet", "normal");
    case AlertLevel::Warning:
        return QCoreApplication::translate("ThresholdSet", "warning");
    case AlertLevel::Critical:
        return QCoreApplication::translate("ThresholdSet", "critical");
    }
    return {};
}

} // namespace sonde
