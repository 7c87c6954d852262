#include "BenchmarkConfig.h"

#include "common/DisplayFormat.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <chrono>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

struct KindName
{
    WorkloadKind kind;
    const char *name;
};

constexpr KindName KindNames[] = {
    {WorkloadKind::SelectOnly, "select-only"}, {WorkloadKind::ReadWrite, "read-write"},
    {WorkloadKind::Script, "script"},          {WorkloadKind::Replay, "replay"},
    {WorkloadKind::RedisGet, "redis-get"},     {WorkloadKind::RedisSet, "redis-set"},
    {WorkloadKind::RedisMixed, "redis-mixed"}, {WorkloadKind::CacheAside, "cache-aside"},
};

} // namespace

QString workloadName(WorkloadKind kind)
{
    for (const KindName &k : KindNames) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return {};
}

bool parseWorkloadName(const QString &name, WorkloadKind *kind)
{
    for (const KindName &k : KindNames) {
        if (name == QLatin1String(k.name)) {
            *kind = k.kind;
            return true;
        }
    }
    return false;
}

QString workloadTitle(WorkloadKind kind)
{
    switch (kind) {
    case WorkloadKind::SelectOnly:
        return BenchmarkConfig::tr("Select-only (pgbench -S)");
    case WorkloadKind::ReadWrite:
        return BenchmarkConfig::tr("Read-write mix (pgbench TPC-B)");
    case WorkloadKind::Script:
        return BenchmarkConfig::tr("Custom pgbench script");
    case WorkloadKind::Replay:
        return BenchmarkConfig::tr("Replay of captured statements");
    case WorkloadKind::RedisGet:
        return BenchmarkConfig::tr("Redis GET");
    case WorkloadKind::RedisSet:
        return BenchmarkConfig::tr("Redis SET");
    case WorkloadKind::RedisMixed:
        return BenchmarkConfig::tr("Redis GET/SET mix");
    case WorkloadKind::CacheAside:
        return BenchmarkConfig::tr("Cache-aside (Redis + PostgreSQL)");
    }
    return {};
}

bool isRedisWorkload(WorkloadKind kind)
{
    return kind == WorkloadKind::RedisGet || kind == WorkloadKind::RedisSet ||
           kind == WorkloadKind::RedisMixed || kind == WorkloadKind::CacheAside;
}

bool isScriptWorkload(WorkloadKind kind)
{
    return kind == WorkloadKind::SelectOnly || kind == WorkloadKind::ReadWrite ||
           kind == WorkloadKind::Script;
}

bool workloadWrites(WorkloadKind kind)
{
    return kind != WorkloadKind::SelectOnly && kind != WorkloadKind::RedisGet;
}

QString protocolName(QueryProtocol protocol)
{
    switch (protocol) {
    case QueryProtocol::Auto:
        return u"auto"_s;
    case QueryProtocol::Simple:
        return u"simple"_s;
    case QueryProtocol::Extended:
        return u"extended"_s;
    case QueryProtocol::Prepared:
        return u"prepared"_s;
    }
    return {};
}

bool parseProtocolName(const QString &name, QueryProtocol *protocol)
{
    for (QueryProtocol p : {QueryProtocol::Auto, QueryProtocol::Simple, QueryProtocol::Extended,
                            QueryProtocol::Prepared}) {
        if (protocolName(p) == name) {
            *protocol = p;
            return true;
        }
    }
    return false;
}

QueryProtocol BenchmarkConfig::effectiveProtocol() const
{
    if (protocol != QueryProtocol::Auto)
        return protocol;
    // PgBouncer 1.18 in transaction mode cannot keep named prepared statements.
    return throughPooler ? QueryProtocol::Extended : QueryProtocol::Prepared;
}

bool BenchmarkConfig::resolveRandomSeed(quint64 *seed, QString *error) const
{
    if (randomSeed.isEmpty() || randomSeed == u"time"_s) {
        *seed = quint64(std::chrono::duration_cast<std::chrono::microseconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count());
        return true;
    }
    if (randomSeed == u"rand"_s) {
        *seed = QRandomGenerator::system()->generate64();
        return true;
    }
    bool ok = false;
    *seed = randomSeed.toULongLong(&ok);
    if (!ok) {
        *error = tr("Unrecognized random seed \"%1\": give an unsigned integer, \"time\" or "
                    "\"rand\".")
                     .arg(randomSeed);
    }
    return ok;
}

