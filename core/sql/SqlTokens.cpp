#include "SqlTokens.h"

#include <cstring>

namespace sonde {
namespace {

bool isWordStart(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

bool isWordChar(unsigned char c)
{
    return isWordStart(c) || (c >= '0' && c <= '9') || c == '$';
}

bool isDigit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

bool isOperatorChar(char c)
{
    return std::strchr("+-*/<>=~!@#%^&|`?", c) != nullptr && c != '\0';
}

// End of a quoted run starting at `i` (the opening quote): doubled quotes stay inside, and
// with `backslashes` a backslash escapes the next byte.
int quotedEnd(const QByteArray &s, int i, char quote, bool backslashes)
{
    const int n = int(s.size());
    ++i;
    while (i < n) {
        if (backslashes && s.at(i) == '\\') {
            i += 2;
            continue;
        }
        if (s.at(i) == quote) {
            if (i + 1 < n && s.at(i + 1) == quote) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return n;
}

} // namespace

SqlTokens::SqlTokens(const QByteArray &utf8)
    : m_sql(utf8)
{
    const QByteArray &s = m_sql;
    const int n = int(s.size());
    int i = 0;
    auto add = [&](SqlToken::Kind kind, int start, int end) {
        m_tokens << SqlToken{kind, start, end};
        i = end;
    };
    while (i < n) {
        const char c = s.at(i);
        const char next = i + 1 < n ? s.at(i + 1) : '\0';
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            ++i;
        } else if (c == '-' && next == '-') {
            while (i < n && s.at(i) != '\n')
                ++i;
        } else if (c == '/' && next == '*') {
            int depth = 1;
            i += 2;
            while (i < n && depth > 0) {
                if (s.at(i) == '/' && i + 1 < n && s.at(i + 1) == '*') {
                    ++depth;
                    i += 2;
                } else if (s.at(i) == '*' && i + 1 < n && s.at(i + 1) == '/') {
                    --depth;
                    i += 2;
                } else {
                    ++i;
                }
            }
        } else if (c == '\'') {
            add(SqlToken::Kind::String, i, quotedEnd(s, i, '\'', false));
        } else if (c == '"') {
            add(SqlToken::Kind::Word, i, quotedEnd(s, i, '"', false));
        } else if (std::strchr("eEbBxXnN", c) && c != '\0' && next == '\'') {
            add(SqlToken::Kind::String, i, quotedEnd(s, i + 1, '\'', c == 'e' || c == 'E'));
        } else if (c == '$' && isDigit(static_cast<unsigned char>(next))) {
            int j = i + 1;
            while (j < n && isDigit(static_cast<unsigned char>(s.at(j))))
                ++j;
            add(SqlToken::Kind::Parameter, i, j);
        } else if (c == '$') {
            int j = i + 1;
            while (j < n && isWordChar(static_cast<unsigned char>(s.at(j))) && s.at(j) != '$')
                ++j;
            if (j < n && s.at(j) == '$') {
                const QByteArray tag = s.mid(i, j - i + 1);
                const int close = int(s.indexOf(tag, j + 1));
                add(SqlToken::Kind::String, i, close < 0 ? n : close + int(tag.size()));
            } else {
                add(SqlToken::Kind::Operator, i, i + 1);
            }
        } else if (isDigit(static_cast<unsigned char>(c)) ||
                   (c == '.' && isDigit(static_cast<unsigned char>(next)))) {
            int j = i;
            while (j < n && (isDigit(static_cast<unsigned char>(s.at(j))) || s.at(j) == '_'))
                ++j;
            if (j < n && s.at(j) == '.' && !(j + 1 < n && s.at(j + 1) == '.')) {
                ++j;
                while (j < n && isDigit(static_cast<unsigned char>(s.at(j))))
                    ++j;
            }
            if (j < n && (s.at(j) == 'e' || s.at(j) == 'E')) {
                int k = j + 1;
                if (k < n && (s.at(k) == '+' || s.at(k) == '-'))
                    ++k;
                if (k < n && isDigit(static_cast<unsigned char>(s.at(k)))) {
                    while (k < n && isDigit(static_cast<unsigned char>(s.at(k))))
                        ++k;
                    j = k;
                }
            }
            add(SqlToken::Kind::Number, i, j);
        } else if (isWordStart(static_cast<unsigned char>(c))) {
            int j = i + 1;
            while (j < n && isWordChar(static_cast<unsigned char>(s.at(j))))
                ++j;
            add(SqlToken::Kind::Word, i, j);
        } else if (c == ':' && next == ':') {
            add(SqlToken::Kind::Punctuation, i, i + 2);
        } else if (std::strchr("()[],;:.", c) && c != '\0') {
            add(SqlToken::Kind::Punctuation, i, i + 1);
        } else if (isOperatorChar(c)) {
            int j = i + 1;
            while (j < n && isOperatorChar(s.at(j)) &&
                   !(s.at(j) == '-' && j + 1 < n && s.at(j + 1) == '-') &&
                   !(s.at(j) == '/' && j + 1 < n && s.at(j + 1) == '*'))
                ++j;
            add(SqlToken::Kind::Operator, i, j);
        } else {
            add(SqlToken::Kind::Operator, i, i + 1);
        }
    }
}

int SqlTokens::indexAt(int offset) const
{
    for (int i = 0; i < size(); ++i) {
        if (m_tokens.at(i).end > offset)
            return i;
    }
    return -1;
}

QByteArray SqlTokens::text(int i) const
{
    const SqlToken &t = m_tokens.at(i);
    const QByteArray raw = m_sql.mid(t.start, t.size());
    return t.kind == SqlToken::Kind::Word && !raw.startsWith('"') ? raw.toLower() : raw;
}

bool SqlTokens::isWord(int i, const char *lowerWord) const
{
    return i >= 0 && i < size() && m_tokens.at(i).kind == SqlToken::Kind::Word &&
           text(i) == lowerWord;
}

bool SqlTokens::isPunctuation(int i, char c) const
{
    if (i < 0 || i >= size())
        return false;
    const SqlToken &t = m_tokens.at(i);
    return t.kind == SqlToken::Kind::Punctuation && t.size() == 1 && m_sql.at(t.start) == c;
}

} // namespace sonde
