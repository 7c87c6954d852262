#include "DataTableView.h"

#include "models/ModelExport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonDocument>
#include <QMenu>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace sonde {

DataTableView::DataTableView(QWidget *parent)
    : QTableView(parent)
{
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    verticalHeader()->setVisible(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &DataTableView::showMenu);

    auto *copy = new QAction(tr("Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &DataTableView::copySelection);
    addAction(copy);
}

QList<int> DataTableView::selectedRowsOfModel() const
{
    QList<int> rows;
    if (!selectionModel())
        return rows;
    for (const QModelIndex &idx : selectionModel()->selectedRows())
        rows << idx.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void DataTableView::copySelection() const
{
    if (!model())
        return;
    const QList<int> rows = selectedRowsOfModel();
    if (rows.isEmpty())
        return;
    QApplication::clipboard()->setText(modelToTsv(model(), rows));
}

bool DataTableView::exportCsv(const QString &path) const
{
    QFile f(path);
    if (!model() || !f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(modelToCsv(model()).toUtf8()) >= 0;
}

bool DataTableView::exportJson(const QString &path) const
{
    QFile f(path);
    if (!model() || !f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(QJsonDocument(modelToJson(model())).toJson()) >= 0;
}

void exportWithDialog(QWidget *parent, const QString &baseName, bool json,
                      const std::function<bool(const QString &)> &write)
{
    const QString suffix = json ? u".json"_s : u".csv"_s;
    const QString path = QFileDialog::getSaveFileName(
        parent, json ? DataTableView::tr("Export as JSON") : DataTableView::tr("Export as CSV"),
        baseName + suffix,
        json ? DataTableView::tr("JSON files (*.json)") : DataTableView::tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!write(path))
        QMessageBox::warning(parent, DataTableView::tr("Export failed"),
                             DataTableView::tr("Cannot write %1.").arg(path));
}

void DataTableView::exportWithDialog(bool json)
{
    sonde::exportWithDialog(this, m_exportName, json, [this, json](const QString &path) {
        return json ? exportJson(path) : exportCsv(path);
    });
}

void DataTableView::showMenu(const QPoint &pos)
{
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("Copy selected rows"), this, &DataTableView::copySelection);
    copy->setEnabled(!selectedRowsOfModel().isEmpty());
    menu.addSeparator();
    menu.addAction(tr("Export as CSV…"), this, [this]() { exportWithDialog(false); });
    menu.addAction(tr("Export as JSON…"), this, [this]() { exportWithDialog(true); });
    menu.exec(viewport()->mapToGlobal(pos));
}

} // namespace sonde
