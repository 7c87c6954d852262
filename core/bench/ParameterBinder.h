#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sonde {

// What a statement's $n stands for, found from the statement's text: the column it is
// compared with (or assigned to), a LIMIT/OFFSET count, or a typed literal.
//
// A small lexical binder of the benchmark's own: it understands `col op $n`, `$n op col`,
// `f(col) op f($n)`, `col IN ($n, …)`, `col BETWEEN $n AND $m`, `SET col = $n`,
// `INSERT INTO t (cols) VALUES ($n, …)`, `LIMIT/OFFSET $n` and `$n::type`. Columns written
// without a table alias are resolved by the caller against the tables in `tables`.
struct ParameterBinding
{
    enum class Kind
    {
        Unknown,
        Column,
        Constant,
    };
    int number = 0; // the n of $n
    Kind kind = Kind::Unknown;
    QString table; // as written in FROM (alias resolved), may be empty when unqualified
    QString column;
    QString constant; // Kind::Constant
    QString describe() const;
};

struct TableReference
{
    QString table; // name as written (schema-qualified when it was)
    QString alias; // alias or the table name itself
};

class ParameterBinder
{
public:
    // Tables named in FROM / JOIN / UPDATE / INSERT INTO / DELETE FROM.
    static QList<TableReference> tables(const QString &sql);
    // One binding per $1..$highest.
    static QList<ParameterBinding> bind(const QString &sql);
};

} // namespace sonde
