#pragma once

#include "ScriptExpression.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace sonde {

// Where the value of a statement's $n comes from.
struct ParamSource
{
    enum class Kind
    {
        Variable, // a script variable (:aid)
        Sampled,  // a random pick from sampled column values (replay)
        Constant,
    };
    Kind kind = Kind::Variable;
    int index = 0; // variable index or sample list index
    QByteArray constant;
};

// One SQL statement of a workload, with $n placeholders.
struct PgStatement
{
    QByteArray sql;
    std::vector<ParamSource> params;
    int replayIndex = -1; // position in BenchmarkResult::replay, for per-statement counts
};

struct ScriptCommand
{
    enum class Type
    {
        Set,
        Sleep,
        Sql,
    };
    Type type = Type::Sql;
    int variable = -1;       // Set
    ScriptExpression expr;   // Set: the value; Sleep: the duration
    int64_t sleepUnitNs = 0; // Sleep: nanoseconds per unit of expr
    int statement = -1;      // Sql: index into PgWorkload::statements
};

// One transaction's worth of commands (a pgbench script) and its weight in the mix.
struct PgScript
{
    QString name;
    double weight = 1;
    std::vector<ScriptCommand> commands;
};

// A PostgreSQL workload ready to run: scripts, the statements they use, the variables and
// the sampled values of replayed statements. Read-only once built (shared by threads).
struct PgWorkload
{
    Q_DECLARE_TR_FUNCTIONS(PgWorkload)
public:
    std::vector<PgScript> scripts;
    std::vector<PgStatement> statements;
    ScriptVariables variables;
    std::vector<std::vector<QByteArray>> samples;
    int64_t scale = 1;

    // Parses a script in pgbench's format (\set, \sleep, SQL ending with ";") and adds it.
    bool addScript(const QString &name, const QString &text, double weight, QString *error);
    // Adds a one-statement script (replay).
    int addStatement(const QByteArray &sql, std::vector<ParamSource> params, double weight,
                     int replayIndex);

    static QString selectOnlyScript();
    static QString tpcbLikeScript();
};

} // namespace sonde
