#pragma once

#include "bench/BenchmarkConfig.h"
#include "bench/BenchmarkResult.h"
#include "connection/RedisClient.h"

#include <QMap>
#include <QString>

namespace sonde::test {

// `args` through `client`; an error is recorded as a QtTest failure.
RedisReply redisCommand(RedisClient &client, const QList<QByteArray> &args);

// Calls per command since the last CONFIG RESETSTAT, from INFO commandstats ("get" → 5000);
// empty when the server cannot be asked.
QMap<QString, qint64> redisCommandCalls(RedisClient &client);

// What the Redis benchmark tests run: `kind` on `uri`, 6 clients on 2 threads, 1000 keys.
BenchmarkConfig redisBenchConfig(const QString &uri, WorkloadKind kind);

// Runs a GET, SET or mixed benchmark with a transaction count after CONFIG RESETSTAT through
// `admin`, and checks it against the server's commandstats: every transaction is one
// command, no error. QtTest failures are recorded; *result is the run.
void runRedisBenchAgainstCommandStats(RedisClient &admin, const BenchmarkConfig &config,
                                      BenchmarkResult *result);

// Runs cache-aside (3 clients, 200 keys, `transactions` requests) on an empty cache and
// checks it against commandstats: a GET per request, each key missed about once (a SET per
// miss), the client-side hit rate from those misses. *misses is the SET count.
void runCacheAsideAgainstCommandStats(RedisClient &admin, BenchmarkConfig config,
                                      qint64 transactions, BenchmarkResult *result, qint64 *misses);

} // namespace sonde::test
