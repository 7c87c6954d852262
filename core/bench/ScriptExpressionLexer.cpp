#include "ScriptExpressionLexer.h"

#include <cerrno>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

bool alpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c.unicode() > 127;
}

bool digit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool alnum(QChar c)
{
    return alpha(c) || digit(c);
}

} // namespace

ScriptExpressionLexer::ScriptExpressionLexer(const QString &text)
    : m_text(text)
{}

bool ScriptExpressionLexer::fail(int offset, const QString &message)
{
    m_error = {message, offset};
    return false;
}

bool ScriptExpressionLexer::next(Token *t)
{
    const int n = int(m_text.size());
    // Spaces and line continuations (a backslash ending the line).
    for (;;) {
        if (m_pos < n && m_text.at(m_pos) != u'\n' && m_text.at(m_pos).isSpace()) {
            ++m_pos;
        } else if (m_pos + 1 < n && m_text.at(m_pos) == u'\\' && m_text.at(m_pos + 1) == u'\n') {
            m_pos += 2;
        } else if (m_pos + 2 < n && m_text.at(m_pos) == u'\\' && m_text.at(m_pos + 1) == u'\r' &&
                   m_text.at(m_pos + 2) == u'\n') {
            m_pos += 3;
        } else {
            break;
        }
    }
    *t = Token();
    t->start = m_pos;
    if (m_pos >= n || m_text.at(m_pos) == u'\n') {
        t->tok = Tok::End;
        return true;
    }
    const QChar c = m_text.at(m_pos);
    auto take = [&](Tok tok, int length) {
        t->tok = tok;
        t->length = length;
        m_pos += length;
        return true;
    };
    const QChar next = m_pos + 1 < n ? m_text.at(m_pos + 1) : QChar();
    switch (c.unicode()) {
    case '+':
        return take(Tok::Plus, 1);
    case '-':
        return take(Tok::Minus, 1);
    case '*':
        return take(Tok::Star, 1);
    case '/':
        return take(Tok::Slash, 1);
    case '%':
        return take(Tok::Percent, 1);
    case '=':
        return take(Tok::Eq, 1);
    case '|':
        return take(Tok::Pipe, 1);
    case '&':
        return take(Tok::Amp, 1);
    case '#':
        return take(Tok::Hash, 1);
    case '~':
        return take(Tok::Tilde, 1);
    case '(':
        return take(Tok::LParen, 1);
    case ')':
        return take(Tok::RParen, 1);
    case ',':
        return take(Tok::Comma, 1);
    case '!':
        if (next == u'=')
            return take(Tok::Ne, 2);
        break;
    case '<':
        if (next == u'>')
            return take(Tok::Ne, 2);
        if (next == u'=')
            return take(Tok::Le, 2);
        if (next == u'<')
            return take(Tok::ShiftLeft, 2);
        return take(Tok::Lt, 1);
    case '>':
        if (next == u'=')
            return take(Tok::Ge, 2);
        if (next == u'>')
            return take(Tok::ShiftRight, 2);
        return take(Tok::Gt, 1);
    case ':':
        if (!next.isNull() && alnum(next)) {
            int end = m_pos + 1;
            while (end < n && alnum(m_text.at(end)))
                ++end;
            t->text = m_text.mid(m_pos + 1, end - m_pos - 1);
            return take(Tok::Variable, end - m_pos);
        }
        break;
    default:
        break;
    }
    if (digit(c) || (c == u'.' && digit(next))) {
        int end = m_pos;
        while (end < n && digit(m_text.at(end)))
            ++end;
        bool isDouble = false;
        if (end < n && m_text.at(end) == u'.') {
            isDouble = true;
            ++end;
            while (end < n && digit(m_text.at(end)))
                ++end;
        }
        if (end < n && (m_text.at(end) == u'e' || m_text.at(end) == u'E')) {
            int e = end + 1;
            if (e < n && (m_text.at(e) == u'+' || m_text.at(e) == u'-'))
                ++e;
            if (e < n && digit(m_text.at(e))) {
                while (e < n && digit(m_text.at(e)))
                    ++e;
                end = e;
                isDouble = true;
            }
        }
        const QString literal = m_text.mid(m_pos, end - m_pos);
        if (isDouble) {
            const QByteArray latin = literal.toLatin1();
            errno = 0;
            const double v = std::strtod(latin.constData(), nullptr);
            if (errno != 0)
                return fail(m_pos, tr("double constant overflow (%1)").arg(literal));
            t->value = ScriptValue::real(v);
            return take(Tok::Double, end - m_pos);
        }
        if (literal == u"9223372036854775808"_s)
            return take(Tok::MaxIntPlusOne, end - m_pos);
        bool ok = false;
        const qlonglong v = literal.toLongLong(&ok);
        if (!ok)
            return fail(m_pos, tr("bigint constant overflow (%1)").arg(literal));
        t->value = ScriptValue::integer(v);
        return take(Tok::Integer, end - m_pos);
    }
    if (alpha(c)) {
        int end = m_pos;
        while (end < n && alnum(m_text.at(end)))
            ++end;
        t->text = m_text.mid(m_pos, end - m_pos);
        static const struct
        {
            const char *word;
            Tok tok;
        } keywords[] = {
            {"and", Tok::And},   {"or", Tok::Or},         {"not", Tok::Not},
            {"is", Tok::Is},     {"isnull", Tok::IsNull}, {"notnull", Tok::NotNull},
            {"case", Tok::Case}, {"when", Tok::When},     {"then", Tok::Then},
            {"else", Tok::Else}, {"end", Tok::EndKw},     {"null", Tok::Null},
            {"true", Tok::True}, {"false", Tok::False},
        };
        for (const auto &k : keywords) {
            if (t->text.compare(QLatin1String(k.word), Qt::CaseInsensitive) == 0)
                return take(k.tok, end - m_pos);
        }
        return take(Tok::Name, end - m_pos);
    }
    return fail(m_pos, tr("unexpected character \"%1\"").arg(c));
}

} // namespace sonde
