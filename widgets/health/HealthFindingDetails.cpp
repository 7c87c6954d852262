#include "HealthFindingDetails.h"

#include "health/HealthFindingModel.h"

using namespace Qt::StringLiterals;

namespace sonde {

HealthFindingDetails::HealthFindingDetails(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(u"healthFindingDetails"_s);
    setOpenLinks(false);
}

void HealthFindingDetails::showText(const QString &text)
{
    setHtml(u"<p>%1</p>"_s.arg(text.toHtmlEscaped()));
}

void HealthFindingDetails::setFinding(const HealthFinding &finding)
{
    setHtml(html(finding));
}

QString HealthFindingDetails::html(const HealthFinding &f)
{
    QString out = u"<h3>%1 · %2</h3>"_s.arg(healthSeverityText(f.severity).toHtmlEscaped(),
                                            f.object.toHtmlEscaped());
    out += u"<p>%1</p>"_s.arg(f.message.toHtmlEscaped());
    out += u"<p><b>%1</b> %2</p>"_s.arg(tr("Why it matters:"), f.why.toHtmlEscaped());
    out += u"<p><b>%1</b></p><table cellspacing=\"0\" cellpadding=\"2\">"_s.arg(
        tr("Evidence (from the server):"));
    for (const HealthEvidence &e : f.evidence) {
        out += u"<tr><td><tt>%1</tt></td><td>%2</td></tr>"_s.arg(e.key.toHtmlEscaped(),
                                                                 e.displayValue().toHtmlEscaped());
    }
    out += u"</table>"_s;
    out += u"<p><b>%1</b> (%2) %3</p>"_s.arg(tr("Fix:"),
                                             HealthFindingModel::fixKindText(f.fix).toHtmlEscaped(),
                                             f.fix.advice.toHtmlEscaped());
    if (!f.fix.sql.isEmpty())
        out += u"<pre>%1;</pre>"_s.arg(f.fix.sql.toHtmlEscaped());
    if (f.fix.kind == HealthFix::Kind::PostgresSetting)
        out += u"<p>%1</p>"_s.arg(
            f.fix.takes == HealthFix::Takes::Restart
                ? tr("Takes effect at the next restart of the server; Sonde never restarts it.")
                : tr("Takes effect with a reload (pg_reload_conf()): no restart."));
    if (!f.fix.revertSql.isEmpty())
        out += u"<p>%1 <tt>%2</tt></p>"_s.arg(tr("Revert:"), f.fix.revertSql.toHtmlEscaped());
    if (!f.fix.caution.isEmpty())
        out += u"<p><b>%1</b> %2</p>"_s.arg(tr("Caution:"), f.fix.caution.toHtmlEscaped());
    return out;
}

} // namespace sonde
