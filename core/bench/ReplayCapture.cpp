#include "ReplayCapture.h"

#include "ParameterBinder.h"
#include "connection/PgSession.h"
#include "postgres/GenericPlan.h"
#include "sql/OwnStatements.h"
#include "sql/SqlText.h"

#include <pqxx/nontransaction>
#include <pqxx/pqxx>

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <thread>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

struct Captured
{
    QString query;
    double calls = 0;
    double totalMs = 0;
};

const char *const CaptureSql =
    "/* sonde */ SELECT queryid::text, query, calls::float8, total_exec_time "
    "FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid "
    "WHERE d.datname = current_database() AND s.toplevel AND s.calls > 0";

QHash<QString, Captured> snapshot(pqxx::connection &c)
{
    QHash<QString, Captured> out;
    pqxx::nontransaction tx(c);
    for (const auto &row : tx.exec(CaptureSql)) {
        Captured cap;
        cap.query = QString::fromUtf8(row[1].c_str());
        cap.calls = row[2].as<double>();
        cap.totalMs = row[3].as<double>();
        out.insert(QString::fromUtf8(row[0].c_str()), cap);
    }
    return out;
}

bool isReplayable(const QString &query, bool allowWrites)
{
    static const QRegularExpression first(u"^\\s*(\\w+)"_s);
    const QString word = first.match(query).captured(1).toLower();
    if (word != u"select"_s && word != u"with"_s && word != u"insert"_s && word != u"update"_s &&
        word != u"delete"_s)
        return false;
    if (OwnStatements::isSonde(query) || OwnStatements::readsCatalogs(query))
        return false;
    if (!allowWrites && mayWrite(query))
        return false;
    return true;
}

} // namespace

