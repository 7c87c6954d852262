#pragma once

#include "common/RowListModel.h"
#include "monitoring/TimelineEvent.h"

namespace sonde {

class TimelineEventStore;

// The dashboard's "Events and alerts" table over a TimelineEventStore, oldest first (sort
// in a proxy). It keeps its own copy of the events and follows the store's additions and
// drops row by row, so views keep their selection. Severity is spelled out in its own
// column: colour is never the only signal.
class TimelineEventModel : public RowListModel<TimelineEvent>
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Severity,
        Target,
        Kind,
        Description,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
        SeverityRole,  // TimelineEvent::Severity as int
        KindRole,      // TimelineEvent::Kind as int
        TimestampRole, // QDateTime (UTC)
    };

    explicit TimelineEventModel(TimelineEventStore *store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QString rowKey(const TimelineEvent &row) const override;
};

} // namespace sonde