QString BenchmarkConfig::validate() const
{
    if (clients < 1 || clients > 1000)
        return tr("The number of clients must be between 1 and 1000.");
    if (threads < 1 || threads > clients)
        return tr("The number of threads must be between 1 and the number of clients (%1).")
            .arg(clients);
    if (transactions <= 0 && durationSeconds <= 0)
        return tr("Give a duration or a number of transactions.");
    if (warmupSeconds < 0 || targetRate < 0)
        return tr("Warm-up and target rate cannot be negative.");
    if (pipeline < 1 || pipeline > 10000)
        return tr("The pipeline depth must be between 1 and 10000.");
    if (keySpace < 1)
        return tr("The key space needs at least one key.");
    if (valueSize < 1 || valueSize > 64 * 1024 * 1024)
        return tr("The value size must be between 1 byte and 64 MB.");
    if (workload == WorkloadKind::Script) {
        if (scripts.isEmpty())
            return tr("The script is empty: load a pgbench script file.");
        // pgbench's limit on the scripts of one run.
        constexpr int maxScripts = 128;
        if (scripts.size() > maxScripts)
            return tr("At most %1 scripts can run together.").arg(maxScripts);
        qint64 totalWeight = 0;
        for (const BenchScript &s : scripts) {
            if (s.text.trimmed().isEmpty())
                return tr("The script %1 is empty: load a pgbench script file.").arg(s.name);
            if (s.weight < 0)
                return tr("The weight of %1 cannot be negative.").arg(s.name);
            totalWeight += s.weight;
        }
        if (totalWeight == 0)
            return tr("The scripts' weights cannot all be zero.");
    }
    if (maxTries < 0)
        return tr("The number of tries cannot be negative.");
    if (latencyLimitMs < 0)
        return tr("The latency limit cannot be negative.");
    if (maxTries == 0 && latencyLimitMs <= 0 && transactions > 0)
        return tr("An unlimited number of tries (0) needs a latency limit or a duration to "
                  "bound the retries.");
    quint64 seed = 0;
    QString seedError;
    if (!resolveRandomSeed(&seed, &seedError))
        return seedError;
    if (workload == WorkloadKind::CacheAside && databaseUri.isEmpty())
        return tr("Cache-aside needs a PostgreSQL connection behind the cache.");
    if (throughPooler && protocol == QueryProtocol::Prepared)
        return tr("PgBouncer in transaction mode cannot keep named prepared statements: use "
                  "the extended or simple protocol through it.");
    if (uri.isEmpty())
        return tr("Choose a target to benchmark.");
    return {};
}

QJsonObject BenchmarkConfig::toJson() const
{
    QJsonArray scriptsJson;
    for (const BenchScript &s : scripts) {
        scriptsJson.append(
            QJsonObject{{u"name"_s, s.name}, {u"text"_s, s.text}, {u"weight"_s, s.weight}});
    }
    QJsonObject definesJson;
    for (auto it = defines.begin(); it != defines.end(); ++it)
        definesJson.insert(it.key(), it.value());
    return QJsonObject{
        {u"workload"_s, workloadName(workload)},
        {u"name"_s, name},
        {u"target"_s, targetDisplay},
        {u"target_id"_s, targetId},
        {u"through_pgbouncer"_s, throughPooler},
        {u"clients"_s, clients},
        {u"threads"_s, threads},
        {u"duration_s"_s, durationSeconds},
        {u"transactions"_s, double(transactions)},
        {u"warmup_s"_s, warmupSeconds},
        {u"target_rate"_s, targetRate},
        {u"protocol"_s, protocolName(effectiveProtocol())},
        {u"scripts"_s, scriptsJson},
        {u"defines"_s, definesJson},
        {u"random_seed"_s, randomSeed},
        {u"max_tries"_s, maxTries},
        {u"latency_limit_ms"_s, latencyLimitMs},
        {u"scale"_s, scale},
        {u"pipeline"_s, pipeline},
        {u"key_space"_s, double(keySpace)},
        {u"value_size"_s, valueSize},
        {u"set_share"_s, setShare},
        {u"cache_ttl_s"_s, cacheTtlSeconds},
        {u"replay_top"_s, replayTop},
        {u"replay_window_s"_s, replayWindowSeconds},
        {u"replay_writes"_s, replayWrites},
        {u"replay_samples"_s, replaySamples},
    };
}

