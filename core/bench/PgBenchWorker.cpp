#include "PgBenchWorker.h"

#include "connection/PgErrors.h"

#include <QCoreApplication>

#include <libpq-fe.h>
#include <poll.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

using namespace Qt::StringLiterals;

namespace sonde {

QString pgErrorKind(const char *sqlState)
{
    if (!sqlState || !*sqlState)
        return u"connection lost"_s;
    const QLatin1String s(sqlState);
    struct Known
    {
        const char *state;
        const char *name;
    };
    static const Known known[] = {
        {"40001", "serialization failure"},
        {"40P01", "deadlock detected"},
        {"57014", "statement canceled or timed out"},
        {"57P01", "server shut down"},
        {"57P02", "server crashed"},
        {"57P03", "server starting up or shutting down"},
        {"53300", "too many connections"},
        {"23505", "unique violation"},
        {"42P01", "table missing"},
        {"55P03", "lock not available"},
        {"25P02", "transaction aborted"},
    };
    for (const Known &k : known) {
        if (s == QLatin1String(k.state))
            return QLatin1String(k.state) + u' ' + QLatin1String(k.name);
    }
    return s + u" SQL error"_s;
}

struct PgBenchWorker::Client
{
    enum class State
    {
        Connect,
        Idle,
        Busy,
        Sleeping,
        Rollback,
        Done,
    };
    int id = 0;
    PGconn *conn = nullptr;
    State state = State::Connect;
    ScriptRandom rng;
    std::vector<ScriptValue> vars;
    int script = -1;
    size_t command = 0;
    int64_t txStart = 0;
    bool measured = false;
    bool failed = false;
    int64_t wakeAt = 0;
    int64_t nextStart = 0;
    int backoffMs = 100;
    std::vector<std::array<char, 32>> numbers;
    std::vector<const char *> values;
    std::string text;
};

PgBenchWorker::PgBenchWorker(const PgWorkload &workload, QueryProtocol protocol,
                             QByteArray connString, BenchRunState &state, BenchThreadStats &stats,
                             int firstClientId, int clientCount)
    : m_workload(workload)
    , m_protocol(protocol)
    , m_connString(std::move(connString))
    , m_state(state)
    , m_stats(stats)
{
    double sum = 0;
    for (const PgScript &s : workload.scripts) {
        sum += std::max(0.0, s.weight);
        m_cumulativeWeights.push_back(sum);
    }
    size_t maxParams = 1;
    for (size_t i = 0; i < workload.statements.size(); ++i) {
        const PgStatement &st = workload.statements[i];
        maxParams = std::max(maxParams, st.params.size());
        m_statementNames.push_back("sonde_bench_" + QByteArray::number(qulonglong(i)));
        // For the simple protocol: the text between the $n markers.
        std::vector<QByteArray> pieces;
        std::vector<int> params;
        QByteArray piece;
        const QByteArray &sql = st.sql;
        for (qsizetype k = 0; k < sql.size(); ++k) {
            if (sql[k] == '$' && k + 1 < sql.size() && sql[k + 1] >= '0' && sql[k + 1] <= '9') {
                int n = 0;
                qsizetype j = k + 1;
                while (j < sql.size() && sql[j] >= '0' && sql[j] <= '9')
                    n = n * 10 + (sql[j++] - '0');
                pieces.push_back(piece);
                piece.clear();
                params.push_back(n - 1);
                k = j - 1;
                continue;
            }
            piece += sql[k];
        }
        pieces.push_back(piece);
        m_simplePieces.push_back(std::move(pieces));
        m_simpleParams.push_back(std::move(params));
    }
    for (int i = 0; i < clientCount; ++i) {
        auto c = std::make_unique<Client>();
        c->id = firstClientId + i;
        c->rng = ScriptRandom(0x9e3779b97f4a7c15ULL * uint64_t(c->id + 1) ^ uint64_t(benchNowNs()));
        c->vars.assign(size_t(workload.variables.count()), ScriptValue{});
        c->vars[ScriptVariables::Scale] = ScriptValue::integer(workload.scale);
        c->vars[ScriptVariables::ClientId] = ScriptValue::integer(c->id);
        c->numbers.resize(maxParams);
        c->values.resize(maxParams);
        m_clients.push_back(std::move(c));
    }
}

PgBenchWorker::~PgBenchWorker()
{
    for (auto &c : m_clients) {
        if (c->conn)
            PQfinish(c->conn);
    }
}

bool PgBenchWorker::connectAll(QString *error)
{
    for (auto &c : m_clients) {
        if (!connectClient(*c, error))
            return false;
        c->state = Client::State::Idle;
    }
    return true;
}

bool PgBenchWorker::connectClient(Client &c, QString *error)
{
    c.conn = PQconnectdb(m_connString.constData());
    if (PQstatus(c.conn) != CONNECTION_OK) {
        if (error)
            *error = pgConnectError(PQerrorMessage(c.conn), QString()).message;
        PQfinish(c.conn);
        c.conn = nullptr;
        return false;
    }
    if (m_protocol == QueryProtocol::Prepared) {
        for (size_t i = 0; i < m_workload.statements.size(); ++i) {
            const PgStatement &st = m_workload.statements[i];
            PGresult *r = PQprepare(c.conn, m_statementNames[i].constData(), st.sql.constData(),
                                    int(st.params.size()), nullptr);
            const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
            if (!ok && error) {
                *error = QCoreApplication::translate("PgBenchWorker",
                                                     "The statement \"%1\" cannot be prepared: %2")
                             .arg(QString::fromUtf8(st.sql),
                                  QString::fromUtf8(PQresultErrorMessage(r)).trimmed());
            }
            PQclear(r);
            if (!ok) {
                PQfinish(c.conn);
                c.conn = nullptr;
                return false;
            }
        }
    }
    c.backoffMs = 100;
    return true;
}

void PgBenchWorker::disconnect(Client &c, int64_t now, bool lost)
{
    if (lost && !c.failed && c.script >= 0) {
        m_stats.recordError(pgErrorKind(nullptr),
                            QString::fromUtf8(c.conn ? PQerrorMessage(c.conn) : "").trimmed());
    }
    if (c.conn)
        PQfinish(c.conn);
    c.conn = nullptr;
    c.script = -1;
    c.command = 0;
    c.failed = false;
    c.state = Client::State::Connect;
    c.wakeAt = now + int64_t(c.backoffMs) * 1000000;
    c.backoffMs = std::min(c.backoffMs * 2, 1000);
}

bool PgBenchWorker::startTransaction(Client &c, int64_t now)
{
    if (!m_state.claim(now, &c.measured))
        return false;
    if (m_cumulativeWeights.size() == 1) {
        c.script = 0;
    } else {
        const double pick = c.rng.unit() * m_cumulativeWeights.back();
        c.script =
            int(std::upper_bound(m_cumulativeWeights.begin(), m_cumulativeWeights.end(), pick) -
                m_cumulativeWeights.begin());
        c.script = std::min(c.script, int(m_cumulativeWeights.size()) - 1);
    }
    c.command = 0;
    c.failed = false;
    c.txStart = now;
    return true;
}

void PgBenchWorker::finishTransaction(Client &c, int64_t now)
{
    // A transaction that ends after the deadline is not counted (the measured period ends
    // at the deadline).
    if (!m_state.endNs || now <= m_state.endNs) {
        m_stats.recordTransaction(now - c.txStart, c.measured);
        const PgScript &s = m_workload.scripts[size_t(c.script)];
        if (c.measured && s.commands.size() == 1) {
            const int replay = m_workload.statements[size_t(s.commands[0].statement)].replayIndex;
            if (replay >= 0) {
                std::lock_guard<std::mutex> lock(m_stats.mutex);
                if (size_t(replay) >= m_stats.perStatement.size())
                    m_stats.perStatement.resize(size_t(replay) + 1);
                ++m_stats.perStatement[size_t(replay)];
            }
        }
    }
    c.script = -1;
    c.command = 0;
    if (m_state.ratePerClient > 0) {
        const double gap = -std::log(1.0 - c.rng.unit()) / m_state.ratePerClient;
        c.nextStart = std::max(c.nextStart + int64_t(gap * 1e9), now - 1000000000);
    }
}

void PgBenchWorker::abortTransaction(Client &c, int64_t now)
{
    c.failed = false;
    if (c.conn && PQtransactionStatus(c.conn) != PQTRANS_IDLE) {
        if (PQsendQuery(c.conn, "ROLLBACK")) {
            c.state = Client::State::Rollback;
            return;
        }
        disconnect(c, now, false);
        return;
    }
    c.script = -1;
    c.command = 0;
    c.state = Client::State::Idle;
    advance(c, now);
}

bool PgBenchWorker::send(Client &c, const PgStatement &st)
{
    const size_t n = st.params.size();
    for (size_t k = 0; k < n; ++k) {
        const ParamSource &p = st.params[k];
        switch (p.kind) {
        case ParamSource::Kind::Variable: {
            const ScriptValue &v = c.vars[size_t(p.index)];
            char *buf = c.numbers[k].data();
            if (v.isDouble) {
                std::snprintf(buf, 32, "%.15g", v.d);
            } else {
                auto res = std::to_chars(buf, buf + 31, v.i);
                *res.ptr = '\0';
            }
            c.values[k] = buf;
            break;
        }
        case ParamSource::Kind::Sampled: {
            const std::vector<QByteArray> &list = m_workload.samples[size_t(p.index)];
            c.values[k] =
                list.empty() ? nullptr : list[size_t(c.rng.next() % list.size())].constData();
            break;
        }
        case ParamSource::Kind::Constant:
            c.values[k] = p.constant.constData();
            break;
        }
    }
    const size_t index = size_t(&st - m_workload.statements.data());
    switch (m_protocol) {
    case QueryProtocol::Prepared:
        return PQsendQueryPrepared(c.conn, m_statementNames[index].constData(), int(n),
                                   c.values.data(), nullptr, nullptr, 0) == 1;
    case QueryProtocol::Simple: {
        const std::vector<QByteArray> &pieces = m_simplePieces[index];
        const std::vector<int> &params = m_simpleParams[index];
        c.text.clear();
        for (size_t k = 0; k < pieces.size(); ++k) {
            c.text.append(pieces[k].constData(), size_t(pieces[k].size()));
            if (k < params.size()) {
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

void PgBenchWorker::advance(Client &c, int64_t now)
{
    for (;;) {
        if (c.script < 0) {
            if (m_state.shouldStop(now) || m_state.budgetSpent()) {
                c.state = Client::State::Done;
                return;
            }
            if (m_state.ratePerClient > 0 && now < c.nextStart) {
                c.state = Client::State::Sleeping;
                c.wakeAt = c.nextStart;
                return;
            }
            if (!startTransaction(c, now)) {
                c.state = Client::State::Done;
                return;
            }
        }
        const PgScript &script = m_workload.scripts[size_t(c.script)];
        if (c.command >= script.commands.size()) {
            finishTransaction(c, now);
            now = benchNowNs();
            continue;
        }
        const ScriptCommand &cmd = script.commands[c.command];
        switch (cmd.type) {
        case ScriptCommand::Type::Set: {
            bool failed = false;
            c.vars[size_t(cmd.variable)] = cmd.expr.evaluate(c.vars.data(), c.rng, &failed);
            if (failed) {
                m_stats.recordError(u"script error"_s,
                                    QCoreApplication::translate("PgBenchWorker",
                                                                "A \\set expression could not be "
                                                                "evaluated (division by zero or a "
                                                                "bad random range)."));
                abortTransaction(c, now);
                return;
            }
            ++c.command;
            continue;
        }
        case ScriptCommand::Type::Sleep: {
            bool failed = false;
            const double units = cmd.expr.evaluate(c.vars.data(), c.rng, &failed).toDouble();
            ++c.command;
            c.state = Client::State::Sleeping;
            c.wakeAt = now + int64_t(std::max(0.0, units) * double(cmd.sleepUnitNs));
            return;
        }
        case ScriptCommand::Type::Sql:
            if (!send(c, m_workload.statements[size_t(cmd.statement)])) {
                disconnect(c, now, true);
                return;
            }
            c.state = Client::State::Busy;
            return;
        }
    }
}

void PgBenchWorker::onReadable(Client &c, int64_t now)
{
    if (!PQconsumeInput(c.conn)) {
        disconnect(c, now, true);
        return;
    }
    while (!PQisBusy(c.conn)) {
        PGresult *r = PQgetResult(c.conn);
        if (!r) {
            if (PQstatus(c.conn) == CONNECTION_BAD) {
                disconnect(c, now, true);
                return;
            }
            if (c.state == Client::State::Rollback) {
                c.script = -1;
                c.command = 0;
                c.state = Client::State::Idle;
                advance(c, now);
            } else if (c.failed) {
                abortTransaction(c, now);
            } else {
                ++c.command;
                c.state = Client::State::Idle;
                advance(c, now);
            }
            return;
        }
        if (PQresultStatus(r) == PGRES_FATAL_ERROR) {
            const char *state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
            if (state && !c.failed && c.state != Client::State::Rollback) {
                m_stats.recordError(pgErrorKind(state),
                                    QString::fromUtf8(PQresultErrorMessage(r)).trimmed());
                c.failed = true;
            }
        }
        PQclear(r);
    }
}

void PgBenchWorker::run()
{
    std::vector<pollfd> fds;
    std::vector<Client *> owners;
    fds.reserve(m_clients.size());
    owners.reserve(m_clients.size());
    const int64_t start = benchNowNs();
    for (auto &c : m_clients) {
        if (m_state.ratePerClient > 0)
            c->nextStart =
                start + int64_t(-std::log(1.0 - c->rng.unit()) / m_state.ratePerClient * 1e9);
    }
    for (;;) {
        int64_t now = benchNowNs();
        if (m_state.canceled())
            break;
        const bool stopping = m_state.shouldStop(now);
        if (stopping && m_state.endNs && now > m_state.endNs + 2000000000LL)
            break; // statements still running 2 s after the deadline are canceled below
        int64_t nextWake = now + 50000000;
        int active = 0;
        fds.clear();
        owners.clear();
        for (auto &cp : m_clients) {
            Client &c = *cp;
            switch (c.state) {
            case Client::State::Connect:
                if (stopping || m_state.budgetSpent()) {
                    c.state = Client::State::Done;
                } else if (now >= c.wakeAt) {
                    if (connectClient(c, nullptr)) {
                        c.state = Client::State::Idle;
                        advance(c, now);
                    } else {
                        c.wakeAt = now + int64_t(c.backoffMs) * 1000000;
                        c.backoffMs = std::min(c.backoffMs * 2, 1000);
                    }
                }
                break;
            case Client::State::Idle:
                advance(c, now);
                break;
            case Client::State::Sleeping:
                if (now >= c.wakeAt) {
                    c.state = Client::State::Idle;
                    advance(c, now);
                }
                break;
            default:
                break;
            }
            switch (c.state) {
            case Client::State::Busy:
            case Client::State::Rollback:
                fds.push_back({PQsocket(c.conn), POLLIN, 0});
                owners.push_back(&c);
                ++active;
                break;
            case Client::State::Sleeping:
            case Client::State::Connect:
                nextWake = std::min(nextWake, c.wakeAt);
                ++active;
                break;
            case Client::State::Idle:
                nextWake = now;
                ++active;
                break;
            case Client::State::Done:
                break;
            }
        }
        if (active == 0)
            break;
        const int timeoutMs = int(std::max<int64_t>(0, (nextWake - now + 999999) / 1000000));
        const int ready = ::poll(fds.data(), nfds_t(fds.size()), timeoutMs);
        if (ready <= 0)
            continue;
        now = benchNowNs();
        for (size_t i = 0; i < fds.size(); ++i) {
            if (fds[i].revents)
                onReadable(*owners[i], now);
        }
    }
    // Canceled, or past the grace period: cancel what still runs on the server.
    for (auto &c : m_clients) {
        if (c->conn && (c->state == Client::State::Busy || c->state == Client::State::Rollback)) {
            if (PGcancel *cancel = PQgetCancel(c->conn)) {
                char err[256];
                PQcancel(cancel, err, sizeof err);
                PQfreeCancel(cancel);
            }
        }
        if (c->conn)
            PQfinish(c->conn);
        c->conn = nullptr;
        c->state = Client::State::Done;
    }
}

} // namespace sonde
