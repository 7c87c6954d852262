#include "MetricCatalog.h"

#include "common/DisplayFormat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPair>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <optional>

using namespace Qt::StringLiterals;

namespace sonde {

namespace {

struct Catalog
{
    std::mutex mutex;
    QList<QPair<TargetKind, MetricCatalog::Provider>> providers;
    std::optional<QList<MetricInfo>> metrics; // built from the providers on first read
};

Catalog &catalog()
{
    static Catalog c;
    return c;
}

} // namespace

MetricInfo MetricInfo::make(QLatin1String name, TargetKind kind, const QString &label,
                            const QString &unit, ChartGroup chart, bool alerting,
                            const QString &help, bool secondaryAxis)
{
    MetricInfo i;
    i.name = name;
    i.kind = kind;
    i.label = label;
    i.unit = unit;
    i.chart = chart;
    i.alerting = alerting;
    i.secondaryAxis = secondaryAxis;
    i.help = help;
    return i;
}

void MetricCatalog::add(TargetKind kind, Provider provider)
{
    Catalog &c = catalog();
    const std::lock_guard lock(c.mutex);
    auto it = std::find_if(c.providers.begin(), c.providers.end(),
                           [kind](const auto &p) { return p.first == kind; });
    if (it != c.providers.end())
        it->second = provider;
    else
        c.providers.append({kind, provider});
    c.metrics.reset();
}

QList<MetricInfo> MetricCatalog::all()
{
    Catalog &c = catalog();
    const std::lock_guard lock(c.mutex);
    if (!c.metrics) {
        QList<MetricInfo> metrics;
        for (const auto &p : std::as_const(c.providers))
            metrics += p.second();
        c.metrics = metrics;
    }
    return *c.metrics;
}

MetricInfo MetricCatalog::info(const QString &name)
{
    for (const MetricInfo &i : all()) {
        if (i.name == name)
            return i;
    }
    return {};
}

QList<MetricInfo> MetricCatalog::forChart(ChartGroup chart)
{
    QList<MetricInfo> out;
    for (const MetricInfo &i : all()) {
        if (i.chart == chart)
            out << i;
    }
    return out;
}

QString MetricCatalog::chartTitle(ChartGroup chart)
{
    switch (chart) {
    case ChartGroup::Latency:
        return tr("Latency");
    case ChartGroup::Throughput:
        return tr("Throughput");
    case ChartGroup::HitRate:
        return tr("Hit rates");
    case ChartGroup::PoolUse:
        return tr("Pool and connection use");
    case ChartGroup::None:
        break;
    }
    return {};
}

QString MetricCatalog::chartUnit(ChartGroup chart)
{
    switch (chart) {
    case ChartGroup::Latency:
        return u"ms"_s;
    case ChartGroup::Throughput:
        return u"/s"_s;
    case ChartGroup::HitRate:
    case ChartGroup::PoolUse:
        return u"%"_s;
    case ChartGroup::None:
        break;
    }
    return {};
}

QString MetricCatalog::formatNumber(const QString &metricName, double value)
{
    Q_UNUSED(metricName)
    if (!std::isfinite(value))
        return u"–"_s;
    // Counts stay whole ("1,234 connections"); measures to three significant digits.
    if (value == std::floor(value) && std::fabs(value) < 9.0e15)
        return DisplayFormat::count(qint64(value));
    return DisplayFormat::number(value);
}

QString MetricCatalog::format(const QString &metricName, double value)
{
    if (!std::isfinite(value))
        return u"–"_s;
    const QString unit = info(metricName).unit;
    if (unit == u"B"_s)
        return DisplayFormat::bytes(qint64(value));
    if (unit == u"B/s"_s)
        return DisplayFormat::bytes(qint64(value)) + u"/s"_s;
    if (unit == u"ms"_s)
        return DisplayFormat::duration(value);
    if (unit == u"s"_s)
        return DisplayFormat::duration(value * 1000.0);
    if (unit == u"%"_s)
        return DisplayFormat::percent(value);
    const QString number = formatNumber(metricName, value);
    return unit.isEmpty() ? number : number + DisplayFormat::UnitSpace + unit;
}

} // namespace sonde
