#include "WorkloadReader.h"

#include "ParameterText.h"
#include "StatementAnalyzer.h"
#include "connection/OwnReadTransaction.h"
#include "connection/PgErrors.h"
#include "connection/PgSession.h"
#include "sql/OwnStatements.h"
#include "sql/ParseTree.h"
#include "sql/SchemaCatalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// Where an extension's objects live (its schema), or empty when it is not installed.
QString extensionSchema(pqxx::transaction_base &tx, const char *name)
{
    const pqxx::result r = tx.exec_params("/* sonde */ SELECT n.nspname FROM pg_extension e JOIN "
                                          "pg_namespace n ON n.oid = e.extnamespace "
                                          "WHERE e.extname = $1",
                                          std::string(name));
    return r.empty() ? QString() : QString::fromUtf8(r[0][0].c_str());
}

std::string quoted(pqxx::transaction_base &tx, const QString &identifier)
{
    return tx.quote_name(identifier.toStdString());
}

// Sessions of this database and the statement they run (or ran last, when idle); their
// query_id is the queryid pg_stat_statements gives the normalized text.
const char *const ActivitySql =
    "/* sonde */ SELECT query_id, query FROM pg_stat_activity "
    "WHERE datname = current_database() AND backend_type = 'client backend' "
    "AND pid <> pg_backend_pid() AND query_id IS NOT NULL AND query_id <> 0 "
    "AND coalesce(application_name, '') NOT LIKE 'sonde%'";

// True when the text is one statement with real values: no $n to type.
bool isLiteralStatement(const QString &sql)
{
    const ParseTree tree = ParseTree::parse(sql);
    if (!tree.ok || tree.statements.size() != 1)
        return false;
    bool parameters = false;
    ParseTree::walk(tree.statements, [&](const QJsonValue &node) {
        parameters = parameters || ParseTree::type(node) == u"ParamRef"_s;
    });
    return !parameters;
}

} // namespace

void WorkloadReader::sampleActivity(pqxx::connection &connection, QHash<qint64, QString> *samples)
{
    if (connection.server_version() < 140000)
        return; // pg_stat_activity has no query_id before PostgreSQL 14
    try {
        OwnReadTransaction tx(connection);
        for (const pqxx::row &r : tx.exec(ActivitySql)) {
            const qint64 id = r[0].as<qint64>();
            if (samples->contains(id))
                continue;
            const QString sql = QString::fromUtf8(r[1].c_str()).trimmed();
            if (isLiteralStatement(sql))
                samples->insert(id, sql);
        }
    } catch (const std::exception &) {
        // Samples only help; the advice goes on without them.
    }
}

DbError WorkloadReader::snapshot(pqxx::connection &connection, Snapshot *out)
{
    out->clear();
    try {
        OwnReadTransaction tx(connection);
        const QString schema = extensionSchema(tx, "pg_stat_statements");
        if (schema.isEmpty()) {
            return DbError::make(
                DbError::Kind::MissingExtension,
                tr("pg_stat_statements is not installed in this database: run CREATE EXTENSION "
                   "pg_stat_statements (it must also be in shared_preload_libraries)."));
        }
        const bool v14 = connection.server_version() >= 140000;
        const bool v13 = connection.server_version() >= 130000;
        const std::string time = v13 ? "s.total_exec_time + s.total_plan_time" : "s.total_time";
        const std::string sql =
            "/* sonde */ SELECT s.queryid, min(s.query), sum(s.calls)::bigint, sum(" + time +
            ")::float8, sum(s.rows)::bigint FROM " + quoted(tx, schema) +
            ".pg_stat_statements s WHERE s.dbid = (SELECT oid FROM pg_database WHERE datname = "
            "current_database()) AND s.queryid IS NOT NULL" +
            (v14 ? std::string(" AND s.toplevel") : std::string()) + " GROUP BY s.queryid";
        for (const pqxx::row &r : tx.exec(sql)) {
            WorkloadStatement s;
            s.queryId = r[0].as<qint64>();
            s.sql = QString::fromUtf8(r[1].c_str());
            s.explainSql = s.sql;
            s.calls = r[2].as<qint64>();
            s.totalTimeMs = r[3].as<double>();
            s.rows = r[4].as<qint64>();
            if (OwnStatements::isSonde(s.sql))
                continue;
            out->insert(s.queryId, s);
        }
    } catch (const std::exception &e) {
        DbError err = pgErrorFromException(e);
        if (err.sqlState == u"55000"_s) {
            err.kind = DbError::Kind::MissingExtension;
            err.message = tr("pg_stat_statements is installed but not loaded: add it to "
                             "shared_preload_libraries and restart the server.");
        }
        return err;
    }
    return {};
}

