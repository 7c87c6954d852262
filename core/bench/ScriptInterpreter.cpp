#include "ScriptInterpreter.h"

#include "BenchRunState.h"
#include "ShellCommand.h"

#include <cctype>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace sonde {

ScriptInterpreter::ScriptInterpreter(const PgWorkload &workload, int clientId, const Seeds &seeds,
                                     ScriptOutput *output)
    : m_workload(workload)
    , m_random(seeds.function)
    , m_output(output)
{
    m_variables.resize(workload.variables.count());
    m_variables.setValue(ScriptVariables::Scale, ScriptValue::integer(workload.scale));
    m_variables.setValue(ScriptVariables::ClientId, ScriptValue::integer(clientId));
    m_variables.setValue(ScriptVariables::RandomSeed, ScriptValue::integer(seeds.randomSeed));
    m_variables.setValue(ScriptVariables::DefaultSeed, ScriptValue::integer(seeds.defaultSeed));
    // -D values win over the automatic ones, as in pgbench.
    for (auto it = workload.defines.begin(); it != workload.defines.end(); ++it) {
        const int var = workload.variables.find(it.key());
        if (var >= 0)
            m_variables.setText(var, it.value().toStdString());
    }
}

void ScriptInterpreter::startScript(int script)
{
    m_script = script;
    m_pc = 0;
    m_startRandom = m_random;
}

void ScriptInterpreter::retry()
{
    m_pc = 0;
    m_random = m_startRandom;
}

bool ScriptInterpreter::fail(const ScriptCommand &cmd, const QString &message)
{
    m_error = tr("%1, line %2 (%3): %4")
                  .arg(m_workload.scripts[size_t(m_script)].name)
                  .arg(cmd.line)
                  .arg(cmd.text, message);
    return false;
}

bool ScriptInterpreter::evaluate(const ScriptCommand &cmd, size_t index, ScriptValue *out)
{
    ScriptContext context;
    context.variables = &m_variables;
    context.names = &m_workload.variables;
    context.random = &m_random;
    context.output = m_output;
    context.script = m_script;
    context.command = int(index) + 1;
    if (cmd.expr.evaluate(context, out))
        return true;
    return fail(cmd, context.error);
}

bool ScriptInterpreter::jump(int target)
{
    // A false \if or \elif goes to the next branch: an \elif is evaluated there, an \else
    // or \endif is passed.
    const auto &cmds = commands();
    for (;;) {
        const ScriptCommand &c = cmds[size_t(target)];
        if (c.type != ScriptCommand::Type::Elif) {
            m_pc = size_t(target) + 1;
            return true;
        }
        ScriptValue v;
        if (!evaluate(c, size_t(target), &v))
            return false;
        if (v.truth()) {
            m_pc = size_t(target) + 1;
            return true;
        }
        target = c.next;
    }
}

