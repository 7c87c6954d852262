#include "HealthChangesPane.h"

#include "DataTableView.h"
#include "indexes/ChangeLogModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sonde {

HealthChangesPane::HealthChangesPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new ChangeLogModel(this))
    , m_table(new DataTableView(this))
    , m_revert(new QPushButton(tr("Revert…"), this))
{
    m_table->setObjectName(u"healthChangesTable"_s);
    m_table->setAccessibleName(tr("Setting changes and fixes"));
    m_table->setExportName(u"health-changes"_s);
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->resizeSection(ChangeLogModel::Statement, 320);
    m_revert->setObjectName(u"healthRevertButton"_s);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HealthChangesPane::updateButton);
    connect(m_revert, &QPushButton::clicked, this, [this]() { emit revertRequested(selected()); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Changes made from this page (the change log):"), this);
    layout->addWidget(title);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_revert, 0, Qt::AlignLeft);
    updateButton();
}

void HealthChangesPane::setChanges(const QList<IndexChange> &changes)
{
    QList<IndexChange> kept;
    for (const IndexChange &c : changes) {
        if (c.action != IndexChange::Action::Create && c.action != IndexChange::Action::Drop)
            kept << c;
    }
    m_model->setChanges(kept);
    updateButton();
}

void HealthChangesPane::setReadOnly(bool readOnly, const QString &why)
{
    m_readOnly = readOnly;
    m_why = why;
    updateButton();
}

void HealthChangesPane::setBusy(bool busy)
{
    m_busy = busy;
    updateButton();
}

IndexChange HealthChangesPane::selected() const
{
    const QList<int> rows = m_table->selectedRowsOfModel();
    return rows.isEmpty() ? IndexChange() : m_model->change(rows.first());
}

void HealthChangesPane::updateButton()
{
    const IndexChange c = selected();
    const bool revertible = c.id > 0 && c.outcome == IndexChange::Outcome::Applied &&
                            c.revertOf == 0 && !c.revertDdl.isEmpty();
    m_revert->setEnabled(revertible && !m_readOnly && !m_busy);
    m_revert->setToolTip(m_readOnly ? m_why
                                    : tr("Shows the revert statement and runs it after you "
                                         "confirm."));
}

} // namespace sonde
