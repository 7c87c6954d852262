#include "SlowQueryModel.h"

#include "plan/PlanFormat.h"

using namespace Qt::StringLiterals;

namespace sonde {

namespace Fmt = PlanFormat;

SlowQueryModel::SlowQueryModel(QObject *parent)
    : RowListModel(parent)
{}

void SlowQueryModel::setWindow(const StatementWindowResult &window)
{
    // A reset even for the same statements: the page re-selects its statement after it,
    // which re-reads the details with the new window's figures.
    resetRows(window.statements, [&]() { m_window = window; });
}

int SlowQueryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SlowQueryModel::oneLine(const QString &query, int maxLength)
{
    QString s = query.simplified();
    if (s.size() > maxLength)
        s = s.left(maxLength - 1) + u'…';
    return s;
}

QVariant SlowQueryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ShareColumn:
            return tr("Share of the time of all statements in the window.");
        case MaxColumn:
            return tr("The longest call in the window; \"≥\" marks a lower bound (the highest "
                      "mean of a sampling interval) when no call beat the statement's earlier "
                      "maximum.");
        case FlagsColumn:
            return tr("slow: mean above the threshold; N+1: a cheap single-row statement whose "
                      "calls track another statement's, many times over.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case QueryColumn:
        return tr("Statement");
    case CallsColumn:
        return tr("Calls");
    case TotalTimeColumn:
        return tr("Total time");
    case ShareColumn:
        return tr("% of time");
    case MeanColumn:
        return tr("Mean");
    case StddevColumn:
        return tr("Stddev");
    case MaxColumn:
        return tr("Max");
    case RowsPerCallColumn:
        return tr("Rows/call");
    case SharedHitColumn:
        return tr("Shared hit");
    case SharedReadColumn:
        return tr("Shared read");
    case TempWrittenColumn:
        return tr("Temp written");
    case FlagsColumn:
        return tr("Flags");
    case RoleColumn:
        return tr("Role");
    case DatabaseColumn:
        return tr("Database");
    default:
        return {};
    }
}

QVariant SlowQueryModel::display(const SlowStatement &s, int column) const
{
    switch (column) {
    case QueryColumn:
        return oneLine(s.query.isEmpty() ? tr("(text not available)") : s.query);
    case CallsColumn:
        return Fmt::count(s.calls);
    case TotalTimeColumn:
        return Fmt::duration(s.totalMs);
    case ShareColumn:
        return Fmt::percent(s.share);
    case MeanColumn:
        return Fmt::duration(s.meanMs);
    case StddevColumn:
        return Fmt::duration(s.stddevMs);
    case MaxColumn:
        return s.maxExact ? Fmt::duration(s.maxMs) : u"≥ "_s + Fmt::duration(s.maxMs);
    case RowsPerCallColumn:
        return Fmt::count(s.rowsPerCall);
    case SharedHitColumn:
        return Fmt::count(s.sharedHit);
    case SharedReadColumn:
        return Fmt::count(s.sharedRead);
    case TempWrittenColumn:
        return Fmt::count(s.tempWritten);
    case FlagsColumn: {
        QStringList flags;
        if (s.slow)
            flags << tr("slow");
        if (s.nPlusOne)
            flags << tr("N+1 ×%1").arg(qRound(s.nPlusOneRatio));
        return flags.join(u", "_s);
    }
    case RoleColumn:
        return s.role;
    case DatabaseColumn:
        return s.database;
    default:
        return {};
    }
}

QVariant SlowQueryModel::value(const SlowStatement &s, int column) const
{
    switch (column) {
    case CallsColumn:
        return s.calls;
    case TotalTimeColumn:
        return s.totalMs;
    case ShareColumn:
        return s.share;
    case MeanColumn:
        return s.meanMs;
    case StddevColumn:
        return s.stddevMs;
    case MaxColumn:
        return s.maxMs;
    case RowsPerCallColumn:
        return s.rowsPerCall;
    case SharedHitColumn:
        return s.sharedHit;
    case SharedReadColumn:
        return s.sharedRead;
    case TempWrittenColumn:
        return s.tempWritten;
    case FlagsColumn:
        return (s.slow ? 2 : 0) + (s.nPlusOne ? 1 : 0);
    default:
        return display(s, column);
    }
}

QVariant SlowQueryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SlowStatement &s = row(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(s, index.column());
    case Qt::ToolTipRole:
        if (index.column() == QueryColumn)
            return s.query;
        if (index.column() == FlagsColumn && s.nPlusOne) {
            const int parent = m_window.indexOf(s.nPlusOneParent);
            return tr("Runs about %1 times per call of: %2")
                .arg(qRound(s.nPlusOneRatio))
                .arg(parent >= 0 ? oneLine(row(parent).query, 300) : QString());
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == QueryColumn || index.column() >= FlagsColumn
                   ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                   : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case ValueRole:
        return value(s, index.column());
    case SlowRole:
        return s.slow;
    case NPlusOneRole:
        return s.nPlusOne;
    case QueryIdRole:
        return s.key.queryId;
    case FullTextRole:
        return s.query;
    default:
        return {};
    }
}

QString SlowQueryModel::rowKey(const SlowStatement &row) const
{
    return u"%1/%2/%3/%4"_s.arg(row.key.queryId)
        .arg(row.key.userId)
        .arg(row.key.dbId)
        .arg(row.key.topLevel);
}

} // namespace sonde
