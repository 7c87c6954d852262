#include "PgBenchWorker.h"

#include "PgBenchClient.h"
#include "connection/PgErrors.h"

#include <QCoreApplication>

#include <poll.h>

#include <algorithm>
#include <cmath>
#include <cstring>

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

PgBenchWorker::PgBenchWorker(const PgWorkload &workload, const PgRunOptions &options,
                             BenchRunState &state, BenchThreadStats &stats, int firstClientId,
                             int clientCount)
    : m_workload(workload)
    , m_options(options)
    , m_state(state)
    , m_stats(stats)
    , m_choose(options.seeds.scriptChoice[size_t(options.thread)])
    , m_rateDelays(options.seeds.rateDelays[size_t(options.thread)])
{
    int64_t sum = 0;
    for (const PgScript &s : workload.scripts) {
        sum += std::max<int64_t>(0, s.weight);
        m_cumulativeWeights.push_back(sum);
        ScriptStatistics stat;
        stat.commands.resize(s.commands.size());
        m_scriptStats.push_back(std::move(stat));
    }
    m_ratePerThread = state.ratePerClient * clientCount;
    size_t maxParams = 1;
    for (size_t i = 0; i < workload.statements.size(); ++i) {
        const PgStatement &st = workload.statements[i];
        maxParams = std::max(maxParams, st.params.size());
        m_statementNames.push_back("sonde_bench_" + QByteArray::number(qulonglong(i)));
        // Replayed statements under the simple protocol: the text between the $n markers.
        std::vector<QByteArray> pieces;
        std::vector<int> params;
        QByteArray piece;
        const QByteArray &sql = st.sql;
        for (qsizetype k = 0; !st.fromScript && k < sql.size(); ++k) {
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
        m_replayPieces.push_back(std::move(pieces));
        m_replayParams.push_back(std::move(params));
    }
    for (int i = 0; i < clientCount; ++i) {
        const int id = firstClientId + i;
        const ScriptInterpreter::Seeds seeds{options.seeds.clients[size_t(id)],
                                             int64_t(options.seeds.defaultSeed),
                                             options.randomSeed};
        auto c = std::make_unique<Client>(workload, id, seeds, options.output);
        c->values.resize(maxParams);
        m_clients.push_back(std::move(c));
    }
}

PgBenchWorker::~PgBenchWorker()
{
    for (auto &c : m_clients)
        c->close();
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
    c.conn = PQconnectdb(m_options.connString.constData());
    if (PQstatus(c.conn) != CONNECTION_OK) {
        if (error)
            *error = pgConnectError(PQerrorMessage(c.conn), QString()).message;
        c.close();
        return false;
    }
    if (m_options.protocol == QueryProtocol::Prepared) {
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
                c.close();
                return false;
            }
        }
    }
    c.backoffMs = 100;
    return true;
}

void PgBenchWorker::disconnect(Client &c, int64_t now, bool lost)
{
    if (lost && c.running()) {
        m_stats.recordError(pgErrorKind(nullptr),
                            QString::fromUtf8(c.conn ? PQerrorMessage(c.conn) : "").trimmed());
    }
    c.close();
    c.endScript();
    c.state = Client::State::Connect;
    c.wakeAt = now + int64_t(c.backoffMs) * 1000000;
    c.backoffMs = std::min(c.backoffMs * 2, 1000);
}

int PgBenchWorker::chooseScript()
{
    if (m_cumulativeWeights.size() == 1)
        return 0;
    // pgbench's weighted pick: a uniform draw in [0, total weight).
    const int64_t w = m_choose.uniform(0, m_cumulativeWeights.back() - 1);
    return int(std::upper_bound(m_cumulativeWeights.begin(), m_cumulativeWeights.end(), w) -
               m_cumulativeWeights.begin());
}

