#include "PgbenchRandom.h"

#include <cmath>

namespace sonde {
namespace {

uint64_t splitmix64(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int leftmostOne(uint64_t word)
{
    return 63 - __builtin_clzll(word);
}

} // namespace

void PgbenchRandom::seed(uint64_t seedValue)
{
    m_s0 = splitmix64(&seedValue);
    m_s1 = splitmix64(&seedValue);
    if (m_s0 == 0 && m_s1 == 0) {
        // All zeroes is a fixed point of the generator; PostgreSQL uses Knuth's LCG constants.
        m_s0 = 0x5851F42D4C957F2DULL;
        m_s1 = 0x14057B7EF767814FULL;
    }
}

double PgbenchRandom::unit()
{
    return std::ldexp(double(next() >> 12), -52);
}

uint64_t PgbenchRandom::uniformUnsigned(uint64_t low, uint64_t high)
{
    if (high <= low)
        return low;
    const uint64_t range = high - low;
    const int shift = 63 - leftmostOne(range);
    uint64_t value;
    do {
        value = next() >> shift;
    } while (value > range);
    return low + value;
}

int64_t PgbenchRandom::uniform(int64_t low, int64_t high)
{
    return low + int64_t(uniformUnsigned(0, uint64_t(high) - uint64_t(low)));
}

int64_t PgbenchRandom::exponential(int64_t low, int64_t high, double parameter)
{
    const double cut = std::exp(-parameter);
    const double u = 1.0 - unit(); // (0, 1]
    const double r = -std::log(cut + (1.0 - cut) * u) / parameter;
    return low + int64_t(double(high - low + 1) * r);
}

int64_t PgbenchRandom::gaussian(int64_t low, int64_t high, double parameter)
{
    double deviate;
    do {
        const double u1 = 1.0 - unit();
        const double u2 = 1.0 - unit();
        deviate = std::sqrt(-2.0 * std::log(u1)) * std::sin(2.0 * M_PI * u2);
    } while (deviate < -parameter || deviate >= parameter);
    const double r = (deviate + parameter) / (parameter * 2.0);
    return low + int64_t(double(high - low + 1) * r);
}

int64_t PgbenchRandom::zipfian(int64_t low, int64_t high, double parameter)
{
    const int64_t n = high - low + 1;
    if (n <= 1)
        return low;
    const double b = std::pow(2.0, parameter - 1.0);
    double x;
    for (;;) {
        const double u = unit();
        const double v = unit();
        x = std::floor(std::pow(u, -1.0 / (parameter - 1.0)));
        const double t = std::pow(1.0 + 1.0 / x, parameter - 1.0);
        if (v * x * (t - 1.0) / (b - 1.0) <= t / b && x <= double(n))
            break;
    }
    return low - 1 + int64_t(x);
}

int64_t PgbenchRandom::poisson(double mean)
{
    const double u = 1.0 - unit();
    return int64_t(-std::log(u) * mean + 0.5);
}

int64_t PgbenchRandom::hashFnv1a(int64_t value, uint64_t seed)
{
    uint64_t result = 0xcbf29ce484222325ULL ^ seed;
    uint64_t v = uint64_t(value);
    for (int i = 0; i < 8; ++i) {
        // pgbench shifts the signed value arithmetically; only the low octet is used, so
        // shifting the unsigned value gives the same octets.
        const uint64_t octet = v & 0xff;
        v >>= 8;
        result ^= octet;
        result *= 0x100000001b3ULL;
    }
    return int64_t(result);
}

int64_t PgbenchRandom::hashMurmur2(int64_t value, uint64_t seed)
{
    constexpr uint64_t mul = 0xc6a4a7935bd1e995ULL;
    constexpr int rot = 47;
    uint64_t result = seed ^ 0x35253c9ade8f4ca8ULL; // seed ^ (8 * mul): an 8-byte key
    uint64_t k = uint64_t(value);
    k *= mul;
    k ^= k >> rot;
    k *= mul;
    result ^= k;
    result *= mul;
    result ^= result >> rot;
    result *= mul;
    result ^= result >> rot;
    return int64_t(result);
}

int64_t PgbenchRandom::permute(int64_t value, int64_t size, int64_t seed)
{
    if (size < 2)
        return 0;
    PgbenchRandom rng{uint64_t(seed)};
    const uint64_t n = uint64_t(size);
    uint64_t v = uint64_t(value) % n;
    // Bijections work modulo the largest power of two <= size, on the lower and the upper
    // overlapping halves; a random offset modulo size spreads the values.
    const int maskBits = leftmostOne(n);
    const uint64_t mask = (uint64_t(1) << maskBits) - 1;
    auto scramble = [&](uint64_t x, uint64_t m, uint64_t r) {
        x = ((x * m) ^ r) & mask;
        return ((x << 1) & mask) | (x >> (maskBits - 1)); // rotate within the mask
    };
    for (int round = 0; round < 6; ++round) {
        uint64_t m = (rng.next() & mask) | 1;
        uint64_t r = rng.next() & mask;
        if (v <= mask)
            v = scramble(v, m, r);
        m = (rng.next() & mask) | 1;
        r = rng.next() & mask;
        uint64_t t = n - 1 - v;
        if (t <= mask)
            v = n - 1 - scramble(t, m, r);
        r = rng.uniformUnsigned(0, n - 1);
        v = (v + r) % n;
    }
    return int64_t(v);
}

PgbenchSeeds PgbenchSeeds::derive(uint64_t randomSeed, int clients, int threads)
{
    PgbenchRandom base(randomSeed);
    PgbenchSeeds s;
    for (int i = 0; i < clients; ++i)
        s.clients.push_back(base.next());
    s.defaultSeed = base.next();
    for (int t = 0; t < threads; ++t) {
        s.scriptChoice.push_back(base.next());
        s.rateDelays.push_back(base.next());
        base.next(); // pgbench's log sampling, which Sonde does not do
    }
    return s;
}

} // namespace sonde
