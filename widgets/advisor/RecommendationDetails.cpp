#include "RecommendationDetails.h"

#include "common/DisplayFormat.h"

#include "plan/PlanDiffView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

RecommendationDetails::RecommendationDetails(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QTextBrowser(this))
    , m_statement(new QComboBox(this))
    , m_plans(new PlanDiffView(this))
{
    m_summary->setObjectName(u"recommendationSummary"_s);
    m_summary->setOpenLinks(false);
    m_statement->setObjectName(u"planStatement"_s);
    m_statement->setAccessibleName(tr("Statement whose plans are shown"));
    m_statement->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_statement->setMinimumContentsLength(40);
    connect(m_statement, &QComboBox::currentIndexChanged, this,
            &RecommendationDetails::showStatement);

    m_plans->setObjectName(u"recommendationPlans"_s);
    m_plans->setAccessibleName(tr("Plan before and plan with the index"));

    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Plans of:"), this));
    pick->addWidget(m_statement, 1);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(pick);
    bottomLayout->addWidget(m_plans, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_summary);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

void RecommendationDetails::clear()
{
    m_current = {};
    m_summary->clear();
    m_statement->clear();
    m_plans->clear();
}

void RecommendationDetails::setRecommendation(const IndexRecommendation &r)
{
    m_current = r;
    QString html =
        u"<p><b>"_s + esc(r.definition.display()) + u"</b><br>"_s + esc(r.reason) + u"</p>"_s;
    html += u"<pre style='white-space:pre-wrap'>"_s + esc(r.ddl) + u";</pre>"_s;
    html += u"<p>"_s +
            tr("Saves about %1 (%2 of the workload's time). Estimated size %3.")
                .arg(DisplayFormat::duration(r.savedMs), DisplayFormat::percent(r.savedShare * 100),
                     DisplayFormat::bytes(r.sizeBytes))
                .toHtmlEscaped() +
            u"</p>"_s;
    html += u"<table cellspacing=4><tr><th align=right>"_s + tr("Share") +
            u"</th><th align=right>"_s + tr("Cost before") + u"</th><th align=right>"_s +
            tr("after") + u"</th><th align=left>"_s + tr("Planned") + u"</th><th align=left>"_s +
            tr("Statement") + u"</th></tr>"_s;
    for (const HelpedStatement &h : r.statements) {
        html += u"<tr><td align=right>%1</td><td align=right>%2</td><td "
                u"align=right>%3</td><td>%4</td><td><code>%5</code></td></tr>"_s.arg(
                    DisplayFormat::percent(h.share * 100), DisplayFormat::cost(h.costBefore),
                    DisplayFormat::cost(h.costAfter), esc(PlanRoutes::text(h.route)),
                    esc(h.sql.simplified()));
    }
    html += u"</table>"_s;
    html += u"<p><b>"_s + tr("Write cost") + u":</b> "_s + esc(r.writeCost.summary()) + u"</p>"_s;
    for (const QString &n : r.notes)
        html += u"<p><i>"_s + esc(n) + u"</i></p>"_s;
    html += u"<p>"_s + tr("Revert:") + u" <code>"_s + esc(r.revertDdl) + u"</code></p>"_s;
    m_summary->setHtml(html);

    const QSignalBlocker block(m_statement);
    m_statement->clear();
    for (const HelpedStatement &h : r.statements)
        m_statement->addItem(h.sql.simplified());
    showStatement(0);
}

void RecommendationDetails::showStatement(int index)
{
    if (index < 0 || index >= m_current.statements.size()) {
        m_plans->clear();
        return;
    }
    const HelpedStatement &h = m_current.statements.at(index);
    m_plans->setPlanJson(h.planBefore, h.planAfter, tr("Plan before"),
                         tr("Plan after (hypothetical index)"));
}

void RecommendationDetails::showPlans(const QString &leftTitle, const QString &leftJson,
                                      const QString &rightTitle, const QString &rightJson)
{
    m_plans->setPlanJson(leftJson, rightJson, leftTitle, rightTitle);
}

} // namespace sonde
