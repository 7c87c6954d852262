#pragma once

#include "health/HealthReport.h"

#include <QList>
#include <QString>

namespace sonde::test {

// Runs the health checks on one sandbox server (blocking) with the given thresholds.
HealthReport runHealth(TargetKind kind, const QString &uri, const HealthThresholds &thresholds = {},
                       const MachineFacts &machine = {}, const QString &pooledUri = {});

// The findings of `check` (on `object` when given).
QList<HealthFinding> findingsOf(const HealthReport &report, const QString &check,
                                const QString &object = {});

// Runs the checks until a finding of `check` (on `object`) appears, or `timeoutMs` passes:
// statistics reach pg_stat_* a moment after the statement that made them.
HealthFinding waitForFinding(TargetKind kind, const QString &uri, const QString &check,
                             const QString &object = {}, const HealthThresholds &thresholds = {},
                             const MachineFacts &machine = {}, int timeoutMs = 30000);

// Runs SQL on its own connection (autocommit); false with the server's message.
bool execSql(const QString &conninfo, const QString &sql, QString *error = nullptr);

// "check object: message" per finding, for failure messages.
QString describe(const HealthReport &report);

} // namespace sonde::test
