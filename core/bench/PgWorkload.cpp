#include "PgWorkload.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// Replaces :name variables with $n (skipping ::casts, quoted strings and identifiers) like
// pgbench -M prepared does; returns false for an unknown variable.
bool bindVariables(const QString &sql, ScriptVariables *vars, QString *out,
                   std::vector<ParamSource> *params, QString *error)
{
    QString result;
    result.reserve(sql.size());
    int i = 0;
    const int n = int(sql.size());
    while (i < n) {
        const QChar c = sql.at(i);
        if (c == u'\'' || c == u'"') {
            const int end = int(sql.indexOf(c, i + 1));
            const int stop = end < 0 ? n : end + 1;
            result += sql.mid(i, stop - i);
            i = stop;
            continue;
        }
        if (c == u':' && i + 1 < n && sql.at(i + 1) == u':') {
            result += u"::"_s;
            i += 2;
            continue;
        }
        if (c == u':' && i + 1 < n && (sql.at(i + 1).isLetter() || sql.at(i + 1) == u'_')) {
            int j = i + 1;
            while (j < n && (sql.at(j).isLetterOrNumber() || sql.at(j) == u'_'))
                ++j;
            const QString name = sql.mid(i + 1, j - i - 1);
            const int var = vars->find(name);
            if (var < 0) {
                *error = PgWorkload::tr("The variable :%1 is used before a \\set gives it a value.")
                             .arg(name);
                return false;
            }
            int number = -1;
            for (size_t k = 0; k < params->size(); ++k) {
                if ((*params)[k].index == var)
                    number = int(k) + 1;
            }
            if (number < 0) {
                params->push_back({ParamSource::Kind::Variable, var, {}});
                number = int(params->size());
            }
            result += u'$' + QString::number(number);
            i = j;
            continue;
        }
        result += c;
        ++i;
    }
    *out = result;
    return true;
}

} // namespace

QString PgWorkload::selectOnlyScript()
{
    return u"\\set aid random(1, 100000 * :scale)\n"
           "SELECT abalance FROM pgbench_accounts WHERE aid = :aid;\n"_s;
}

QString PgWorkload::tpcbLikeScript()
{
    return u"\\set aid random(1, 100000 * :scale)\n"
           "\\set bid random(1, 1 * :scale)\n"
           "\\set tid random(1, 10 * :scale)\n"
           "\\set delta random(-5000, 5000)\n"
           "BEGIN;\n"
           "UPDATE pgbench_accounts SET abalance = abalance + :delta WHERE aid = :aid;\n"
           "SELECT abalance FROM pgbench_accounts WHERE aid = :aid;\n"
           "UPDATE pgbench_tellers SET tbalance = tbalance + :delta WHERE tid = :tid;\n"
           "UPDATE pgbench_branches SET bbalance = bbalance + :delta WHERE bid = :bid;\n"
           "INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) "
           "VALUES (:tid, :bid, :aid, :delta, CURRENT_TIMESTAMP);\n"
           "END;\n"_s;
}

int PgWorkload::addStatement(const QByteArray &sql, std::vector<ParamSource> params, double weight,
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
    script.commands.push_back(std::move(cmd));
    scripts.push_back(std::move(script));
    return int(statements.size()) - 1;
}