BenchmarkConfig BenchmarkConfig::fromJson(const QJsonObject &json)
{
    BenchmarkConfig c;
    parseWorkloadName(json.value(u"workload"_s).toString(), &c.workload);
    c.name = json.value(u"name"_s).toString();
    c.targetDisplay = json.value(u"target"_s).toString();
    c.targetId = json.value(u"target_id"_s).toString();
    c.throughPooler = json.value(u"through_pgbouncer"_s).toBool();
    c.clients = json.value(u"clients"_s).toInt(c.clients);
    c.threads = json.value(u"threads"_s).toInt(c.threads);
    c.durationSeconds = json.value(u"duration_s"_s).toDouble(c.durationSeconds);
    c.transactions = qint64(json.value(u"transactions"_s).toDouble(0));
    c.warmupSeconds = json.value(u"warmup_s"_s).toDouble(0);
    c.targetRate = json.value(u"target_rate"_s).toDouble(0);
    parseProtocolName(json.value(u"protocol"_s).toString(), &c.protocol);
    for (const QJsonValue &v : json.value(u"scripts"_s).toArray()) {
        const QJsonObject o = v.toObject();
        c.scripts << BenchScript{o.value(u"name"_s).toString(), o.value(u"text"_s).toString(),
                                 o.value(u"weight"_s).toInt(1)};
    }
    if (c.scripts.isEmpty() && json.contains(u"script"_s)) {
        // Runs stored before several scripts could be given.
        c.scripts << BenchScript{json.value(u"script_name"_s).toString(),
                                 json.value(u"script"_s).toString(), 1};
    }
    const QJsonObject definesJson = json.value(u"defines"_s).toObject();
    for (auto it = definesJson.begin(); it != definesJson.end(); ++it)
        c.defines.insert(it.key(), it.value().toString());
    c.randomSeed = json.value(u"random_seed"_s).toString();
    c.maxTries = json.value(u"max_tries"_s).toInt(1);
    c.latencyLimitMs = json.value(u"latency_limit_ms"_s).toDouble(0);
    c.scale = json.value(u"scale"_s).toInt(0);
    c.pipeline = json.value(u"pipeline"_s).toInt(1);
    c.keySpace = qint64(json.value(u"key_space"_s).toDouble(double(c.keySpace)));
    c.valueSize = json.value(u"value_size"_s).toInt(c.valueSize);
    c.setShare = json.value(u"set_share"_s).toDouble(c.setShare);
    c.cacheTtlSeconds = json.value(u"cache_ttl_s"_s).toInt(c.cacheTtlSeconds);
    c.replayTop = json.value(u"replay_top"_s).toInt(c.replayTop);
    c.replayWindowSeconds = json.value(u"replay_window_s"_s).toDouble(0);
    c.replayWrites = json.value(u"replay_writes"_s).toBool();
    c.replaySamples = json.value(u"replay_samples"_s).toInt(c.replaySamples);
    return c;
}

QString BenchmarkConfig::summary() const
{
    QString s = workloadName(workload);
    if (workload == WorkloadKind::Script) {
        QStringList names;
        for (const BenchScript &script : scripts)
            names << (scripts.size() > 1 ? u"%1@%2"_s.arg(script.name).arg(script.weight)
                                         : script.name);
        if (!names.isEmpty())
            s += u' ' + names.join(u", "_s);
    }
    s += tr(", %n client(s)", nullptr, clients);
    s += tr(", %n thread(s)", nullptr, threads);
    if (transactions > 0)
        s += tr(", %1 transactions").arg(DisplayFormat::count(transactions));
    else
        s += u", "_s + DisplayFormat::duration(durationSeconds * 1000.0);
    if (isRedisWorkload(workload) && pipeline > 1)
        s += tr(", pipeline %1").arg(pipeline);
    if (targetRate > 0)
        s += tr(", %1/s target").arg(DisplayFormat::rate(targetRate));
    if (throughPooler)
        s += tr(", through PgBouncer");
    return s;
}

} // namespace sonde
