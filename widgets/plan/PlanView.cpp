#include "PlanView.h"

#include "PlanColors.h"
#include "PlanGraphView.h"
#include "PlanTreeView.h"
#include "plan/PlanFormat.h"

#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sonde {

PlanView::PlanView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_findingsList(new QListWidget(this))
    , m_tree(new PlanTreeView(this))
    , m_graph(new PlanGraphView(this))
    , m_details(new QPlainTextEdit(this))
{
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_findingsList->setAccessibleName(tr("Findings"));
    m_findingsList->setWordWrap(true);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Node details"));
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a node to see everything EXPLAIN said about it."));

    auto *graphArea = new QScrollArea(this);
    graphArea->setWidget(m_graph);
    graphArea->setWidgetResizable(true);
    graphArea->setFrameShape(QFrame::NoFrame);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(graphArea);
    right->addWidget(m_details);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tree);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // Proportions (applied when shown): the tree needs the room for its numbers.
    split->setSizes({620, 380});
    right->setSizes({300, 200});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_findingsList);
    layout->addWidget(split, 1);

    connect(m_tree, &PlanTreeView::nodeSelected, this, &PlanView::selectNode);
    connect(m_graph, &PlanGraphView::nodeSelected, this, &PlanView::selectNode);
    auto showFinding = [this](int row) {
        if (row >= 0 && row < m_findings.size() && m_findings.at(row).nodeId >= 0)
            selectNode(m_findings.at(row).nodeId);
    };
    connect(m_findingsList, &QListWidget::currentRowChanged, this, showFinding);
    connect(m_findingsList, &QListWidget::itemClicked, this,
            [this, showFinding](QListWidgetItem *item) { showFinding(m_findingsList->row(item)); });
    clear();
}

void PlanView::clear()
{
    setPlan(Plan());
}

QString PlanView::summaryText(const QString &caption) const
{
    if (m_plan.isEmpty())
        return tr("<i>No plan: explain a statement, or open a saved EXPLAIN (FORMAT JSON) "
                  "output.</i>");
    QStringList parts;
    if (m_plan.executionMs >= 0)
        parts << tr("Execution <b>%1</b>").arg(PlanFormat::duration(m_plan.executionMs));
    if (m_plan.planningMs >= 0)
        parts << tr("planning %1").arg(PlanFormat::duration(m_plan.planningMs));
    parts << tr("cost %1").arg(PlanFormat::cost(m_plan.totalCost()));
    parts << tr("%n node(s)", nullptr, int(m_plan.nodes.size()));
    if (!m_plan.isAnalyzed())
        parts << tr("estimates only (no ANALYZE): shares are of the cost");
    QString html = parts.join(u" · "_s);
    if (!caption.isEmpty())
        html = u"<b>"_s + caption.toHtmlEscaped() + u"</b> — "_s + html;
    return html;
}

void PlanView::setPlan(const Plan &plan, const QString &caption)
{
    m_plan = plan;
    m_findings = PlanFinding::of(plan);
    m_summary->setText(summaryText(caption));
    m_findingsList->clear();
    for (const PlanFinding &f : std::as_const(m_findings)) {
        auto *item = new QListWidgetItem(f.text, m_findingsList);
        item->setForeground(PlanColors::severity(f.severity));
        item->setToolTip(findingSeverityName(f.severity));
    }
    if (m_findings.isEmpty() && !plan.isEmpty())
        new QListWidgetItem(tr("No problem found in this plan."), m_findingsList);
    {
        const QSignalBlocker blocker(m_findingsList);
        m_findingsList->setCurrentRow(-1);
    }
    m_findingsList->setVisible(!plan.isEmpty());
    // As high as its findings (up to five lines), no more.
    const int lines = std::clamp(m_findingsList->count(), 1, 5);
    m_findingsList->setFixedHeight(lines * (m_findingsList->fontMetrics().height() + 4) +
                                   2 * m_findingsList->frameWidth() + 4);
    m_tree->setPlan(plan);
    m_graph->setPlan(plan);
    m_details->clear();
    if (!plan.isEmpty())
        selectNode(plan.byExpense().first());
}

void PlanView::selectNode(int nodeId)
{
    if (nodeId < 0 || nodeId >= m_plan.nodes.size())
        return;
    m_tree->selectNode(nodeId);
    m_graph->selectNode(nodeId);
    m_details->setPlainText(PlanTreeModel::nodeDetails(m_plan.node(nodeId)));
    emit nodeSelected(nodeId);
}

} // namespace sonde
