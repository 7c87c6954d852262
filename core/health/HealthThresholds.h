#pragma once

namespace sonde {

// Where each check draws the line (docs/HEALTH.md lists them with their sources). The
// defaults are common practice; tests lower a threshold to force its condition quickly.
struct HealthThresholds
{
    // Vacuum: a table is behind when its dead tuples exceed autovacuum's own trigger
    // (threshold + scale factor × rows, per-table options included), there are at least
    // `deadTuplesMin` of them, and no vacuum ran for `vacuumStaleSeconds`.
    double deadTuplesMin = 1000;
    double vacuumStaleSeconds = 600;
    double deadShareCritical = 0.5; // dead / (live + dead)
    double deadTuplesCritical = 100000;

    // Bloat (statistics-based estimate, pgstattuple when installed).
    double bloatShareWarning = 0.5;
    double bloatBytesWarning = 64.0 * 1024 * 1024;
    double bloatShareCritical = 0.8;
    double bloatBytesCritical = 1024.0 * 1024 * 1024;

    // Transaction-ID and multixact age: warning past autovacuum_(multixact_)freeze_max_age,
    // critical past this (PostgreSQL refuses new transactions near 2^31).
    double wraparoundCriticalAge = 1.0e9;

    // Sequences and serial/identity columns: share of the largest value used.
    double sequenceWarning = 0.75;
    double sequenceCritical = 0.90;

    // Sessions (seconds).
    double idleInTransactionWarning = 60;
    double idleInTransactionCritical = 600;
    double longTransactionWarning = 300;
    double longTransactionCritical = 3600;
    double preparedWarning = 300;
    double preparedCritical = 3600;

    // Replication.
    double slotRetainedWarning = 1024.0 * 1024 * 1024;       // an active slot holding this
    double slotRetainedCritical = 10.0 * 1024 * 1024 * 1024; // any slot holding this
    double lagSecondsWarning = 30;
    double lagSecondsCritical = 300;
    double lagBytesWarning = 256.0 * 1024 * 1024;
    double lagBytesCritical = 4.0 * 1024 * 1024 * 1024;

    // Settings.
    double tempBytesMin = 16.0 * 1024 * 1024; // temp files written since the reset
    double checkpointsRequestedMin = 5;
    double checkpointsRequestedShare = 0.25;
    double connectionsWarning = 0.80; // of max_connections less the reserved ones
    double connectionsCritical = 0.95;
    double hitRateWarning = 0.99;
    double hitRateReadsMin = 100000;      // blocks read from outside shared buffers
    double sharedBuffersLowShare = 0.125; // of RAM: half of the usual 25 %
    double sharedBuffersHighShare = 0.40;

    // Redis.
    double redisMemoryShareWarning = 0.90; // used_memory / maxmemory
    double fragmentationRatio = 1.5;
    double fragmentationExcessBytes = 100.0 * 1024 * 1024;
    double noTtlShareWarning = 0.20;
    double noTtlSampleMin = 100;
    int keySample = 10000; // keys scanned (SCAN, never KEYS) for TTLs and big keys
    double bigKeyBytes = 10.0 * 1024 * 1024;
    double forkMicrosWarning = 100000;
    double slowLogMicrosWarning = 100000;
    double slowLogWindowSeconds = 3600;
    double clientsWarning = 0.80; // of maxclients
    double clientsCritical = 0.95;

    // PgBouncer.
    double waitMicrosWarning = 1000000;
    double waitMicrosCritical = 10000000;
};

} // namespace sonde
