#pragma once

#include <cstdint>
#include <vector>

namespace sonde {

// pgbench 15's pseudo-random generator and distributions, so that a script run with the
// same --random-seed draws the same values as pgbench does: PostgreSQL's pg_prng
// (xoroshiro128**, seeded through splitmix64), the uniform range by bitmask rejection, the
// exponential, gaussian (Box-Muller, redrawn outside ±parameter) and zipfian (Devroye's
// rejection method) distributions, the Poisson delays of --rate, and the deterministic
// functions hash_fnv1a, hash_murmur2 and permute. One generator per client: not
// thread-safe, no allocation.
class PgbenchRandom
{
public:
    PgbenchRandom() { seed(0); }
    explicit PgbenchRandom(uint64_t seedValue) { seed(seedValue); }
    void seed(uint64_t seedValue);

    uint64_t next()
    {
        const uint64_t s0 = m_s0;
        const uint64_t sx = m_s1 ^ s0;
        const uint64_t value = rotl(s0 * 5, 7) * 9;
        m_s0 = rotl(s0, 24) ^ sx ^ (sx << 16);
        m_s1 = rotl(sx, 37);
        return value;
    }
    // Uniform in [0, 1) with 52 random bits.
    double unit();
    // Uniform in [low, high] (high >= low, and high - low must fit in an int64).
    int64_t uniform(int64_t low, int64_t high);
    uint64_t uniformUnsigned(uint64_t low, uint64_t high);
    int64_t exponential(int64_t low, int64_t high, double parameter);
    int64_t gaussian(int64_t low, int64_t high, double parameter);
    int64_t zipfian(int64_t low, int64_t high, double parameter);
    // A delay whose series approximates a Poisson process of the given mean.
    int64_t poisson(double mean);

    static int64_t hashFnv1a(int64_t value, uint64_t seed);
    static int64_t hashMurmur2(int64_t value, uint64_t seed);
    // The position of `value` (taken modulo size) in a pseudo-random permutation of
    // [0, size) chosen by `seed`; size must be > 0.
    static int64_t permute(int64_t value, int64_t size, int64_t seed);

    static constexpr double MinGaussianParameter = 2.0;
    static constexpr double MinZipfianParameter = 1.001;
    static constexpr double MaxZipfianParameter = 1000.0;

private:
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    uint64_t m_s0 = 0;
    uint64_t m_s1 = 0;
};

// The seeds pgbench 15 draws from --random-seed, in its order: one generator per client,
// then :default_seed, then per thread the script choice, the --rate delays and the log
// sampling. Drawn the same way, a client's random() calls give what pgbench's give.
struct PgbenchSeeds
{
    std::vector<uint64_t> clients;
    uint64_t defaultSeed = 0;
    std::vector<uint64_t> scriptChoice; // per thread
    std::vector<uint64_t> rateDelays;   // per thread

    static PgbenchSeeds derive(uint64_t randomSeed, int clients, int threads);
};

} // namespace sonde
