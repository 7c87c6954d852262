#include "ScriptExpression.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdio>

namespace sonde {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ScriptExpression)
};

using Op = ScriptExpression::Op;

bool fail(ScriptContext &c, const QString &message)
{
    c.error = message;
    return false;
}

QString number(double v)
{
    char text[400];
    std::snprintf(text, sizeof text, "%f", v);
    return QString::fromLatin1(text);
}

// + - * / % = <> <= < on two values: double when either is a double (except %).
bool arithmetic(Op op, const ScriptValue &l, const ScriptValue &r, ScriptContext &c,
                ScriptValue *out)
{
    if ((l.isDouble() || r.isDouble()) && op != Op::Mod) {
        double x, y;
        if (!l.toDouble(&x, &c.error) || !r.toDouble(&y, &c.error))
            return false;
        switch (op) {
        case Op::Add:
            *out = ScriptValue::real(x + y);
            break;
        case Op::Sub:
            *out = ScriptValue::real(x - y);
            break;
        case Op::Mul:
            *out = ScriptValue::real(x * y);
            break;
        case Op::Div:
            *out = ScriptValue::real(x / y);
            break;
        case Op::Eq:
            *out = ScriptValue::boolean(x == y);
            break;
        case Op::Ne:
            *out = ScriptValue::boolean(x != y);
            break;
        case Op::Le:
            *out = ScriptValue::boolean(x <= y);
            break;
        default:
            *out = ScriptValue::boolean(x < y);
            break;
        }
        return true;
    }
    int64_t x, y, v = 0;
    if (!l.toInteger(&x, &c.error) || !r.toInteger(&y, &c.error))
        return false;
    switch (op) {
    case Op::Add:
        if (__builtin_add_overflow(x, y, &v))
            return fail(c, Text::tr("bigint add out of range"));
        *out = ScriptValue::integer(v);
        return true;
    case Op::Sub:
        if (__builtin_sub_overflow(x, y, &v))
            return fail(c, Text::tr("bigint sub out of range"));
        *out = ScriptValue::integer(v);
        return true;
    case Op::Mul:
        if (__builtin_mul_overflow(x, y, &v))
            return fail(c, Text::tr("bigint mul out of range"));
        *out = ScriptValue::integer(v);
        return true;
    case Op::Eq:
        *out = ScriptValue::boolean(x == y);
        return true;
    case Op::Ne:
        *out = ScriptValue::boolean(x != y);
        return true;
    case Op::Le:
        *out = ScriptValue::boolean(x <= y);
        return true;
    case Op::Lt:
        *out = ScriptValue::boolean(x < y);
        return true;
    default:
        break;
    }
    // Div, Mod
    if (y == 0)
        return fail(c, Text::tr("division by zero"));
    if (y == -1) {
        if (op == Op::Div && x == INT64_MIN)
            return fail(c, Text::tr("bigint div out of range"));
        *out = ScriptValue::integer(op == Op::Div ? -x : 0);
        return true;
    }
    *out = ScriptValue::integer(op == Op::Div ? x / y : x % y);
    return true;
}

bool bitwise(Op op, const ScriptValue &l, const ScriptValue &r, ScriptContext &c, ScriptValue *out)
{
    int64_t x, y;
    if (!l.toInteger(&x, &c.error) || !r.toInteger(&y, &c.error))
        return false;
    // Shifts count modulo 64, as the x86-64 instructions pgbench compiles to do.
    switch (op) {
    case Op::BitAnd:
        *out = ScriptValue::integer(x & y);
        break;
    case Op::BitOr:
        *out = ScriptValue::integer(x | y);
        break;
    case Op::BitXor:
        *out = ScriptValue::integer(x ^ y);
        break;
    case Op::ShiftLeft:
        *out = ScriptValue::integer(int64_t(uint64_t(x) << (uint64_t(y) & 63)));
        break;
    default:
        *out = ScriptValue::integer(x >> (uint64_t(y) & 63));
        break;
    }
    return true;
}

