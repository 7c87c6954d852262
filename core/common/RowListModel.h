#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace sonde {

// A table model over a list of value rows. Subclasses give the columns, the cells and the
// key of a row. The rows change in one of these ways, each with the signals views need to
// keep their selection, sorting and scroll position:
// - setRows(): the list replaced as a whole (each sampler tick). When the new rows have the
//   same keys in the same order, the cells are updated in place (dataChanged); otherwise
//   the model is reset.
// - resetRows(): the list replaced with a reset, whatever the keys (a new layout, or a view
//   that re-reads what it shows on a reset).
// - insertRowsAt() / appendRow() / removeRowsAt(): rows come and go one batch at a time (a
//   bounded log, a run's seconds); the other rows keep their place and their selection.
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
    // The row with this key, -1 when there is none.
    int rowOfKey(const QString &key) const
    {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (rowKey(m_rows.at(i)) == key)
                return int(i);
        }
        return -1;
    }

    void setRows(const QList<Row> &rows)
    {
        setRows(rows, [] {});
    }
    void resetRows(const QList<Row> &rows)
    {
        resetRows(rows, [] {});
    }
    void clear() { setRows({}); }

    // Inserts `rows` before row `position` (0 = on top, rowCount() = at the end).
    void insertRowsAt(int position, const QList<Row> &rows)
    {
        Q_ASSERT(position >= 0 && position <= rowCount());
        if (rows.isEmpty())
            return;
        beginInsertRows({}, position, position + int(rows.size()) - 1);
        if (position == m_rows.size())
            m_rows.append(rows);
        else
            m_rows = m_rows.first(position) + rows + m_rows.sliced(position);
        endInsertRows();
    }
    void appendRow(const Row &row) { insertRowsAt(rowCount(), {row}); }
    // Removes `count` rows from row `first` on.
    void removeRowsAt(int first, int count)
    {
        Q_ASSERT(first >= 0 && count >= 0 && first + count <= rowCount());
        if (count == 0)
            return;
        beginRemoveRows({}, first, first + count - 1);
        m_rows.remove(first, count);
        endRemoveRows();
    }

protected:
    virtual QString rowKey(const Row &row) const = 0;

    // As setRows() and resetRows(); `alongside()` changes the subclass's own state (what
    // the cells also read) at the moment the rows are replaced: inside the reset, or
    // before dataChanged.
    template<typename Change>
    void setRows(const QList<Row> &rows, Change alongside)
    {
        bool sameKeys = rows.size() == m_rows.size();
        for (qsizetype i = 0; sameKeys && i < rows.size(); ++i)
            sameKeys = rowKey(rows.at(i)) == rowKey(m_rows.at(i));
        if (!sameKeys) {
            resetRows(rows, alongside);
            return;
        }
        m_rows = rows;
        alongside();
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
    }
    template<typename Change>
    void resetRows(const QList<Row> &rows, Change alongside)
    {
        beginResetModel();
        m_rows = rows;
        alongside();
        endResetModel();
    }

private:
    QList<Row> m_rows;
};

} // namespace sonde
