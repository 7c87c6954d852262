#pragma once

#include "HealthFinding.h"
#include "common/RowListModel.h"

namespace sonde {

// The findings of a health report, one row each (worst first as given; sorting by the
// severity column keeps critical on top).
class HealthFindingModel : public RowListModel<HealthFinding>
{
    Q_OBJECT
public:
    enum Column
    {
        Severity,
        Check,
        Object,
        Finding,
        Fix,
        ColumnCount
    };
    // The severity as an int (0 info … 2 critical), for delegates and colours.
    static constexpr int SeverityRole = Qt::UserRole + 1;

    explicit HealthFindingModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "setting (reload)", "setting (restart)", "SQL", "index", "advice".
    static QString fixKindText(const HealthFix &fix);

protected:
    QString rowKey(const HealthFinding &row) const override { return row.key(); }
};

} // namespace sonde