bool PgBenchWorker::beginTransaction(Client &c, int64_t now)
{
    if (c.chosen < 0) {
        if (m_state.shouldStop(now) || m_state.budgetSpent() || !m_state.claim(now, &c.measured)) {
            c.finish();
            return false;
        }
        c.chosen = chooseScript();
        if (m_ratePerThread > 0) {
            // The thread's next slot of a Poisson schedule (mean 1/rate), in microseconds
            // as pgbench draws it; a slot already later than the latency limit is skipped.
            for (;;) {
                m_throttleTrigger += m_rateDelays.poisson(1e6 / m_ratePerThread) * int64_t(1000);
                c.scheduled = m_throttleTrigger;
                if (!m_options.latencyLimitNs || c.scheduled >= now - m_options.latencyLimitNs)
                    break;
                if (c.measured)
                    ++m_scriptStats[size_t(c.chosen)].skipped;
                if (m_state.shouldStop(now) || !m_state.claim(now, &c.measured)) {
                    c.chosen = -1;
                    c.finish();
                    return false;
                }
            }
            if (m_state.endNs && c.scheduled > m_state.endNs) {
                c.finish();
                return false;
            }
        }
    }
    if (m_ratePerThread > 0 && now < c.scheduled) {
        c.state = Client::State::Throttle;
        c.wakeAt = c.scheduled;
        return false;
    }
    c.interp.startScript(c.chosen);
    c.chosen = -1;
    c.interp.setStatistics(c.measured ? &m_scriptStats : nullptr);
    c.txStart = now;
    if (m_ratePerThread <= 0)
        c.scheduled = now;
    c.tries = 1;
    c.sentSql = false;
    c.failure = Failure::None;
    c.state = Client::State::Idle;
    return true;
}

void PgBenchWorker::finishTransaction(Client &c, int64_t now)
{
    const int script = c.interp.script();
    // A transaction that ends after the deadline is not counted (the measured period ends
    // at the deadline).
    if (!m_state.endNs || now <= m_state.endNs) {
        const int64_t latency = now - c.scheduled;
        m_stats.recordTransaction(latency, c.measured);
        if (c.measured) {
            ScriptStatistics &s = m_scriptStats[size_t(script)];
            ++s.transactions;
            const double ms = double(latency) / 1e6;
            s.latencySumMs += ms;
            s.latencySquaresMs += ms * ms;
            if (m_options.latencyLimitNs && latency > m_options.latencyLimitNs)
                ++s.late;
            if (c.tries > 1) {
                ++s.retried;
                s.retries += c.tries - 1;
            }
            const PgScript &ps = m_workload.scripts[size_t(script)];
            // A replayed statement is a script of one SQL command (a script of one
            // meta-command has no statement).
            if (ps.commands.size() == 1 && ps.commands[0].statement >= 0) {
                const int replay =
                    m_workload.statements[size_t(ps.commands[0].statement)].replayIndex;
                if (replay >= 0) {
                    std::lock_guard<std::mutex> lock(m_stats.mutex);
                    if (size_t(replay) >= m_stats.perStatement.size())
                        m_stats.perStatement.resize(size_t(replay) + 1);
                    ++m_stats.perStatement[size_t(replay)];
                }
            }
        }
    }
    c.endScript();
    c.state = Client::State::Idle;
}

void PgBenchWorker::sleepUntil(Client &c, int64_t at)
{
    c.state = Client::State::Sleeping;
    c.wakeAt = at;
}

void PgBenchWorker::advance(Client &c, int64_t now)
{
    for (;;) {
        if (!c.running()) {
            if (!beginTransaction(c, now))
                return;
        }
        const ScriptInterpreter::Step step = c.interp.advance();
        c.commandStart = now;
        switch (step) {
        case ScriptInterpreter::Step::Sql: {
            const ScriptCommand &cmd = c.interp.command();
            if (c.pipeline && cmd.store != ScriptCommand::Store::None) {
                return stopClient(c, QCoreApplication::translate(
                                         "PgBenchWorker",
                                         "%1, line %2: \\gset and \\aset are not allowed in "
                                         "pipeline mode")
                                         .arg(m_workload.scripts[size_t(c.interp.script())].name)
                                         .arg(cmd.line));
            }
            if (!send(c, m_workload.statements[size_t(cmd.statement)])) {
                if (c.failure == Failure::Script)
                    return stopClient(c, c.interp.error());
                return disconnect(c, now, true);
            }
            c.sentSql = true;
            if (c.pipeline) {
                commandDone(c, benchNowNs());
                continue;
            }
            c.state = Client::State::Busy;
            return;
        }
        case ScriptInterpreter::Step::Sleep:
            sleepUntil(c, now + c.interp.sleepMicroseconds() * 1000);
            return;
        case ScriptInterpreter::Step::StartPipeline:
            if (c.pipeline || PQenterPipelineMode(c.conn) != 1) {
                return stopClient(c, QCoreApplication::translate(
                                         "PgBenchWorker", "\\startpipeline: already in pipeline "
                                                          "mode"));
            }
            c.pipeline = true;
            commandDone(c, benchNowNs());
            continue;
        case ScriptInterpreter::Step::EndPipeline:
            if (!c.pipeline) {
                return stopClient(c, QCoreApplication::translate(
                                         "PgBenchWorker", "\\endpipeline: not in pipeline mode"));
            }
            if (PQpipelineSync(c.conn) != 1)
                return disconnect(c, now, true);
            c.state = Client::State::Busy;
            return;
        case ScriptInterpreter::Step::Failed:
            return stopClient(c, c.interp.error());
        case ScriptInterpreter::Step::End:
            break;
        }
        // The end of the script.
        if (c.pipeline) {
            return stopClient(c, QCoreApplication::translate(
                                     "PgBenchWorker", "end of script reached with a pipeline "
                                                      "open (\\startpipeline without "
                                                      "\\endpipeline)"));
        }
        if (c.conn && PQtransactionStatus(c.conn) != PQTRANS_IDLE) {
            return stopClient(c, QCoreApplication::translate(
                                     "PgBenchWorker", "end of script reached without completing "
                                                      "the last transaction (a BEGIN without "
                                                      "COMMIT or ROLLBACK)"));
        }
        const bool sentSql = c.sentSql;
        finishTransaction(c, now);
        // A script of meta-commands only gives the thread's other clients their turn.
        if (!sentSql)
            return;
        now = benchNowNs();
    }
}