bool PgWorkload::addScript(const QString &name, const QString &text, double weight, QString *error)
{
    PgScript script;
    script.name = name;
    script.weight = weight;
    const QStringList lines = text.split(u'\n');
    QString pending; // SQL spanning lines until ";"
    int pendingLine = 0;
    auto fail = [&](int line, const QString &what) {
        *error = tr("%1, line %2: %3").arg(name).arg(line).arg(what);
        return false;
    };
    auto flushSql = [&](int line) {
        QString sql = pending.trimmed();
        pending.clear();
        while (sql.endsWith(u';'))
            sql.chop(1);
        sql = sql.trimmed();
        if (sql.isEmpty())
            return true;
        QString bound;
        std::vector<ParamSource> params;
        QString err;
        if (!bindVariables(sql, &variables, &bound, &params, &err))
            return fail(line, err);
        PgStatement st;
        st.sql = bound.toUtf8();
        st.params = std::move(params);
        statements.push_back(std::move(st));
        ScriptCommand cmd;
        cmd.type = ScriptCommand::Type::Sql;
        cmd.statement = int(statements.size()) - 1;
        script.commands.push_back(std::move(cmd));
        return true;
    };
    for (int ln = 0; ln < lines.size(); ++ln) {
        const QString raw = lines.at(ln);
        const QString line = raw.trimmed();
        const int lineNo = ln + 1;
        if (pending.isEmpty() && (line.isEmpty() || line.startsWith(u"--"_s)))
            continue;
        if (pending.isEmpty() && line.startsWith(u'\\')) {
            const QString body = line.mid(1);
            const QString command = body.section(u' ', 0, 0, QString::SectionSkipEmpty);
            const QString rest = body.section(u' ', 1, -1, QString::SectionSkipEmpty);
            if (command == u"set"_s) {
                const QString var = rest.section(u' ', 0, 0, QString::SectionSkipEmpty);
                const QString expr = rest.section(u' ', 1, -1, QString::SectionSkipEmpty);
                if (var.isEmpty() || expr.isEmpty())
                    return fail(lineNo, tr("\\set needs a variable name and an expression."));
                ScriptCommand cmd;
                cmd.type = ScriptCommand::Type::Set;
                QString err;
                // The expression may use earlier variables only: parse before interning.
                if (!ScriptExpression::parse(expr, &variables, &cmd.expr, &err))
                    return fail(lineNo, err);
                cmd.variable = variables.intern(var);
                script.commands.push_back(std::move(cmd));
            } else if (command == u"sleep"_s) {
                QStringList parts = rest.split(u' ', Qt::SkipEmptyParts);
                if (parts.isEmpty())
                    return fail(lineNo, tr("\\sleep needs a duration."));
                ScriptCommand cmd;
                cmd.type = ScriptCommand::Type::Sleep;
                cmd.sleepUnitNs = 1000000000;
                if (parts.size() > 1) {
                    const QString unit = parts.takeLast();
                    if (unit == u"us"_s)
                        cmd.sleepUnitNs = 1000;
                    else if (unit == u"ms"_s)
                        cmd.sleepUnitNs = 1000000;
                    else if (unit != u"s"_s)
                        return fail(lineNo, tr("\\sleep's unit must be us, ms or s."));
                }
                QString err;
                if (!ScriptExpression::parse(parts.join(u' '), &variables, &cmd.expr, &err))
                    return fail(lineNo, err);
                script.commands.push_back(std::move(cmd));
            } else {
                return fail(lineNo, tr("The meta-command \\%1 is not supported (supported: "
                                       "\\set and \\sleep).")
                                        .arg(command));
            }
            continue;
        }
        if (pending.isEmpty())
            pendingLine = lineNo;
        // A "--" comment at the end of a SQL line is dropped.
        QString code = raw;
        const int comment = int(code.indexOf(u"--"_s));
        if (comment >= 0 && code.left(comment).count(u'\'') % 2 == 0)
            code = code.left(comment);
        pending += code + u'\n';
        if (code.trimmed().endsWith(u';') && !flushSql(lineNo))
            return false;
    }
    if (!pending.trimmed().isEmpty() && !flushSql(pendingLine))
        return false;
    bool hasSql = false;
    for (const ScriptCommand &c : script.commands)
        hasSql = hasSql || c.type == ScriptCommand::Type::Sql;
    if (!hasSql) {
        *error = tr("%1 has no SQL statement to run.").arg(name);
        return false;
    }
    scripts.push_back(std::move(script));
    return true;
}

} // namespace sonde
