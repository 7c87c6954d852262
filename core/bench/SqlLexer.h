#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace sonde {

// PostgreSQL's own lexer (libpg_query's pg_query_scan, the PostgreSQL 15 scanner) over a
// piece of SQL: where each token starts and what it is. A semicolon, colon, parenthesis or
// backslash token is never part of a quoted string, a quoted identifier, a dollar-quoted
// body or a comment, so splitting statements and finding :variables on tokens cannot be
// fooled by what those hold.
class SqlLexer
{
public:
    enum Token
    {
        // PostgreSQL's token numbers (pg_query.proto): one-character tokens are their code.
        OpenParen = '(',
        CloseParen = ')',
        Colon = ':',
        Semicolon = ';',
        Backslash = '\\',
        Identifier = 258,
        SqlComment = 275,
        CComment = 276,
        Begin = 307,
        Case = 321,
        Create = 354,
        End = 401,
        Function = 431,
        Or = 548,
        Procedure = 580,
        Replace = 600,
    };
    struct Item
    {
        int start = 0; // byte offset in the text given to scan()
        int token = 0;
        bool keyword = false;
    };
    struct Result
    {
        std::vector<Item> items;
        // Where the lexer stopped: the end of the text, or the start of what it could not
        // read (an unterminated quoted string, dollar quote or comment), then `error` says
        // what.
        int stop = 0;
        QString error;
    };
    // Tokens of text[from, to).
    static Result scan(const QByteArray &text, int from, int to);
};

} // namespace sonde
