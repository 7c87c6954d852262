#include "DataTableView.h"

#include "models/ModelExport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QHelpEvent>
#include <QJsonDocument>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QToolTip>

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
    // Columns start narrow and grow to their header and contents (fitColumns()).
    horizontalHeader()->setDefaultSectionSize(horizontalHeader()->minimumSectionSize());
    verticalHeader()->setVisible(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &DataTableView::showMenu);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QWidget::customContextMenuRequested, this,
            &DataTableView::showHeaderMenu);

    auto *copy = new QAction(tr("Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &DataTableView::copySelection);
    addAction(copy);
}

void DataTableView::setModel(QAbstractItemModel *model)
{
    if (this->model())
        disconnect(this->model(), nullptr, this, nullptr);
    QTableView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &DataTableView::scheduleFit);
    connect(model, &QAbstractItemModel::rowsInserted, this, &DataTableView::scheduleFit);
    connect(model, &QAbstractItemModel::layoutChanged, this, &DataTableView::scheduleFit);
    connect(model, &QAbstractItemModel::dataChanged, this, &DataTableView::scheduleFit);
    scheduleFit();
}

void DataTableView::scheduleFit()
{
    if (m_fitPending)
        return;
    m_fitPending = true;
    QTimer::singleShot(0, this, [this] {
        m_fitPending = false;
        fitColumns();
    });
}

void DataTableView::fitColumns()
{
    if (!model())
        return;
    QHeaderView *header = horizontalHeader();
    const int last = header->count() - 1;
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c) ||
            header->sectionResizeMode(c) != QHeaderView::Interactive ||
            (c == last && header->stretchLastSection()))
            continue;
        const int wanted =
            std::min(MaxFittedWidth, std::max(header->sectionSizeHint(c), sizeHintForColumn(c)));
        if (c != m_fillColumn && header->sectionSize(c) < wanted)
            header->resizeSection(c, wanted);
    }
    fillRemainingWidth();
}

void DataTableView::setFillColumn(int column)
{
    m_fillColumn = column;
    horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
    scheduleFit();
}

void DataTableView::fillRemainingWidth()
{
    QHeaderView *header = horizontalHeader();
    if (!model() || m_fillColumn < 0 || m_fillColumn >= header->count() ||
        header->isSectionHidden(m_fillColumn))
        return;
    int lastShown = header->count() - 1;
    while (lastShown > 0 && header->isSectionHidden(lastShown))
        --lastShown;
    int others = 0;
    for (int c = 0; c < header->count(); ++c) {
        if (c == m_fillColumn || header->isSectionHidden(c))
            continue;
        // The stretched last column counts with what it needs, not with what it was given.
        others += c == lastShown && header->stretchLastSection()
                      ? std::max(header->sectionSizeHint(c), sizeHintForColumn(c))
                      : header->sectionSize(c);
    }
    const int fill = std::max(int(MinFillWidth), viewport()->width() - others);
    header->resizeSection(m_fillColumn, fill);
    // What the stretched last column keeps beyond its need (its minimum) comes off too.
    const int excess = header->length() - viewport()->width();
    if (excess > 0)
        header->resizeSection(m_fillColumn, std::max(int(MinFillWidth), fill - excess));
}

QString DataTableView::hiddenColumnsKey() const
{
    return u"tables/%1/hiddenColumns"_s.arg(m_exportName);
}

void DataTableView::setColumnsHiddenByDefault(const QList<int> &columns)
{
    QList<int> hidden = columns;
    const QVariant saved = QSettings().value(hiddenColumnsKey());
    if (saved.isValid()) {
        hidden.clear();
        for (const QVariant &v : saved.toList())
            hidden << v.toInt();
    }
    for (int c = 0; c < horizontalHeader()->count(); ++c)
        setColumnHidden(c, hidden.contains(c));
    scheduleFit();
}

void DataTableView::showHeaderMenu(const QPoint &pos)
{
    if (!model())
        return;
    QHeaderView *header = horizontalHeader();
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    menu.addSection(tr("Columns"));
    int shown = 0;
    for (int c = 0; c < header->count(); ++c)
        shown += header->isSectionHidden(c) ? 0 : 1;
    for (int c = 0; c < header->count(); ++c) {
        QAction *a = menu.addAction(model()->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        a->setEnabled(header->isSectionHidden(c) || shown > 1); // one column always stays
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            setColumnHidden(c, !on);
            QVariantList hidden;
            for (int i = 0; i < horizontalHeader()->count(); ++i) {
                if (horizontalHeader()->isSectionHidden(i))
                    hidden << i;
            }
            QSettings().setValue(hiddenColumnsKey(), hidden);
            scheduleFit();
        });
    }
    menu.exec(header->viewport()->mapToGlobal(pos));
}

bool DataTableView::viewportEvent(QEvent *event)
{
    // The viewport narrows when the vertical scroll bar appears: the fill column gives way.
    if (event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &DataTableView::fillRemainingWidth);
    if (event->type() == QEvent::ToolTip && model()) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = indexAt(help->pos());
        if (index.isValid() && !index.data(Qt::ToolTipRole).isValid()) {
            // The whole text of a cell its column elides.
            const QString text = index.data(Qt::DisplayRole).toString();
            const int width = visualRect(index).width() -
                              2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin) - 6;
            if (!text.isEmpty() && fontMetrics().horizontalAdvance(text) > width) {
                QToolTip::showText(help->globalPos(), text, viewport(), visualRect(index));
                return true;
            }
        }
    }
    return QTableView::viewportEvent(event);
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
