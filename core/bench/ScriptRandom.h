#pragma once

#include <cstdint>

namespace sonde {

// Fast per-client random numbers (xoshiro256**) for the Redis and cache-aside workloads,
// seeded once per client. Scripts use PgbenchRandom, which draws what pgbench draws.
class ScriptRandom
{
public:
    explicit ScriptRandom(uint64_t seed = 0x5eed)
    {
        // splitmix64 to fill the state from one seed.
        for (uint64_t &s : m_s) {
            seed += 0x9e3779b97f4a7c15ULL;
            uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            s = z ^ (z >> 31);
        }
    }
    uint64_t next()
    {
        const uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    // Uniform in [lb, ub] (both included).
    int64_t uniform(int64_t lb, int64_t ub)
    {
        if (ub <= lb)
            return lb;
        return lb + int64_t(next() % uint64_t(ub - lb + 1));
    }
    double unit() { return double(next() >> 11) * 0x1.0p-53; } // [0, 1)

private:
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    uint64_t m_s[4];
};

} // namespace sonde
