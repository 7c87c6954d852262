// Sending a command and reading what the server answers: part of PgBenchWorker.
#include "PgBenchClient.h"

#include <QCoreApplication>

#include <cstring>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

bool retryable(const char *sqlState)
{
    return sqlState && (std::strcmp(sqlState, "40001") == 0 || std::strcmp(sqlState, "40P01") == 0);
}

} // namespace

bool PgBenchWorker::send(Client &c, const PgStatement &st)
{
    const size_t index = size_t(&st - m_workload.statements.data());
    if (m_options.protocol == QueryProtocol::Simple && st.fromScript) {
        c.interp.simpleText(st, &c.text);
        return PQsendQuery(c.conn, c.text.c_str()) == 1;
    }
    const size_t n = st.params.size();
    for (size_t k = 0; k < n; ++k) {
        const ParamSource &p = st.params[k];
        switch (p.kind) {
        case ParamSource::Kind::Variable: {
            const std::string *value = c.interp.parameter(p.index);
            if (!value) {
                c.failure = Failure::Script;
                return false;
            }
            c.values[k] = value->c_str();
            break;
        }
        case ParamSource::Kind::Sampled: {
            const std::vector<QByteArray> &list = m_workload.samples[size_t(p.index)];
            c.values[k] = list.empty()
                              ? nullptr
                              : list[size_t(c.interp.random().next() % list.size())].constData();
            break;
        }
        case ParamSource::Kind::Constant:
            c.values[k] = p.constant.constData();
            break;
        }
    }
    switch (m_options.protocol) {
    case QueryProtocol::Prepared:
        return PQsendQueryPrepared(c.conn, m_statementNames[index].constData(), int(n),
                                   c.values.data(), nullptr, nullptr, 0) == 1;
    case QueryProtocol::Simple: {
        // A replayed statement: its values inlined as quoted literals.
        const std::vector<QByteArray> &pieces = m_replayPieces[index];
        const std::vector<int> &params = m_replayParams[index];
        c.text.clear();
        for (size_t k = 0; k < pieces.size(); ++k) {
            c.text.append(pieces[k].constData(), size_t(pieces[k].size()));
            if (k >= params.size())
                continue;
            const char *v = size_t(params[k]) < n ? c.values[size_t(params[k])] : nullptr;
            if (!v) {
                c.text += "NULL";
                continue;
            }
            c.text += '\'';
            for (const char *q = v; *q; ++q) {
                if (*q == '\'')
                    c.text += '\'';
                c.text += *q;
            }
            c.text += '\'';
        }
        return PQsendQuery(c.conn, c.text.c_str()) == 1;
    }
    case QueryProtocol::Auto:
    case QueryProtocol::Extended:
        break;
    }
    return PQsendQueryParams(c.conn, st.sql.constData(), int(n), nullptr, c.values.data(), nullptr,
                             nullptr, 0) == 1;
}

void PgBenchWorker::onReadable(Client &c, int64_t now)
{
    if (!PQconsumeInput(c.conn)) {
        disconnect(c, now, true);
        return;
    }
    if (c.state == Client::State::Rollback) {
        while (!PQisBusy(c.conn)) {
            PGresult *r = PQgetResult(c.conn);
            if (!r) {
                if (PQstatus(c.conn) == CONNECTION_BAD)
                    return disconnect(c, now, true);
                return afterFailure(c, now);
            }
            PQclear(r);
        }
        return;
    }
    if (c.pipeline)
        readPipeline(c, now);
    else
        readCommand(c, now);
}

void PgBenchWorker::noteResult(Client &c, PGresult *r)
{
    const ExecStatusType status = PQresultStatus(r);
    if (status != PGRES_FATAL_ERROR || c.failure != Failure::None)
        return;
    const char *state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
    c.failure = retryable(state) ? Failure::Retryable : Failure::Sql;
    c.failureKind = pgErrorKind(state);
    c.failureMessage = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
    c.failedCommand = c.interp.pc();
}

