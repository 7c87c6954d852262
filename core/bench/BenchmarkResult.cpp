#include "BenchmarkResult.h"

using namespace Qt::StringLiterals;

namespace sonde {

QJsonObject BenchmarkProgress::toJson() const
{
    return QJsonObject{{u"s"_s, second},
                       {u"warmup"_s, warmup},
                       {u"tps"_s, throughput},
                       {u"tx"_s, double(transactions)},
                       {u"errors"_s, double(errors)},
                       {u"p50_ms"_s, p50Ms},
                       {u"p90_ms"_s, p90Ms},
                       {u"p99_ms"_s, p99Ms},
                       {u"max_ms"_s, maxMs},
                       {u"total"_s, double(totalTransactions)}};
}

BenchmarkProgress BenchmarkProgress::fromJson(const QJsonObject &json)
{
    BenchmarkProgress p;
    p.second = json.value(u"s"_s).toDouble();
    p.warmup = json.value(u"warmup"_s).toBool();
    p.throughput = json.value(u"tps"_s).toDouble();
    p.transactions = qint64(json.value(u"tx"_s).toDouble());
    p.errors = qint64(json.value(u"errors"_s).toDouble());
    p.p50Ms = json.value(u"p50_ms"_s).toDouble();
    p.p90Ms = json.value(u"p90_ms"_s).toDouble();
    p.p99Ms = json.value(u"p99_ms"_s).toDouble();
    p.maxMs = json.value(u"max_ms"_s).toDouble();
    p.totalTransactions = qint64(json.value(u"total"_s).toDouble());
    return p;
}

QJsonObject ServerSample::toJson() const
{
    QJsonObject c;
    for (auto it = counters.begin(); it != counters.end(); ++it)
        c.insert(it.key(), it.value());
    return QJsonObject{{u"s"_s, second}, {u"counters"_s, c}};
}

ServerSample ServerSample::fromJson(const QJsonObject &json)
{
    ServerSample s;
    s.second = json.value(u"s"_s).toDouble();
    const QJsonObject c = json.value(u"counters"_s).toObject();
    for (auto it = c.begin(); it != c.end(); ++it)
        s.counters.insert(it.key(), it.value().toDouble());
    return s;
}

QJsonObject ReplayStatement::toJson() const
{
    return QJsonObject{{u"sql"_s, sql},
                       {u"weight"_s, weight},
                       {u"parameters"_s, QJsonArray::fromStringList(parameters)},
                       {u"plan"_s, planJson},
                       {u"mean_ms_before"_s, meanMsBefore},
                       {u"executed"_s, double(executed)}};
}

ReplayStatement ReplayStatement::fromJson(const QJsonObject &json)
{
    ReplayStatement r;
    r.sql = json.value(u"sql"_s).toString();
    r.weight = json.value(u"weight"_s).toDouble();
    for (const QJsonValue &v : json.value(u"parameters"_s).toArray())
        r.parameters << v.toString();
    r.planJson = json.value(u"plan"_s).toString();
    r.meanMsBefore = json.value(u"mean_ms_before"_s).toDouble();
    r.executed = qint64(json.value(u"executed"_s).toDouble());
    return r;
}

QString BenchmarkResult::statusName() const
{
    switch (status) {
    case Status::Running:
        return u"running"_s;
    case Status::Completed:
        return u"completed"_s;
    case Status::Canceled:
        return u"canceled"_s;
    case Status::Failed:
        return u"failed"_s;
    case Status::Interrupted:
        return u"interrupted"_s;
    }
    return {};
}

BenchmarkResult::Status BenchmarkResult::parseStatus(const QString &name)
{
    for (Status s : {Status::Running, Status::Completed, Status::Canceled, Status::Failed,
                     Status::Interrupted}) {
        BenchmarkResult r;
        r.status = s;
        if (r.statusName() == name)
            return s;
    }
    return Status::Failed;
}

QJsonObject BenchmarkResult::toJson(bool withDetail) const
{
    QJsonObject errorsJson;
    for (auto it = errorsByKind.begin(); it != errorsByKind.end(); ++it)
        errorsJson.insert(it.key(), double(it.value()));
    QJsonObject latencyJson{
        {u"count"_s, double(latency.count())},
        {u"min_ms"_s, double(latency.min()) / 1e6},
        {u"mean_ms"_s, latency.mean() / 1e6},
        {u"p50_ms"_s, percentileMs(50)},
        {u"p90_ms"_s, percentileMs(90)},
        {u"p95_ms"_s, percentileMs(95)},
        {u"p99_ms"_s, percentileMs(99)},
        {u"p99_9_ms"_s, percentileMs(99.9)},
        {u"max_ms"_s, double(latency.max()) / 1e6},
    };
    QJsonObject summaryJson;
    for (auto it = serverSummary.begin(); it != serverSummary.end(); ++it)
        summaryJson.insert(it.key(), it.value());
    QJsonObject o{
        {u"id"_s, double(id)},
        {u"status"_s, statusName()},
        {u"config"_s, config.toJson()},
        {u"started_at"_s, startedAt.toString(Qt::ISODateWithMs)},
        {u"finished_at"_s, finishedAt.toString(Qt::ISODateWithMs)},
        {u"server_version"_s, serverVersion},
        {u"measured_s"_s, measuredSeconds},
        {u"transactions"_s, double(transactions)},
        {u"warmup_transactions"_s, double(warmupTransactions)},
        {u"throughput"_s, throughput()},
        {u"errors"_s, double(errors)},
        {u"errors_by_kind"_s, errorsJson},
        {u"latency"_s, latencyJson},
        {u"server"_s, summaryJson},
        {u"applied_ddl"_s, QJsonArray::fromStringList(appliedDdl)},
        {u"notes"_s, QJsonArray::fromStringList(notes)},
    };
    if (!error.isEmpty())
        o.insert(u"error"_s, error);
    if (!scripts.isEmpty()) {
        QJsonArray scriptsJson;
        for (const ScriptReport &s : scripts)
            scriptsJson.append(s.toJson());
        o.insert(u"script_report"_s, scriptsJson);
        // As text: a JSON number cannot hold every 64-bit seed exactly.
        o.insert(u"random_seed"_s, QString::number(randomSeed));
    }
    if (withDetail) {
        QJsonArray progressJson;
        for (const BenchmarkProgress &p : progress)
            progressJson.append(p.toJson());
        o.insert(u"progress"_s, progressJson);
        QJsonArray samplesJson;
        for (const ServerSample &s : serverSamples)
            samplesJson.append(s.toJson());
        o.insert(u"server_samples"_s, samplesJson);
        QJsonArray replayJson;
        for (const ReplayStatement &r : replay)
            replayJson.append(r.toJson());
        o.insert(u"replay"_s, replayJson);
        o.insert(u"histogram"_s, QString::fromLatin1(latency.serialize().toBase64()));
    }
    return o;
}

BenchmarkResult BenchmarkResult::fromJson(const QJsonObject &json)
{
    BenchmarkResult r;
    r.id = qint64(json.value(u"id"_s).toDouble());
    r.status = parseStatus(json.value(u"status"_s).toString());
    r.config = BenchmarkConfig::fromJson(json.value(u"config"_s).toObject());
    r.error = json.value(u"error"_s).toString();
    r.startedAt = QDateTime::fromString(json.value(u"started_at"_s).toString(), Qt::ISODateWithMs);
    r.finishedAt =
        QDateTime::fromString(json.value(u"finished_at"_s).toString(), Qt::ISODateWithMs);
    r.serverVersion = json.value(u"server_version"_s).toString();
    r.measuredSeconds = json.value(u"measured_s"_s).toDouble();
    r.transactions = qint64(json.value(u"transactions"_s).toDouble());
    r.warmupTransactions = qint64(json.value(u"warmup_transactions"_s).toDouble());
    r.errors = qint64(json.value(u"errors"_s).toDouble());
    const QJsonObject errorsJson = json.value(u"errors_by_kind"_s).toObject();
    for (auto it = errorsJson.begin(); it != errorsJson.end(); ++it)
        r.errorsByKind.insert(it.key(), qint64(it.value().toDouble()));
    const QJsonObject summaryJson = json.value(u"server"_s).toObject();
    for (auto it = summaryJson.begin(); it != summaryJson.end(); ++it)
        r.serverSummary.insert(it.key(), it.value().toDouble());
    for (const QJsonValue &v : json.value(u"applied_ddl"_s).toArray())
        r.appliedDdl << v.toString();
    for (const QJsonValue &v : json.value(u"notes"_s).toArray())
        r.notes << v.toString();
    for (const QJsonValue &v : json.value(u"progress"_s).toArray())
        r.progress << BenchmarkProgress::fromJson(v.toObject());
    for (const QJsonValue &v : json.value(u"server_samples"_s).toArray())
        r.serverSamples << ServerSample::fromJson(v.toObject());
    for (const QJsonValue &v : json.value(u"replay"_s).toArray())
        r.replay << ReplayStatement::fromJson(v.toObject());
    for (const QJsonValue &v : json.value(u"script_report"_s).toArray())
        r.scripts << ScriptReport::fromJson(v.toObject());
    r.randomSeed = json.value(u"random_seed"_s).toString().toULongLong();
    LatencyHistogram::deserialize(
        QByteArray::fromBase64(json.value(u"histogram"_s).toString().toLatin1()), &r.latency);
    return r;
}

} // namespace sonde
