#pragma once

#include <QTableView>

#include <functional>

namespace sonde {

// The table every Sonde page uses: sortable, copy (Ctrl+C copies the selected rows as
// tab-separated text with a header), and a context menu to export the whole table as CSV
// or JSON.
class DataTableView : public QTableView
{
    Q_OBJECT
public:
    explicit DataTableView(QWidget *parent = nullptr);

    // Base name suggested in the export dialogs ("slow-queries" → slow-queries.csv).
    void setExportName(const QString &name) { m_exportName = name; }

    // Selected rows of model() — the view's own model, so proxy rows where there is a proxy.
    QList<int> selectedRowsOfModel() const;
    void copySelection() const;
    bool exportCsv(const QString &path) const;
    bool exportJson(const QString &path) const;

private:
    void showMenu(const QPoint &pos);
    void exportWithDialog(bool json);

    QString m_exportName = QStringLiteral("table");
};

// Asks where to save `baseName`.csv / .json and calls `write` with the path; says so when
// writing failed. Shared by the table and tree views.
void exportWithDialog(QWidget *parent, const QString &baseName, bool json,
                      const std::function<bool(const QString &)> &write);

} // namespace sonde
