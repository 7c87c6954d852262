#include "IndexChangesTab.h"

#include "DataTableView.h"
#include "common/DisplayFormat.h"
#include "indexes/ChangeLogModel.h"
#include "plan/PlanDiffView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sonde {
IndexChangesTab::IndexChangesTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new ChangeLogModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new DataTableView(this))
    , m_revert(new QPushButton(tr("Revert…"), this))
    , m_recheck(new QPushButton(tr("Re-check plans"), this))
    , m_reload(new QPushButton(tr("Reload"), this))
    , m_summary(new QTextBrowser(this))
    , m_statement(new QComboBox(this))
    , m_plans(new PlanDiffView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ChangeLogModel::SortRole);
    m_table->setObjectName(u"changeLogTable"_s);
    m_table->setAccessibleName(tr("Change log"));
    m_table->setExportName(u"index-changes"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->sortByColumn(ChangeLogModel::Id, Qt::DescendingOrder);
    m_table->horizontalHeader()->resizeSection(ChangeLogModel::Statement, 360);
    m_revert->setObjectName(u"revertButton"_s);
    m_recheck->setObjectName(u"recheckButton"_s);
    m_recheck->setToolTip(tr("Plans the statements the index was built for as they run now, "
                             "next to their plans when it was recommended."));
    m_summary->setObjectName(u"recheckSummary"_s);
    m_statement->setObjectName(u"recheckStatement"_s);
    m_statement->setAccessibleName(tr("Statement to re-check"));

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IndexChangesTab::updateButtons);
    connect(m_revert, &QPushButton::clicked, this,
            [this]() { emit revertRequested(selectedChange()); });
    connect(m_recheck, &QPushButton::clicked, this,
            [this]() { emit recheckRequested(selectedChange()); });
    connect(m_reload, &QPushButton::clicked, this, &IndexChangesTab::reloadRequested);
    connect(m_statement, &QComboBox::currentIndexChanged, this, &IndexChangesTab::showRecheckRow);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_revert);
    buttons->addWidget(m_recheck);
    buttons->addStretch(1);
    buttons->addWidget(m_reload);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    topLayout->addLayout(buttons);

    m_plans->setObjectName(u"recheckPlans"_s);
    m_plans->setAccessibleName(tr("Plan when the index was recommended and plan now"));
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Plans of:"), this));
    pick->addWidget(m_statement, 1);
    bottomLayout->addLayout(pick);
    bottomLayout->addWidget(m_plans, 1);
    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_summary);
    lower->addWidget(bottom);
    lower->setStretchFactor(1, 2);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(lower);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    updateButtons();
}

void IndexChangesTab::setChanges(const QList<IndexChange> &changes)
{
    const qint64 selected = hasSelection() ? selectedChange().id : 0;
    m_model->setChanges(changes);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 0));
        if (m_model->change(source.row()).id == selected)
            m_table->selectRow(row);
    }
    updateButtons();
}

bool IndexChangesTab::hasSelection() const
{
    return !m_table->selectionModel()->selectedRows().isEmpty();
}

IndexChange IndexChangesTab::selectedChange() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_model->change(m_proxy->mapToSource(rows.first()).row());
}

void IndexChangesTab::setReadOnly(bool readOnly, const QString &why)
{
    m_readOnly = readOnly;
    m_readOnlyReason = why;
    updateButtons();
}

void IndexChangesTab::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void IndexChangesTab::updateButtons()
{
    const bool selected = hasSelection();
    const IndexChange c = selectedChange();
    const bool applied = selected && c.action == IndexChange::Action::Create &&
                         c.outcome == IndexChange::Outcome::Applied;
    m_revert->setEnabled(applied && !m_readOnly && !m_busy);
    m_revert->setToolTip(m_readOnly ? m_readOnlyReason
                                    : tr("Drops the index with DROP INDEX CONCURRENTLY after "
                                         "you confirm, and records it."));
    m_recheck->setEnabled(applied && !m_busy && !c.statementsJson.isEmpty() &&
                          c.statementsJson != u"[]"_s);
}

void IndexChangesTab::setRecheck(const IndexChange &change, const RecheckOutcome &result)
{
    m_recheckResult = result;
    QString html = u"<p><b>"_s +
                   tr("Plans of the statements %1 was built for, then and now")
                       .arg(change.indexName)
                       .toHtmlEscaped() +
                   u"</b></p>"_s;
    if (result.error) {
        html += u"<p>"_s + result.error.toString().toHtmlEscaped() + u"</p>"_s;
    } else {
        html += u"<table cellspacing=4><tr><th align=right>"_s + tr("Cost then") +
                u"</th><th align=right>"_s + tr("now") + u"</th><th align=left>"_s +
                tr("Statement") + u"</th></tr>"_s;
        for (const RecheckRow &r : result.rows) {
            html += u"<tr><td align=right>%1</td><td align=right>%2</td><td><code>%3</code>"
                    u"</td></tr>"_s.arg(DisplayFormat::cost(r.costBefore),
                                        r.error.isEmpty() ? DisplayFormat::cost(r.costNow)
                                                          : r.error.toHtmlEscaped(),
                                        r.sql.simplified().toHtmlEscaped());
        }
        html += u"</table>"_s;
    }
    m_summary->setHtml(html);
    const QSignalBlocker block(m_statement);
    m_statement->clear();
    for (const RecheckRow &r : result.rows)
        m_statement->addItem(r.sql.simplified());
    showRecheckRow(0);
}

void IndexChangesTab::showRecheckRow(int row)
{
    if (row < 0 || row >= m_recheckResult.rows.size()) {
        m_plans->clear();
        return;
    }
    const RecheckRow &r = m_recheckResult.rows.at(row);
    m_plans->setPlanJson(r.planBefore, r.error.isEmpty() ? r.planNow : QString(),
                         tr("Plan when the index was recommended"),
                         r.error.isEmpty() ? tr("Plan now") : r.error);
}

} // namespace sonde
