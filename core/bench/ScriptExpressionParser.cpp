#include "ScriptExpressionParser.h"

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

using Op = ScriptExpression::Op;

// Argument counts: n >= 0 exactly n; AtLeastOne; WithSeed: n or n + 1 arguments, the
// missing seed being :default_seed.
constexpr int AtLeastOne = -1;
constexpr int WithSeed = 1000;

struct Function
{
    const char *name;
    Op op;
    int args;
};

constexpr Function Functions[] = {
    {"abs", Op::Abs, 1},
    {"debug", Op::Debug, 1},
    {"double", Op::Double, 1},
    {"exp", Op::Exp, 1},
    {"greatest", Op::Greatest, AtLeastOne},
    {"hash", Op::HashMurmur2, WithSeed + 1},
    {"hash_fnv1a", Op::HashFnv1a, WithSeed + 1},
    {"hash_murmur2", Op::HashMurmur2, WithSeed + 1},
    {"int", Op::Int, 1},
    {"least", Op::Least, AtLeastOne},
    {"ln", Op::Ln, 1},
    {"mod", Op::Mod, 2},
    {"permute", Op::Permute, WithSeed + 2},
    {"pi", Op::Pi, 0},
    {"pow", Op::Pow, 2},
    {"power", Op::Pow, 2},
    {"random", Op::Random, 2},
    {"random_exponential", Op::RandomExponential, 3},
    {"random_gaussian", Op::RandomGaussian, 3},
    {"random_zipfian", Op::RandomZipfian, 3},
    {"sqrt", Op::Sqrt, 1},
};

} // namespace

bool ScriptExpressionParser::parse(const QString &text, ScriptVariables *variables,
                                   ScriptExpression *out, Error *error)
{
    *out = ScriptExpression();
    ScriptExpressionParser p(text, variables, out);
    int root = -1;
    if (p.advance()) {
        root = p.parseOr();
        if (!p.m_failed && p.m_tok.tok != Tok::End)
            p.syntaxError();
    }
    if (p.m_failed) {
        *error = p.m_error;
        *out = ScriptExpression();
        return false;
    }
    out->m_root = root;
    return true;
}

ScriptExpressionParser::ScriptExpressionParser(const QString &text, ScriptVariables *variables,
                                               ScriptExpression *out)
    : m_text(text)
    , m_lexer(text)
    , m_vars(variables)
    , m_out(out)
{}

bool ScriptExpressionParser::failAt(int offset, const QString &message)
{
    if (!m_failed) {
        m_failed = true;
        m_error = {message, offset};
    }
    return false;
}

bool ScriptExpressionParser::syntaxError()
{
    if (m_tok.tok == Tok::End)
        return failAt(m_tok.start, tr("syntax error: the expression ends too early"));
    return failAt(m_tok.start,
                  tr("syntax error at \"%1\"").arg(m_text.mid(m_tok.start, m_tok.length)));
}

int ScriptExpressionParser::syntaxErrorNode()
{
    syntaxError();
    return -1;
}

int ScriptExpressionParser::failNode(int offset, const QString &message)
{
    failAt(offset, message);
    return -1;
}

bool ScriptExpressionParser::advance()
{
    if (m_lexer.next(&m_tok))
        return true;
    return failAt(m_lexer.error().offset, m_lexer.error().message);
}

int ScriptExpressionParser::node(Op op, std::vector<int> args)
{
    ScriptExpression::Node n;
    n.op = op;
    n.args = std::move(args);
    m_out->m_nodes.push_back(std::move(n));
    return int(m_out->m_nodes.size()) - 1;
}

int ScriptExpressionParser::constant(const ScriptValue &value)
{
    const int k = node(Op::Constant);
    m_out->m_nodes[size_t(k)].value = value;
    return k;
}

// Precedence, lowest first: OR, AND (both right-associative), NOT, IS/ISNULL/NOTNULL,
// comparisons (neither associative), | # & << >> ~, + -, * / %, unary + - (pgbench's).
int ScriptExpressionParser::parseOr()
{
    const int left = parseAnd();
    if (m_failed || m_tok.tok != Tok::Or)
        return left;
    if (!advance())
        return -1;
    const int right = parseOr();
    return m_failed ? -1 : node(Op::Or, {left, right});
}

int ScriptExpressionParser::parseAnd()
{
    const int left = parseNot();
    if (m_failed || m_tok.tok != Tok::And)
        return left;
    if (!advance())
        return -1;
    const int right = parseAnd();
    return m_failed ? -1 : node(Op::And, {left, right});
}

int ScriptExpressionParser::parseNot()
{
    if (m_tok.tok != Tok::Not)
        return parseIs();
    if (!advance())
        return -1;
    const int operand = parseNot();
    return m_failed ? -1 : node(Op::Not, {operand});
}

