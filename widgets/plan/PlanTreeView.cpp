#include "PlanTreeView.h"

#include "PlanColors.h"

#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// Paints the marks the model hands over as roles.
class PlanNodeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const int change = index.data(PlanTreeModel::DiffChangeRole).toInt();
        QColor tint = change >= 0 ? PlanColors::diff(PlanDiffRow::Change(change)) : QColor();
        if (!tint.isValid())
            tint = PlanColors::expense(PlanExpense(index.data(PlanTreeModel::ExpenseRole).toInt()));
        if (tint.isValid())
            option->backgroundBrush = tint;
        if (index.column() == PlanTreeModel::MisestimateColumn) {
            const QColor c =
                PlanColors::misestimate(index.data(PlanTreeModel::MisestimateRole).toDouble());
            if (c.isValid()) {
                option->palette.setColor(QPalette::Text, c);
                option->font.setBold(true);
            }
        }
        if (index.column() == PlanTreeModel::NodeColumn) {
            if (index.data(PlanTreeModel::HasFindingRole).toBool())
                option->text = u"⚠ "_s + option->text;
            if (PlanExpense(index.data(PlanTreeModel::ExpenseRole).toInt()) >= PlanExpense::Major)
                option->font.setBold(true);
            if (change == int(PlanDiffRow::Change::Removed))
                option->font.setStrikeOut(true);
        }
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        if (index.column() != PlanTreeModel::TimeShareColumn)
            return;
        // A bar under the percentage: the node's share of the statement.
        const double share = index.data(PlanTreeModel::ShareRole).toDouble();
        const QRect r = option.rect.adjusted(3, option.rect.height() - 5, -3, -2);
        painter->save();
        painter->fillRect(r, QColor(0, 0, 0, 20));
        painter->fillRect(
            QRect(r.left(), r.top(), int(r.width() * std::clamp(share, 0.0, 1.0)), r.height()),
            PlanColors::expenseStrong(PlanExpense(index.data(PlanTreeModel::ExpenseRole).toInt())));
        painter->restore();
    }
};

} // namespace

PlanTreeView::PlanTreeView(QWidget *parent)
    : QTreeView(parent)
    , m_model(new PlanTreeModel(this))
{
    setModel(m_model);
    setItemDelegate(new PlanNodeDelegate(this));
    setUniformRowHeights(true);
    setAlternatingRowColors(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAllColumnsShowFocus(true);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    setAccessibleName(tr("Plan tree"));
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit nodeSelected(m_model->nodeIdAt(current));
            });
}

void PlanTreeView::setPlan(const Plan &plan)
{
    m_model->setPlan(plan);
    QSet<int> withFindings;
    for (const PlanFinding &f : PlanFinding::of(plan)) {
        if (f.nodeId >= 0)
            withFindings.insert(f.nodeId);
    }
    m_model->setFindingNodes(withFindings);
    expandAll();
    const bool timed = plan.hasTiming();
    const bool analyzed = plan.isAnalyzed();
    setColumnHidden(PlanTreeModel::ActualRowsColumn, !analyzed);
    setColumnHidden(PlanTreeModel::MisestimateColumn, !analyzed);
    setColumnHidden(PlanTreeModel::LoopsColumn, !analyzed);
    setColumnHidden(PlanTreeModel::ExclusiveTimeColumn, !timed);
    setColumnHidden(PlanTreeModel::InclusiveTimeColumn, !timed);
    setColumnHidden(PlanTreeModel::BuffersColumn, !plan.hasBuffers());
    // Numbers and their headers in full (measured once the columns shown are shown); the
    // condition column takes what is left.
    for (int c = PlanTreeModel::NodeColumn; c < PlanTreeModel::DetailColumn; ++c) {
        if (!isColumnHidden(c))
            setColumnWidth(c, std::max(sizeHintForColumn(c), header()->sectionSizeHint(c)) + 8);
    }
}

void PlanTreeView::selectNode(int nodeId)
{
    const QModelIndex i = m_model->indexOfNode(nodeId);
    if (!i.isValid() || (currentIndex().isValid() && currentIndex().internalId() == i.internalId()))
        return;
    setCurrentIndex(i);
    scrollTo(i);
}

int PlanTreeView::selectedNode() const
{
    return m_model->nodeIdAt(currentIndex());
}

} // namespace sonde
