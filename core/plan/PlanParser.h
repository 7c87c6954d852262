#pragma once

#include "Plan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sonde {

// The outcome of parsing: a plan, or an error that says what is wrong with the input and
// what to do (the plan is then empty).
struct PlanParseResult
{
    Plan plan;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

// Reads the output of EXPLAIN (FORMAT JSON) — with or without ANALYZE, BUFFERS, VERBOSE,
// SETTINGS — into a Plan. Accepts the server's JSON array, a single plan object, and the
// same text as psql prints it (header, "+" continuation marks, row count). Never crashes on
// bad input: it answers with an error (fuzzed; see fuzz/).
class PlanParser
{
    Q_DECLARE_TR_FUNCTIONS(PlanParser)
public:
    // Deeper plans are refused (a real one is rarely deeper than 50).
    static constexpr int MaxDepth = 400;
    static constexpr int MaxNodes = 50000;

    static PlanParseResult parse(const QByteArray &text);
    static PlanParseResult parse(const QString &text) { return parse(text.toUtf8()); }
};

} // namespace sonde
