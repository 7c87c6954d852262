#include "RedisKeyChecks.h"

#include "common/DisplayFormat.h"
#include "connection/RedisClient.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

constexpr int ScanCount = 500;
constexpr int MaxBigKeys = 10;
constexpr int ExampleKeys = 5;

QString keyText(const QByteArray &key)
{
    QString s = QString::fromUtf8(key);
    return s.size() > 120 ? s.left(119) + u'…' : s;
}

void checkTtls(RedisCheckContext &ctx, const QList<RedisKeyChecks::SampledKey> &keys, qint64 dbsize)
{
    const HealthThresholds &th = ctx.thresholds();
    QStringList examples;
    qint64 without = 0;
    for (const RedisKeyChecks::SampledKey &k : keys) {
        if (k.ttlMs >= 0)
            continue;
        ++without;
        if (examples.size() < ExampleKeys)
            examples << keyText(k.name);
    }
    const qint64 with = keys.size() - without;
    const double share = keys.isEmpty() ? 0 : double(without) / double(keys.size());
    // A cache: an eviction policy is set, or the application gives most keys a TTL.
    const bool cache = ctx.evicts() || with > without;
    if (!cache || double(keys.size()) < th.noTtlSampleMin || share < th.noTtlShareWarning)
        return;
    const bool volatilePolicy = ctx.policy().startsWith(u"volatile"_s);
    const double used = ctx.infoNumber(u"used_memory"_s);
    const double max = ctx.infoNumber(u"maxmemory"_s);
    const bool full = max > 0 && used / max >= th.redisMemoryShareWarning;
    HealthFinding &f = ctx.add(
        u"redis_keys_without_ttl"_s,
        volatilePolicy && full ? HealthSeverity::Critical : HealthSeverity::Warning, ctx.target,
        RedisKeyChecks::tr("%1 of %L2 sampled keys have no TTL (about %L3 of the %L4 keys), "
                           "in a Redis used as a cache; e.g. %5.")
            .arg(DisplayFormat::percent(share * 100))
            .arg(keys.size())
            .arg(qint64(share * double(dbsize)))
            .arg(dbsize)
            .arg(examples.join(u", "_s)),
        volatilePolicy
            ? RedisKeyChecks::tr("With a volatile-* policy only keys with a TTL can be "
                                 "evicted: these stay until memory is full, then writes fail.")
            : RedisKeyChecks::tr("Keys nobody expires hold stale data and take the room of "
                                 "the hot set; eviction has to find them."));
    f.add(u"sampled_keys"_s, qint64(keys.size()))
        .add(u"keys_without_ttl"_s, without)
        .add(u"share_without_ttl"_s, share)
        .add(u"dbsize"_s, dbsize)
        .add(u"maxmemory_policy"_s, ctx.policy())
        .add(u"examples"_s, examples.join(u", "_s));
    if (volatilePolicy) {
        f.fix = HealthFix::redisSetting(
            u"maxmemory-policy"_s, u"allkeys-lru"_s, ctx.policy(),
            RedisKeyChecks::tr("Let eviction consider every key, and give keys a TTL where "
                               "they are written."));
    } else {
        f.fix = HealthFix::adviceOnly(RedisKeyChecks::tr(
            "Give cached keys a TTL where the application writes them (SET key value EX "
            "seconds, or EXPIRE after HSET/SADD)."));
    }
}

void checkBigKeys(RedisCheckContext &ctx, QList<RedisKeyChecks::SampledKey> keys)
{
    const HealthThresholds &th = ctx.thresholds();
    std::sort(keys.begin(), keys.end(),
              [](const RedisKeyChecks::SampledKey &a, const RedisKeyChecks::SampledKey &b) {
                  return a.bytes > b.bytes;
              });
    for (int i = 0; i < keys.size() && i < MaxBigKeys; ++i) {
        const RedisKeyChecks::SampledKey &k = keys.at(i);
        if (double(k.bytes) < th.bigKeyBytes)
            break;
        HealthFinding &f = ctx.add(
            u"redis_big_key"_s, HealthSeverity::Warning, keyText(k.name),
            RedisKeyChecks::tr("Key %1 (%2) takes %3.")
                .arg(keyText(k.name), QString::fromLatin1(k.type), DisplayFormat::bytes(k.bytes)),
            RedisKeyChecks::tr("Reading, writing or deleting a big key blocks Redis for every "
                               "other client, and moving it (replication, migration) stalls."));
        f.add(u"key"_s, QString::fromUtf8(k.name))
            .add(u"type"_s, QString::fromLatin1(k.type))
            .add(u"memory_usage_bytes"_s, k.bytes)
            .add(u"ttl_ms"_s, k.ttlMs);
        f.fix = HealthFix::adviceOnly(RedisKeyChecks::tr(
            "Split it into smaller keys (by id range or hash tag); read it piecewise (HSCAN, "
            "SSCAN, LRANGE in pages) and delete it with UNLINK, which frees it in the "
            "background."));
    }
}

} // namespace

DbError RedisKeyChecks::sample(RedisClient &client, int limit, const std::atomic<bool> *cancel,
                               QList<SampledKey> *keys, qint64 *scanned)
{
    QByteArray cursor = "0";
    *scanned = 0;
    do {
        RedisReply reply;
        if (DbError err =
                client.command({"SCAN", cursor, "COUNT", QByteArray::number(ScanCount)}, &reply))
            return err;
        if (reply.elements.size() != 2)
            return DbError::make(DbError::Kind::Internal, tr("SCAN returned an unexpected reply."));
        cursor = reply.elements.at(0).text;
        QList<QByteArray> batch;
        for (const RedisReply &k : reply.elements.at(1).elements) {
            if (keys->size() + batch.size() < limit)
                batch << k.text;
        }
        *scanned += reply.elements.at(1).elements.size();
        for (const QByteArray &k : batch) {
            for (const QList<QByteArray> &cmd :
                 {QList<QByteArray>{"PTTL", k}, QList<QByteArray>{"TYPE", k},
                  QList<QByteArray>{"MEMORY", "USAGE", k}}) {
                if (DbError err = client.append(cmd))
                    return err;
            }
        }
        for (const QByteArray &k : batch) {
            SampledKey s;
            s.name = k;
            RedisReply ttl, type, usage;
            for (RedisReply *r : {&ttl, &type, &usage}) {
                if (DbError err = client.readReply(r); err && err.kind != DbError::Kind::Sql)
                    return err;
            }
            if (ttl.integer == -2)
                continue; // expired between SCAN and PTTL
            s.ttlMs = ttl.integer < 0 ? -1 : ttl.integer;
            s.type = type.text;
            s.bytes = usage.integer;
            *keys << s;
        }
    } while (cursor != "0" && keys->size() < limit && !(cancel && cancel->load()));
    return {};
}

void RedisKeyChecks::run(RedisCheckContext &ctx)
{
    QList<SampledKey> keys;
    qint64 scanned = 0;
    if (DbError err =
            sample(*ctx.client, ctx.thresholds().keySample, ctx.cancel, &keys, &scanned)) {
        ctx.notes << tr("The keys could not be sampled: %1").arg(err.message);
        return;
    }
    RedisReply dbsize;
    ctx.client->command({"DBSIZE"}, &dbsize);
    if (keys.size() < dbsize.integer)
        ctx.notes << tr("Keys sampled with SCAN: %L1 of %L2.").arg(keys.size()).arg(dbsize.integer);
    checkTtls(ctx, keys, dbsize.integer);
    checkBigKeys(ctx, keys);
}

} // namespace sonde
