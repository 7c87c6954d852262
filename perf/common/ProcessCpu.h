#pragma once

// CPU time the benchmarks measure themselves with.
#include <sys/resource.h>

namespace sonde::bench {

// User + system CPU seconds of this process so far (every thread).
inline double processCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

} // namespace sonde::bench
