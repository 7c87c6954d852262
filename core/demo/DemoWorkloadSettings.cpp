#include "DemoWorkloadSettings.h"

using namespace Qt::StringLiterals;

namespace sonde {

int DemoWorkloadSettings::cacheTtlSeconds(CacheMode mode)
{
    switch (mode) {
    case CacheMode::Healthy:
        return 300;
    case CacheMode::Cold:
        return 300;
    case CacheMode::Thrashing:
        return 2;
    }
    return 300;
}

double DemoWorkloadSettings::hotShare(CacheMode mode)
{
    return mode == CacheMode::Thrashing ? 0.0 : 0.95;
}

bool DemoWorkloadSettings::parseCacheMode(const QString &text, CacheMode *mode)
{
    const QString t = text.trimmed().toLower();
    if (t == u"healthy"_s)
        *mode = CacheMode::Healthy;
    else if (t == u"cold"_s)
        *mode = CacheMode::Cold;
    else if (t == u"thrashing"_s)
        *mode = CacheMode::Thrashing;
    else
        return false;
    return true;
}

QString DemoWorkloadSettings::cacheModeName(CacheMode mode)
{
    switch (mode) {
    case CacheMode::Healthy:
        return u"healthy"_s;
    case CacheMode::Cold:
        return u"cold"_s;
    case CacheMode::Thrashing:
        return u"thrashing"_s;
    }
    return {};
}

} // namespace sonde
