#pragma once

#include "bench/BenchmarkResult.h"

#include <QStringList>

namespace sonde::cli {

// The script part of `sonde-cli bench`'s text report, in pgbench's terms: failed, retried,
// skipped and late transactions; per script (when there are several) its share, rate and
// latency; per command (with --report-per-command) its average latency, failures and
// retries.
class ScriptReportText
{
public:
    static QStringList lines(const BenchmarkResult &result, bool perCommand);
};

} // namespace sonde::cli
