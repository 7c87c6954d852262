#include "PgScriptParser.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == '\n';
}

// The length of a variable name at text[at] (pgbench's parseVariable), 0 when none.
int nameLengthAt(const QByteArray &text, int at)
{
    auto start = [](unsigned char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    };
    if (at >= text.size() || !start(static_cast<unsigned char>(text[at])))
        return 0;
    int n = 1;
    while (at + n < text.size()) {
        const unsigned char c = static_cast<unsigned char>(text[at + n]);
        if (!start(c) && !(c >= '0' && c <= '9'))
            break;
        ++n;
    }
    return n;
}

// Skips whitespace and "--" comment lines at the start of a command, as pgbench does.
int skipLeadingComments(const QByteArray &text, int from, int to)
{
    int p = from;
    for (;;) {
        while (p < to && isSpace(text[p]))
            ++p;
        if (p + 1 < to && text[p] == '-' && text[p + 1] == '-') {
            while (p < to && text[p] != '\n')
                ++p;
            continue;
        }
        return p;
    }
}

} // namespace

QString ScriptError::toString() const
{
    QString s = line > 0 ? PgScriptParser::tr("%1, line %2: %3").arg(script).arg(line).arg(message)
                         : PgScriptParser::tr("%1: %2").arg(script, message);
    if (!lineText.isEmpty()) {
        s += u'\n' + lineText;
        if (column > 0)
            s += u'\n' + QString(column - 1, u' ') + PgScriptParser::tr("^ here");
    }
    return s;
}

bool PgScriptParser::parse(const QString &name, const QString &text, int scriptIndex,
                           const Output &out, PgScript *script, ScriptError *error)
{
    PgScriptParser p(name, text, scriptIndex, out, script);
    if (p.run())
        return true;
    *error = p.m_error;
    return false;
}

PgScriptParser::PgScriptParser(const QString &name, const QString &text, int scriptIndex,
                               const Output &out, PgScript *script)
    : m_name(name)
    , m_text(text.toUtf8())
    , m_scriptIndex(scriptIndex)
    , m_out(out)
    , m_script(script)
{
    m_script->name = name;
    m_lineStarts.push_back(0);
    for (int i = 0; i < m_text.size(); ++i) {
        if (m_text[i] == '\n')
            m_lineStarts.push_back(i + 1);
    }
}

int PgScriptParser::lineOf(int position) const
{
    return int(std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), position) -
               m_lineStarts.begin());
}

QString PgScriptParser::lineText(int line) const
{
    const int start = m_lineStarts[size_t(line - 1)];
    const int end =
        size_t(line) < m_lineStarts.size() ? m_lineStarts[size_t(line)] - 1 : int(m_text.size());
    return QString::fromUtf8(m_text.mid(start, end - start)).remove(u'\r');
}

bool PgScriptParser::fail(int position, const QString &message)
{
    m_error.script = m_name;
    m_error.message = message;
    if (position >= 0) {
        m_error.line = lineOf(position);
        m_error.lineText = lineText(m_error.line);
        const int start = m_lineStarts[size_t(m_error.line - 1)];
        m_error.column = int(QString::fromUtf8(m_text.mid(start, position - start)).size()) + 1;
    }
    return false;
}

int PgScriptParser::nextLineStartingWithBackslash(int from) const
{
    const int n = int(m_text.size());
    int p = from;
    while (p < n) {
        if (p == 0 || m_text[p - 1] == '\n') {
            int q = p;
            while (q < n && (m_text[q] == ' ' || m_text[q] == '\t'))
                ++q;
            // "\;" and "\:" at the start of a line are SQL (psql's lexer keeps them).
            const char after = q + 1 < n ? m_text[q + 1] : '\0';
            if (q < n && m_text[q] == '\\' && after != ';' && after != ':')
                return q;
        }
        const int newline = int(m_text.indexOf('\n', p));
        if (newline < 0)
            break;
        p = newline + 1;
    }
    return n;
}