int ScriptExpressionParser::parseIs()
{
    int left = parseComparison();
    if (m_failed)
        return -1;
    const Tok t = m_tok.tok;
    if (t != Tok::Is && t != Tok::IsNull && t != Tok::NotNull)
        return left;
    if (!advance())
        return -1;
    if (t == Tok::IsNull) {
        left = node(Op::Is, {left, constant(ScriptValue::null())});
    } else if (t == Tok::NotNull) {
        left = node(Op::Not, {node(Op::Is, {left, constant(ScriptValue::null())})});
    } else {
        bool negated = false;
        if (m_tok.tok == Tok::Not) {
            negated = true;
            if (!advance())
                return -1;
        }
        ScriptValue against;
        if (m_tok.tok == Tok::Null)
            against = ScriptValue::null();
        else if (m_tok.tok == Tok::True || m_tok.tok == Tok::False)
            against = ScriptValue::boolean(m_tok.tok == Tok::True);
        else
            return syntaxErrorNode();
        if (!advance())
            return -1;
        left = node(Op::Is, {left, constant(against)});
        if (negated)
            left = node(Op::Not, {left});
    }
    // Not associative: "a IS NULL IS NULL" is an error, as in pgbench.
    if (m_tok.tok == Tok::Is || m_tok.tok == Tok::IsNull || m_tok.tok == Tok::NotNull)
        return syntaxErrorNode();
    return left;
}

int ScriptExpressionParser::parseComparison()
{
    const int left = parseBitwise();
    if (m_failed)
        return -1;
    const Tok t = m_tok.tok;
    if (t != Tok::Eq && t != Tok::Ne && t != Tok::Le && t != Tok::Ge && t != Tok::Lt &&
        t != Tok::Gt)
        return left;
    if (!advance())
        return -1;
    const int right = parseBitwise();
    if (m_failed)
        return -1;
    int result;
    switch (t) {
    case Tok::Eq:
        result = node(Op::Eq, {left, right});
        break;
    case Tok::Ne:
        result = node(Op::Ne, {left, right});
        break;
    case Tok::Le:
        result = node(Op::Le, {left, right});
        break;
    case Tok::Ge: // a >= b is b <= a
        result = node(Op::Le, {right, left});
        break;
    case Tok::Lt:
        result = node(Op::Lt, {left, right});
        break;
    default: // a > b is b < a
        result = node(Op::Lt, {right, left});
        break;
    }
    const Tok after = m_tok.tok;
    if (after == Tok::Eq || after == Tok::Ne || after == Tok::Le || after == Tok::Ge ||
        after == Tok::Lt || after == Tok::Gt)
        return syntaxErrorNode();
    return result;
}

int ScriptExpressionParser::parseBitwise()
{
    int left = parseAdditive();
    while (!m_failed) {
        Op op;
        switch (m_tok.tok) {
        case Tok::Pipe:
            op = Op::BitOr;
            break;
        case Tok::Amp:
            op = Op::BitAnd;
            break;
        case Tok::Hash:
            op = Op::BitXor;
            break;
        case Tok::ShiftLeft:
            op = Op::ShiftLeft;
            break;
        case Tok::ShiftRight:
            op = Op::ShiftRight;
            break;
        default:
            return left;
        }
        if (!advance())
            return -1;
        const int right = parseAdditive();
        if (m_failed)
            return -1;
        left = node(op, {left, right});
    }
    return -1;
}

int ScriptExpressionParser::parseAdditive()
{
    int left = parseMultiplicative();
    while (!m_failed && (m_tok.tok == Tok::Plus || m_tok.tok == Tok::Minus)) {
        const Op op = m_tok.tok == Tok::Plus ? Op::Add : Op::Sub;
        if (!advance())
            return -1;
        const int right = parseMultiplicative();
        if (m_failed)
            return -1;
        left = node(op, {left, right});
    }
    return m_failed ? -1 : left;
}

int ScriptExpressionParser::parseMultiplicative()
{
    int left = parseUnary();
    while (!m_failed &&
           (m_tok.tok == Tok::Star || m_tok.tok == Tok::Slash || m_tok.tok == Tok::Percent)) {
        const Op op = m_tok.tok == Tok::Star    ? Op::Mul
                      : m_tok.tok == Tok::Slash ? Op::Div
                                                : Op::Mod;
        if (!advance())
            return -1;
        const int right = parseUnary();
        if (m_failed)
            return -1;
        left = node(op, {left, right});
    }
    return m_failed ? -1 : left;
}

