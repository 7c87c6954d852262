#pragma once

#include <QByteArray>
#include <QList>

namespace sonde {

// One token of a statement, as byte offsets into its UTF-8 text (the offsets libpg_query's
// "location" fields use).
struct SqlToken
{
    enum class Kind
    {
        Word, // keyword or identifier, quoted identifiers included
        Number,
        String,     // '…', E'…', $tag$…$tag$
        Parameter,  // $n
        Operator,   // + - * / < > = ~ ! @ # % ^ & | ` ? and their combinations
        Punctuation // ( ) [ ] , ; : :: .
    };
    Kind kind = Kind::Word;
    int start = 0;
    int end = 0; // one past the last byte

    int size() const { return end - start; }
};

// The tokens of a SQL text, comments and white space left out. A small lexer of its own:
// libpg_query 15's scanner answers in protocol buffers only. It only has to find where
// tokens start and end, so it accepts anything (an unterminated string ends the text).
class SqlTokens
{
public:
    explicit SqlTokens(const QByteArray &utf8);

    const QList<SqlToken> &tokens() const { return m_tokens; }
    int size() const { return int(m_tokens.size()); }
    const SqlToken &at(int i) const { return m_tokens.at(i); }
    // The token that starts at or contains byte `offset`, else the first one after it;
    // -1 past the end.
    int indexAt(int offset) const;
    // The token's text, lower-cased for words (keywords compare without case).
    QByteArray text(int i) const;
    bool isWord(int i, const char *lowerWord) const;
    bool isPunctuation(int i, char c) const;

private:
    QByteArray m_sql;
    QList<SqlToken> m_tokens;
};

} // namespace sonde
