#pragma once

#include "monitoring/ThresholdSet.h"

#include <QCoreApplication>
#include <QString>

namespace sonde {

// Sonde's dashboard thresholds as a Prometheus alerting-rules file: one rule per alerting
// metric Prometheus can read (PromQlMap) and level (warning, critical), with the same
// limits, so the fleet pages whoever Prometheus pages on what Sonde's dashboard shows.
// `promtool check rules` accepts it (tests run it).
class PrometheusRules
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusRules)
public:
    // `forSeconds`: how long a crossing must hold before the alert fires.
    static QString alertingRules(const ThresholdSet &thresholds, int forSeconds = 60,
                                 int scrapeSeconds = 15);
    // Recording rules keeping every mapped metric per instance (sonde:pg_latency_ms …),
    // evaluated every `scrapeSeconds`: Sonde reads those for long ranges (history of a
    // fleet) instead of evaluating the PromQL over the whole range each time. Backfill the
    // past with `promtool tsdb create-blocks-from rules`.
    static QString recordingRules(int scrapeSeconds = 15);
    // Both, one file: what `sonde-cli rules` writes and the demo's Prometheus loads.
    static QString rulesFile(const ThresholdSet &thresholds, int forSeconds = 60,
                             int scrapeSeconds = 15);
    // The rule's name for a metric and level: SondePgLatencyMsWarning …
    static QString ruleName(const QString &metric, AlertLevel level);
};

} // namespace sonde
