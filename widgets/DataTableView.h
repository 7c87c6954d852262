#pragma once

#include <QTableView>

#include <functional>

namespace sonde {

// The table every Sonde page uses: sortable, copy (Ctrl+C copies the selected rows as
// tab-separated text with a header), and a context menu to export the whole table as CSV
// or JSON. Its columns grow to their contents when rows arrive (up to MaxFittedWidth, so a
// statement's text does not push the figures out of sight); a cell too narrow for its text
// is elided and shows the whole text in a tooltip. A right click on the header shows or hides
// columns (remembered per table); a fill column takes the width the others leave, so a
// statement's text sits beside its figures without a horizontal scroll bar.
class DataTableView : public QTableView
{
    Q_OBJECT
public:
    explicit DataTableView(QWidget *parent = nullptr);

    // The widest a column grows on its own to fit its contents, in pixels.
    static constexpr int MaxFittedWidth = 360;

    void setModel(QAbstractItemModel *model) override;
    // Widens every column narrower than its header or its contents (up to MaxFittedWidth).
    // A column the user or the page made wider stays as wide.
    void fitColumns();

    // Base name suggested in the export dialogs ("slow-queries" → slow-queries.csv); also
    // the name the table's shown columns are remembered by.
    void setExportName(const QString &name) { m_exportName = name; }

    // The column that takes the width the other columns leave, down to MinFillWidth.
    void setFillColumn(int column);
    static constexpr int MinFillWidth = 200;
    // Columns hidden until the user shows them (header menu); the user's choice, once made,
    // is remembered under the export name. Call after setModel() and setExportName().
    void setColumnsHiddenByDefault(const QList<int> &columns);

    // Selected rows of model() — the view's own model, so proxy rows where there is a proxy.
    QList<int> selectedRowsOfModel() const;
    void copySelection() const;
    bool exportCsv(const QString &path) const;
    bool exportJson(const QString &path) const;

protected:
    bool viewportEvent(QEvent *event) override;

private:
    void showMenu(const QPoint &pos);
    void showHeaderMenu(const QPoint &pos);
    void fillRemainingWidth();
    QString hiddenColumnsKey() const;
    void scheduleFit();
    void exportWithDialog(bool json);

    QString m_exportName = QStringLiteral("table");
    bool m_fitPending = false;
    int m_fillColumn = -1;
};

// Asks where to save `baseName`.csv / .json and calls `write` with the path; says so when
// writing failed. Shared by the table and tree views.
void exportWithDialog(QWidget *parent, const QString &baseName, bool json,
                      const std::function<bool(const QString &)> &write);

} // namespace sonde
