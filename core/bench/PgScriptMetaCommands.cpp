// The meta-commands of a pgbench script (the backslash commands): part of PgScriptParser.
#include "PgScriptParser.h"
#include "ScriptExpressionParser.h"

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

using Words = std::vector<std::pair<int, QByteArray>>;

bool wordSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == '\n';
}

// A backslash that ends a line (before "\n" or "\r\n") continues the command.
int continuationLength(const QByteArray &text, int at, int end)
{
    if (at >= end || text[at] != '\\')
        return 0;
    if (at + 1 < end && text[at + 1] == '\n')
        return 2;
    if (at + 2 < end && text[at + 1] == '\r' && text[at + 2] == '\n')
        return 3;
    return 0;
}

// The whitespace-separated words of text[from, end), with their offsets.
Words splitWords(const QByteArray &text, int from, int end)
{
    Words words;
    int p = from;
    while (p < end) {
        if (wordSpace(text[p])) {
            ++p;
            continue;
        }
        if (const int c = continuationLength(text, p, end)) {
            p += c;
            continue;
        }
        const int start = p;
        while (p < end && !wordSpace(text[p]) && continuationLength(text, p, end) == 0)
            ++p;
        words.emplace_back(start, text.mid(start, p - start));
    }
    return words;
}

ScriptCommand::Type commandType(const QByteArray &word, bool *known)
{
    static const struct
    {
        const char *name;
        ScriptCommand::Type type;
    } commands[] = {
        {"set", ScriptCommand::Type::Set},
        {"setshell", ScriptCommand::Type::SetShell},
        {"shell", ScriptCommand::Type::Shell},
        {"sleep", ScriptCommand::Type::Sleep},
        {"if", ScriptCommand::Type::If},
        {"elif", ScriptCommand::Type::Elif},
        {"else", ScriptCommand::Type::Else},
        {"endif", ScriptCommand::Type::Endif},
        {"startpipeline", ScriptCommand::Type::StartPipeline},
        {"endpipeline", ScriptCommand::Type::EndPipeline},
    };
    for (const auto &c : commands) {
        if (word.compare(c.name, Qt::CaseInsensitive) == 0) {
            *known = true;
            return c.type;
        }
    }
    *known = false;
    return ScriptCommand::Type::Sql;
}

} // namespace

int PgScriptParser::metaCommandEnd(int backslash) const
{
    const int n = int(m_text.size());
    int p = backslash;
    for (;;) {
        const int newline = int(m_text.indexOf('\n', p));
        if (newline < 0)
            return n;
        const bool continued =
            (newline > backslash && m_text[newline - 1] == '\\') ||
            (newline > backslash + 1 && m_text[newline - 1] == '\r' && m_text[newline - 2] == '\\');
        if (!continued)
            return newline + 1;
        p = newline + 1;
    }
}

bool PgScriptParser::expression(int start, int end, const QString &command, ScriptExpression *out)
{
    const QString text = QString::fromUtf8(m_text.mid(start, end - start));
    ScriptExpressionParser::Error error;
    if (ScriptExpressionParser::parse(text, m_out.variables, out, &error))
        return true;
    const int position = start + int(text.left(error.offset).toUtf8().size());
    return fail(position, tr("%1 in \\%2").arg(error.message, command));
}

bool PgScriptParser::metaCommand(int backslash, int end)
{
    const Words words = splitWords(m_text, backslash + 1, end);
    if (words.empty())
        return fail(backslash, tr("a backslash must start a meta-command (\\set, \\sleep, …)"));
    const QByteArray name = words[0].second;
    const QString command = QString::fromUtf8(name);
    ScriptCommand cmd;
    cmd.line = lineOf(backslash);
    cmd.text = lineText(cmd.line).trimmed();

    if (name.compare("gset", Qt::CaseInsensitive) == 0 ||
        name.compare("aset", Qt::CaseInsensitive) == 0) {
        const auto store = name.compare("gset", Qt::CaseInsensitive) == 0
                               ? ScriptCommand::Store::Gset
                               : ScriptCommand::Store::Aset;
        return attachResultStore(cmd, store, words);
    }
    bool known = false;
    cmd.type = commandType(name, &known);
    if (!known) {
        return fail(backslash,
                    tr("invalid command \"%1\": pgbench 15's meta-commands are \\set, \\sleep, "
                       "\\setshell, \\shell, \\if, \\elif, \\else, \\endif, \\gset, \\aset, "
                       "\\startpipeline and \\endpipeline")
                        .arg(command));
    }
    // pgbench keeps at most 256 words of a meta-command that is not an expression (the
    // command's name and 255 arguments).
    constexpr size_t maxWords = 256;
    const bool isExpression = cmd.type == ScriptCommand::Type::Set ||
                              cmd.type == ScriptCommand::Type::If ||
                              cmd.type == ScriptCommand::Type::Elif;
    if (!isExpression && words.size() > maxWords) {
        return fail(words[maxWords].first, tr("too many arguments in command \"%1\" (at most %2)")
                                               .arg(command)
                                               .arg(int(maxWords - 1)));
    }
    switch (cmd.type) {
    case ScriptCommand::Type::Set: {
        if (words.size() < 2)
            return fail(backslash, tr("missing argument in \\set: \\set NAME EXPRESSION"));
        const QString var = QString::fromUtf8(words[1].second);
        if (!ScriptVariables::isValidName(var))
            return fail(words[1].first, tr("invalid variable name: \"%1\"").arg(var));
        const int exprStart = words[1].first + int(words[1].second.size());
        if (!expression(exprStart, end, command, &cmd.expr))
            return false;
        cmd.variable = m_out.variables->intern(var);
        break;
    }
    case ScriptCommand::Type::If:
    case ScriptCommand::Type::Elif: {
        const int exprStart = words[0].first + int(name.size());
        if (!expression(exprStart, end, command, &cmd.expr))
            return false;
        break;
    }
    case ScriptCommand::Type::Sleep:
        if (!sleepCommand(&cmd, words))
            return false;
        break;
    case ScriptCommand::Type::SetShell: {
        if (words.size() < 3)
            return fail(backslash, tr("missing argument in \\setshell: \\setshell NAME COMMAND"));
        const QString var = QString::fromUtf8(words[1].second);
        if (!ScriptVariables::isValidName(var))
            return fail(words[1].first, tr("invalid variable name: \"%1\"").arg(var));
        cmd.variable = m_out.variables->intern(var);
        if (!shellWords(&cmd, words, 2))
            return false;
        break;
    }
    case ScriptCommand::Type::Shell:
        if (words.size() < 2)
            return fail(backslash, tr("missing command in \\shell"));
        if (!shellWords(&cmd, words, 1))
            return false;
        break;
    default: // \else, \endif, \startpipeline, \endpipeline
        if (words.size() != 1)
            return fail(words[1].first, tr("unexpected argument in \\%1").arg(command));
        m_script->hasPipeline =
            m_script->hasPipeline || cmd.type == ScriptCommand::Type::StartPipeline;
        break;
    }
    for (int var : cmd.expr.variables())
        use(var, cmd.line, VariableUse::Where::Expression);
    m_script->commands.push_back(std::move(cmd));
    return true;
}