bool PgScriptParser::run()
{
    const int n = int(m_text.size());
    int pos = 0;
    while (pos < n) {
        // Lex up to the next line that starts with a backslash: that line is a meta-command,
        // unless a quoted string runs across it — then the lexer stops early and the whole
        // rest of the script is lexed instead.
        int cut = nextLineStartingWithBackslash(pos);
        SqlLexer::Result scan = SqlLexer::scan(m_text, pos, cut);
        if (!scan.error.isEmpty() && cut < n) {
            cut = n;
            scan = SqlLexer::scan(m_text, pos, cut);
        }
        int pendingStart = pos;
        size_t pendingFirst = 0;
        int parens = 0;
        int beginDepth = 0;
        QByteArray words; // first letters of the statement's first words
        int metaAt = -1;
        for (size_t k = 0; k < scan.items.size() && metaAt < 0; ++k) {
            const SqlLexer::Item &t = scan.items[k];
            if (t.token == SqlLexer::Backslash) {
                const char after = t.start + 1 < n ? m_text[t.start + 1] : '\0';
                if (after == ';') {
                    ++k; // "\;" joins statements: its semicolon ends nothing
                    continue;
                }
                if (after == ':')
                    continue;
                flushSql(pendingStart, t.start, scan.items, pendingFirst, k);
                metaAt = t.start;
                break;
            }
            if (t.token == SqlLexer::Semicolon && parens == 0 && beginDepth == 0) {
                flushSql(pendingStart, t.start + 1, scan.items, pendingFirst, k + 1);
                pendingStart = t.start + 1;
                pendingFirst = k + 1;
                words.clear();
                continue;
            }
            if (t.token == SqlLexer::OpenParen)
                ++parens;
            else if (t.token == SqlLexer::CloseParen && parens > 0)
                --parens;
            if (t.token != SqlLexer::Identifier && !t.keyword)
                continue;
            // CREATE [OR REPLACE] FUNCTION|PROCEDURE … BEGIN ATOMIC … END holds semicolons
            // (psql's rule, which pgbench shares).
            const char initial = char(t.token == SqlLexer::Create      ? 'c'
                                      : t.token == SqlLexer::Or        ? 'o'
                                      : t.token == SqlLexer::Replace   ? 'r'
                                      : t.token == SqlLexer::Function  ? 'f'
                                      : t.token == SqlLexer::Procedure ? 'p'
                                                                       : ' ');
            if (words.size() < 4)
                words += initial;
            const bool routine = words.startsWith("cf") || words.startsWith("cp") ||
                                 words.startsWith("corf") || words.startsWith("corp");
            if (!routine || parens > 0)
                continue;
            if (t.token == SqlLexer::Begin)
                ++beginDepth;
            else if (t.token == SqlLexer::Case && beginDepth > 0)
                ++beginDepth;
            else if (t.token == SqlLexer::End && beginDepth > 0)
                --beginDepth;
        }
        if (metaAt < 0) {
            if (!scan.error.isEmpty()) {
                return fail(scan.stop, tr("%1: the SQL command does not end").arg(scan.error));
            }
            flushSql(pendingStart, cut, scan.items, pendingFirst, scan.items.size());
            if (cut >= n)
                break;
            metaAt = cut;
        }
        const int end = metaCommandEnd(metaAt);
        if (!metaCommand(metaAt, end))
            return false;
        pos = end;
    }
    if (m_script->commands.empty())
        return fail(-1, tr("empty command list for script: it holds no SQL command and no "
                           "meta-command"));
    return checkConditionals();
}

void PgScriptParser::flushSql(int from, int to, const std::vector<SqlLexer::Item> &tokens,
                              size_t first, size_t last)
{
    const int start = skipLeadingComments(m_text, from, to);
    if (start >= to)
        return;
    // The text as pgbench sends it: "\;" and "\:" lose their backslash. Positions of ':'
    // tokens follow, for the parameters of the extended and prepared protocols.
    QByteArray text;
    text.reserve(to - start);
    std::vector<int> colons;
    int copied = start;
    int segmentsWithCode = 0;
    bool codeInSegment = false;
    for (size_t k = first; k < last; ++k) {
        const SqlLexer::Item &t = tokens[k];
        if (t.start < start)
            continue;
        if (t.token == SqlLexer::Backslash) {
            text += m_text.mid(copied, t.start - copied);
            copied = t.start + 1;
            if (t.start + 1 < to && m_text[t.start + 1] == ';') {
                segmentsWithCode += codeInSegment ? 1 : 0;
                codeInSegment = false;
                ++k;
            }
            continue;
        }
        if (t.token == SqlLexer::Colon)
            colons.push_back(int(text.size()) + (t.start - copied));
        if (t.token != SqlLexer::SqlComment && t.token != SqlLexer::CComment &&
            t.token != SqlLexer::Semicolon)
            codeInSegment = true;
    }
    text += m_text.mid(copied, to - copied);
    segmentsWithCode += codeInSegment ? 1 : 0;
    addStatement(start, text, colons, segmentsWithCode > 1);
}

