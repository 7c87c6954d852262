#pragma once

#include "BenchmarkConfig.h"
#include "PgScript.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <vector>

namespace sonde {

// A PostgreSQL workload ready to run: scripts, the statements they use, the variables and
// the sampled values of replayed statements. Read-only once built (shared by threads).
struct PgWorkload
{
    Q_DECLARE_TR_FUNCTIONS(PgWorkload)
public:
    std::vector<PgScript> scripts;
    std::vector<PgStatement> statements;
    ScriptVariables variables;
    std::vector<VariableUse> uses;
    std::vector<std::vector<QByteArray>> samples;
    // -D NAME=VALUE: each client starts with these texts (they override the automatic
    // variables of the same name).
    QMap<QString, QString> defines;
    int64_t scale = 1;

    // Parses a script in pgbench 15's format and adds it.
    bool addScript(const QString &name, const QString &text, int64_t weight, ScriptError *error);
    // Adds a one-statement script (replay).
    int addStatement(const QByteArray &sql, std::vector<ParamSource> params, int64_t weight,
                     int replayIndex);
    // What can be known before running under `protocol`: every variable read is set
    // somewhere, no pipeline under the simple protocol, no "\;" under the extended or
    // prepared protocols, and the -D names are variable names.
    bool check(QueryProtocol protocol, ScriptError *error) const;

    // The scripts of a select-only, read-write or script workload (pgbench's built-in scripts
    // for the first two), with the -D variables, checked for the configuration's protocol:
    // what the CLI and the benchmark page run before anything connects.
    bool build(const BenchmarkConfig &config, ScriptError *error);

    // pgbench's built-in scripts.
    static QString selectOnlyScript();
    static QString tpcbLikeScript();
    static QString simpleUpdateScript();
    // "select-only", "tpcb-like", "simple-update" (or an unambiguous prefix, as pgbench's
    // -b accepts): the script's text; empty when the name is unknown or ambiguous.
    static QString builtinScript(const QString &name, QString *fullName);
};

} // namespace sonde
