#pragma once

#include "PgbenchRandom.h"
#include "ScriptRandom.h"
#include "ScriptValue.h"
#include "ScriptVariables.h"

#include <QString>

#include <string>
#include <vector>

namespace sonde {

// Where debug() writes, with the script and command numbers pgbench prints.
class ScriptOutput
{
public:
    virtual ~ScriptOutput() = default;
    virtual void debug(int script, int command, const std::string &value) = 0;
};

// What an expression reads while it is evaluated: one client's variables and random
// generator. `error` tells why an evaluation failed.
struct ScriptContext
{
    VariableValues *variables = nullptr;
    const ScriptVariables *names = nullptr;
    PgbenchRandom *random = nullptr;
    ScriptOutput *output = nullptr;
    int script = 0;  // for debug(): the script's number (from 0)
    int command = 0; // and the command's (from 1), as pgbench numbers them
    QString error;
};

// An expression of pgbench 15's \set, \if and \elif: NULL, boolean, integer and double
// values; arithmetic, comparison, logical (AND, OR, NOT, lazy as in pgbench), bitwise and
// shift operators; IS [NOT] NULL/TRUE/FALSE, ISNULL, NOTNULL; CASE; :variables; and every
// pgbench function (abs, debug, double, exp, greatest, hash, hash_fnv1a, hash_murmur2, int,
// least, ln, mod, permute, pi, pow, power, random, random_exponential, random_gaussian,
// random_zipfian, sqrt). Failures are pgbench's: overflow, division by zero, bad
// arguments and impossible coercions. Built by ScriptExpressionParser; evaluating does
// not allocate unless it fails or a function takes more than 16 arguments.
class ScriptExpression
{
public:
    bool evaluate(ScriptContext &context, ScriptValue *out) const
    {
        return eval(m_root, context, out);
    }
    bool isValid() const { return m_root >= 0; }
    // The variables it reads.
    std::vector<int> variables() const;

    enum class Op : uint8_t
    {
        Constant,
        Variable,
        // lazy
        And,
        Or,
        Case, // when, then, when, then, …, [else]
        // operators
        Add,
        Sub,
        Mul,
        Div,
        Mod,
        Eq,
        Ne,
        Le,
        Lt,
        BitAnd,
        BitOr,
        BitXor,
        ShiftLeft,
        ShiftRight,
        Not,
        Is,
        // functions
        Abs,
        Debug,
        Double,
        Exp,
        Greatest,
        HashFnv1a,
        HashMurmur2,
        Int,
        Least,
        Ln,
        Permute,
        Pi,
        Pow,
        Random,
        RandomExponential,
        RandomGaussian,
        RandomZipfian,
        Sqrt,
    };
    struct Node
    {
        Op op = Op::Constant;
        ScriptValue value; // Constant
        int variable = -1; // Variable
        std::vector<int> args;
    };

private:
    friend class ScriptExpressionParser;
    bool eval(int node, ScriptContext &context, ScriptValue *out) const;
    bool evalLazy(const Node &n, ScriptContext &context, ScriptValue *out) const;
    bool evalFunction(Op op, const ScriptValue *args, size_t count, ScriptContext &context,
                      ScriptValue *out) const;
    std::vector<Node> m_nodes;
    int m_root = -1;
};

} // namespace sonde