bool PgScriptParser::sleepCommand(ScriptCommand *cmd, const Words &words)
{
    const int at = m_lineStarts[size_t(cmd->line - 1)];
    if (words.size() < 2)
        return fail(at, tr("missing argument in \\sleep: \\sleep N [us|ms|s]"));
    if (words.size() > 3)
        return fail(words[3].first, tr("too many arguments in \\sleep: \\sleep N [us|ms|s]"));
    QByteArray amount = words[1].second;
    QByteArray unit = words.size() > 2 ? words[2].second : QByteArray("s");
    int unitAt = words.size() > 2 ? words[2].first : words[1].first;
    if (amount.startsWith(':')) {
        const QString var = QString::fromUtf8(amount.mid(1));
        cmd->sleepVariable = m_out.variables->intern(var);
        use(cmd->sleepVariable, cmd->line, VariableUse::Where::Command);
    } else {
        // "\sleep 10ms": digits, then the unit (pgbench's reading, which stops at the digits).
        int k = 0;
        if (k < amount.size() && (amount[k] == '+' || amount[k] == '-'))
            ++k;
        const int digitsStart = k;
        while (k < amount.size() && amount[k] >= '0' && amount[k] <= '9')
            ++k;
        if (k < amount.size()) {
            if (words.size() != 2 || k == digitsStart) {
                return fail(words[1].first, tr("invalid sleep time, must be an integer (%1)")
                                                .arg(QString::fromUtf8(amount)));
            }
            unit = amount.mid(k);
            unitAt = words[1].first + k;
            amount.truncate(k);
        }
        bool ok = false;
        cmd->sleepAmount = amount.toLongLong(&ok);
        if (!ok)
            return fail(
                words[1].first,
                tr("invalid sleep time, must be an integer (%1)").arg(QString::fromUtf8(amount)));
    }
    if (unit.compare("us", Qt::CaseInsensitive) == 0)
        cmd->sleepUnitUs = 1;
    else if (unit.compare("ms", Qt::CaseInsensitive) == 0)
        cmd->sleepUnitUs = 1000;
    else if (unit.compare("s", Qt::CaseInsensitive) == 0)
        cmd->sleepUnitUs = 1000000;
    else
        return fail(
            unitAt,
            tr("unrecognized time unit, must be us, ms or s (%1)").arg(QString::fromUtf8(unit)));
    return true;
}

bool PgScriptParser::shellWords(ScriptCommand *cmd, const Words &words, size_t first)
{
    for (size_t k = first; k < words.size(); ++k) {
        const QByteArray &w = words[k].second;
        ShellWord word;
        if (w.startsWith("::")) {
            word.literal = w.mid(1);
        } else if (w.startsWith(':')) {
            word.variable = m_out.variables->intern(QString::fromUtf8(w.mid(1)));
            use(word.variable, cmd->line, VariableUse::Where::Command);
        } else {
            word.literal = w;
        }
        cmd->words.push_back(std::move(word));
    }
    return true;
}

bool PgScriptParser::attachResultStore(const ScriptCommand &cmd, ScriptCommand::Store store,
                                       const Words &words)
{
    const QString name = QString::fromUtf8(words[0].second);
    const int at = m_lineStarts[size_t(cmd.line - 1)];
    if (words.size() > 2)
        return fail(words[2].first, tr("too many arguments in \\%1: \\%1 [PREFIX]").arg(name));
    auto &commands = m_script->commands;
    if (commands.empty() || commands.back().type != ScriptCommand::Type::Sql ||
        commands.back().store != ScriptCommand::Store::None)
        return fail(at, tr("\\%1 must follow an SQL command").arg(name));
    commands.back().store = store;
    commands.back().prefix = words.size() > 1 ? QString::fromUtf8(words[1].second) : QString();
    return true;
}

} // namespace sonde