DbError WorkloadReader::read(PgSession &session, double windowSeconds, Workload *out,
                             const std::atomic<bool> *cancel, const Progress &progress)
{
    pqxx::connection &connection = session.connection();
    Workload w;
    Snapshot first;
    if (DbError err = snapshot(connection, &first))
        return err;
    if (windowSeconds <= 0) {
        w.source = Workload::Source::Statistics;
        w.statements = first.values();
        try {
            OwnReadTransaction tx(connection);
            const pqxx::row r =
                tx.exec1("/* sonde */ SELECT extract(epoch FROM now() - coalesce(stats_reset, "
                         "pg_postmaster_start_time()))::float8 FROM pg_stat_database "
                         "WHERE datname = current_database()");
            w.statsSeconds = r[0].is_null() ? 0 : r[0].as<double>();
        } catch (const std::exception &e) {
            return pgErrorFromException(e);
        }
        sampleActivity(connection, &w.activitySamples);
    } else {
        w.source = Workload::Source::Window;
        w.windowSeconds = windowSeconds;
        QElapsedTimer clock;
        clock.start();
        const PgSession::Talking quiet(session, false);
        qint64 sampledAt = -1000;
        while (clock.elapsed() < qint64(windowSeconds * 1000)) {
            if (clock.elapsed() - sampledAt >= 1000) {
                sampledAt = clock.elapsed();
                sampleActivity(connection, &w.activitySamples);
            }
            if (cancel && cancel->load())
                return DbError::make(DbError::Kind::Canceled, tr("Canceled."));
            if (progress) {
                const double done = double(clock.elapsed()) / 1000.0;
                progress(tr("Watching the workload: %1 s of %2 s")
                             .arg(int(done))
                             .arg(int(windowSeconds)),
                         int(100.0 * done / windowSeconds));
            }
            QThread::msleep(200);
        }
        Snapshot second;
        const PgSession::Talking talking(session);
        if (DbError err = snapshot(connection, &second))
            return err;
        for (const WorkloadStatement &s : std::as_const(second)) {
            WorkloadStatement d = s;
            const auto it = first.constFind(s.queryId);
            if (it != first.constEnd()) {
                d.calls -= it->calls;
                d.totalTimeMs -= it->totalTimeMs;
                d.rows -= it->rows;
            }
            // A reset between the snapshots shows as negative: count from zero.
            if (d.calls < 0 || d.totalTimeMs < 0)
                d = s;
            if (d.calls > 0)
                w.statements << d;
        }
    }
    std::sort(w.statements.begin(), w.statements.end(),
              [](const WorkloadStatement &a, const WorkloadStatement &b) {
                  return a.totalTimeMs > b.totalTimeMs;
              });
    *out = w;
    return {};
}