void PgScriptParser::addStatement(int start, const QByteArray &text, const std::vector<int> &colons,
                                  bool compound)
{
    ScriptCommand cmd;
    cmd.type = ScriptCommand::Type::Sql;
    cmd.line = lineOf(start);
    cmd.text = QString::fromUtf8(text.left(int(text.indexOf('\n')))).trimmed();
    if (cmd.text.isEmpty())
        cmd.text = QString::fromUtf8(text).trimmed();

    QByteArray body = text;
    while (!body.isEmpty() && (isSpace(body.back()) || body.back() == ';'))
        body.chop(1);

    PgStatement st;
    st.fromScript = true;
    st.compound = compound;
    // Extended and prepared protocols: every :name in code becomes its own $n.
    int copied = 0;
    for (int colon : colons) {
        if (colon >= body.size())
            break;
        const int length = nameLengthAt(body, colon + 1);
        if (length == 0)
            continue;
        const QString name = QString::fromUtf8(body.mid(colon + 1, length));
        const int var = m_out.variables->intern(name);
        st.sql += body.mid(copied, colon - copied);
        st.params.push_back({ParamSource::Kind::Variable, var, {}});
        st.sql += '$' + QByteArray::number(qulonglong(st.params.size()));
        copied = colon + 1 + length;
        use(var, cmd.line, VariableUse::Where::SqlParameter);
    }
    st.sql += body.mid(copied);
    // Simple protocol: pgbench replaces, in the whole text, each :name of a variable that
    // is set when the command is sent.
    copied = 0;
    for (int p = int(body.indexOf(':')); p >= 0; p = int(body.indexOf(':', p))) {
        const int length = nameLengthAt(body, p + 1);
        if (length == 0) {
            while (p < body.size() && body[p] == ':')
                ++p;
            continue;
        }
        st.textPieces.push_back(body.mid(copied, p - copied));
        st.textVariables.push_back(
            m_out.variables->intern(QString::fromUtf8(body.mid(p + 1, length))));
        copied = p + 1 + length;
        p = copied;
    }
    st.textPieces.push_back(body.mid(copied));
    m_out.statements->push_back(std::move(st));
    cmd.statement = int(m_out.statements->size()) - 1;
    m_script->commands.push_back(std::move(cmd));
}

void PgScriptParser::use(int variable, int line, VariableUse::Where where)
{
    if (m_out.uses)
        m_out.uses->push_back({variable, m_scriptIndex, line, where});
}

bool PgScriptParser::checkConditionals()
{
    // Each open \if: the index of the \if and of its latest \elif or \else.
    struct Open
    {
        int branch;
        bool sawElse;
        std::vector<int> members;
    };
    std::vector<Open> stack;
    auto &commands = m_script->commands;
    auto at = [&](size_t i) {
        return m_lineStarts[size_t(commands[i].line - 1)];
    };
    for (size_t i = 0; i < commands.size(); ++i) {
        ScriptCommand &c = commands[i];
        switch (c.type) {
        case ScriptCommand::Type::If:
            stack.push_back({int(i), false, {int(i)}});
            break;
        case ScriptCommand::Type::Elif:
        case ScriptCommand::Type::Else: {
            const bool isElse = c.type == ScriptCommand::Type::Else;
            if (stack.empty()) {
                return fail(at(i), isElse ? tr("\\else without matching \\if")
                                          : tr("\\elif without matching \\if"));
            }
            if (stack.back().sawElse)
                return fail(at(i), isElse ? tr("\\else after \\else") : tr("\\elif after \\else"));
            commands[size_t(stack.back().branch)].next = int(i);
            stack.back().branch = int(i);
            stack.back().sawElse = isElse;
            stack.back().members.push_back(int(i));
            break;
        }
        case ScriptCommand::Type::Endif: {
            if (stack.empty())
                return fail(at(i), tr("\\endif without matching \\if"));
            const Open &open = stack.back();
            const ScriptCommand &last = commands[size_t(open.branch)];
            if (last.type != ScriptCommand::Type::Else)
                commands[size_t(open.branch)].next = int(i);
            for (int member : open.members)
                commands[size_t(member)].endif = int(i);
            stack.pop_back();
            break;
        }
        default:
            break;
        }
    }
    if (!stack.empty())
        return fail(at(size_t(stack.back().members.front())), tr("\\if without matching \\endif"));
    return true;
}

} // namespace sonde
