#include "Explainer.h"

#include "GenericPlan.h"
#include "ReadOnlyGuard.h"
#include "common/CancelWatch.h"
#include "connection/PgErrors.h"
#include "connection/PgSession.h"
#include "plan/PlanParser.h"
#include "sql/SqlText.h"
#include "statements/StatementsAccess.h"

#include <QLoggingCategory>
#include <QRegularExpression>

#include <pg_query.h>
#include <pqxx/pqxx>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcExplain, "sonde.actions.explain")

namespace sonde {
namespace {

using Mode = ExplainRequest::Mode;

// Byte ranges of the statements in `text` (libpg_query's scanner: strings, comments and
// dollar quotes are handled the way the server does).
std::optional<QList<QByteArray>> splitStatements(const QByteArray &text)
{
    PgQuerySplitResult split = pg_query_split_with_scanner(text.constData());
    std::optional<QList<QByteArray>> out;
    if (!split.error) {
        out.emplace();
        for (int i = 0; i < split.n_stmts; ++i) {
            const QByteArray s =
                text.mid(split.stmts[i]->stmt_location, split.stmts[i]->stmt_len).trimmed();
            if (!s.isEmpty())
                out->append(s);
        }
    }
    pg_query_free_split_result(split);
    return out;
}

bool hasAppendWithEveryPartitionPruned(const Plan &plan)
{
    for (const PlanNode &n : plan.nodes) {
        if ((n.nodeType == u"Append"_s || n.nodeType == u"Merge Append"_s) &&
            n.subplansRemoved > 0 && n.children.isEmpty())
            return true;
    }
    return false;
}

DbError parsed(const QString &json, ExplainResult *result)
{
    PlanParseResult p = PlanParser::parse(json);
    if (!p.ok())
        return DbError::make(DbError::Kind::Internal, p.error, json.left(2000));
    result->planJson = json;
    result->plan = std::move(p.plan);
    result->findings = PlanFinding::of(result->plan);
    return {};
}

QString explainOptions(const ExplainRequest &r, bool analyze)
{
    QStringList options;
    if (analyze)
        options << u"ANALYZE"_s;
    if (analyze && r.buffers)
        options << u"BUFFERS"_s;
    if (r.verbose)
        options << u"VERBOSE"_s;
    options << u"FORMAT JSON"_s;
    return options.join(u", "_s);
}

// EXPLAIN needs the privileges of running the statement (SELECT on its tables, at least).
DbError privilegeError(DbError err, PgSession &session)
{
    static const QRegularExpression object(u"permission denied for (\\w+) (\\S+)"_s);
    QString role;
    session.run([&](pqxx::connection &c) { role = QString::fromUtf8(c.username()); });
    const QRegularExpressionMatch m = object.match(err.detail);
    if (m.hasMatch()) {
        const QString kind = m.captured(1);
        const QString name = m.captured(2);
        err.kind = DbError::Kind::MissingPrivilege;
        err.message =
            QCoreApplication::translate(
                "Explainer", "Role %1 may not read %2 %3, and EXPLAIN needs the rights to "
                             "run the statement: GRANT SELECT ON %3 TO %1; or explain as a "
                             "role that may read it.")
                .arg(role, kind, name);
    } else {
        err.kind = DbError::Kind::MissingPrivilege;
        err.message =
            QCoreApplication::translate(
                "Explainer", "Role %1 lacks a privilege this statement needs (EXPLAIN needs "
                             "the rights to run it): grant them, or explain as a role that "
                             "has them.")
                .arg(role);
    }
    return err;
}

} // namespace

bool Explainer::prepareStatement(const QString &text, QString *statement, QString *error)
{
    static const QRegularExpression explainPrefix(
        uR"(^\s*EXPLAIN\b\s*(?:\([^()]*\)\s*)?(?:(?:ANALY[SZ]E|VERBOSE)\b\s*)*)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const std::optional<QList<QByteArray>> statements = splitStatements(text.toUtf8());
    if (!statements) {
        *error = tr("The statement could not be read (an unterminated string or comment?).");
        return false;
    }
    if (statements->isEmpty()) {
        *error = tr("There is no statement to explain.");
        return false;
    }
    if (statements->size() > 1) {
        *error = tr("The text holds %1 statements: explain one at a time (the others would run "
                    "for real).")
                     .arg(statements->size());
        return false;
    }
    QString s = QString::fromUtf8(statements->first()).trimmed();
    s.remove(explainPrefix);
    *statement = s.trimmed();
    if (statement->isEmpty()) {
        *error = tr("There is no statement to explain.");
        return false;
    }
    return true;
}

bool Explainer::needsWriteConfirmation(const ExplainRequest &request)
{
    return request.mode == Mode::Analyze && mayWrite(request.sql);
}

ExplainResult Explainer::explain(PgSession &session, const ExplainRequest &request,
                                 const std::atomic<bool> *cancel)
{
    ExplainResult result;
    QString error;
    if (!prepareStatement(request.sql, &result.sql, &error)) {
        result.error = DbError::make(DbError::Kind::Configuration, error);
        return result;
    }
    const bool hasParameters = highestParameter(result.sql) > 0;
    result.mode = request.mode;
    if (result.mode == Mode::Auto)
        result.mode = hasParameters ? Mode::GenericPlan : Mode::Estimate;
    if (result.mode == Mode::Analyze && hasParameters) {
        result.error = DbError::make(
            DbError::Kind::Configuration,
            tr("The statement has $n parameters: put real values in their place to run it with "
               "ANALYZE, or ask for its generic plan."));
        return result;
    }
    const bool writes = mayWrite(result.sql);
    if (result.mode == Mode::Analyze && writes) {
        if (request.targetReadOnly) {
            result.error = DbError::make(
                DbError::Kind::ReadOnlyRefused,
                tr("The statement writes and the target is read-only: EXPLAIN ANALYZE would run "
                   "it, so Sonde refuses. Explain it without ANALYZE instead."));
            return result;
        }
        if (!request.writeConfirmed) {
            result.error = DbError::make(
                DbError::Kind::Configuration,
                tr("EXPLAIN ANALYZE runs the statement and this one writes: confirm first (it "
                   "runs inside a transaction that is rolled back)."));
            return result;
        }
        qCInfo(lcExplain).noquote() << "EXPLAIN ANALYZE of a writing statement on"
                                    << session.target() << "(rolled back):" << result.sql;
    }

    std::unique_ptr<CancelWatch> watch;
    if (cancel)
        watch = std::make_unique<CancelWatch>(cancel, [&session]() { session.cancel(); });
    // The EXPLAIN has a statement_timeout of its own: the client-side deadline allows it.
    const int deadline = session.callDeadlineMs();
    const PgSession::DeadlineScope scope(
        session, deadline == 0
                     ? 0
                     : std::max(deadline, request.timeoutMs + PgSessionOptions::DeadlineGraceMs));

    QString json;
    DbError err;
    if (result.mode == Mode::GenericPlan) {
        DbError planError;
        err = session.run([&](pqxx::connection &c) {
            planError = explainGenericPlan(c, result.sql, &json);
            if (!planError)
                planError = parsed(json, &result);
            if (planError || !hasAppendWithEveryPartitionPruned(result.plan))
                return;
            // NULL in place of the parameters prunes every partition: show them all instead.
            planError =
                explainGenericPlan(c, result.sql, &json, {u"enable_partition_pruning = off"_s});
            if (!planError)
                planError = parsed(json, &result);
            result.note = tr("Partition pruning is off in this plan: with NULL in place of the "
                             "parameters it would have pruned every partition. The real plan "
                             "skips the partitions the values rule out.");
        });
        if (!err)
            err = planError;
    } else {
        const bool analyze = result.mode == Mode::Analyze;
        // Only a write the user confirmed runs read-write: anything else runs in a READ ONLY
        // transaction, where the server refuses the writes the text does not show
        // (nextval(), setval(), a function that inserts).
        const bool readOnly = !(analyze && writes);
        DbError refused;
        err = session.run([&](pqxx::connection &c) {
            pqxx::work tx(c);
            if (readOnly)
                tx.exec("/* sonde */ SET TRANSACTION READ ONLY");
            tx.exec("/* sonde */ SET LOCAL statement_timeout = " +
                    std::to_string(request.timeoutMs));
            if (analyze && request.targetReadOnly) {
                refused = ReadOnlyGuard::refuseVolatile(tx, result.sql);
                if (refused)
                    return;
            }
            // Extended protocol: a single statement only, whatever the text holds.
            const pqxx::result r =
                tx.exec_params(QString(u"/* sonde */ EXPLAIN ("_s +
                                       explainOptions(request, analyze) + u") "_s + result.sql)
                                   .toStdString());
            json = QString::fromUtf8(r[0][0].c_str());
            tx.abort();
        });
        if (!err)
            err = refused;
        err = ReadOnlyGuard::explainRefusal(err, request.targetReadOnly);
        if (!err) {
            result.rolledBack = analyze;
            err = parsed(json, &result);
        }
    }
    if (watch && watch->fired() && err)
        err = DbError::make(DbError::Kind::Canceled, tr("The EXPLAIN was canceled."), err.detail);
    // (libpqxx does not always carry the SQLSTATE of an error raised inside PREPARE.)
    if (err.kind == DbError::Kind::MissingPrivilege ||
        (err.kind == DbError::Kind::Sql && err.detail.contains(u"permission denied"_s)))
        err = privilegeError(err, session);
    result.error = err;
    if (err) {
        result.plan = Plan();
        result.findings.clear();
    }
    return result;
}

ExplainResult Explainer::explain(const QString &uri, ExplainRequest request,
                                 const std::atomic<bool> *cancel, qint64 queryId,
                                 const std::function<DbError(const ExplainRequest &)> &check)
{
    ExplainResult r;
    PgSession session;
    PgSessionOptions options;
    options.applicationName = u"sonde-explain"_s;
    options.statementTimeoutMs = request.timeoutMs + 5000;
    if ((r.error = session.open(uri, options)))
        return r;
    if (queryId != 0 && (r.error = statementText(session, queryId, &request.sql)))
        return r;
    if (check && (r.error = check(request)))
        return r;
    return explain(session, request, cancel);
}

DbError Explainer::statementText(PgSession &session, qint64 queryId, QString *sql)
{
    bool found = false;
    DbError err = session.run([&](pqxx::connection &c) {
        pqxx::work tx(c);
        const pqxx::result r = tx.exec_params(
            "SELECT /* sonde */ query FROM pg_stat_statements WHERE queryid = $1 LIMIT 1", queryId);
        if (!r.empty()) {
            found = true;
            *sql = QString::fromUtf8(r[0][0].c_str());
        }
        tx.abort();
    });
    if (err)
        return StatementsAccess::explainError(err, session.target());
    if (!found)
        return DbError::make(DbError::Kind::Sql,
                             tr("No statement with query id %1 in pg_stat_statements of %2 (it "
                                "may have been evicted or the statistics reset).")
                                 .arg(queryId)
                                 .arg(session.target()));
    if (sql->startsWith(u"<insufficient privilege>"_s))
        return StatementsAccess::insufficientPrivilege(session.target());
    return {};
}

QString explainModeName(ExplainRequest::Mode mode)
{
    switch (mode) {
    case Mode::Auto:
        return u"auto"_s;
    case Mode::Estimate:
        return u"estimate"_s;
    case Mode::GenericPlan:
        return u"generic"_s;
    case Mode::Analyze:
        return u"analyze"_s;
    }
    return QString();
}

} // namespace sonde