bool extremum(Op op, const ScriptValue *args, size_t count, ScriptContext &c, ScriptValue *out)
{
    bool anyDouble = false;
    for (size_t k = 0; k < count; ++k)
        anyDouble = anyDouble || args[k].isDouble();
    if (anyDouble) {
        double best;
        if (!args[0].toDouble(&best, &c.error))
            return false;
        for (size_t k = 1; k < count; ++k) {
            double v;
            if (!args[k].toDouble(&v, &c.error))
                return false;
            best = op == Op::Least ? std::min(best, v) : std::max(best, v);
        }
        *out = ScriptValue::real(best);
        return true;
    }
    int64_t best;
    if (!args[0].toInteger(&best, &c.error))
        return false;
    for (size_t k = 1; k < count; ++k) {
        int64_t v;
        if (!args[k].toInteger(&v, &c.error))
            return false;
        best = op == Op::Least ? std::min(best, v) : std::max(best, v);
    }
    *out = ScriptValue::integer(best);
    return true;
}

bool randomDraw(Op op, const ScriptValue *args, ScriptContext &c, ScriptValue *out)
{
    int64_t low, high, span;
    if (!args[0].toInteger(&low, &c.error) || !args[1].toInteger(&high, &c.error))
        return false;
    if (low > high)
        return fail(c, Text::tr("empty range given to random"));
    if (__builtin_sub_overflow(high, low, &span) || __builtin_add_overflow(span, 1, &span))
        return fail(c, Text::tr("random range is too large"));
    PgbenchRandom &rng = *c.random;
    if (op == Op::Random) {
        *out = ScriptValue::integer(rng.uniform(low, high));
        return true;
    }
    double parameter;
    if (!args[2].toDouble(&parameter, &c.error))
        return false;
    if (op == Op::RandomGaussian) {
        if (parameter < PgbenchRandom::MinGaussianParameter)
            return fail(c, Text::tr("gaussian parameter must be at least 2.0 (not %1)")
                               .arg(number(parameter)));
        *out = ScriptValue::integer(rng.gaussian(low, high, parameter));
    } else if (op == Op::RandomZipfian) {
        if (parameter < PgbenchRandom::MinZipfianParameter ||
            parameter > PgbenchRandom::MaxZipfianParameter)
            return fail(c, Text::tr("zipfian parameter must be in range [1.001, 1000] (not %1)")
                               .arg(number(parameter)));
        *out = ScriptValue::integer(rng.zipfian(low, high, parameter));
    } else {
        if (parameter <= 0.0)
            return fail(c, Text::tr("exponential parameter must be greater than zero (not %1)")
                               .arg(number(parameter)));
        *out = ScriptValue::integer(rng.exponential(low, high, parameter));
    }
    return true;
}

} // namespace

std::vector<int> ScriptExpression::variables() const
{
    std::vector<int> out;
    for (const Node &n : m_nodes) {
        if (n.op == Op::Variable)
            out.push_back(n.variable);
    }
    return out;
}

bool ScriptExpression::eval(int node, ScriptContext &context, ScriptValue *out) const
{
    const Node &n = m_nodes[size_t(node)];
    switch (n.op) {
    case Op::Constant:
        *out = n.value;
        return true;
    case Op::Variable:
        return context.variables->value(n.variable, *context.names, out, &context.error);
    case Op::And:
    case Op::Or:
    case Op::Case:
        return evalLazy(n, context, out);
    default:
        break;
    }
    // pgbench evaluates at most 16 arguments; more fail when the function runs.
    constexpr size_t maxArgs = 16;
    if (n.args.size() > maxArgs) {
        return fail(context,
                    Text::tr("too many function arguments, maximum is %1").arg(int(maxArgs)));
    }
    ScriptValue args[maxArgs];
    bool anyNull = false;
    for (size_t k = 0; k < n.args.size(); ++k) {
        if (!eval(n.args[k], context, &args[k]))
            return false;
        anyNull = anyNull || args[k].isNull();
    }
    // Any NULL argument makes the result NULL, except for IS and debug().
    if (anyNull && n.op != Op::Is && n.op != Op::Debug) {
        *out = ScriptValue::null();
        return true;
    }
    return evalFunction(n.op, args, n.args.size(), context, out);
}

bool ScriptExpression::evalLazy(const Node &n, ScriptContext &context, ScriptValue *out) const
{
    if (n.op == Op::Case) {
        size_t k = 0;
        for (; k + 1 < n.args.size(); k += 2) {
            ScriptValue when;
            if (!eval(n.args[k], context, &when))
                return false;
            if (when.truth())
                return eval(n.args[k + 1], context, out);
        }
        if (k < n.args.size())
            return eval(n.args[k], context, out); // ELSE
        *out = ScriptValue::null();
        return true;
    }
    // pgbench's AND and OR: a NULL operand gives NULL; the right side is evaluated only
    // when the left does not decide.
    ScriptValue left;
    if (!eval(n.args[0], context, &left))
        return false;
    if (left.isNull()) {
        *out = ScriptValue::null();
        return true;
    }
    bool l;
    if (!left.toBoolean(&l, &context.error))
        return false;
    if (n.op == Op::And ? !l : l) {
        *out = ScriptValue::boolean(l);
        return true;
    }
    ScriptValue right;
    if (!eval(n.args[1], context, &right))
        return false;
    if (right.isNull()) {
        *out = ScriptValue::null();
        return true;
    }
    bool r;
    if (!right.toBoolean(&r, &context.error))
        return false;
    *out = ScriptValue::boolean(r);
    return true;
}

