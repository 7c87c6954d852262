#include "ChangeLogModel.h"

#include "common/DisplayFormat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sonde {

ChangeLogModel::ChangeLogModel(QObject *parent)
    : RowListModel(parent)
{}

void ChangeLogModel::setChanges(const QList<IndexChange> &changes)
{
    setRows(changes);
}

int ChangeLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const IndexChange &c = row(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id:
            return c.id;
        case When:
            return DisplayFormat::dateTime(c.startedAt);
        case Outcome:
            return changeOutcomeName(c.outcome);
        case Action:
            return actionText(c);
        case Index:
            return c.object.isEmpty() ? QString(c.schema + u'.' + c.indexName) : c.object;
        case Target:
            return c.target;
        case User:
            return c.user;
        case Statement:
            return c.ddl.simplified();
        case Message:
            return c.message;
        default:
            break;
        }
    } else if (role == SortRole) {
        if (index.column() == Id)
            return c.id;
        if (index.column() == When)
            return c.startedAt;
        return data(index, Qt::DisplayRole);
    } else if (role == Qt::ToolTipRole) {
        return index.column() == Statement
                   ? QString(c.ddl + u"\n\n"_s + tr("Revert: %1").arg(c.revertDdl))
                   : c.message;
    }
    return {};
}

QString ChangeLogModel::actionText(const IndexChange &c)
{
    switch (c.action) {
    case IndexChange::Action::Create:
        return tr("create");
    case IndexChange::Action::Drop:
        return tr("revert");
    case IndexChange::Action::Setting:
    case IndexChange::Action::RedisSetting:
        return c.revertOf ? tr("setting revert") : tr("setting");
    case IndexChange::Action::Statement:
        return c.revertOf ? tr("fix revert") : tr("fix");
    }
    return {};
}

QVariant ChangeLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("#");
    case When:
        return tr("When");
    case Outcome:
        return tr("Outcome");
    case Action:
        return tr("Action");
    case Index:
        return tr("Object");
    case Target:
        return tr("Server");
    case User:
        return tr("Who");
    case Statement:
        return tr("Statement");
    case Message:
        return tr("Result");
    default:
        return {};
    }
}

QString ChangeLogModel::rowKey(const IndexChange &row) const
{
    return QString::number(row.id);
}

} // namespace sonde
