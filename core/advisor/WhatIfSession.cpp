#include "WhatIfSession.h"

#include "connection/PgErrors.h"
#include "connection/PgSession.h"
#include "postgres/GenericPlan.h"
#include "postgres/SavepointTransaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

void collectIndexNames(const QJsonObject &node, QStringList *out)
{
    const QString index = node.value(u"Index Name"_s).toString();
    if (!index.isEmpty() && !out->contains(index))
        *out << index;
    for (const QJsonValue &child : node.value(u"Plans"_s).toArray())
        collectIndexNames(child.toObject(), out);
}

void visit(const QJsonObject &node, PlanEstimate *out)
{
    const QString type = node.value(u"Node Type"_s).toString();
    if (type == u"Sort"_s || type == u"Incremental Sort"_s)
        out->hasSort = true;
    const QString index = node.value(u"Index Name"_s).toString();
    if (!index.isEmpty() && !out->indexesUsed.contains(index))
        out->indexesUsed << index;
    const QString relation = node.value(u"Relation Name"_s).toString();
    if (!relation.isEmpty()) {
        if (type == u"Seq Scan"_s)
            out->seqScans << relation;
        if (node.contains(u"Filter"_s) || type == u"Seq Scan"_s)
            out->filteredScans << relation;
        QStringList indexes;
        // A Bitmap Heap Scan names its table; its Bitmap Index Scans below name the indexes.
        collectIndexNames(node, &indexes);
        if (!indexes.isEmpty())
            out->indexesByTable[relation] << indexes;
    }
    for (const QJsonValue &child : node.value(u"Plans"_s).toArray())
        visit(child.toObject(), out);
}

} // namespace

WhatIfSession::WhatIfSession(PgSession &session)
    : m_session(session)
{}

WhatIfSession::~WhatIfSession()
{
    end();
}

DbError WhatIfSession::begin()
{
    if (m_tx)
        return {};
    const PgSessionOptions &options = m_session.options();
    try {
        auto tx = std::make_unique<SavepointTransaction>(m_session.connection());
        pqxx::transaction_base &sql = tx->statements();
        // Through PgBouncer nothing set at connect time reaches the server.
        if (options.statementTimeoutMs > 0)
            sql.exec("/* sonde */ SET LOCAL statement_timeout = " +
                     std::to_string(options.statementTimeoutMs));
        if (options.lockTimeoutMs > 0)
            sql.exec("/* sonde */ SET LOCAL lock_timeout = " +
                     std::to_string(options.lockTimeoutMs));
        const pqxx::result r = sql.exec(
            "/* sonde */ SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = "
            "e.extnamespace WHERE e.extname = 'hypopg'");
        if (r.empty()) {
            return DbError::make(
                DbError::Kind::MissingExtension,
                tr("HypoPG is not installed in this database: run CREATE EXTENSION hypopg (the "
                   "package is postgresql-15-hypopg). Sonde needs it to prove what an index "
                   "would change before anyone builds it."));
        }
        m_schema = QString::fromUtf8(r[0][0].c_str());
        m_tx = std::move(tx);
    } catch (const std::exception &e) {
        return pgErrorFromException(e);
    }
    if (DbError err = reset()) {
        end();
        return err;
    }
    return {};
}

DbError WhatIfSession::end()
{
    if (!m_tx)
        return {};
    DbError err = reset();
    // A cancel sent for a statement that had just finished lands on the next one.
    if (err.kind == DbError::Kind::Canceled)
        err = reset();
    if (err) {
        // A ROLLBACK would hand the server process, hypothetical indexes and all, to the
        // pool's next client: cut the connection instead (the transaction's own rollback
        // then fails on the closed socket).
        m_session.abort();
        m_tx.reset();
        m_session.close();
        return err;
    }
    err = m_tx->rollback();
    m_tx.reset();
    return err;
}

std::string WhatIfSession::hypopg(const char *function) const
{
    return m_tx->statements().quote_name(m_schema.toStdString()) + "." + function;
}

DbError WhatIfSession::notOpen() const
{
    return DbError::make(DbError::Kind::Internal,
                         tr("No what-if transaction is open: hypothetical indexes live in one."));
}

DbError WhatIfSession::reset()
{
    if (!m_tx)
        return notOpen();
    return m_tx->step(
        [this](pqxx::transaction_base &tx) { tx.exec("SELECT " + hypopg("hypopg_reset") + "()"); });
}

DbError WhatIfSession::create(const IndexDefinition &definition, HypotheticalIndex *out)
{
    if (!m_tx)
        return notOpen();
    // HypoPG's indexes are not transactional: rolling the step back keeps the index and lets
    // go of the lock on its table.
    return m_tx->step([&](pqxx::transaction_base &tx) {
        const pqxx::row r = tx.exec_params1("SELECT indexrelid, indexname FROM " +
                                                hypopg("hypopg_create_index") + "($1)",
                                            definition.hypotheticalDdl().toStdString());
        out->oid = r[0].as<quint32>();
        out->name = QString::fromUtf8(r[1].c_str());
        const pqxx::row d =
            tx.exec_params1("SELECT " + hypopg("hypopg_get_indexdef") + "($1::oid), " +
                                hypopg("hypopg_relation_size") + "($1::oid)",
                            out->oid);
        out->definition = QString::fromUtf8(d[0].c_str());
        out->sizeBytes = d[1].as<qint64>();
    });
}

DbError WhatIfSession::drop(quint32 oid)
{
    if (!m_tx)
        return notOpen();
    return m_tx->step([&](pqxx::transaction_base &tx) {
        tx.exec_params("SELECT " + hypopg("hypopg_drop_index") + "($1::oid)", oid);
    });
}

PlanEstimate WhatIfSession::explain(const QString &sql)
{
    QString json;
    const DbError err = m_tx ? explainGenericPlan(*m_tx, sql, &json)
                             : explainGenericPlan(m_session.connection(), sql, &json);
    if (err) {
        PlanEstimate p;
        p.error = err.toString();
        p.sqlState = err.sqlState;
        p.connectionLost = err.isConnectionProblem() || err.kind == DbError::Kind::Canceled;
        return p;
    }
    return fromPlanJson(json);
}

PlanEstimate WhatIfSession::fromPlanJson(const QString &planJson)
{
    PlanEstimate p;
    p.planJson = planJson;
    const QJsonObject top = QJsonDocument::fromJson(planJson.toUtf8())
                                .array()
                                .at(0)
                                .toObject()
                                .value(u"Plan"_s)
                                .toObject();
    if (top.isEmpty()) {
        p.error = tr("The server returned no plan.");
        return p;
    }
    p.cost = top.value(u"Total Cost"_s).toDouble(-1);
    p.ok = p.cost >= 0;
    visit(top, &p);
    return p;
}

QString WhatIfSession::withoutName(const QString &indexDefinition)
{
    static const QRegularExpression named(
        uR"(^CREATE (UNIQUE )?INDEX (CONCURRENTLY )?(?:"(?:[^"]|"")*"|\S+) ON )"_s);
    QString out = indexDefinition;
    const QRegularExpressionMatch m = named.match(out);
    if (m.hasMatch() && !indexDefinition.startsWith(u"CREATE INDEX ON"_s) &&
        !indexDefinition.startsWith(u"CREATE UNIQUE INDEX ON"_s))
        out.replace(0, m.capturedLength(), u"CREATE "_s + m.captured(1) + u"INDEX ON "_s);
    return out;
}

} // namespace sonde
