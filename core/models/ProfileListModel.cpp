#include "ProfileListModel.h"

#include "connection/ProfileStore.h"

namespace sonde {

ProfileListModel::ProfileListModel(ProfileStore *store, QObject *parent)
    : RowListModel(parent)
{
    // Profiles change rarely and as a whole (save, delete): a reset is enough.
    resetRows(store->profiles());
    connect(store, &ProfileStore::changed, this, [this, store]() { resetRows(store->profiles()); });
}

int ProfileListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectionProfile &p = row(index.row());
    if (role == ProfileIdRole)
        return p.id;
    if (role == Qt::ToolTipRole)
        return p.displayUri();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return p.name;
    case Kind:
        return targetKindName(p.kind);
    case Where:
        return p.displayUri();
    case ReadOnly:
        return p.readOnly ? tr("read-only") : QString();
    }
    return {};
}

QVariant ProfileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Where:
        return tr("Connection");
    case ReadOnly:
        return tr("Mode");
    }
    return {};
}

int ProfileListModel::rowOf(const QString &profileId) const
{
    return rowOfKey(profileId);
}

QString ProfileListModel::rowKey(const ConnectionProfile &row) const
{
    return row.id;
}

} // namespace sonde
