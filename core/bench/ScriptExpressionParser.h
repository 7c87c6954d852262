#pragma once

#include "ScriptExpression.h"
#include "ScriptExpressionLexer.h"

#include <QCoreApplication>
#include <QString>

namespace sonde {

// Reads an expression of pgbench 15's \set, \if and \elif (the grammar and precedence of
// pgbench's exprparse.y and exprscan.l: a newline ends it, a backslash before the newline
// continues it). Variables are interned in `variables`; whether they are ever set is the
// script's business. On failure: a message in pgbench's terms and the offset in `text`
// of what could not be read.
class ScriptExpressionParser
{
    Q_DECLARE_TR_FUNCTIONS(ScriptExpressionParser)
public:
    using Error = ScriptExpressionLexer::Error;
    static bool parse(const QString &text, ScriptVariables *variables, ScriptExpression *out,
                      Error *error);

private:
    using Tok = ScriptExpressionLexer::Tok;
    using Token = ScriptExpressionLexer::Token;
    using Op = ScriptExpression::Op;

    ScriptExpressionParser(const QString &text, ScriptVariables *variables, ScriptExpression *out);
    bool advance();
    bool syntaxError();
    bool failAt(int offset, const QString &message);
    int syntaxErrorNode();
    int failNode(int offset, const QString &message);
    int node(Op op, std::vector<int> args = {});
    int constant(const ScriptValue &value);

    int parseOr();
    int parseAnd();
    int parseNot();
    int parseIs();
    int parseComparison();
    int parseBitwise();
    int parseAdditive();
    int parseMultiplicative();
    int parseUnary();
    int parsePrimary();
    int parseCase();
    int parseFunction();

    const QString &m_text;
    ScriptExpressionLexer m_lexer;
    ScriptVariables *m_vars;
    ScriptExpression *m_out;
    Token m_tok;
    bool m_failed = false;
    Error m_error;
};

} // namespace sonde
