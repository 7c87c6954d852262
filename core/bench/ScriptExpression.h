#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace sonde {

// A number in a pgbench script: an integer or a double, like pgbench's own values.
struct ScriptValue
{
    bool isDouble = false;
    int64_t i = 0;
    double d = 0;

    static ScriptValue integer(int64_t v) { return {false, v, 0}; }
    static ScriptValue real(double v) { return {true, 0, v}; }
    double toDouble() const { return isDouble ? d : double(i); }
    int64_t toInt() const { return isDouble ? int64_t(d) : i; }
};

// Fast per-client random numbers (xoshiro256**), seeded once per client.
class ScriptRandom
{
public:
    explicit ScriptRandom(uint64_t seed = 0x5eed);
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
    // Uniform in [lb, ub] (both included), like pgbench's random().
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

// The names of a workload's variables; :scale and :client_id always exist (0 and 1).
class ScriptVariables
{
public:
    ScriptVariables()
        : m_names{QStringLiteral("scale"), QStringLiteral("client_id")}
    {}
    static constexpr int Scale = 0;
    static constexpr int ClientId = 1;
    int intern(const QString &name);
    int find(const QString &name) const { return int(m_names.indexOf(name)); }
    int count() const { return int(m_names.size()); }
    const QStringList &names() const { return m_names; }

private:
    QStringList m_names;
};

// An expression of pgbench's \set: integers and doubles, + - * / %, parentheses, :vars and
// the functions random, random_exponential, random_gaussian, abs, int, double, least,
// greatest, sqrt, pi. Parsed once into a flat tree; evaluate() does not allocate.
class ScriptExpression
{
public:
    static bool parse(const QString &text, ScriptVariables *variables, ScriptExpression *out,
                      QString *error);
    // Errors at run time (division by zero, bad random range) give 0 and set *failed.
    ScriptValue evaluate(const ScriptValue *vars, ScriptRandom &rng, bool *failed) const
    {
        return eval(m_root, vars, rng, failed);
    }
    bool isValid() const { return m_root >= 0; }

    enum class Op
    {
        Const,
        Var,
        Add,
        Sub,
        Mul,
        Div,
        Mod,
        Neg,
        Random,
        RandomExponential,
        RandomGaussian,
        Abs,
        Int,
        Double,
        Least,
        Greatest,
        Sqrt,
    };
    struct Node
    {
        Op op = Op::Const;
        ScriptValue value;
        int var = -1;
        std::vector<int> args;
    };

private:
    friend class ScriptExpressionParser;
    ScriptValue eval(int node, const ScriptValue *vars, ScriptRandom &rng, bool *failed) const;
    std::vector<Node> m_nodes;
    int m_root = -1;
};

} // namespace sonde
