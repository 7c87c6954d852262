#include "StatementActivityModel.h"

#include "common/DisplayFormat.h"

#include "monitoring/Snapshot.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sonde {

StatementActivityModel::StatementActivityModel(QObject *parent)
    : RowListModel(parent)
{}

void StatementActivityModel::setSnapshot(const Snapshot &snapshot)
{
    const auto *pg = snapshot.detailAs<PostgresActivity>();
    if (!pg)
        return;
    m_seconds = pg->intervalSeconds > 0 ? pg->intervalSeconds : 1;
    m_totalMs = 0;
    for (const StatementActivity &s : pg->statements)
        m_totalMs += s.totalMs;
    setRows(pg->statements);
}

int StatementActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StatementActivityModel::rowKey(const StatementActivity &row) const
{
    return QString::number(row.queryId) + u'/' + row.user + u'/' + row.database;
}

QVariant StatementActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StatementActivity &s = row(index.row());
    const double share = m_totalMs > 0 ? 100.0 * s.totalMs / m_totalMs : 0;
    const double hit =
        s.sharedHit + s.sharedRead > 0 ? 100.0 * s.sharedHit / (s.sharedHit + s.sharedRead) : -1;
    const QLocale locale;
    if (role == SortRole) {
        switch (index.column()) {
        case Query:
            return s.query;
        case CallsPerSecond:
            return s.calls / m_seconds;
        case MeanMs:
            return s.meanMs();
        case TotalMs:
            return s.totalMs;
        case ShareOfTime:
            return share;
        case Rows:
            return s.rows;
        case CacheHit:
            return hit;
        case User:
            return s.user;
        case Database:
            return s.database;
        case QueryId:
            return s.queryId;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Query)
        return s.query;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= CallsPerSecond && index.column() <= CacheHit
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Query:
        return s.query.left(300);
    case CallsPerSecond:
        return DisplayFormat::rate(s.calls / m_seconds);
    case MeanMs:
        return DisplayFormat::number(s.meanMs());
    case TotalMs:
        return DisplayFormat::number(s.totalMs);
    case ShareOfTime:
        return locale.toString(share, 'f', 1);
    case Rows:
        return DisplayFormat::count(qint64(s.rows));
    case CacheHit:
        return hit < 0 ? u"–"_s : locale.toString(hit, 'f', 1);
    case User:
        return s.user;
    case Database:
        return s.database;
    case QueryId:
        return QString::number(s.queryId);
    }
    return {};
}

QVariant StatementActivityModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Query:
        return tr("Statement");
    case CallsPerSecond:
        return tr("Calls/s");
    case MeanMs:
        return tr("Mean (ms)");
    case TotalMs:
        return tr("Time in interval (ms)");
    case ShareOfTime:
        return tr("% of time");
    case Rows:
        return tr("Rows");
    case CacheHit:
        return tr("Cache hit %");
    case User:
        return tr("Role");
    case Database:
        return tr("Database");
    case QueryId:
        return tr("Query ID");
    }
    return {};
}

} // namespace sonde
