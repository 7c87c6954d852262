#include "UnhelpedStatementModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sonde {

UnhelpedStatementModel::UnhelpedStatementModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void UnhelpedStatementModel::setStatements(const QList<UnhelpedStatement> &statements)
{
    beginResetModel();
    m_rows = statements;
    endResetModel();
}

int UnhelpedStatementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UnhelpedStatementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UnhelpedStatementModel::reasonText(UnhelpedStatement::Reason reason)
{
    using R = UnhelpedStatement::Reason;
    switch (reason) {
    case R::NotParseable:
        return tr("not parseable");
    case R::NotAQuery:
        return tr("not a query");
    case R::CouldNotPlan:
        return tr("could not be planned");
    case R::UnknownTable:
        return tr("unknown table");
    case R::NothingToIndex:
        return tr("nothing to index");
    case R::AlreadyIndexed:
        return tr("already indexed");
    case R::TooCheap:
        return tr("too cheap");
    case R::LowSelectivity:
        return tr("low selectivity");
    case R::TooLittleTime:
        return tr("too little time");
    }
    return {};
}

QString UnhelpedStatementModel::routeText(const UnhelpedStatement &u)
{
    using R = UnhelpedStatement::Reason;
    if (u.route != PlanRoute::None)
        return PlanRoutes::text(u.route);
    const bool counted =
        u.reason == R::CouldNotPlan || u.reason == R::NotParseable || u.reason == R::UnknownTable;
    return counted ? PlanRoutes::text(PlanRoute::None) : QString();
}

QVariant UnhelpedStatementModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const UnhelpedStatement &u = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Share:
            return QString(QLocale().toString(u.share * 100.0, 'f', 2) + u" %"_s);
        case Reason:
            return reasonText(u.reason);
        case Route:
            return routeText(u);
        case Statement:
            return u.sql.simplified();
        case Explanation:
            return u.explanation;
        default:
            break;
        }
    } else if (role == SortRole) {
        return index.column() == Share ? QVariant(u.share) : data(index, Qt::DisplayRole);
    } else if (role == Qt::ToolTipRole) {
        return index.column() == Statement ? u.sql : u.explanation;
    } else if (role == Qt::TextAlignmentRole && index.column() == Share) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant UnhelpedStatementModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Share:
        return tr("Of workload");
    case Reason:
        return tr("Reason");
    case Route:
        return tr("Planned");
    case Statement:
        return tr("Statement");
    case Explanation:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace sonde
