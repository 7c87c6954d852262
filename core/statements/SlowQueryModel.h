#pragma once

#include "StatementWindow.h"

#include "common/RowListModel.h"

namespace sonde {

// The ranked statements of a window as a table. One entry point (setWindow); flags come as
// roles so that views choose their colours. GUI thread only.
class SlowQueryModel : public RowListModel<SlowStatement>
{
    Q_OBJECT
public:
    enum Column
    {
        QueryColumn,
        CallsColumn,
        TotalTimeColumn,
        ShareColumn,
        MeanColumn,
        StddevColumn,
        MaxColumn,
        RowsPerCallColumn,
        SharedHitColumn,
        SharedReadColumn,
        TempWrittenColumn,
        FlagsColumn,
        RoleColumn,
        DatabaseColumn,
        ColumnCount
    };
    enum Role
    {
        ValueRole = Qt::UserRole + 1, // the number behind a cell (sorting)
        SlowRole,                     // bool
        NPlusOneRole,                 // bool
        QueryIdRole,                  // qint64
        FullTextRole,                 // the statement's whole text
    };

    explicit SlowQueryModel(QObject *parent = nullptr);

    void setWindow(const StatementWindowResult &window);
    const StatementWindowResult &window() const { return m_window; }
    const SlowStatement &statementAt(int r) const { return row(r); }
    int rowOf(const StatementKey &key) const { return m_window.indexOf(key); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The statement on one line, shortened for a table cell.
    static QString oneLine(const QString &query, int maxLength = 200);

protected:
    QString rowKey(const SlowStatement &row) const override;

private:
    QVariant display(const SlowStatement &s, int column) const;
    QVariant value(const SlowStatement &s, int column) const;

    StatementWindowResult m_window;
};

} // namespace sonde
