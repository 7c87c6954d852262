#pragma once

#include "PgWorkload.h"
#include "ScriptStatistics.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <vector>

namespace sonde {

// What one client of a script workload knows between commands: its variables, its random
// generator (restored when a transaction is retried, so the retry draws the same values),
// which script it runs and where it is in it. It runs the meta-commands (\set, \if …
// \endif, \setshell, \shell, and works out \sleep) and stops at whatever needs the
// connection or the clock; the worker sends the SQL and waits. No libpq here, so a script
// of meta-commands runs in a unit test exactly as in a benchmark.
class ScriptInterpreter
{
    Q_DECLARE_TR_FUNCTIONS(ScriptInterpreter)
public:
    struct Seeds
    {
        uint64_t function = 0;   // this client's random generator
        int64_t defaultSeed = 0; // :default_seed (hash and permute)
        int64_t randomSeed = 0;  // :random_seed, the run's --random-seed
    };
    ScriptInterpreter(const PgWorkload &workload, int clientId, const Seeds &seeds,
                      ScriptOutput *output);

    enum class Step
    {
        Sql,           // send commands()[pc()].statement
        Sleep,         // sleep sleepMicroseconds(), then next()
        StartPipeline, // then next()
        EndPipeline,   // then next()
        End,           // the script is over
        Failed,        // a meta-command failed: error()
    };
    void startScript(int script);
    // Runs the script again from its first command, with the random draws it started with.
    void retry();
    Step advance();
    void next() { ++m_pc; }

    int script() const { return m_script; }
    size_t pc() const { return m_pc; }
    const ScriptCommand &command() const { return commands()[m_pc]; }
    const std::vector<ScriptCommand> &commands() const
    {
        return m_workload.scripts[size_t(m_script)].commands;
    }
    int64_t sleepMicroseconds() const { return m_sleepUs; }
    const QString &error() const { return m_error; }
    PgbenchRandom &random() { return m_random; }

    // A variable's text for a $n parameter; nullptr (and error() says so) when not set.
    const std::string *parameter(int variable);
    // The statement's text under the simple protocol.
    void simpleText(const PgStatement &st, std::string *out);
    // \gset / \aset: stores a column's value; false when prefix + column is no variable name.
    bool store(const QString &prefix, const char *column, const char *value);

    // Meta-command timings go here when set (per command of the running script).
    void setStatistics(std::vector<ScriptStatistics> *stats) { m_stats = stats; }

private:
    bool evaluate(const ScriptCommand &cmd, size_t index, ScriptValue *out);
    bool jump(int target);
    bool shell(const ScriptCommand &cmd);
    bool fail(const ScriptCommand &cmd, const QString &message);

    const PgWorkload &m_workload;
    VariableValues m_variables;
    PgbenchRandom m_random;
    PgbenchRandom m_startRandom;
    ScriptOutput *m_output;
    std::vector<ScriptStatistics> *m_stats = nullptr;
    int m_script = -1;
    size_t m_pc = 0;
    int64_t m_sleepUs = 0;
    QString m_error;
};

} // namespace sonde