DbError ReplayCapture::build(PgSession &session, const BenchmarkConfig &config,
                             const std::atomic<bool> *cancel, PgWorkload *workload,
                             QList<ReplayStatement> *statements, QStringList *notes)
{
    QHash<QString, Captured> window;
    DbError err = session.run([&](pqxx::connection &c) {
        QHash<QString, Captured> first = snapshot(c);
        if (config.replayWindowSeconds <= 0) {
            window = first;
            return;
        }
        const auto until = std::chrono::steady_clock::now() +
                           std::chrono::milliseconds(int64_t(config.replayWindowSeconds * 1000));
        while (std::chrono::steady_clock::now() < until && !(cancel && cancel->load()))
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        const QHash<QString, Captured> second = snapshot(c);
        for (auto it = second.begin(); it != second.end(); ++it) {
            Captured d = it.value();
            const Captured before = first.value(it.key());
            d.calls -= before.calls;
            d.totalMs -= before.totalMs;
            if (d.calls > 0)
                window.insert(it.key(), d);
        }
    });
    if (err) {
        if (err.kind == DbError::Kind::Sql || err.kind == DbError::Kind::MissingExtension)
            err.message = tr("pg_stat_statements cannot be read in this database (%1): the "
                             "replay needs the extension (shared_preload_libraries and "
                             "CREATE EXTENSION pg_stat_statements).")
                              .arg(err.message);
        return err;
    }
    QList<Captured> candidates;
    for (const Captured &c : std::as_const(window)) {
        if (isReplayable(c.query, config.replayWrites))
            candidates << c;
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const Captured &a, const Captured &b) { return a.totalMs > b.totalMs; });

    QHash<QString, int> sampleLists; // table.column → index in workload->samples
    for (const Captured &cap : std::as_const(candidates)) {
        if (statements->size() >= config.replayTop)
            break;
        if (cancel && cancel->load())
            return DbError::make(DbError::Kind::Canceled, tr("Capture canceled."));
        const QString sql = rewriteTypedParameters(cap.query);
        const QList<ParameterBinding> bindings = ParameterBinder::bind(sql);
        const QList<TableReference> tables = ParameterBinder::tables(sql);
        if (tables.isEmpty())
            continue; // SELECT version(), SELECT 1 …: nothing of the application's
        std::vector<ParamSource> params;
        QStringList described;
        QString problem;
        for (const ParameterBinding &b : bindings) {
            if (b.kind == ParameterBinding::Kind::Constant) {
                params.push_back({ParamSource::Kind::Constant, 0, b.constant.toUtf8()});
                described << b.constant;
                continue;
            }
            if (b.kind == ParameterBinding::Kind::Unknown) {
                problem = tr("cannot tell which column $%1 compares to").arg(b.number);
                break;
            }
            // Resolve the table: by alias, or the one FROM table that has the column.
            QStringList owners;
            for (const TableReference &t : tables) {
                if (!b.table.isEmpty() && t.alias != b.table)
                    continue;
                owners << t.table;
            }
            QString table;
            QList<QByteArray> values;
            DbError sampleErr = session.run([&](pqxx::connection &c) {
                pqxx::nontransaction tx(c);
                for (const QString &owner : std::as_const(owners)) {
                    const pqxx::result r =
                        tx.exec_params("/* sonde */ SELECT c.oid::regclass::text, "
                                       "greatest(c.reltuples, 0)::float8 "
                                       "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                                       "WHERE a.attrelid = to_regclass($1) AND a.attname = $2 "
                                       "AND NOT a.attisdropped",
                                       owner.toStdString(), b.column.toStdString());
                    if (r.empty())
                        continue;
                    table = QString::fromUtf8(r[0][0].c_str());
                    const double rows = r[0][1].as<double>();
                    const QString key = table + u'.' + b.column;
                    if (sampleLists.contains(key))
                        return;
                    const double pct =
                        rows <= 0
                            ? 100.0
                            : std::clamp(100.0 * config.replaySamples * 20 / rows, 0.01, 100.0);
                    const std::string q =
                        (u"/* sonde */ SELECT %1::text FROM %2 TABLESAMPLE SYSTEM (%3) WHERE %1 IS "
                         u"NOT NULL "
                         "LIMIT %4"_s)
                            .arg(quoteIdentifier(b.column), table, QString::number(pct, 'f', 4))
                            .arg(config.replaySamples)
                            .toStdString();
                    pqxx::result s = tx.exec(q);
                    if (int(s.size()) < std::min(config.replaySamples, 10)) {
                        s = tx.exec(
                            (u"/* sonde */ SELECT %1::text FROM %2 WHERE %1 IS NOT NULL LIMIT %3"_s)
                                .arg(quoteIdentifier(b.column), table)
                                .arg(config.replaySamples)
                                .toStdString());
                    }
                    for (const auto &row : s)
                        values << QByteArray(row[0].c_str());
                    return;
                }
            });
            if (sampleErr) {
                problem = sampleErr.message;
                break;
            }
            if (table.isEmpty()) {
                problem = tr("no table in the statement has a column %1").arg(b.column);
                break;
            }
            const QString key = table + u'.' + b.column;
            if (!sampleLists.contains(key)) {
                if (values.isEmpty()) {
                    problem = tr("%1 has no values to sample").arg(key);
                    break;
                }
                sampleLists.insert(key, int(workload->samples.size()));
                workload->samples.emplace_back(values.begin(), values.end());
            }
            params.push_back({ParamSource::Kind::Sampled, sampleLists.value(key), {}});
            described << tr("%1 (sampled)").arg(key);
        }
        if (!problem.isEmpty()) {
            *notes << tr("Not replayed: %1 — %2").arg(sql.simplified().left(80), problem);
            continue;
        }
        ReplayStatement st;
        st.sql = sql;
        st.weight = cap.calls;
        st.parameters = described;
        st.meanMsBefore = cap.calls > 0 ? cap.totalMs / cap.calls : 0;
        session.run([&](pqxx::connection &c) { explainGenericPlan(c, sql, &st.planJson); });
        workload->addStatement(sql.toUtf8(), std::move(params),
                               std::max<int64_t>(1, std::llround(cap.calls)),
                               int(statements->size()));
        statements->append(st);
    }
    if (statements->isEmpty())
        return DbError::make(
            DbError::Kind::Configuration,
            tr("pg_stat_statements holds no statement Sonde can replay in this "
               "database%1: run the application (or the demo) for a while "
               "first.")
                .arg(config.replayWindowSeconds > 0
                         ? tr(" during the %1 s window").arg(config.replayWindowSeconds)
                         : QString()));
    return {};
}

} // namespace sonde
