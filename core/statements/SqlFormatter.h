#pragma once

#include <QString>

namespace sonde {

// Lays a statement out for reading — each clause (SELECT, FROM, WHERE, JOIN, GROUP BY…)
// on its own line, AND / OR of a condition indented, subqueries indented by their depth —
// without changing a character inside strings, quoted identifiers, comments or dollar
// quotes. Only whitespace changes, so the text still runs the same.
class SqlFormatter
{
public:
    static QString format(const QString &sql);
};

} // namespace sonde
