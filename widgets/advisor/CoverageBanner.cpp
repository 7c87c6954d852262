#include "advisor/CoverageBanner.h"

#include "common/DisplayFormat.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde {

CoverageBanner::CoverageBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"coverageBanner"_s);
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(this, &QLabel::linkActivated, this, [this]() { emit showUnplannedRequested(); });
    hide();
}

void CoverageBanner::clear()
{
    m_incomplete = false;
    QLabel::clear();
    hide();
}

void CoverageBanner::setCoverage(const AdvisorCoverage &c)
{
    m_incomplete = !c.isEnough();
    if (!m_incomplete) {
        setStyleSheet({});
        setText(tr("Coverage: %1.").arg(c.summary()).toHtmlEscaped());
        show();
        return;
    }
    // The palette's own colours would pass unnoticed: this must not.
    setStyleSheet(u"QLabel { background: #fdecea; color: #5f0a12; border: 2px solid #b00020; "
                  u"border-radius: 4px; padding: 8px; }"_s);
    const double percent = std::floor(c.plannedShare * 1000.0) / 10.0;
    setText(u"<b>"_s +
            tr("Incomplete advice: only %1 of the workload's time could be planned.")
                .arg(DisplayFormat::percent(percent))
                .toHtmlEscaped() +
            u"</b> "_s +
            tr("%n statement(s) got no advice, however much time they take.", "",
               int(c.unplanned.size()))
                .toHtmlEscaped() +
            u" <a href=\"unplanned\">"_s + tr("Show them").toHtmlEscaped() + u"</a> "_s +
            tr("and give an example of one with real values to plan it.").toHtmlEscaped());
    show();
}

} // namespace sonde
