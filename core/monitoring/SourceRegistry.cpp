#include "SourceRegistry.h"

#include <QHash>

#include <mutex>

namespace sonde {
namespace {

struct Registry
{
    std::mutex mutex;
    QHash<int, SourceRegistry::Factory> factories;
};

Registry &registry()
{
    static Registry r;
    return r;
}

} // namespace

void SourceRegistry::add(TargetKind kind, Factory factory, MetricCatalog::Provider metrics)
{
    MetricCatalog::add(kind, metrics);
    Registry &r = registry();
    const std::lock_guard lock(r.mutex);
    r.factories.insert(int(kind), std::move(factory));
}

Sampler *SourceRegistry::create(const Target &target)
{
    Factory factory;
    {
        Registry &r = registry();
        const std::lock_guard lock(r.mutex);
        factory = r.factories.value(int(target.kind));
    }
    return factory ? factory(target) : nullptr;
}

bool SourceRegistry::handles(TargetKind kind)
{
    Registry &r = registry();
    const std::lock_guard lock(r.mutex);
    return r.factories.contains(int(kind));
}

} // namespace sonde
