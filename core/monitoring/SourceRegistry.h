#pragma once

#include "MetricCatalog.h"
#include "connection/Target.h"

#include <functional>

namespace sonde {

class Sampler;

// Which sampler watches a target of a given kind, and the metrics its snapshots carry. The
// pipeline creates its samplers only through here and reads what a metric is only from
// MetricCatalog, so it never names a server: each source adds its kind once at start-up
// (the programs, tests and benchmarks call registerBuiltInSources() before they build a
// pipeline). Thread-safe.
class SourceRegistry
{
public:
    using Factory = std::function<Sampler *(const Target &target)>;

    // A later call for the same kind replaces the factory and the metrics.
    static void add(TargetKind kind, Factory factory, MetricCatalog::Provider metrics);
    // A new sampler (no parent) for the target, or nullptr when no source handles its kind.
    static Sampler *create(const Target &target);
    static bool handles(TargetKind kind);
};

} // namespace sonde
