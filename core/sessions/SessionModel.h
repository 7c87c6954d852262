#pragma once

#include "SessionSnapshot.h"

#include "common/RowListModel.h"

#include <QSet>

namespace sonde {

// When a session deserves attention.
struct SessionThresholds
{
    double longRunningSeconds = 60;       // an active query running this long
    double idleInTransactionSeconds = 10; // a transaction left open, doing nothing
};

// Why a session is highlighted (most important first).
enum class SessionHighlight
{
    None,
    WaitingOnLock,
    LongRunning,
    IdleInTransaction,
    Blocker, // other sessions wait for it
};

// pg_stat_activity as a table that refreshes with each snapshot (rows are matched by pid,
// so a selection survives a refresh). GUI thread only.
class SessionModel : public RowListModel<SessionInfo>
{
    Q_OBJECT
public:
    enum Column
    {
        PidColumn,
        StateColumn,
        WaitColumn,
        QueryTimeColumn,
        TransactionTimeColumn,
        BlockedByColumn,
        QueryColumn,
        UserColumn,
        DatabaseColumn,
        ApplicationColumn,
        ClientColumn,
        XminAgeColumn,
        ColumnCount
    };
    enum Role
    {
        ValueRole = Qt::UserRole + 1,
        PidRole,
        HighlightRole, // int(SessionHighlight)
        ClientBackendRole,
    };

    explicit SessionModel(QObject *parent = nullptr);

    void setSnapshot(const SessionSnapshot &snapshot);
    const SessionSnapshot &snapshot() const { return m_snapshot; }
    void setThresholds(const SessionThresholds &thresholds);
    SessionHighlight highlightOf(const SessionInfo &session) const;
    int rowOfPid(int pid) const;
    // Counts for a status line, by what the sessions do (not by their highlight: a blocker
    // left idle in transaction is red as a blocker and still counts as idle in transaction).
    int blockedCount() const;
    int idleInTransactionCount() const;
    int longRunningCount() const; // active for longRunningSeconds or more

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString durationText(double seconds);

protected:
    QString rowKey(const SessionInfo &row) const override;

private:
    QVariant display(const SessionInfo &s, int column) const;
    QVariant value(const SessionInfo &s, int column) const;

    SessionSnapshot m_snapshot;
    QSet<int> m_blockers;
    SessionThresholds m_thresholds;
};

} // namespace sonde
