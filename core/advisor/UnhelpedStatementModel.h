#pragma once

#include "AdvisorResult.h"

#include "common/RowListModel.h"

namespace sonde {

// The statements no recommendation helps, with the reason.
class UnhelpedStatementModel : public RowListModel<UnhelpedStatement>
{
    Q_OBJECT
public:
    enum Column
    {
        Share,
        Reason,
        Route, // how it was planned
        Statement,
        Explanation,
        ColumnCount
    };

    explicit UnhelpedStatementModel(QObject *parent = nullptr);

    void setStatements(const QList<UnhelpedStatement> &statements);
    const UnhelpedStatement &statement(int r) const { return row(r); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString reasonText(UnhelpedStatement::Reason reason);
    // "as it is", "constants folded", … or "not planned"; empty when not counted.
    static QString routeText(const UnhelpedStatement &statement);

protected:
    QString rowKey(const UnhelpedStatement &row) const override;
};

} // namespace sonde