void WorkloadReader::addQualstats(pqxx::connection &connection, Workload *workload,
                                  const SchemaCatalog *catalog)
{
    struct Qual
    {
        qint64 queryId;
        ObservedQual qual;
        qint64 distinctValues;
    };
    QList<Qual> quals;
    try {
        OwnReadTransaction tx(connection);
        const QString schema = extensionSchema(tx, "pg_qualstats");
        if (schema.isEmpty()) {
            workload->notes << tr("pg_qualstats is not installed: constants the application "
                                  "sends as literals stay parameters (no partial indexes from "
                                  "them).");
            return;
        }
        const std::string sql =
            "/* sonde */ SELECT q.queryid, n.nspname || '.' || c.relname, a.attname, o.oprname, "
            "min(q.constvalue), count(DISTINCT q.constvalue), sum(q.occurences)::bigint, "
            "sum(q.execution_count)::bigint, sum(q.nbfiltered)::bigint "
            "FROM " +
            quoted(tx, schema) +
            ".pg_qualstats() q JOIN pg_class c ON c.oid = q.lrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "JOIN pg_attribute a ON a.attrelid = q.lrelid AND a.attnum = q.lattnum "
            "JOIN pg_operator o ON o.oid = q.opno "
            "WHERE q.dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
            "AND q.rrelid IS NULL AND q.queryid IS NOT NULL "
            "GROUP BY q.queryid, q.qualnodeid, 2, 3, 4";
        for (const pqxx::row &r : tx.exec(sql)) {
            Qual q;
            q.queryId = r[0].as<qint64>();
            q.qual.table = QString::fromUtf8(r[1].c_str());
            q.qual.column = QString::fromUtf8(r[2].c_str());
            q.qual.op = QString::fromUtf8(r[3].c_str());
            q.distinctValues = r[5].as<qint64>();
            q.qual.samples = r[6].as<qint64>();
            q.qual.executions = r[7].as<qint64>();
            const qint64 filtered = r[8].as<qint64>();
            q.qual.filteredShare =
                q.qual.executions > 0 ? double(filtered) / double(q.qual.executions) : 0;
            if (!r[4].is_null())
                q.qual.sample = QString::fromUtf8(r[4].c_str());
            if (q.distinctValues == 1 && q.qual.samples >= MinConstantSamples)
                q.qual.constant = q.qual.sample;
            quals << q;
        }
    } catch (const std::exception &e) {
        workload->notes
            << tr("pg_qualstats could not be read: %1").arg(pgErrorFromException(e).toString());
        return;
    }
    workload->qualstatsUsed = true;
    const StatementAnalyzer analyzer(catalog);
    for (WorkloadStatement &s : workload->statements) {
        if (s.queryId == 0)
            continue;
        StatementAnalysis a;
        bool analyzed = false;
        for (const Qual &q : std::as_const(quals)) {
            if (q.queryId != s.queryId)
                continue;
            s.quals << q.qual;
            if (q.qual.constant.isEmpty())
                continue;
            if (!analyzed) {
                a = analyzer.analyze(s.sql);
                analyzed = true;
            }
            // The statement's $n compared with that column by that operator.
            for (const ColumnPredicate &p : a.predicates) {
                const QString table =
                    p.table.schema.isEmpty() ? q.qual.table.section(u'.', 1) : q.qual.table;
                const QString mine =
                    p.table.schema.isEmpty() ? p.table.name : p.table.schema + u'.' + p.table.name;
                if (mine == table && p.column == q.qual.column && p.op == q.qual.op &&
                    p.parameters.size() == 1) {
                    s.knownParameters.insert(p.parameters.first(), q.qual.constant);
                    s.constantsRestored << tr("$%1 = %2 (pg_qualstats: the same value in %3 "
                                              "sampled executions)")
                                               .arg(p.parameters.first())
                                               .arg(q.qual.constant)
                                               .arg(q.qual.samples);
                }
            }
        }
    }
}

void WorkloadReader::addObservedLimits(Workload *workload)
{
    const StatementAnalyzer analyzer;
    for (WorkloadStatement &s : workload->statements) {
        if (s.calls <= 0 || !s.sql.contains(u"LIMIT"_s, Qt::CaseInsensitive))
            continue;
        const StatementAnalysis a = analyzer.analyze(s.sql);
        for (const ParameterUse &p : a.parameters) {
            if (p.role != ParameterUse::Role::Limit || s.knownParameters.contains(p.number))
                continue;
            const qint64 perCall = std::max<qint64>(1, qRound64(double(s.rows) / double(s.calls)));
            s.knownParameters.insert(p.number, QString::number(perCall));
            s.constantsRestored << tr("LIMIT $%1 planned as LIMIT %2, the rows it returns per "
                                      "call (pg_stat_statements)")
                                       .arg(p.number)
                                       .arg(perCall);
        }
    }
}

void WorkloadReader::applyKnownParameters(Workload *workload)
{
    for (WorkloadStatement &s : workload->statements) {
        s.explainSql = s.knownParameters.isEmpty()
                           ? s.sql
                           : ParameterText::substitute(s.sql, s.knownParameters);
    }
}

} // namespace sonde