void PgBenchWorker::commandDone(Client &c, int64_t now)
{
    if (c.measured) {
        CommandStatistics &s = m_scriptStats[size_t(c.interp.script())].commands[c.interp.pc()];
        ++s.count;
        s.totalNs += now - c.commandStart;
    }
    c.interp.next();
    c.state = Client::State::Idle;
}

bool PgBenchWorker::canRetry(const Client &c, int64_t now) const
{
    if (m_options.maxTries > 0 && c.tries >= m_options.maxTries)
        return false;
    if (m_options.latencyLimitNs && now - c.scheduled > m_options.latencyLimitNs)
        return false;
    return !m_state.shouldStop(now);
}

void PgBenchWorker::fail(Client &c, int64_t now, Failure kind, const QString &kindName,
                         const QString &message)
{
    c.failure = kind;
    c.failureKind = kindName;
    c.failureMessage = message;
    c.failedCommand = c.interp.pc();
    if (c.conn && PQtransactionStatus(c.conn) != PQTRANS_IDLE) {
        if (PQsendQuery(c.conn, "ROLLBACK") == 1) {
            c.state = Client::State::Rollback;
            return;
        }
        disconnect(c, now, true);
        return;
    }
    afterFailure(c, now);
}

void PgBenchWorker::afterFailure(Client &c, int64_t now)
{
    const int script = c.interp.script();
    if (c.failure == Failure::Script)
        return stopClient(c, c.failureMessage);
    CommandStatistics *command =
        c.measured ? &m_scriptStats[size_t(script)].commands[c.failedCommand] : nullptr;
    if (c.failure == Failure::Retryable && canRetry(c, now)) {
        // Again from the first command, drawing the same random values.
        ++c.tries;
        if (command)
            ++command->retries;
        c.failure = Failure::None;
        c.interp.retry();
        c.state = Client::State::Idle;
        return advance(c, now);
    }
    m_stats.recordError(c.failureKind, c.failureMessage);
    if (c.measured) {
        ScriptStatistics &s = m_scriptStats[size_t(script)];
        ++s.failed;
        if (c.tries > 1) {
            ++s.retried;
            s.retries += c.tries - 1;
        }
        ++command->failures;
    }
    c.endScript();
    c.state = Client::State::Idle;
    advance(c, now);
}

void PgBenchWorker::stopClient(Client &c, const QString &message)
{
    m_stats.recordError(u"script error"_s, message);
    if (m_stopReason.isEmpty())
        m_stopReason = message;
    ++m_stoppedClients;
    c.close();
    c.endScript();
    c.state = Client::State::Done;
}

void PgBenchWorker::run()
{
    std::vector<pollfd> fds;
    std::vector<Client *> owners;
    fds.reserve(m_clients.size());
    owners.reserve(m_clients.size());
    m_throttleTrigger = benchNowNs();
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
            case Client::State::Throttle:
                if (now >= c.wakeAt) {
                    c.state = Client::State::Idle;
                    advance(c, now);
                }
                break;
            case Client::State::Sleeping:
                if (now >= c.wakeAt) {
                    commandDone(c, now);
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
            case Client::State::Throttle:
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
        c->close();
        c->state = Client::State::Done;
    }
}

} // namespace sonde
