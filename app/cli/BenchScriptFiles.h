#pragma once

#include "bench/BenchmarkConfig.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sonde::cli {

// The scripts of `sonde-cli bench`: --script FILE[@WEIGHT] and --builtin NAME[@WEIGHT], read
// as pgbench reads -f and -b (the weight after the last '@', an integer from 0).
class BenchScriptFiles
{
public:
    // False with *error (what to change) when a file cannot be read, is too large to be a
    // script, names no built-in script, or has a bad weight.
    static bool read(const QStringList &files, const QStringList &builtins, QList<BenchScript> *out,
                     QString *error);
};

} // namespace sonde::cli
