#pragma once

#include <QString>

namespace sonde {

// Small lexical helpers over SQL text that skip quoted strings, quoted identifiers,
// dollar-quoted bodies and comments (no parsing: libpg_query does that where needed).

// Highest $n parameter number in the statement (0 when it has none).
int highestParameter(const QString &sql);

// pg_stat_statements normalizes `interval '1 day'` to `interval $1`, which PREPARE
// rejects; rewrites such typed literals to `$1::interval` (also date, time, timestamp,
// timestamptz, timetz and their long spellings).
QString rewriteTypedParameters(const QString &sql);

// Quotes an identifier the way PostgreSQL's quote_ident() does.
QString quoteIdentifier(const QString &name);

// Quotes a string constant the way PostgreSQL's quote_literal() does ('it''s', and E'…'
// with doubled backslashes when the text holds one), so it reads the same whatever
// standard_conforming_strings says.
QString quoteLiteral(const QString &text);

// True when the statement's first keyword is one that may write (INSERT, UPDATE,
// DELETE, MERGE, CREATE, ALTER, DROP, TRUNCATE, GRANT, …, or a WITH that holds one).
bool mayWrite(const QString &sql);

} // namespace sonde
