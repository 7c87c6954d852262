#include "FleetModel.h"

#include "PromQlMap.h"
#include "monitoring/MetricCatalog.h"

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

QString stateText(const FleetRow &r)
{
    if (!r.instance.up)
        return FleetModel::tr("● down");
    switch (r.level) {
    case AlertLevel::Critical:
        return FleetModel::tr("◆ critical");
    case AlertLevel::Warning:
        return FleetModel::tr("▲ warning");
    case AlertLevel::Normal:
        break;
    }
    return r.firingAlerts.isEmpty() ? FleetModel::tr("ok") : FleetModel::tr("▲ alert");
}

QVariant metricCell(const QString &metric, double value, int role)
{
    if (role == RowListModel<FleetRow>::SortRole)
        return std::isnan(value) ? -1.0 : value;
    if (std::isnan(value) || metric.isEmpty())
        return u"—"_s;
    return MetricCatalog::format(metric, value);
}

} // namespace

FleetModel::FleetModel(QObject *parent)
    : RowListModel(parent)
{}

void FleetModel::setReading(const FleetReading &reading)
{
    setRows(reading.rows);
}

int FleetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FleetModel::rowKey(const FleetRow &row) const
{
    return row.instance.key();
}

QVariant FleetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FleetRow &r = row(index.row());
    const PromQlMap::FleetColumns c = PromQlMap::fleetColumns(r.instance.kind);
    if (role == TrendRole && index.column() == Trend)
        return QVariant::fromValue(r.trend);
    if (role == SeverityRole) {
        if (!r.instance.up || r.level == AlertLevel::Critical)
            return 2;
        return r.level == AlertLevel::Warning || !r.firingAlerts.isEmpty() ? 1 : 0;
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Latency && index.column() <= PoolUse
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    if (role == Qt::ToolTipRole) {
        if (index.column() == Instance)
            return tr("%1, job %2%3")
                .arg(r.instance.instance, r.instance.job,
                     r.instance.server.isEmpty() ? QString()
                                                 : tr(", server %1").arg(r.instance.server));
        if (index.column() == Alerts && !r.firingAlerts.isEmpty())
            return r.firingAlerts.join(u'\n');
        if (index.column() == Trend)
            return tr("Latency over the last 15 minutes, every 30 s.");
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case State:
        return role == SortRole ? QVariant(r.rank) : QVariant(stateText(r));
    case Instance:
        return r.instance.server.isEmpty() ? r.instance.instance : r.instance.server;
    case Kind:
        return u"%1 (%2)"_s.arg(targetKindName(r.instance.kind), r.instance.job);
    case Latency:
        return metricCell(c.latency, r.latencyMs, role);
    case Throughput:
        return metricCell(c.throughput, r.throughputPerSec, role);
    case HitRate:
        return metricCell(c.hitRate, r.hitRatePct, role);
    case PoolUse:
        return metricCell(c.poolUse, r.poolUsePct, role);
    case Alerts:
        return role == SortRole ? QVariant(r.firingAlerts.size())
                                : QVariant(r.firingAlerts.join(u", "_s));
    case Trend:
        return role == SortRole ? QVariant(r.rank) : QVariant();
    default:
        return {};
    }
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case State:
        return tr("State");
    case Instance:
        return tr("Instance");
    case Kind:
        return tr("Kind (job)");
    case Latency:
        return tr("Latency");
    case Throughput:
        return tr("Throughput");
    case HitRate:
        return tr("Hit rate");
    case PoolUse:
        return tr("Pool use");
    case Alerts:
        return tr("Firing alerts");
    case Trend:
        return tr("Latency, 15 min");
    default:
        return {};
    }
}

} // namespace sonde
