#include "HealthReportText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sonde::cli {
namespace {

QString evidenceText(const HealthEvidence &e)
{
    if (e.value.isNull())
        return e.key + u"=–"_s;
    if (e.key.endsWith(u"_bytes"_s) || e.key == u"used_memory"_s || e.key == u"maxmemory"_s)
        return e.key + u'=' + QLocale().formattedDataSize(e.value.toLongLong());
    if (e.value.typeId() == QMetaType::Double)
        return e.key + u'=' + QString::number(e.value.toDouble(), 'g', 4);
    QString text = e.value.toString().simplified();
    if (text.size() > 80)
        text = text.left(79) + u'…';
    return e.key + u'=' + text;
}

} // namespace

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
        for (const HealthEvidence &e : f.evidence)
            evidence << evidenceText(e);
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
