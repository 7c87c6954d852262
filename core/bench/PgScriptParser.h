#pragma once

#include "PgScript.h"
#include "SqlLexer.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace sonde {

// Reads a script in pgbench 15's format, as pgbench does: SQL commands end with a
// semicolon outside quotes, comments and parentheses (PostgreSQL's own lexer decides what
// is quoted), or where a backslash command starts; "\;" joins statements into one
// command; a backslash starts a meta-command that runs to the end of the line (a backslash
// at the end of a line continues it); \gset and \aset attach to the SQL command before
// them; \if … \endif must nest. A script that pgbench refuses to load is refused here, with
// the line and column; what pgbench finds only when it runs is found by the run (or, when
// it can be known in advance, by PgWorkload::check).
class PgScriptParser
{
    Q_DECLARE_TR_FUNCTIONS(PgScriptParser)
public:
    struct Output
    {
        ScriptVariables *variables = nullptr;
        std::vector<PgStatement> *statements = nullptr;
        std::vector<VariableUse> *uses = nullptr;
    };
    static bool parse(const QString &name, const QString &text, int scriptIndex, const Output &out,
                      PgScript *script, ScriptError *error);

private:
    PgScriptParser(const QString &name, const QString &text, int scriptIndex, const Output &out,
                   PgScript *script);
    bool run();
    bool fail(int position, const QString &message);
    int lineOf(int position) const;
    QString lineText(int line) const;
    int nextLineStartingWithBackslash(int from) const;

    // SQL
    void flushSql(int from, int to, const std::vector<SqlLexer::Item> &tokens, size_t first,
                  size_t last);
    void addStatement(int start, const QByteArray &text, const std::vector<int> &colons,
                      bool compound);

    // Meta-commands
    int metaCommandEnd(int backslash) const;
    bool metaCommand(int backslash, int end);
    bool expression(int start, int end, const QString &command, ScriptExpression *out);
    bool sleepCommand(ScriptCommand *cmd, const std::vector<std::pair<int, QByteArray>> &words);
    bool shellWords(ScriptCommand *cmd, const std::vector<std::pair<int, QByteArray>> &words,
                    size_t first);
    bool attachResultStore(const ScriptCommand &cmd, ScriptCommand::Store store,
                           const std::vector<std::pair<int, QByteArray>> &words);
    bool checkConditionals();
    void use(int variable, int line, VariableUse::Where where);

    QString m_name;
    QByteArray m_text;
    int m_scriptIndex;
    Output m_out;
    PgScript *m_script;
    std::vector<int> m_lineStarts;
    ScriptError m_error;
};

} // namespace sonde
