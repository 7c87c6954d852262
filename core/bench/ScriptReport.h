#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sonde {

struct PgScript;
struct ScriptStatistics;

// One command of a script in a run's report (pgbench's per-statement latencies).
struct ScriptCommandReport
{
    int line = 0;
    QString text;
    qint64 count = 0;
    double averageMs = 0;
    qint64 failures = 0; // failed transactions that ended on this command
    qint64 retries = 0;  // retries this command caused

    QJsonObject toJson() const;
    static ScriptCommandReport fromJson(const QJsonObject &json);
};

// One script of a run (pgbench's per-script report), measured transactions only.
struct ScriptReport
{
    QString name;
    qint64 weight = 1;
    qint64 transactions = 0;
    qint64 failed = 0;
    qint64 skipped = 0;
    qint64 retried = 0;
    qint64 retries = 0;
    qint64 late = 0;
    double latencyAverageMs = 0;
    double latencyStddevMs = 0;
    QList<ScriptCommandReport> commands;

    static ScriptReport build(const PgScript &script, const ScriptStatistics &stats);
    QJsonObject toJson() const;
    static ScriptReport fromJson(const QJsonObject &json);
};

} // namespace sonde