int ScriptExpressionParser::parseUnary()
{
    switch (m_tok.tok) {
    case Tok::Plus:
        if (!advance())
            return -1;
        return parseUnary();
    case Tok::Minus: {
        if (!advance())
            return -1;
        if (m_tok.tok == Tok::MaxIntPlusOne) { // -9223372036854775808
            if (!advance())
                return -1;
            return constant(ScriptValue::integer(INT64_MIN));
        }
        const int operand = parseUnary();
        return m_failed ? -1 : node(Op::Sub, {constant(ScriptValue::integer(0)), operand});
    }
    case Tok::Tilde: {
        // ~ binds like the bitwise operators: its operand is a whole sum.
        if (!advance())
            return -1;
        const int operand = parseAdditive();
        return m_failed ? -1 : node(Op::BitXor, {constant(ScriptValue::integer(-1)), operand});
    }
    case Tok::Not: {
        if (!advance())
            return -1;
        const int operand = parseNot();
        return m_failed ? -1 : node(Op::Not, {operand});
    }
    default:
        return parsePrimary();
    }
}

int ScriptExpressionParser::parsePrimary()
{
    const Token t = m_tok;
    switch (t.tok) {
    case Tok::LParen: {
        if (!advance())
            return -1;
        const int inner = parseOr();
        if (m_failed)
            return -1;
        if (m_tok.tok != Tok::RParen)
            return syntaxErrorNode();
        return advance() ? inner : -1;
    }
    case Tok::Null:
        return advance() ? constant(ScriptValue::null()) : -1;
    case Tok::True:
    case Tok::False:
        return advance() ? constant(ScriptValue::boolean(t.tok == Tok::True)) : -1;
    case Tok::Integer:
    case Tok::Double:
        return advance() ? constant(t.value) : -1;
    case Tok::Variable: {
        if (!advance())
            return -1;
        const int k = node(Op::Variable);
        m_out->m_nodes[size_t(k)].variable = m_vars->intern(t.text);
        return k;
    }
    case Tok::Case:
        return parseCase();
    case Tok::Name:
        return parseFunction();
    default:
        return syntaxErrorNode();
    }
}

int ScriptExpressionParser::parseCase()
{
    if (!advance())
        return -1;
    std::vector<int> args;
    if (m_tok.tok != Tok::When)
        return syntaxErrorNode();
    while (m_tok.tok == Tok::When) {
        if (!advance())
            return -1;
        const int when = parseOr();
        if (m_failed)
            return -1;
        if (m_tok.tok != Tok::Then)
            return syntaxErrorNode();
        if (!advance())
            return -1;
        const int then = parseOr();
        if (m_failed)
            return -1;
        args.push_back(when);
        args.push_back(then);
    }
    if (m_tok.tok == Tok::Else) {
        if (!advance())
            return -1;
        const int otherwise = parseOr();
        if (m_failed)
            return -1;
        args.push_back(otherwise);
    }
    if (m_tok.tok != Tok::EndKw)
        return syntaxErrorNode();
    return advance() ? node(Op::Case, std::move(args)) : -1;
}

int ScriptExpressionParser::parseFunction()
{
    const Token name = m_tok;
    const Function *f = nullptr;
    for (const Function &candidate : Functions) {
        if (name.text.compare(QLatin1String(candidate.name), Qt::CaseInsensitive) == 0)
            f = &candidate;
    }
    if (!f)
        return failNode(name.start, tr("unexpected function name (%1)").arg(name.text));
    if (!advance())
        return -1;
    if (m_tok.tok != Tok::LParen)
        return syntaxErrorNode();
    if (!advance())
        return -1;
    std::vector<int> args;
    if (m_tok.tok != Tok::RParen) {
        for (;;) {
            const int arg = parseOr();
            if (m_failed)
                return -1;
            args.push_back(arg);
            if (m_tok.tok != Tok::Comma)
                break;
            if (!advance())
                return -1;
        }
    }
    if (m_tok.tok != Tok::RParen)
        return syntaxErrorNode();
    const QString fname = QLatin1String(f->name);
    const int count = int(args.size());
    if (f->args == AtLeastOne) {
        if (count == 0)
            return failNode(m_tok.start, tr("at least one argument expected (%1)").arg(fname));
    } else if (f->args >= WithSeed) {
        const int required = f->args - WithSeed;
        if (count != required && count != required + 1)
            return failNode(m_tok.start, tr("unexpected number of arguments (%1)").arg(fname));
        if (count == required) {
            const int seed = node(Op::Variable);
            m_out->m_nodes[size_t(seed)].variable = ScriptVariables::DefaultSeed;
            args.push_back(seed);
        }
    } else if (count != f->args) {
        return failNode(m_tok.start, tr("unexpected number of arguments (%1)").arg(fname));
    }
    if (!advance())
        return -1;
    return node(f->op, std::move(args));
}

} // namespace sonde
