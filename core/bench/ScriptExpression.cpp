#include "ScriptExpression.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde {

ScriptRandom::ScriptRandom(uint64_t seed)
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

int ScriptVariables::intern(const QString &name)
{
    const int i = find(name);
    if (i >= 0)
        return i;
    m_names << name;
    return int(m_names.size()) - 1;
}

class ScriptExpressionParser
{
    Q_DECLARE_TR_FUNCTIONS(ScriptExpression)
public:
    ScriptExpressionParser(const QString &text, ScriptVariables *vars, ScriptExpression *out)
        : m_text(text)
        , m_vars(vars)
        , m_out(out)
    {}

    bool parse(QString *error)
    {
        const int root = additive();
        skipSpace();
        if (m_error.isEmpty() && m_pos < m_text.size())
            m_error = tr("unexpected \"%1\"").arg(m_text.mid(m_pos));
        if (!m_error.isEmpty()) {
            *error = tr("In the expression \"%1\": %2").arg(m_text.trimmed(), m_error);
            return false;
        }
        m_out->m_root = root;
        return true;
    }

private:
    using Op = ScriptExpression::Op;

    int add(Op op, std::vector<int> args = {}, ScriptValue value = {}, int var = -1)
    {
        ScriptExpression::Node n;
        n.op = op;
        n.args = std::move(args);
        n.value = value;
        n.var = var;
        m_out->m_nodes.push_back(std::move(n));
        return int(m_out->m_nodes.size()) - 1;
    }
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool eat(QChar c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    int additive()
    {
        int left = multiplicative();
        while (m_error.isEmpty()) {
            if (eat(u'+'))
                left = add(Op::Add, {left, multiplicative()});
            else if (eat(u'-'))
                left = add(Op::Sub, {left, multiplicative()});
            else
                break;
        }
        return left;
    }
    int multiplicative()
    {
        int left = unary();
        while (m_error.isEmpty()) {
            if (eat(u'*'))
                left = add(Op::Mul, {left, unary()});
            else if (eat(u'/'))
                left = add(Op::Div, {left, unary()});
            else if (eat(u'%'))
                left = add(Op::Mod, {left, unary()});
            else
                break;
        }
        return left;
    }
    int unary()
    {
        if (eat(u'-'))
            return add(Op::Neg, {unary()});
        if (eat(u'+'))
            return unary();
        return primary();
    }
    int primary()
    {
        skipSpace();
        if (m_pos >= m_text.size()) {
            m_error = tr("the expression ends too early");
            return -1;
        }
        if (eat(u'(')) {
            const int inner = additive();
            if (!eat(u')'))
                m_error = tr("a \")\" is missing");
            return inner;
        }
        const QChar c = m_text.at(m_pos);
        if (c == u':') {
            ++m_pos;
            const QString name = identifier();
            if (name.isEmpty()) {
                m_error = tr("a variable name must follow \":\"");
                return -1;
            }
            const int var = m_vars->find(name);
            if (var < 0) {
                m_error = tr("the variable :%1 is not set before it is used").arg(name);
                return -1;
            }
            return add(Op::Var, {}, {}, var);
        }
        if (c.isDigit() || c == u'.') {
            const int start = m_pos;
            while (m_pos < m_text.size() &&
                   (m_text.at(m_pos).isDigit() || m_text.at(m_pos) == u'.' ||
                    m_text.at(m_pos) == u'e' || m_text.at(m_pos) == u'E'))
                ++m_pos;
            const QString number = m_text.mid(start, m_pos - start);
            bool ok = false;
            if (number.contains(u'.') || number.contains(u'e') || number.contains(u'E')) {
                const double d = number.toDouble(&ok);
                if (ok)
                    return add(Op::Const, {}, ScriptValue::real(d));
            } else {
                const qint64 v = number.toLongLong(&ok);
                if (ok)
                    return add(Op::Const, {}, ScriptValue::integer(v));
            }
            m_error = tr("\"%1\" is not a number").arg(number);
            return -1;
        }
        const QString name = identifier().toLower();
        if (name.isEmpty()) {
            m_error = tr("unexpected \"%1\"").arg(m_text.mid(m_pos));
            return -1;
        }
        if (name == u"pi"_s && eat(u'(') && eat(u')'))
            return add(Op::Const, {}, ScriptValue::real(M_PI));
        struct Function
        {
            const char *name;
            Op op;
            int minArgs, maxArgs;
        };
        static const Function functions[] = {
            {"random", Op::Random, 2, 2},
            {"random_exponential", Op::RandomExponential, 3, 3},
            {"random_gaussian", Op::RandomGaussian, 3, 3},
            {"abs", Op::Abs, 1, 1},
            {"int", Op::Int, 1, 1},
            {"double", Op::Double, 1, 1},
            {"least", Op::Least, 1, 64},
            {"greatest", Op::Greatest, 1, 64},
            {"sqrt", Op::Sqrt, 1, 1},
        };
        for (const Function &f : functions) {
            if (name != QLatin1String(f.name))
                continue;
            if (!eat(u'(')) {
                m_error = tr("%1 needs its arguments in parentheses").arg(name);
                return -1;
            }
            std::vector<int> args;
            if (!eat(u')')) {
                do {
                    args.push_back(additive());
                } while (m_error.isEmpty() && eat(u','));
                if (m_error.isEmpty() && !eat(u')'))
                    m_error = tr("a \")\" is missing after the arguments of %1").arg(name);
            }
            if (m_error.isEmpty() && (int(args.size()) < f.minArgs || int(args.size()) > f.maxArgs))
                m_error = tr("%1 takes %2 argument(s)").arg(name).arg(f.minArgs);
            return add(f.op, std::move(args));
        }
        m_error = tr("the function %1 is not supported (supported: random, random_exponential, "
                     "random_gaussian, abs, int, double, least, greatest, sqrt, pi)")
                      .arg(name);
        return -1;
    }
    QString identifier()
    {
        const int start = m_pos;
        while (m_pos < m_text.size() &&
               (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == u'_'))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }

    QString m_text;
    int m_pos = 0;
    ScriptVariables *m_vars;
    ScriptExpression *m_out;
    QString m_error;
};

bool ScriptExpression::parse(const QString &text, ScriptVariables *variables, ScriptExpression *out,
                             QString *error)
{
    *out = ScriptExpression();
    ScriptExpressionParser parser(text, variables, out);
    return parser.parse(error);
}

ScriptValue ScriptExpression::eval(int node, const ScriptValue *vars, ScriptRandom &rng,
                                   bool *failed) const
{
    const Node &n = m_nodes[size_t(node)];
    auto arg = [&](size_t k) {
        return eval(n.args[k], vars, rng, failed);
    };
    switch (n.op) {
    case Op::Const:
        return n.value;
    case Op::Var:
        return vars[n.var];
    case Op::Neg: {
        const ScriptValue a = arg(0);
        return a.isDouble ? ScriptValue::real(-a.d) : ScriptValue::integer(-a.i);
    }
    case Op::Add:
    case Op::Sub:
    case Op::Mul:
    case Op::Div:
    case Op::Mod: {
        const ScriptValue a = arg(0);
        const ScriptValue b = arg(1);
        if (a.isDouble || b.isDouble) {
            const double x = a.toDouble(), y = b.toDouble();
            switch (n.op) {
            case Op::Add:
                return ScriptValue::real(x + y);
            case Op::Sub:
                return ScriptValue::real(x - y);
            case Op::Mul:
                return ScriptValue::real(x * y);
            case Op::Div:
                if (y == 0.0)
                    break;
                return ScriptValue::real(x / y);
            default:
                break;
            }
            *failed = true;
            return {};
        }
        switch (n.op) {
        case Op::Add:
            return ScriptValue::integer(a.i + b.i);
        case Op::Sub:
            return ScriptValue::integer(a.i - b.i);
        case Op::Mul:
            return ScriptValue::integer(a.i * b.i);
        case Op::Div:
        case Op::Mod:
            if (b.i == 0) {
                *failed = true;
                return {};
            }
            return ScriptValue::integer(n.op == Op::Div ? a.i / b.i : a.i % b.i);
        default:
            return {};
        }
    }
    case Op::Random: {
        const int64_t lb = arg(0).toInt(), ub = arg(1).toInt();
        if (ub < lb) {
            *failed = true;
            return {};
        }
        return ScriptValue::integer(rng.uniform(lb, ub));
    }
    case Op::RandomExponential: {
        // pgbench: cut an exponential distribution at `param` and map it onto [lb, ub].
        const int64_t lb = arg(0).toInt(), ub = arg(1).toInt();
        const double param = arg(2).toDouble();
        if (ub < lb || param <= 0) {
            *failed = true;
            return {};
        }
        const double cut = std::exp(-param);
        const double u = 1.0 - rng.unit();
        const double r = -std::log(cut + (1.0 - cut) * u) / param;
        return ScriptValue::integer(lb + int64_t(double(ub - lb + 1) * r));
    }
    case Op::RandomGaussian: {
        const int64_t lb = arg(0).toInt(), ub = arg(1).toInt();
        const double param = arg(2).toDouble();
        if (ub < lb || param < 2.0) {
            *failed = true;
            return {};
        }
        double stdev;
        do {
            const double u1 = 1.0 - rng.unit(), u2 = rng.unit();
            stdev = std::sqrt(-2.0 * std::log(u1)) * std::sin(2.0 * M_PI * u2);
        } while (stdev < -param || stdev >= param);
        const double r = (stdev + param) / (param * 2.0);
        return ScriptValue::integer(lb + int64_t(double(ub - lb + 1) * r));
    }
    case Op::Abs: {
        const ScriptValue a = arg(0);
        return a.isDouble ? ScriptValue::real(std::fabs(a.d))
                          : ScriptValue::integer(a.i < 0 ? -a.i : a.i);
    }
    case Op::Int:
        return ScriptValue::integer(arg(0).toInt());
    case Op::Double:
        return ScriptValue::real(arg(0).toDouble());
    case Op::Sqrt:
        return ScriptValue::real(std::sqrt(arg(0).toDouble()));
    case Op::Least:
    case Op::Greatest: {
        ScriptValue best = arg(0);
        for (size_t k = 1; k < n.args.size(); ++k) {
            const ScriptValue v = arg(k);
            const bool better =
                n.op == Op::Least ? v.toDouble() < best.toDouble() : v.toDouble() > best.toDouble();
            if (better)
                best = v;
        }
        return best;
    }
    }
    return {};
}

} // namespace sonde
