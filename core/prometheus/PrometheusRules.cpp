#include "PrometheusRules.h"

#include "PromQlMap.h"

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

QString yamlQuoted(const QString &text)
{
    QString s = text;
    s.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s);
    return u'"' + s + u'"';
}

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

} // namespace

QString PrometheusRules::recordingRules(int scrapeSeconds)
{
    const int rate = PromQlMap::rateWindowSeconds(scrapeSeconds, scrapeSeconds);
    QString out = u"groups:\n  - name: sonde-recordings\n    interval: %1s\n    rules:\n"_s.arg(
        scrapeSeconds);
    for (const PromQlMapping &m : PromQlMap::all()) {
        out += u"      - record: %1\n"_s.arg(PromQlMap::recordedName(m.metric));
        out += u"        expr: %1\n"_s.arg(yamlQuoted(PromQlMap::expression(m, {}, rate)));
    }
    return out;
}

QString PrometheusRules::rulesFile(const ThresholdSet &thresholds, int forSeconds,
                                   int scrapeSeconds)
{
    // One "groups:" key: the second file's groups follow the first's.
    const QString recordings = recordingRules(scrapeSeconds).section(u'\n', 1);
    return u"# Sonde's rules for Prometheus, made by `sonde-cli rules`; check them with\n"
           "# `promtool check rules FILE`. The expressions are those of docs/PROMETHEUS.md.\n"
           "# sonde-thresholds: the dashboard's thresholds as alerting rules.\n"
           "# sonde-recordings: every dashboard metric per instance, which Sonde reads for long\n"
           "# ranges; backfill them with `promtool tsdb create-blocks-from rules`.\n"_s +
           alertingRules(thresholds, forSeconds, scrapeSeconds) + recordings;
}

QString PrometheusRules::ruleName(const QString &metric, AlertLevel level)
{
    // pg.latency_ms → SondePgLatencyMs
    QString name = u"Sonde"_s;
    bool upper = true;
    for (QChar c : metric) {
        if (c == u'.' || c == u'_') {
            upper = true;
            continue;
        }
        name += upper ? c.toUpper() : c;
        upper = false;
    }
    return name + (level == AlertLevel::Critical ? u"Critical"_s : u"Warning"_s);
}

QString PrometheusRules::alertingRules(const ThresholdSet &thresholds, int forSeconds,
                                       int scrapeSeconds)
{
    const int rate = PromQlMap::rateWindowSeconds(scrapeSeconds, scrapeSeconds);
    QString out = u"groups:\n  - name: sonde-thresholds\n"_s;
    QString body;
    int rules = 0;
    for (const PromQlMapping &m : PromQlMap::all()) {
        const MetricInfo info = MetricCatalog::info(m.metric);
        if (!info.alerting || info.chart == ChartGroup::None)
            continue;
        const Threshold t = thresholds.forChart(info.chart);
        const QString op = t.below ? u"<"_s : u">"_s;
        for (AlertLevel level : {AlertLevel::Warning, AlertLevel::Critical}) {
            const double limit = level == AlertLevel::Critical ? t.critical : t.warning;
            if (std::isnan(limit))
                continue;
            const QString severity = level == AlertLevel::Critical ? u"critical"_s : u"warning"_s;
            const QString limitText = MetricCatalog::format(m.metric, limit);
            body += u"      - alert: %1\n"_s.arg(ruleName(m.metric, level));
            body += u"        expr: %1\n"_s.arg(yamlQuoted(
                u"(%1) %2 %3"_s.arg(PromQlMap::expression(m, {}, rate), op, number(limit))));
            body += u"        for: %1s\n"_s.arg(forSeconds);
            body += u"        labels:\n          severity: %1\n          sonde_metric: %2\n"_s.arg(
                severity, yamlQuoted(m.metric));
            body += u"        annotations:\n"_s;
            body += u"          summary: %1\n"_s.arg(
                yamlQuoted(u"%1 %2 %3 on {{ $labels.instance }}"_s.arg(
                    info.label, t.below ? tr("below") : tr("above"), limitText)));
            body += u"          description: %1\n"_s.arg(yamlQuoted(
                u"%1 is {{ printf \"%.1f\" $value }} %2 on {{ $labels.instance }} (Sonde's %3 "
                "threshold: %4 %5)."_s.arg(info.label, info.unit, severity, op, limitText)));
            ++rules;
        }
    }
    return out + (rules == 0 ? u"    rules: []\n"_s : u"    rules:\n"_s + body);
}

} // namespace sonde
