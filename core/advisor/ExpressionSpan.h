#pragma once

#include "SqlTokens.h"

#include <QByteArray>
#include <QJsonValue>

namespace sonde {

// Where an expression of a parse tree is written in the statement: libpg_query gives each
// node the offset of one of its tokens, never where it ends, so the span runs from the
// first to the last offset of the subtree, widened to balance its brackets (and CASE …
// END), and is accepted only when that text parses back into the same expression.
struct ExpressionSpan
{
    int start = -1; // byte offsets into the statement's UTF-8 text
    int end = -1;   // one past the last byte

    bool isValid() const { return start >= 0 && end > start; }

    // An invalid span when the text of `node` cannot be found for certain.
    static ExpressionSpan of(const QJsonValue &node, const QByteArray &utf8,
                             const SqlTokens &tokens);
    // First and last "location" in the subtree (-1 when there is none).
    static void locations(const QJsonValue &node, int *first, int *last);
};

} // namespace sonde
