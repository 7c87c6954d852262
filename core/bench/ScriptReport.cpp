#include "ScriptReport.h"

#include "PgScript.h"
#include "ScriptStatistics.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde {

QJsonObject ScriptCommandReport::toJson() const
{
    return QJsonObject{{u"line"_s, line},
                       {u"text"_s, text},
                       {u"count"_s, double(count)},
                       {u"average_ms"_s, averageMs},
                       {u"failures"_s, double(failures)},
                       {u"retries"_s, double(retries)}};
}

ScriptCommandReport ScriptCommandReport::fromJson(const QJsonObject &json)
{
    ScriptCommandReport c;
    c.line = json.value(u"line"_s).toInt();
    c.text = json.value(u"text"_s).toString();
    c.count = qint64(json.value(u"count"_s).toDouble());
    c.averageMs = json.value(u"average_ms"_s).toDouble();
    c.failures = qint64(json.value(u"failures"_s).toDouble());
    c.retries = qint64(json.value(u"retries"_s).toDouble());
    return c;
}

ScriptReport ScriptReport::build(const PgScript &script, const ScriptStatistics &stats)
{
    ScriptReport r;
    r.name = script.name;
    r.weight = script.weight;
    r.transactions = stats.transactions;
    r.failed = stats.failed;
    r.skipped = stats.skipped;
    r.retried = stats.retried;
    r.retries = stats.retries;
    r.late = stats.late;
    if (stats.transactions > 0) {
        const double n = double(stats.transactions);
        r.latencyAverageMs = stats.latencySumMs / n;
        r.latencyStddevMs = std::sqrt(
            std::max(0.0, stats.latencySquaresMs / n - r.latencyAverageMs * r.latencyAverageMs));
    }
    for (size_t i = 0; i < script.commands.size(); ++i) {
        const ScriptCommand &cmd = script.commands[i];
        ScriptCommandReport c;
        c.line = cmd.line;
        c.text = cmd.text;
        if (i < stats.commands.size()) {
            const CommandStatistics &s = stats.commands[i];
            c.count = s.count;
            c.averageMs = s.count > 0 ? double(s.totalNs) / double(s.count) / 1e6 : 0;
            c.failures = s.failures;
            c.retries = s.retries;
        }
        r.commands << c;
    }
    return r;
}

QJsonObject ScriptReport::toJson() const
{
    QJsonArray commandsJson;
    for (const ScriptCommandReport &c : commands)
        commandsJson.append(c.toJson());
    return QJsonObject{{u"name"_s, name},
                       {u"weight"_s, double(weight)},
                       {u"transactions"_s, double(transactions)},
                       {u"failed"_s, double(failed)},
                       {u"skipped"_s, double(skipped)},
                       {u"retried"_s, double(retried)},
                       {u"retries"_s, double(retries)},
                       {u"late"_s, double(late)},
                       {u"latency_average_ms"_s, latencyAverageMs},
                       {u"latency_stddev_ms"_s, latencyStddevMs},
                       {u"commands"_s, commandsJson}};
}

ScriptReport ScriptReport::fromJson(const QJsonObject &json)
{
    ScriptReport r;
    r.name = json.value(u"name"_s).toString();
    r.weight = qint64(json.value(u"weight"_s).toDouble(1));
    r.transactions = qint64(json.value(u"transactions"_s).toDouble());
    r.failed = qint64(json.value(u"failed"_s).toDouble());
    r.skipped = qint64(json.value(u"skipped"_s).toDouble());
    r.retried = qint64(json.value(u"retried"_s).toDouble());
    r.retries = qint64(json.value(u"retries"_s).toDouble());
    r.late = qint64(json.value(u"late"_s).toDouble());
    r.latencyAverageMs = json.value(u"latency_average_ms"_s).toDouble();
    r.latencyStddevMs = json.value(u"latency_stddev_ms"_s).toDouble();
    for (const QJsonValue &v : json.value(u"commands"_s).toArray())
        r.commands << ScriptCommandReport::fromJson(v.toObject());
    return r;
}

} // namespace sonde
