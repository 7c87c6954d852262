#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace sonde {

// A table model over a list of value rows that is replaced as a whole (each sampler tick).
// When the new rows have the same keys in the same order, the cells are updated in place
// (dataChanged), so sorting, selection and scrolling survive the refresh; otherwise the
// model is reset. Subclasses give the columns, the cells and the key of a row.
template<typename Row>
class RowListModel : public QAbstractTableModel
{
public:
    // Raw values for sorting in a QSortFilterProxyModel (numbers as numbers).
    static constexpr int SortRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    const QList<Row> &rows() const { return m_rows; }
    const Row &row(int r) const { return m_rows.at(r); }

    void setRows(const QList<Row> &rows)
    {
        bool sameKeys = rows.size() == m_rows.size();
        for (qsizetype i = 0; sameKeys && i < rows.size(); ++i)
            sameKeys = rowKey(rows.at(i)) == rowKey(m_rows.at(i));
        if (sameKeys) {
            m_rows = rows;
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
            return;
        }
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }

    void clear() { setRows({}); }

protected:
    virtual QString rowKey(const Row &row) const = 0;

private:
    QList<Row> m_rows;
};

} // namespace sonde
