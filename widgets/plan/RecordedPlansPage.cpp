#include "RecordedPlansPage.h"

#include "PlanView.h"
#include "connection/TargetList.h"
#include "monitoring/MonitoringPipeline.h"
#include "plan/PlanParser.h"
#include "plan/ShownPlan.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sonde {

RecordedPlansPage::RecordedPlansPage(MonitoringPipeline *pipeline, QWidget *parent)
    : QWidget(parent)
    , m_pipeline(pipeline)
    , m_status(new QLabel(this))
    , m_list(new QTableWidget(0, 4, this))
    , m_planView(new PlanView(this))
{
    m_list->setObjectName(u"recordedPlans"_s);
    m_list->setHorizontalHeaderLabels({tr("Shown at"), tr("Server"), tr("Plan"), tr("Statement")});
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->verticalHeader()->hide();
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status->setWordWrap(true);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(m_planView);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    connect(pipeline, &MonitoringPipeline::shownRangeChanged, this, &RecordedPlansPage::refresh);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &RecordedPlansPage::showSelected);
    refresh();
}

void RecordedPlansPage::refresh()
{
    struct Row
    {
        QString targetName;
        ShownPlan plan;
    };
    QList<Row> rows;
    for (const Target &t : m_pipeline->targets()->targets()) {
        for (const FeedReading &r :
             m_pipeline->archive()->upTo(t.id, PlansFeed, m_pipeline->shownToMs()))
            rows.append({t.name, r.value.value<ShownPlan>()});
    }
    std::sort(rows.begin(), rows.end(),
              [](const Row &a, const Row &b) { return a.plan.at > b.plan.at; });
    m_list->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        const QStringList cells{row.plan.at.toLocalTime().toString(u"HH:mm:ss"_s), row.targetName,
                                row.plan.caption, row.plan.sql.simplified()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 0)
                item->setData(Qt::UserRole, row.plan.planJson);
            m_list->setItem(i, c, item);
        }
    }
    m_list->resizeColumnsToContents();
    m_status->setText(rows.isEmpty()
                          ? tr("No plan was looked at up to the end of the dashboard's window.")
                          : tr("%n plan(s) looked at up to the end of the dashboard's window.",
                               nullptr, int(rows.size())));
    if (rows.isEmpty())
        m_planView->clear();
    else
        m_list->selectRow(0);
}

void RecordedPlansPage::showSelected()
{
    const QList<QTableWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    const int row = selected.first()->row();
    const PlanParseResult parsed =
        PlanParser::parse(m_list->item(row, 0)->data(Qt::UserRole).toString());
    if (!parsed.ok()) {
        m_planView->clear();
        m_status->setText(tr("This plan cannot be read: %1").arg(parsed.error));
        return;
    }
    m_planView->setPlan(parsed.plan, m_list->item(row, 2)->text());
}

} // namespace sonde
