#pragma once

#include "ScriptValue.h"

#include <QCoreApplication>
#include <QString>

namespace sonde {

// The tokens of pgbench 15's expression language (exprscan.l): operators, keywords (in any
// case), integer and double constants, :variables and function names. A newline ends the
// expression; a backslash at the end of a line continues it.
class ScriptExpressionLexer
{
    Q_DECLARE_TR_FUNCTIONS(ScriptExpressionParser)
public:
    enum class Tok
    {
        End,
        Plus,
        Minus,
        Star,
        Slash,
        Percent,
        Eq,
        Ne,
        Le,
        Ge,
        Lt,
        Gt,
        ShiftLeft,
        ShiftRight,
        Pipe,
        Amp,
        Hash,
        Tilde,
        LParen,
        RParen,
        Comma,
        And,
        Or,
        Not,
        Is,
        IsNull,
        NotNull,
        Case,
        When,
        Then,
        Else,
        EndKw,
        Null,
        True,
        False,
        MaxIntPlusOne, // 9223372036854775808, valid only after a minus
        Integer,
        Double,
        Variable,
        Name,
    };
    struct Token
    {
        Tok tok = Tok::End;
        int start = 0;
        int length = 0;
        ScriptValue value; // Integer, Double
        QString text;      // Variable (without the colon), Name
    };
    struct Error
    {
        QString message;
        int offset = 0;
    };

    explicit ScriptExpressionLexer(const QString &text);
    // False with error() set when the text holds something that is no token.
    bool next(Token *t);
    const Error &error() const { return m_error; }

private:
    bool fail(int offset, const QString &message);
    const QString &m_text;
    int m_pos = 0;
    Error m_error;
};

} // namespace sonde
