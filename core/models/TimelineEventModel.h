#pragma once

#include "monitoring/TimelineEvent.h"

#include <QAbstractTableModel>

namespace sonde {

class TimelineEventStore;

// The dashboard's "Events and alerts" table over a TimelineEventStore, oldest first (sort
// in a proxy). Severity is spelled out in its own column: colour is never the only signal.
class TimelineEventModel : public QAbstractTableModel
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    TimelineEventStore *m_store;
};

} // namespace sonde
