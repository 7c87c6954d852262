#include "HealthReportText.h"

using namespace Qt::StringLiterals;

namespace sonde::cli {

QStringList HealthReportText::lines(const HealthReport &report)
{
    QStringList out;
    out << tr("Health of %1: %2 critical, %3 warning, %4 info.")
               .arg(report.target)
               .arg(report.count(HealthSeverity::Critical))
               .arg(report.count(HealthSeverity::Warning))
               .arg(report.count(HealthSeverity::Info));
    for (const HealthFinding &f : report.findings) {
        out << QString();
        out << u"%1  %2  %3"_s.arg(healthSeverityKey(f.severity).toUpper(), -8)
                   .arg(f.check, f.object);
        out << u"  "_s + f.message;
        out << u"  "_s + tr("why: %1").arg(f.why);
        QStringList evidence;
        for (const HealthEvidence &e : f.evidence) {
            QString value = e.displayValue().simplified();
            if (value.size() > 80)
                value = value.left(79) + u'…';
            evidence << e.key + u'=' + value;
        }
        out << u"  "_s + tr("evidence: %1").arg(evidence.join(u", "_s));
        out << u"  "_s + tr("fix: %1").arg(f.fix.advice);
        for (const QString &line : f.fix.sql.split(u'\n', Qt::SkipEmptyParts))
            out << u"    "_s + line + u';';
        if (f.fix.kind == HealthFix::Kind::PostgresSetting)
            out << u"    "_s + (f.fix.takes == HealthFix::Takes::Restart
                                    ? tr("(takes effect at the next restart)")
                                    : tr("(a reload is enough)"));
        if (!f.fix.caution.isEmpty())
            out << u"  "_s + tr("caution: %1").arg(f.fix.caution);
    }
    if (report.findings.isEmpty())
        out << tr("No finding.");
    for (const QString &n : report.notes)
        out << tr("note: %1").arg(n);
    for (const HealthCheckError &e : report.errors)
        out << tr("not checked (%1): %2").arg(e.family, e.error.toString());
    return out;
}

} // namespace sonde::cli
