#include "PlanDiffView.h"

#include "plan/PlanParser.h"

#include "PlanColors.h"
#include "PlanTreeView.h"
#include "plan/PlanFormat.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

QString changeText(PlanDiffRow::Change change)
{
    switch (change) {
    case PlanDiffRow::Change::Same:
        return PlanDiffView::tr("same");
    case PlanDiffRow::Change::Changed:
        return PlanDiffView::tr("changed");
    case PlanDiffRow::Change::Removed:
        return PlanDiffView::tr("removed");
    case PlanDiffRow::Change::Added:
        return PlanDiffView::tr("added");
    }
    return QString();
}

QString beforeAfter(double before, double after, QString (*format)(double))
{
    if (before < 0 && after < 0)
        return QString();
    return (before < 0 ? u"–"_s : format(before)) + u" → "_s + (after < 0 ? u"–"_s : format(after));
}

} // namespace

PlanDiffView::PlanDiffView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_beforeCaption(new QLabel(this))
    , m_afterCaption(new QLabel(this))
    , m_before(new PlanTreeView(this))
    , m_after(new PlanTreeView(this))
    , m_changes(new QTreeWidget(this))
{
    m_summary->setWordWrap(true);
    m_before->setAccessibleName(tr("Plan before"));
    m_after->setAccessibleName(tr("Plan after"));
    m_changes->setAccessibleName(tr("Changes"));
    m_changes->setRootIsDecorated(false);
    m_changes->setHeaderLabels(
        {tr("Change"), tr("Before"), tr("After"), tr("Cost"), tr("Time"), tr("What differs")});
    m_changes->header()->setStretchLastSection(true);

    auto *sides = new QSplitter(Qt::Horizontal, this);
    for (auto [caption, tree] :
         {std::pair{m_beforeCaption, m_before}, std::pair{m_afterCaption, m_after}}) {
        auto *box = new QWidget(sides);
        auto *l = new QVBoxLayout(box);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(caption);
        l->addWidget(tree, 1);
        sides->addWidget(box);
    }
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(sides);
    split->addWidget(m_changes);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_before, &PlanTreeView::nodeSelected, this, [this](int id) {
        const int row = m_diff.rowOfBefore.value(id, -1);
        if (row >= 0 && m_diff.rows.at(row).after >= 0)
            m_after->selectNode(m_diff.rows.at(row).after);
    });
    connect(m_after, &PlanTreeView::nodeSelected, this, [this](int id) {
        const int row = m_diff.rowOfAfter.value(id, -1);
        if (row >= 0 && m_diff.rows.at(row).before >= 0)
            m_before->selectNode(m_diff.rows.at(row).before);
    });
    connect(m_changes, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        const PlanDiffRow &r = m_diff.rows.at(item->data(0, Qt::UserRole).toInt());
        if (r.before >= 0)
            m_before->selectNode(r.before);
        if (r.after >= 0)
            m_after->selectNode(r.after);
    });
    clear();
}

void PlanDiffView::clear()
{
    setPlans(Plan(), Plan());
}

void PlanDiffView::setPlanJson(const QString &beforeJson, const QString &afterJson,
                               const QString &beforeCaption, const QString &afterCaption)
{
    const auto read = [](const QString &json, const QString &caption, QString *shown) {
        if (json.trimmed().isEmpty()) {
            *shown = caption;
            return Plan();
        }
        const PlanParseResult r = PlanParser::parse(json);
        *shown = r.ok() ? caption : caption + u" — "_s + r.error;
        return r.ok() ? r.plan : Plan();
    };
    QString left;
    QString right;
    const Plan before = read(beforeJson, beforeCaption, &left);
    const Plan after = read(afterJson, afterCaption, &right);
    setPlans(before, after, left, right);
}

void PlanDiffView::setPlans(const Plan &before, const Plan &after, const QString &beforeCaption,
                            const QString &afterCaption)
{
    m_diff = PlanDiff::compare(before, after);
    m_before->setPlan(before);
    m_after->setPlan(after);
    QHash<int, PlanDiffRow::Change> left;
    QHash<int, PlanDiffRow::Change> right;
    for (const PlanDiffRow &r : std::as_const(m_diff.rows)) {
        if (r.before >= 0)
            left.insert(r.before, r.change);
        if (r.after >= 0)
            right.insert(r.after, r.change);
    }
    m_before->planModel()->setDiffChanges(left);
    m_after->planModel()->setDiffChanges(right);
    // Side by side, each tree keeps the columns that tell the two plans apart.
    for (PlanTreeView *tree : {m_before, m_after}) {
        for (int c : {PlanTreeModel::LoopsColumn, PlanTreeModel::ExclusiveCostColumn,
                      PlanTreeModel::BuffersColumn, PlanTreeModel::DetailColumn})
            tree->setColumnHidden(c, true);
    }
    m_beforeCaption->setText(
        u"<b>%1</b> %2"_s.arg(tr("Before").toHtmlEscaped(), beforeCaption.toHtmlEscaped()));
    m_afterCaption->setText(
        u"<b>%1</b> %2"_s.arg(tr("After").toHtmlEscaped(), afterCaption.toHtmlEscaped()));
    m_summary->setText(before.isEmpty() || after.isEmpty()
                           ? tr("Keep a plan as the baseline, then explain again (for example "
                                "after creating an index) to compare the two.")
                           : m_diff.summary());

    m_changes->clear();
    for (int i = 0; i < m_diff.rows.size(); ++i) {
        const PlanDiffRow &r = m_diff.rows.at(i);
        const bool numbersMoved =
            r.costBefore >= 0 && r.costAfter >= 0 &&
            qAbs(r.costAfter - r.costBefore) > 0.1 * std::max(1.0, r.costBefore);
        if (r.change == PlanDiffRow::Change::Same && !numbersMoved)
            continue;
        auto *item = new QTreeWidgetItem(
            m_changes, {changeText(r.change), QString(r.depth * 2, u' ') + r.titleBefore,
                        r.titleAfter, beforeAfter(r.costBefore, r.costAfter, PlanFormat::cost),
                        beforeAfter(r.timeBefore, r.timeAfter, PlanFormat::duration),
                        r.differences.join(u"; "_s)});
        item->setData(0, Qt::UserRole, i);
        const QColor c = PlanColors::diff(r.change);
        if (c.isValid())
            item->setBackground(0, c);
    }
    for (int c = 0; c < 5; ++c)
        m_changes->resizeColumnToContents(c);
}

} // namespace sonde
