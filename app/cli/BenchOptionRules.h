#pragma once

#include "bench/BenchmarkConfig.h"

#include <QCommandLineParser>
#include <QString>

namespace sonde::cli {

// Which `sonde-cli bench` options mean something for which workload. An option given for a
// workload it does not apply to is an error that says where it does apply, never silently
// ignored.
class BenchOptionRules
{
public:
    // Empty when every option set in `parser` applies to `workload`; else what to change.
    static QString check(const QCommandLineParser &parser, WorkloadKind workload);
    // For a pgbench option `sonde-cli bench` does not know (-f, -c, -T…), the option that
    // means the same here; empty for other names.
    static QString pgbenchOption(const QString &name);
};

} // namespace sonde::cli
