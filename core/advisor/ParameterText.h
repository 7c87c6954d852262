#pragma once

#include <QHash>
#include <QString>

namespace sonde {

// Rewrites the $n parameters of a statement found by the parser (never inside strings or
// comments): replaces some with SQL values, and renumbers the others $1, $2, … without
// gaps (PREPARE cannot type a parameter the statement does not use).
class ParameterText
{
public:
    // {1: "'pending'::text"}: "… status = $1 LIMIT $2" → "… status = 'pending'::text LIMIT $1".
    // Returns the statement unchanged when it does not parse.
    static QString substitute(const QString &sql, const QHash<int, QString> &values);
    // Every use of $number cast to `type` ("$2" → "$2::text"). Unchanged when it does not parse.
    static QString cast(const QString &sql, int number, const QString &type);
};

} // namespace sonde
