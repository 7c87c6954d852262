#pragma once

#include "bench/BenchmarkResult.h"

namespace sonde::test {

// A completed select-only run, named "tps <tps>", whose every one of `seconds` seconds ran
// at `tps` (p50 1 ms, p99 2 ms): a stored run for the benchmark pages without a server.
BenchmarkResult steadyRun(double tps, int seconds = 3);

} // namespace sonde::test
