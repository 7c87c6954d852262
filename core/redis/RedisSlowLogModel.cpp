#include "RedisSlowLogModel.h"

#include "plan/PlanFormat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sonde {

RedisSlowLogModel::RedisSlowLogModel(QObject *parent, int capacity)
    : RowListModel(parent)
    , m_capacity(std::max(1, capacity))
{
    qRegisterMetaType<QList<RedisSlowLogEntry>>();
}

void RedisSlowLogModel::addRead(const RedisSlowLogRead &read)
{
    if (read.error.isError())
        return;
    m_thresholdUs = read.thresholdUs;
    const qint64 newestShown = entries().isEmpty() ? -1 : entries().first().id;
    const qint64 newestRead = read.entries.isEmpty() ? -1 : read.entries.first().id;
    if (newestRead >= 0 && newestRead < newestShown)
        resetRows({}); // ids start again: the server restarted
    QList<RedisSlowLogEntry> fresh;
    const qint64 after = entries().isEmpty() ? -1 : entries().first().id;
    for (const RedisSlowLogEntry &e : read.entries) {
        if (e.id > after)
            fresh << e; // newest first
    }
    insertRowsAt(0, fresh);
    if (rowCount() > m_capacity)
        removeRowsAt(m_capacity, rowCount() - m_capacity);
    if (!read.newEntries.isEmpty())
        emit entriesAdded(read.newEntries);
}

int RedisSlowLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RedisSlowLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case DurationColumn:
        return tr("Duration");
    case CommandColumn:
        return tr("Command");
    case ClientColumn:
        return tr("Client");
    case ClientNameColumn:
        return tr("Client name");
    case IdColumn:
        return tr("ID");
    default:
        return {};
    }
}

QVariant RedisSlowLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RedisSlowLogEntry &e = row(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.at.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
        case DurationColumn:
            return PlanFormat::duration(double(e.durationUs) / 1000.0);
        case CommandColumn:
            return e.commandText();
        case ClientColumn:
            return e.client;
        case ClientNameColumn:
            return e.clientName;
        case IdColumn:
            return e.id;
        default:
            return {};
        }
    }
    if (role == ValueRole) {
        switch (index.column()) {
        case TimeColumn:
            return e.at.toMSecsSinceEpoch();
        case DurationColumn:
            return e.durationUs;
        case IdColumn:
            return e.id;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == FullCommandRole || (role == Qt::ToolTipRole && index.column() == CommandColumn))
        return e.commandText(4096);
    if (role == Qt::TextAlignmentRole)
        return index.column() == DurationColumn || index.column() == IdColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    return {};
}

QString RedisSlowLogModel::rowKey(const RedisSlowLogEntry &row) const
{
    return QString::number(row.id);
}

} // namespace sonde
