#include "SessionModel.h"

#include "common/DisplayFormat.h"

using namespace Qt::StringLiterals;

namespace sonde {

SessionModel::SessionModel(QObject *parent)
    : RowListModel(parent)
{}

void SessionModel::setSnapshot(const SessionSnapshot &snapshot)
{
    // Rows are updated in place where the pid stays, so views keep their selection.
    setRows(snapshot.sessions, [&]() {
        m_snapshot = snapshot;
        m_blockers.clear();
        for (const SessionInfo &s : m_snapshot.sessions)
            for (int p : s.blockedBy)
                m_blockers.insert(p);
    });
}

void SessionModel::setThresholds(const SessionThresholds &thresholds)
{
    m_thresholds = thresholds;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

SessionHighlight SessionModel::highlightOf(const SessionInfo &s) const
{
    if (m_blockers.contains(s.pid))
        return SessionHighlight::Blocker;
    if (s.isIdleInTransaction() && s.stateSeconds >= m_thresholds.idleInTransactionSeconds)
        return SessionHighlight::IdleInTransaction;
    if (s.state == u"active"_s && s.querySeconds >= m_thresholds.longRunningSeconds)
        return SessionHighlight::LongRunning;
    if (s.isWaitingOnLock())
        return SessionHighlight::WaitingOnLock;
    return SessionHighlight::None;
}

int SessionModel::rowOfPid(int pid) const
{
    return rowOfKey(QString::number(pid));
}

int SessionModel::blockedCount() const
{
    return int(std::count_if(m_snapshot.sessions.cbegin(), m_snapshot.sessions.cend(),
                             [](const SessionInfo &s) { return !s.blockedBy.isEmpty(); }));
}

int SessionModel::idleInTransactionCount() const
{
    return int(std::count_if(m_snapshot.sessions.cbegin(), m_snapshot.sessions.cend(),
                             [](const SessionInfo &s) { return s.isIdleInTransaction(); }));
}

int SessionModel::longRunningCount() const
{
    return int(std::count_if(
        m_snapshot.sessions.cbegin(), m_snapshot.sessions.cend(), [this](const SessionInfo &s) {
            return s.state == u"active"_s && s.querySeconds >= m_thresholds.longRunningSeconds;
        }));
}

int SessionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SessionModel::durationText(double seconds)
{
    return seconds < 0 ? QString() : DisplayFormat::duration(seconds * 1000.0);
}

QVariant SessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PidColumn:
        return tr("PID");
    case StateColumn:
        return tr("State");
    case WaitColumn:
        return tr("Waiting for");
    case QueryTimeColumn:
        return tr("Query time");
    case TransactionTimeColumn:
        return tr("Transaction time");
    case BlockedByColumn:
        return tr("Blocked by");
    case UserColumn:
        return tr("User");
    case DatabaseColumn:
        return tr("Database");
    case ApplicationColumn:
        return tr("Application");
    case ClientColumn:
        return tr("Client");
    case XminAgeColumn:
        return tr("Xmin age");
    case QueryColumn:
        return tr("Query");
    default:
        return {};
    }
}

QVariant SessionModel::display(const SessionInfo &s, int column) const
{
    switch (column) {
    case PidColumn:
        return s.leaderPid > 0 && s.leaderPid != s.pid
                   ? tr("%1 (worker of %2)").arg(s.pid).arg(s.leaderPid)
                   : QString::number(s.pid);
    case StateColumn:
        return s.state.isEmpty() ? s.backendType : s.state;
    case WaitColumn:
        return s.waitEventType.isEmpty() ? QString() : s.waitEventType + u": "_s + s.waitEvent;
    case QueryTimeColumn:
        return durationText(s.state == u"active"_s ? s.querySeconds : s.stateSeconds);
    case TransactionTimeColumn:
        return durationText(s.transactionSeconds);
    case BlockedByColumn: {
        QStringList pids;
        for (int p : s.blockedBy)
            pids << QString::number(p);
        return pids.join(u", "_s);
    }
    case UserColumn:
        return s.user;
    case DatabaseColumn:
        return s.database;
    case ApplicationColumn:
        return s.application;
    case ClientColumn:
        return s.client;
    case XminAgeColumn:
        return s.xminAge < 0 ? QString() : DisplayFormat::count(s.xminAge);
    case QueryColumn:
        return s.query.simplified().left(300);
    default:
        return {};
    }
}

QVariant SessionModel::value(const SessionInfo &s, int column) const
{
    switch (column) {
    case PidColumn:
        return s.pid;
    case QueryTimeColumn:
        return s.state == u"active"_s ? s.querySeconds : s.stateSeconds;
    case TransactionTimeColumn:
        return s.transactionSeconds;
    case BlockedByColumn:
        return s.blockedBy.size();
    case XminAgeColumn:
        return s.xminAge;
    default:
        return display(s, column);
    }
}

QVariant SessionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SessionInfo &s = row(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(s, index.column());
    case Qt::ToolTipRole:
        return index.column() == QueryColumn ? s.query : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == QueryTimeColumn || index.column() == TransactionTimeColumn ||
                       index.column() == XminAgeColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    case ValueRole:
        return value(s, index.column());
    case PidRole:
        return s.pid;
    case HighlightRole:
        return int(highlightOf(s));
    case ClientBackendRole:
        return s.isClientBackend();
    default:
        return {};
    }
}

QString SessionModel::rowKey(const SessionInfo &row) const
{
    return QString::number(row.pid);
}

} // namespace sonde
