#pragma once

#include "common/RowListModel.h"
#include "connection/ConnectionProfile.h"

namespace sonde {

class ProfileStore;

// The saved connection profiles for the connection dialog: name, kind, where, read-only.
class ProfileListModel : public RowListModel<ConnectionProfile>
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Kind,
        Where,
        ReadOnly,
        ColumnCount
    };
    static constexpr int ProfileIdRole = Qt::UserRole + 1;

    explicit ProfileListModel(ProfileStore *store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Row of a profile, -1 when unknown.
    int rowOf(const QString &profileId) const;

protected:
    QString rowKey(const ConnectionProfile &row) const override;
};

} // namespace sonde
