#include "ExpressionSpan.h"

#include "ParseTree.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// The tokens a trailing keyword (IS NULL, COLLATE "C", WITH TIME ZONE …) may add after the
// last located token, tried one by one until the text parses back.
constexpr int MaxTrailingTokens = 6;

enum class Bracket
{
    None,
    Open,
    Close
};

Bracket bracketOf(const SqlTokens &t, int i)
{
    if (t.isPunctuation(i, '(') || t.isPunctuation(i, '[') || t.isWord(i, "case"))
        return Bracket::Open;
    if (t.isPunctuation(i, ')') || t.isPunctuation(i, ']') || t.isWord(i, "end"))
        return Bracket::Close;
    return Bracket::None;
}

// Widens [*first, *last] until every bracket inside is matched; false when it cannot be.
bool balance(const SqlTokens &t, int *first, int *last)
{
    for (int round = 0; round < 64; ++round) {
        int depth = 0;
        bool widened = false;
        for (int i = *first; i <= *last && !widened; ++i) {
            const Bracket b = bracketOf(t, i);
            if (b == Bracket::Open) {
                ++depth;
            } else if (b == Bracket::Close && depth > 0) {
                --depth;
            } else if (b == Bracket::Close) {
                // A closer of something opened before the span: take the opener in.
                int d = 0;
                int j = *first - 1;
                for (; j >= 0; --j) {
                    const Bracket o = bracketOf(t, j);
                    if (o == Bracket::Close)
                        ++d;
                    else if (o == Bracket::Open && d-- == 0)
                        break;
                }
                if (j < 0)
                    return false;
                *first = j;
                widened = true;
            }
        }
        if (widened)
            continue;
        if (depth == 0)
            return true;
        // Openers left: take their closers in.
        int j = *last + 1;
        for (; j < t.size() && depth > 0; ++j) {
            const Bracket b = bracketOf(t, j);
            if (b == Bracket::Open)
                ++depth;
            else if (b == Bracket::Close)
                --depth;
        }
        if (depth > 0)
            return false;
        *last = j - 1;
    }
    return false;
}

bool parsesBackTo(const QByteArray &text, const QString &canonical)
{
    const ParseTree tree = ParseTree::parse(u"SELECT "_s + QString::fromUtf8(text));
    if (!tree.ok || tree.statements.size() != 1)
        return false;
    const QJsonArray targets =
        ParseTree::body(tree.firstStatement()).value(u"targetList"_s).toArray();
    if (targets.size() != 1)
        return false;
    return ParseTree::canonical(ParseTree::body(targets.first()).value(u"val"_s)) == canonical;
}

} // namespace

void ExpressionSpan::locations(const QJsonValue &node, int *first, int *last)
{
    if (node.isArray()) {
        for (const QJsonValue &v : node.toArray())
            locations(v, first, last);
        return;
    }
    if (!node.isObject())
        return;
    const QJsonObject o = node.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == u"location"_s) {
            const int at = it.value().toInt(-1);
            if (at >= 0) {
                *first = *first < 0 ? at : std::min(*first, at);
                *last = std::max(*last, at);
            }
        } else if (it.value().isObject() || it.value().isArray()) {
            locations(it.value(), first, last);
        }
    }
}

ExpressionSpan ExpressionSpan::of(const QJsonValue &node, const QByteArray &utf8,
                                  const SqlTokens &tokens)
{
    int firstAt = -1, lastAt = -1;
    locations(node, &firstAt, &lastAt);
    if (firstAt < 0)
        return {};
    int first = tokens.indexAt(firstAt);
    int last = tokens.indexAt(lastAt);
    if (first < 0 || last < 0)
        return {};
    const QString canonical = ParseTree::canonical(node);
    for (int extra = 0; extra <= MaxTrailingTokens && last + extra < tokens.size(); ++extra) {
        int a = first, b = last + extra;
        if (!balance(tokens, &a, &b))
            continue;
        const int start = tokens.at(a).start;
        const int end = tokens.at(b).end;
        if (parsesBackTo(utf8.mid(start, end - start), canonical))
            return {start, end};
    }
    return {};
}

} // namespace sonde
