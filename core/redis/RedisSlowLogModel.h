#pragma once

#include "RedisSlowLogRead.h"

#include "common/RowListModel.h"

namespace sonde {

// The Redis slow log as a table, newest first, bounded (the oldest entries go first). New
// entries are announced with entriesAdded(), with their timestamps: the dashboard puts them
// as markers on its time axis (TimelineEvent::Kind::SlowLogEntry). GUI thread only.
class RedisSlowLogModel : public RowListModel<RedisSlowLogEntry>
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        DurationColumn,
        CommandColumn,
        ClientColumn,
        ClientNameColumn,
        IdColumn,
        ColumnCount
    };
    enum Role
    {
        ValueRole = Qt::UserRole + 1,
        FullCommandRole,
    };

    explicit RedisSlowLogModel(QObject *parent = nullptr, int capacity = 1000);

    // Merges a read: entries not shown yet are added; a restarted server starts over.
    void addRead(const RedisSlowLogRead &read);
    const QList<RedisSlowLogEntry> &entries() const { return rows(); }
    qint64 thresholdUs() const { return m_thresholdUs; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // Entries that appeared since the previous read (oldest first), not those the log held
    // when Sonde connected.
    void entriesAdded(const QList<sonde::RedisSlowLogEntry> &entries);

protected:
    QString rowKey(const RedisSlowLogEntry &row) const override;

private:
    int m_capacity;
    qint64 m_thresholdUs = -1;
};

} // namespace sonde
