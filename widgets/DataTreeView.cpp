#include "DataTreeView.h"

#include "DataTableView.h"
#include "models/ModelExport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonDocument>
#include <QMenu>

namespace sonde {

DataTreeView::DataTreeView(QWidget *parent)
    : QTreeView(parent)
{
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &DataTreeView::showMenu);
    auto *copy = new QAction(tr("Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &DataTreeView::copyTree);
    addAction(copy);
}

void DataTreeView::copyTree() const
{
    if (model())
        QApplication::clipboard()->setText(treeToTsv(model()));
}

bool DataTreeView::exportCsv(const QString &path) const
{
    QFile f(path);
    if (!model() || !f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(treeToCsv(model()).toUtf8()) >= 0;
}

bool DataTreeView::exportJson(const QString &path) const
{
    QFile f(path);
    if (!model() || !f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(QJsonDocument(treeToJson(model())).toJson()) >= 0;
}

void DataTreeView::showMenu(const QPoint &pos)
{
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("Copy the tree"), this, &DataTreeView::copyTree);
    copy->setEnabled(model() && model()->rowCount() > 0);
    menu.addSeparator();
    for (const bool json : {false, true}) {
        menu.addAction(json ? tr("Export as JSON…") : tr("Export as CSV…"), this, [this, json]() {
            exportWithDialog(this, m_exportName, json, [this, json](const QString &path) {
                return json ? exportJson(path) : exportCsv(path);
            });
        });
    }
    menu.exec(viewport()->mapToGlobal(pos));
}

} // namespace sonde
