#include "TimelineEventModel.h"

#include "common/DisplayFormat.h"
#include "monitoring/TimelineEventStore.h"

namespace sonde {

TimelineEventModel::TimelineEventModel(TimelineEventStore *store, QObject *parent)
    : RowListModel(parent)
{
    resetRows(store->events());
    connect(store, &TimelineEventStore::eventAdded, this,
            [this](int index, const TimelineEvent &event) { insertRowsAt(index, {event}); });
    connect(store, &TimelineEventStore::oldestDropped, this,
            [this](int count) { removeRowsAt(0, count); });
    connect(store, &TimelineEventStore::cleared, this, [this]() { resetRows({}); });
}

int TimelineEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEvent &e = row(index.row());
    switch (role) {
    case SeverityRole:
        return int(e.severity);
    case KindRole:
        return int(e.kind);
    case TimestampRole:
        return e.at;
    case Qt::ToolTipRole:
        return e.detail.isEmpty() ? e.text : e.text + u'\n' + e.detail;
    case SortRole:
        if (index.column() == Time)
            return e.at.toMSecsSinceEpoch();
        if (index.column() == Severity)
            return int(e.severity);
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return DisplayFormat::timeOfDay(e.at);
        case Severity:
            return severityName(e.severity);
        case Target:
            return e.targetName;
        case Kind:
            return timelineKindName(e.kind);
        case Description:
            return e.text;
        }
        return {};
    default:
        return {};
    }
}

QVariant TimelineEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Severity:
        return tr("Severity");
    case Target:
        return tr("Target");
    case Kind:
        return tr("Event");
    case Description:
        return tr("What happened");
    }
    return {};
}

QString TimelineEventModel::rowKey(const TimelineEvent &row) const
{
    return row.at.toString(Qt::ISODateWithMs) + u' ' + row.targetId + u' ' + row.text;
}

} // namespace sonde
