#pragma once

#include "DataTableView.h"

#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QStringList>
#include <QToolTip>

namespace sonde::test {

// The window size a new user gets (the main window's default).
inline constexpr int DefaultWindowWidth = 1440;
inline constexpr int DefaultWindowHeight = 937;

// Whether every cell of `column` the view elides shows its whole text in a tooltip (asked
// as a user would: a tooltip event over the cell).
inline bool elidedCellsHaveTooltips(DataTableView *table, int column)
{
    const int rows = std::min(table->model()->rowCount(), 50);
    for (int r = 0; r < rows; ++r) {
        const QModelIndex index = table->model()->index(r, column);
        const QString text = index.data().toString();
        table->scrollTo(index);
        const QRect cell = table->visualRect(index);
        if (text.isEmpty() || table->fontMetrics().horizontalAdvance(text) <= cell.width() - 8)
            continue;
        QHelpEvent help(QEvent::ToolTip, cell.center(),
                        table->viewport()->mapToGlobal(cell.center()));
        QApplication::sendEvent(table->viewport(), &help);
        const QString shown = QToolTip::text();
        QToolTip::hideText();
        // The tooltip may lay the text out on several lines (a statement as written).
        if (shown.isEmpty() || !shown.simplified().contains(text.simplified().left(40)))
            return false;
    }
    return true;
}

// The columns of `table` that cut their contents: narrower than their header's or their
// cells' size hint, where an elided cell does not show its whole text in a tooltip.
// Empty when every figure can be read.
inline QStringList clippedColumns(DataTableView *table)
{
    QApplication::processEvents(); // the fitting runs once the rows have arrived
    QStringList clipped;
    const QAbstractItemView *view = table; // sizeHintForColumn is public here
    const QHeaderView *header = table->horizontalHeader();
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        const int need = std::max(header->sectionSizeHint(c), view->sizeHintForColumn(c));
        const int have = header->sectionSize(c);
        if (have >= need ||
            (have >= header->sectionSizeHint(c) && elidedCellsHaveTooltips(table, c)))
            continue;
        clipped << QStringLiteral("%1 (%2 < %3 px)")
                       .arg(table->model()->headerData(c, Qt::Horizontal).toString())
                       .arg(have)
                       .arg(need);
    }
    return clipped;
}

} // namespace sonde::test