ScriptInterpreter::Step ScriptInterpreter::advance()
{
    const auto &cmds = commands();
    for (;;) {
        if (m_pc >= cmds.size())
            return Step::End;
        const ScriptCommand &c = cmds[m_pc];
        const int64_t start = m_stats ? benchNowNs() : 0;
        bool ok = true;
        switch (c.type) {
        case ScriptCommand::Type::Sql:
            return Step::Sql;
        case ScriptCommand::Type::StartPipeline:
            return Step::StartPipeline;
        case ScriptCommand::Type::EndPipeline:
            return Step::EndPipeline;
        case ScriptCommand::Type::Sleep: {
            int64_t amount = c.sleepAmount;
            if (c.sleepVariable >= 0) {
                const std::string *text = m_variables.text(c.sleepVariable);
                if (!text) {
                    fail(c, tr("undefined variable \"%1\"")
                                .arg(m_workload.variables.name(c.sleepVariable)));
                    return Step::Failed;
                }
                // pgbench reads the variable like atoi(): leading digits, 0 otherwise.
                amount = std::strtoll(text->c_str(), nullptr, 10);
                if (amount == 0 && !std::isdigit(static_cast<unsigned char>((*text)[0]))) {
                    fail(c, tr("invalid sleep time \"%1\" for variable \"%2\"")
                                .arg(QString::fromStdString(*text),
                                     m_workload.variables.name(c.sleepVariable)));
                    return Step::Failed;
                }
            }
            m_sleepUs = amount * c.sleepUnitUs;
            return Step::Sleep;
        }
        case ScriptCommand::Type::Set: {
            ScriptValue v;
            ok = evaluate(c, m_pc, &v);
            if (ok) {
                m_variables.setValue(c.variable, v);
                ++m_pc;
            }
            break;
        }
        case ScriptCommand::Type::If: {
            ScriptValue v;
            ok = evaluate(c, m_pc, &v);
            if (ok) {
                if (v.truth())
                    ++m_pc;
                else
                    ok = jump(c.next);
            }
            break;
        }
        case ScriptCommand::Type::Elif:
        case ScriptCommand::Type::Else:
            // Reached after the branch before it ran: the \if is done.
            m_pc = size_t(c.endif) + 1;
            break;
        case ScriptCommand::Type::Endif:
            ++m_pc;
            break;
        case ScriptCommand::Type::Shell:
        case ScriptCommand::Type::SetShell:
            ok = shell(c);
            if (ok)
                ++m_pc;
            break;
        }
        if (!ok)
            return Step::Failed;
        if (m_stats) {
            CommandStatistics &s = (*m_stats)[size_t(m_script)].commands[&c - cmds.data()];
            ++s.count;
            s.totalNs += benchNowNs() - start;
        }
    }
}

bool ScriptInterpreter::shell(const ScriptCommand &cmd)
{
    std::string command;
    for (const ShellWord &w : cmd.words) {
        if (!command.empty())
            command += ' ';
        if (w.variable < 0) {
            command.append(w.literal.constData(), size_t(w.literal.size()));
            continue;
        }
        const std::string *text = m_variables.text(w.variable);
        if (!text) {
            return fail(
                cmd, tr("undefined variable \":%1\"").arg(m_workload.variables.name(w.variable)));
        }
        command += *text;
    }
    QString error;
    if (cmd.type == ScriptCommand::Type::Shell)
        return ShellCommand::run(command, &error) || fail(cmd, error);
    std::string line;
    if (!ShellCommand::read(command, &line, &error))
        return fail(cmd, error);
    // An integer, possibly followed by spaces (pgbench's strtol into an int).
    char *end = nullptr;
    const long value = std::strtol(line.c_str(), &end, 10);
    while (*end && std::isspace(static_cast<unsigned char>(*end)))
        ++end;
    if (*end != '\0' || end == line.c_str()) {
        const QString shown = QString::fromStdString(line).trimmed();
        return fail(cmd, tr("shell command must return an integer (not \"%1\")").arg(shown));
    }
    m_variables.setValue(cmd.variable, ScriptValue::integer(int(value)));
    return true;
}

const std::string *ScriptInterpreter::parameter(int variable)
{
    const std::string *text = m_variables.text(variable);
    if (!text) {
        fail(command(), tr("undefined variable \"%1\"").arg(m_workload.variables.name(variable)));
    }
    return text;
}

void ScriptInterpreter::simpleText(const PgStatement &st, std::string *out)
{
    out->clear();
    for (size_t k = 0; k < st.textPieces.size(); ++k) {
        out->append(st.textPieces[k].constData(), size_t(st.textPieces[k].size()));
        if (k >= st.textVariables.size())
            break;
        const int var = st.textVariables[k];
        if (const std::string *text = m_variables.text(var)) {
            out->append(*text);
        } else {
            out->push_back(':');
            out->append(m_workload.variables.name(var).toStdString());
        }
    }
}

bool ScriptInterpreter::store(const QString &prefix, const char *column, const char *value)
{
    const QString name = prefix + QString::fromUtf8(column);
    if (!ScriptVariables::isValidName(name)) {
        m_error = tr("error storing into variable %1: invalid variable name").arg(name);
        return false;
    }
    // Only variables the scripts read were interned; nothing can read the others.
    const int var = m_workload.variables.find(name);
    if (var >= 0)
        m_variables.setText(var, value);
    return true;
}

} // namespace sonde