void PgBenchWorker::readPipeline(Client &c, int64_t now)
{
    // Between \startpipeline and \endpipeline the commands were sent without waiting; after
    // the sync, their results come in order, an empty result after each, then the sync's.
    while (!PQisBusy(c.conn)) {
        PGresult *r = PQgetResult(c.conn);
        if (!r) {
            if (PQstatus(c.conn) == CONNECTION_BAD)
                return disconnect(c, now, true);
            continue;
        }
        const ExecStatusType status = PQresultStatus(r);
        noteResult(c, r);
        PQclear(r);
        if (status != PGRES_PIPELINE_SYNC)
            continue;
        PQexitPipelineMode(c.conn);
        c.pipeline = false;
        if (c.failure != Failure::None)
            return fail(c, now, c.failure, c.failureKind, c.failureMessage);
        commandDone(c, now);
        return advance(c, now);
    }
}

void PgBenchWorker::readCommand(Client &c, int64_t now)
{
    const ScriptCommand &cmd = c.interp.command();
    while (!PQisBusy(c.conn)) {
        PGresult *r = PQgetResult(c.conn);
        if (!r) {
            if (PQstatus(c.conn) == CONNECTION_BAD)
                return disconnect(c, now, true);
            break;
        }
        noteResult(c, r);
        const ExecStatusType status = PQresultStatus(r);
        const bool rows = status == PGRES_TUPLES_OK || status == PGRES_SINGLE_TUPLE;
        if (cmd.store == ScriptCommand::Store::Aset && rows && PQntuples(r) > 0 &&
            c.failure == Failure::None) {
            // \aset: every result's last row.
            for (int f = 0; f < PQnfields(r); ++f) {
                if (!c.interp.store(cmd.prefix, PQfname(r, f),
                                    PQgetvalue(r, PQntuples(r) - 1, f))) {
                    c.failure = Failure::Script;
                    c.failureMessage = c.interp.error();
                }
            }
        }
        if (cmd.store == ScriptCommand::Store::Gset &&
            (rows || status == PGRES_COMMAND_OK || status == PGRES_EMPTY_QUERY)) {
            // \gset: the last result, known to be the last once the empty one follows.
            if (c.held)
                PQclear(c.held);
            c.held = r;
            continue;
        }
        PQclear(r);
    }
    if (PQisBusy(c.conn))
        return; // more to come
    if (c.failure == Failure::None && cmd.store == ScriptCommand::Store::Gset)
        storeHeldResult(c);
    if (c.held) {
        PQclear(c.held);
        c.held = nullptr;
    }
    if (c.failure == Failure::Script) {
        const QString message =
            u"%1, line %2 (%3): %4"_s.arg(m_workload.scripts[size_t(c.interp.script())].name,
                                          QString::number(cmd.line), cmd.text, c.failureMessage);
        return fail(c, now, Failure::Script, {}, message);
    }
    if (c.failure != Failure::None)
        return fail(c, now, c.failure, c.failureKind, c.failureMessage);
    commandDone(c, now);
    advance(c, now);
}

bool PgBenchWorker::storeHeldResult(Client &c)
{
    const ScriptCommand &cmd = c.interp.command();
    PGresult *r = c.held;
    const bool rows =
        r && (PQresultStatus(r) == PGRES_TUPLES_OK || PQresultStatus(r) == PGRES_SINGLE_TUPLE);
    const int count = rows ? PQntuples(r) : 0;
    if (count != 1) {
        c.failure = Failure::Script;
        c.failureMessage =
            QCoreApplication::translate("PgBenchWorker", "\\gset expected one row, got %1")
                .arg(count);
        return false;
    }
    for (int f = 0; f < PQnfields(r); ++f) {
        if (!c.interp.store(cmd.prefix, PQfname(r, f), PQgetvalue(r, 0, f))) {
            c.failure = Failure::Script;
            c.failureMessage = c.interp.error();
            return false;
        }
    }
    return true;
}

} // namespace sonde
