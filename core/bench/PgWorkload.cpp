#include "PgWorkload.h"

#include "PgScriptParser.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

const QString AccountsSetup = u"\\set aid random(1, 100000 * :scale)\n"
                              "\\set bid random(1, 1 * :scale)\n"
                              "\\set tid random(1, 10 * :scale)\n"
                              "\\set delta random(-5000, 5000)\n"
                              "BEGIN;\n"
                              "UPDATE pgbench_accounts SET abalance = abalance + :delta WHERE "
                              "aid = :aid;\n"
                              "SELECT abalance FROM pgbench_accounts WHERE aid = :aid;\n"_s;
const QString HistoryAndEnd = u"INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) "
                              "VALUES (:tid, :bid, :aid, :delta, CURRENT_TIMESTAMP);\n"
                              "END;\n"_s;

} // namespace

QString PgWorkload::selectOnlyScript()
{
    return u"\\set aid random(1, 100000 * :scale)\n"
           "SELECT abalance FROM pgbench_accounts WHERE aid = :aid;\n"_s;
}

QString PgWorkload::tpcbLikeScript()
{
    return AccountsSetup +
           u"UPDATE pgbench_tellers SET tbalance = tbalance + :delta WHERE tid = :tid;\n"
           "UPDATE pgbench_branches SET bbalance = bbalance + :delta WHERE bid = :bid;\n"_s +
           HistoryAndEnd;
}

QString PgWorkload::simpleUpdateScript()
{
    return AccountsSetup + HistoryAndEnd;
}

QString PgWorkload::builtinScript(const QString &name, QString *fullName)
{
    const std::pair<QString, QString> builtins[] = {
        {u"tpcb-like"_s, tpcbLikeScript()},
        {u"simple-update"_s, simpleUpdateScript()},
        {u"select-only"_s, selectOnlyScript()},
    };
    int found = 0;
    QString text;
    for (const auto &b : builtins) {
        if (!name.isEmpty() && b.first.startsWith(name)) {
            ++found;
            text = b.second;
            *fullName = b.first;
        }
    }
    return found == 1 ? text : QString();
}

int PgWorkload::addStatement(const QByteArray &sql, std::vector<ParamSource> params, int64_t weight,
                             int replayIndex)
{
    PgStatement st;
    st.sql = sql;
    st.params = std::move(params);
    st.replayIndex = replayIndex;
    statements.push_back(std::move(st));
    PgScript script;
    script.name = QString::fromUtf8(sql.left(60));
    script.weight = weight;
    ScriptCommand cmd;
    cmd.type = ScriptCommand::Type::Sql;
    cmd.statement = int(statements.size()) - 1;
    cmd.text = QString::fromUtf8(sql);
    script.commands.push_back(std::move(cmd));
    scripts.push_back(std::move(script));
    return int(statements.size()) - 1;
}

bool PgWorkload::addScript(const QString &name, const QString &text, int64_t weight,
                           ScriptError *error)
{
    PgScript script;
    script.weight = weight;
    const PgScriptParser::Output out{&variables, &statements, &uses};
    const size_t statementCount = statements.size();
    const size_t useCount = uses.size();
    if (!PgScriptParser::parse(name, text, int(scripts.size()), out, &script, error)) {
        statements.resize(statementCount);
        uses.resize(useCount);
        return false;
    }
    scripts.push_back(std::move(script));
    return true;
}

bool PgWorkload::build(const BenchmarkConfig &config, ScriptError *error)
{
    defines = config.defines;
    switch (config.workload) {
    case WorkloadKind::SelectOnly:
        if (!addScript(u"select-only"_s, selectOnlyScript(), 1, error))
            return false;
        break;
    case WorkloadKind::ReadWrite:
        if (!addScript(u"tpcb-like"_s, tpcbLikeScript(), 1, error))
            return false;
        break;
    default:
        for (const BenchScript &s : config.scripts) {
            if (!addScript(s.name.isEmpty() ? u"script"_s : s.name, s.text, s.weight, error))
                return false;
        }
        break;
    }
    return check(config.effectiveProtocol(), error);
}

bool PgWorkload::check(QueryProtocol protocol, ScriptError *error) const
{
    for (auto it = defines.begin(); it != defines.end(); ++it) {
        if (!ScriptVariables::isValidName(it.key())) {
            error->script = u"-D"_s;
            error->message = tr("invalid variable name: \"%1\"").arg(it.key());
            return false;
        }
    }
    // Which variables a run can set: the automatic ones, -D, \set and \setshell targets,
    // and whatever \gset and \aset may store under their prefixes.
    QSet<int> set{ScriptVariables::Scale, ScriptVariables::ClientId, ScriptVariables::RandomSeed,
                  ScriptVariables::DefaultSeed};
    QStringList prefixes;
    for (const PgScript &s : scripts) {
        for (const ScriptCommand &c : s.commands) {
            if (c.variable >= 0)
                set.insert(c.variable);
            if (c.store != ScriptCommand::Store::None)
                prefixes << c.prefix;
        }
    }
    const bool simple = protocol == QueryProtocol::Simple;
    for (const VariableUse &u : uses) {
        if (set.contains(u.variable) || (simple && u.where == VariableUse::Where::SqlParameter))
            continue;
        const QString &name = variables.name(u.variable);
        if (defines.contains(name))
            continue;
        bool stored = false;
        for (const QString &p : prefixes)
            stored = stored || name.startsWith(p);
        if (stored)
            continue;
        error->script = scripts[size_t(u.script)].name;
        error->line = u.line;
        error->message = tr("undefined variable \"%1\": no \\set, \\setshell, \\gset, \\aset or "
                            "-D gives it a value")
                             .arg(name);
        return false;
    }
    for (const PgScript &s : scripts) {
        for (const ScriptCommand &c : s.commands) {
            error->script = s.name;
            error->line = c.line;
            error->lineText = c.text;
            if (simple && c.type == ScriptCommand::Type::StartPipeline) {
                error->message = tr("cannot use pipeline mode with the simple query protocol: "
                                    "run with the extended or prepared protocol");
                return false;
            }
            // The extended and prepared protocols bind each :name as a parameter; pgbench
            // takes at most 255.
            constexpr size_t maxParams = 255;
            if (!simple && c.type == ScriptCommand::Type::Sql &&
                statements[size_t(c.statement)].params.size() > maxParams) {
                error->message = tr("statement has too many arguments (maximum is %1): each "
                                    ":variable is one under the extended and prepared "
                                    "protocols")
                                     .arg(int(maxParams));
                return false;
            }
            if (!simple && c.type == ScriptCommand::Type::Sql &&
                statements[size_t(c.statement)].compound) {
                error->message = tr("statements joined with \\; need the simple query protocol "
                                    "(the extended and prepared protocols send one statement "
                                    "at a time)");
                return false;
            }
        }
    }
    *error = ScriptError();
    return true;
}

} // namespace sonde
