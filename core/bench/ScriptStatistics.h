#pragma once

#include <cstdint>
#include <vector>

namespace sonde {

// One command of a script, over a run (pgbench's per-statement report): how many times it
// ran and for how long, how many failed transactions ended on it and how many retries it
// caused.
struct CommandStatistics
{
    int64_t count = 0;
    int64_t totalNs = 0;
    int64_t failures = 0;
    int64_t retries = 0;

    void add(const CommandStatistics &o)
    {
        count += o.count;
        totalNs += o.totalNs;
        failures += o.failures;
        retries += o.retries;
    }
};

// One script of a run (pgbench's per-script report). A transaction ends one of three ways:
// committed (counted with its latency), failed (a serialization or deadlock error after
// its last try, or any other error), or skipped (under --rate with --latency-limit, it
// would have started too late).
struct ScriptStatistics
{
    int64_t transactions = 0;
    int64_t failed = 0;
    int64_t skipped = 0;
    int64_t retried = 0; // transactions that needed more than one try
    int64_t retries = 0; // tries beyond the first, over all transactions
    int64_t late = 0;    // committed after --latency-limit
    double latencySumMs = 0;
    double latencySquaresMs = 0;
    std::vector<CommandStatistics> commands;

    void add(const ScriptStatistics &o)
    {
        transactions += o.transactions;
        failed += o.failed;
        skipped += o.skipped;
        retried += o.retried;
        retries += o.retries;
        late += o.late;
        latencySumMs += o.latencySumMs;
        latencySquaresMs += o.latencySquaresMs;
        if (commands.size() < o.commands.size())
            commands.resize(o.commands.size());
        for (size_t i = 0; i < o.commands.size(); ++i)
            commands[i].add(o.commands[i]);
    }
};

} // namespace sonde
