#include "RecommendationDetails.h"

#include "advisor/PlanOutline.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
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

QPlainTextEdit *planEdit(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *e = new QPlainTextEdit(parent);
    e->setObjectName(name);
    e->setAccessibleName(accessibleName);
    e->setReadOnly(true);
    e->setLineWrapMode(QPlainTextEdit::NoWrap);
    e->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return e;
}

} // namespace

RecommendationDetails::RecommendationDetails(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QTextBrowser(this))
    , m_statement(new QComboBox(this))
    , m_before(planEdit(this, u"planBefore"_s, tr("Plan before")))
    , m_after(planEdit(this, u"planAfter"_s, tr("Plan with the index")))
{
    m_summary->setObjectName(u"recommendationSummary"_s);
    m_summary->setOpenLinks(false);
    m_statement->setObjectName(u"planStatement"_s);
    m_statement->setAccessibleName(tr("Statement whose plans are shown"));
    m_statement->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_statement->setMinimumContentsLength(40);
    connect(m_statement, &QComboBox::currentIndexChanged, this,
            &RecommendationDetails::showStatement);

    auto *plans = new QSplitter(Qt::Horizontal, this);
    auto *left = new QGroupBox(tr("Plan before"), plans);
    left->setObjectName(u"planBeforeBox"_s);
    (new QVBoxLayout(left))->addWidget(m_before);
    auto *right = new QGroupBox(tr("Plan after (hypothetical index)"), plans);
    right->setObjectName(u"planAfterBox"_s);
    (new QVBoxLayout(right))->addWidget(m_after);
    plans->addWidget(left);
    plans->addWidget(right);

    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Plans of:"), this));
    pick->addWidget(m_statement, 1);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(pick);
    bottomLayout->addWidget(plans, 1);

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
    m_before->clear();
    m_after->clear();
}

void RecommendationDetails::setRecommendation(const IndexRecommendation &r)
{
    m_current = r;
    if (auto *box = findChild<QGroupBox *>(u"planBeforeBox"_s))
        box->setTitle(tr("Plan before"));
    if (auto *box = findChild<QGroupBox *>(u"planAfterBox"_s))
        box->setTitle(tr("Plan after (hypothetical index)"));
    const QLocale l;
    QString html =
        u"<p><b>"_s + esc(r.definition.display()) + u"</b><br>"_s + esc(r.reason) + u"</p>"_s;
    html += u"<pre>"_s + esc(r.ddl) + u";</pre>"_s;
    html += u"<p>"_s +
            tr("Saves about %1 ms (%2 % of the workload's time). Estimated size %3.")
                .arg(l.toString(r.savedMs, 'f', 1), l.toString(r.savedShare * 100, 'f', 1),
                     l.formattedDataSize(r.sizeBytes))
                .toHtmlEscaped() +
            u"</p>"_s;
    html += u"<table cellspacing=4><tr><th align=right>"_s + tr("Share") +
            u"</th><th align=right>"_s + tr("Cost before") + u"</th><th align=right>"_s +
            tr("after") + u"</th><th align=left>"_s + tr("Planned") + u"</th><th align=left>"_s +
            tr("Statement") + u"</th></tr>"_s;
    for (const HelpedStatement &h : r.statements) {
        html += u"<tr><td align=right>%1&nbsp;%</td><td align=right>%2</td><td "
                u"align=right>%3</td><td>%4</td><td><code>%5</code></td></tr>"_s.arg(
                    l.toString(h.share * 100, 'f', 1), l.toString(h.costBefore, 'f', 0),
                    l.toString(h.costAfter, 'f', 1), esc(PlanRoutes::text(h.route)),
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
        m_before->clear();
        m_after->clear();
        return;
    }
    const HelpedStatement &h = m_current.statements.at(index);
    m_before->setPlainText(PlanOutline::fromJson(h.planBefore));
    m_after->setPlainText(PlanOutline::fromJson(h.planAfter));
}

void RecommendationDetails::showPlans(const QString &leftTitle, const QString &leftJson,
                                      const QString &rightTitle, const QString &rightJson)
{
    if (auto *box = findChild<QGroupBox *>(u"planBeforeBox"_s))
        box->setTitle(leftTitle);
    if (auto *box = findChild<QGroupBox *>(u"planAfterBox"_s))
        box->setTitle(rightTitle);
    m_before->setPlainText(PlanOutline::fromJson(leftJson));
    m_after->setPlainText(PlanOutline::fromJson(rightJson));
}

} // namespace sonde
