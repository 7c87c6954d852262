#pragma once

#include "ScriptExpression.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace sonde {

// Where the value of a statement's $n comes from.
struct ParamSource
{
    enum class Kind
    {
        Variable, // a script variable (:aid)
        Sampled,  // a random pick from sampled column values (replay)
        Constant,
    };
    Kind kind = Kind::Variable;
    int index = 0; // variable index or sample list index
    QByteArray constant;
};

// One SQL command of a workload.
struct PgStatement
{
    // With $n placeholders, for the extended and prepared protocols.
    QByteArray sql;
    std::vector<ParamSource> params;
    int replayIndex = -1; // position in BenchmarkResult::replay, for per-statement counts

    // Script commands under the simple protocol, as pgbench sends them: the text with
    // every :name of a set variable replaced by the variable's text (a :name of a variable
    // that is not set is sent as written). textPieces has one more entry than
    // textVariables.
    bool fromScript = false;
    std::vector<QByteArray> textPieces;
    std::vector<int> textVariables;
    bool compound = false; // several statements joined with \; (one Query message)
};

// A word of \shell or \setshell: literal text, or a variable (":name"); "::name" is the
// literal ":name".
struct ShellWord
{
    QByteArray literal;
    int variable = -1;
};

struct ScriptCommand
{
    enum class Type
    {
        Sql,
        Set,
        Sleep,
        SetShell,
        Shell,
        If,
        Elif,
        Else,
        Endif,
        StartPipeline,
        EndPipeline,
    };
    enum class Store
    {
        None,
        Gset, // the last result's single row into variables
        Aset, // every result's last row into variables
    };
    Type type = Type::Sql;
    int line = 0; // where the command starts in its script (from 1)
    QString text; // its first line, for reports and errors

    int variable = -1;     // Set, SetShell: the variable assigned
    ScriptExpression expr; // Set, If, Elif

    int64_t sleepAmount = 0;       // Sleep: a constant …
    int sleepVariable = -1;        // … or a variable's value
    int64_t sleepUnitUs = 1000000; // microseconds per unit

    std::vector<ShellWord> words; // Shell, SetShell: the command and its arguments

    int statement = -1; // Sql: index into PgWorkload::statements
    Store store = Store::None;
    QString prefix; // \gset / \aset prefix

    // If, Elif: where to go when the condition is false (the next \elif, \else or \endif
    // of the same \if). Elif, Else reached after a branch ran: the matching \endif.
    int next = -1;
    int endif = -1;
};

// One transaction's worth of commands (a pgbench script) and its weight in the mix.
struct PgScript
{
    QString name;
    int64_t weight = 1;
    std::vector<ScriptCommand> commands;
    bool hasPipeline = false;
};

// A variable a script reads, and where: to say which line uses a variable nothing sets.
struct VariableUse
{
    enum class Where
    {
        Expression,   // \set, \if, \elif
        Command,      // \sleep, \shell, \setshell arguments
        SqlParameter, // a :name in SQL under the extended or prepared protocol
    };
    int variable = -1;
    int script = 0;
    int line = 0;
    Where where = Where::Expression;
};

// A script that cannot be read: where and why, in the words a DBA can act on.
struct ScriptError
{
    QString script;
    int line = 0;   // from 1; 0 when it concerns the whole script
    int column = 0; // from 1; 0 when unknown
    QString message;
    QString lineText; // the line, to show with a caret under the column

    bool isEmpty() const { return message.isEmpty(); }
    // "s.sql, line 3: message" followed, when known, by the line and a caret.
    QString toString() const;
};

} // namespace sonde