bool ScriptExpression::evalFunction(Op op, const ScriptValue *args, size_t count, ScriptContext &c,
                                    ScriptValue *out) const
{
    switch (op) {
    case Op::Add:
    case Op::Sub:
    case Op::Mul:
    case Op::Div:
    case Op::Mod:
    case Op::Eq:
    case Op::Ne:
    case Op::Le:
    case Op::Lt:
        return arithmetic(op, args[0], args[1], c, out);
    case Op::BitAnd:
    case Op::BitOr:
    case Op::BitXor:
    case Op::ShiftLeft:
    case Op::ShiftRight:
        return bitwise(op, args[0], args[1], c, out);
    case Op::Not: {
        bool b;
        if (!args[0].toBoolean(&b, &c.error))
            return false;
        *out = ScriptValue::boolean(!b);
        return true;
    }
    case Op::Is:
        // pgbench's IS: the same type and, for booleans, the same value.
        *out = ScriptValue::boolean(
            args[0].type == args[1].type &&
            (args[0].type != ScriptValue::Type::Boolean || args[0].b == args[1].b));
        return true;
    case Op::Pi:
        *out = ScriptValue::real(M_PI);
        return true;
    case Op::Abs:
        if (args[0].type == ScriptValue::Type::Integer)
            *out =
                ScriptValue::integer(args[0].i < 0 ? int64_t(0 - uint64_t(args[0].i)) : args[0].i);
        else if (args[0].isDouble())
            *out = ScriptValue::real(std::fabs(args[0].d));
        else
            return args[0].toDouble(&out->d, &c.error);
        return true;
    case Op::Debug:
        if (c.output)
            c.output->debug(c.script, c.command, args[0].debugText());
        *out = args[0];
        return true;
    case Op::Double:
    case Op::Sqrt:
    case Op::Ln:
    case Op::Exp: {
        double v;
        if (!args[0].toDouble(&v, &c.error))
            return false;
        *out = ScriptValue::real(op == Op::Sqrt  ? std::sqrt(v)
                                 : op == Op::Ln  ? std::log(v)
                                 : op == Op::Exp ? std::exp(v)
                                                 : v);
        return true;
    }
    case Op::Int: {
        int64_t v;
        if (!args[0].toInteger(&v, &c.error))
            return false;
        *out = ScriptValue::integer(v);
        return true;
    }
    case Op::Least:
    case Op::Greatest:
        return extremum(op, args, count, c, out);
    case Op::Random:
    case Op::RandomExponential:
    case Op::RandomGaussian:
    case Op::RandomZipfian:
        return randomDraw(op, args, c, out);
    case Op::Pow: {
        double x, y;
        if (!args[0].toDouble(&x, &c.error) || !args[1].toDouble(&y, &c.error))
            return false;
        *out = ScriptValue::real(std::pow(x, y));
        return true;
    }
    case Op::HashFnv1a:
    case Op::HashMurmur2: {
        int64_t v, seed;
        if (!args[0].toInteger(&v, &c.error) || !args[1].toInteger(&seed, &c.error))
            return false;
        *out = ScriptValue::integer(op == Op::HashFnv1a
                                        ? PgbenchRandom::hashFnv1a(v, uint64_t(seed))
                                        : PgbenchRandom::hashMurmur2(v, uint64_t(seed)));
        return true;
    }
    case Op::Permute: {
        int64_t v, size, seed;
        if (!args[0].toInteger(&v, &c.error) || !args[1].toInteger(&size, &c.error) ||
            !args[2].toInteger(&seed, &c.error))
            return false;
        if (size <= 0)
            return fail(c, Text::tr("permute size parameter must be greater than zero"));
        *out = ScriptValue::integer(PgbenchRandom::permute(v, size, seed));
        return true;
    }
    default:
        break;
    }
    return fail(c, Text::tr("internal error: unknown operator"));
}

} // namespace sonde
