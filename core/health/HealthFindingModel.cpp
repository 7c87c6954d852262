#include "HealthFindingModel.h"

using namespace Qt::StringLiterals;

namespace sonde {

HealthFindingModel::HealthFindingModel(QObject *parent)
    : RowListModel(parent)
{}

int HealthFindingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HealthFindingModel::fixKindText(const HealthFix &fix)
{
    switch (fix.kind) {
    case HealthFix::Kind::None:
        return tr("advice");
    case HealthFix::Kind::Sql:
        return tr("SQL");
    case HealthFix::Kind::Index:
        return tr("index");
    case HealthFix::Kind::PostgresSetting:
        return fix.takes == HealthFix::Takes::Restart ? tr("setting (restart)")
                                                      : tr("setting (reload)");
    case HealthFix::Kind::RedisSetting:
        return tr("setting (CONFIG SET)");
    }
    return {};
}

QVariant HealthFindingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HealthFinding &f = row(index.row());
    if (role == SeverityRole)
        return int(f.severity);
    if (role == Qt::ToolTipRole)
        return f.why;
    if (role == SortRole && index.column() == Severity)
        return int(f.severity);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Severity:
        return healthSeverityText(f.severity);
    case Check:
        return f.check;
    case Object:
        return f.object;
    case Finding:
        return f.message;
    case Fix:
        return fixKindText(f.fix);
    default:
        return {};
    }
}

QVariant HealthFindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity:
        return tr("Severity");
    case Check:
        return tr("Check");
    case Object:
        return tr("Object");
    case Finding:
        return tr("Finding");
    case Fix:
        return tr("Fix");
    default:
        return {};
    }
}

} // namespace sonde
