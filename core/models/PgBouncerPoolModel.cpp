#include "PgBouncerPoolModel.h"

#include "common/DisplayFormat.h"
#include "monitoring/Snapshot.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sonde {

PgBouncerPoolModel::PgBouncerPoolModel(QObject *parent)
    : RowListModel(parent)
{}

void PgBouncerPoolModel::setSnapshot(const Snapshot &snapshot)
{
    if (const auto *bouncer = snapshot.detailAs<PgBouncerActivity>())
        setRows(bouncer->pools);
}

int PgBouncerPoolModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PgBouncerPoolModel::rowKey(const PoolActivity &row) const
{
    return row.database + u'/' + row.user;
}

QVariant PgBouncerPoolModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PoolActivity &p = row(index.row());
    QVariant raw;
    switch (index.column()) {
    case Database:
        raw = p.database;
        break;
    case User:
        raw = p.user;
        break;
    case Mode:
        raw = p.mode;
        break;
    case ClientsActive:
        raw = p.clientsActive;
        break;
    case ClientsWaiting:
        raw = p.clientsWaiting;
        break;
    case ServersActive:
        raw = p.serversActive;
        break;
    case ServersIdle:
        raw = p.serversIdle;
        break;
    case ServersUsed:
        raw = p.serversUsed;
        break;
    case PoolSize:
        raw = p.poolSize;
        break;
    case ServerUse:
        raw = p.serverUsePercent();
        break;
    case MaxWait:
        raw = p.maxWaitSeconds;
        break;
    default:
        return {};
    }
    if (role == SortRole)
        return raw;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= ClientsActive ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                               : QVariant();
    if (role == Qt::ToolTipRole && index.column() == ClientsWaiting && p.clientsWaiting > 0)
        return tr("%n client(s) wait for a server connection: the pool is saturated.", nullptr,
                  p.clientsWaiting);
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() == ServerUse)
        return p.poolSize > 0 ? DisplayFormat::percent(p.serverUsePercent()) : u"–"_s;
    if (index.column() == MaxWait)
        return DisplayFormat::duration(p.maxWaitSeconds * 1000.0);
    if (index.column() == PoolSize && p.poolSize <= 0)
        return u"–"_s;
    return raw.toString();
}

QVariant PgBouncerPoolModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Database:
        return tr("Database");
    case User:
        return tr("User");
    case Mode:
        return tr("Mode");
    case ClientsActive:
        return tr("Clients active");
    case ClientsWaiting:
        return tr("Clients waiting");
    case ServersActive:
        return tr("Servers active");
    case ServersIdle:
        return tr("Servers idle");
    case ServersUsed:
        return tr("Servers used");
    case PoolSize:
        return tr("Pool size");
    case ServerUse:
        return tr("Server use");
    case MaxWait:
        return tr("Longest wait");
    }
    return {};
}

} // namespace sonde
