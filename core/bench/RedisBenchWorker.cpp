#include "RedisBenchWorker.h"

#include "ScriptExpression.h"

#include <QCoreApplication>

#include <hiredis/hiredis.h>
#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// Translation context for the messages of this file (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RedisBenchWorker)
};

constexpr int KeyDigits = 12;

std::string bulk(const std::string &s)
{
    return "$" + std::to_string(s.size()) + "\r\n" + s + "\r\n";
}

void writeKeyDigits(char *at, uint64_t key)
{
    for (int i = KeyDigits - 1; i >= 0; --i) {
        at[i] = char('0' + key % 10);
        key /= 10;
    }
}

} // namespace

redisContext *openBenchRedis(const RedisEndpoint &endpoint, QString *error)
{
    if (endpoint.tls) {
        *error = Text::tr("This build's hiredis has no TLS support (rediss://).");
        return nullptr;
    }
    timeval tv{5, 0};
    redisContext *ctx =
        redisConnectWithTimeout(endpoint.host.toUtf8().constData(), endpoint.port, tv);
    if (!ctx || ctx->err) {
        *error = Text::tr("Cannot connect to %1: %2")
                     .arg(endpoint.target(),
                          ctx ? QString::fromUtf8(ctx->errstr) : Text::tr("out of memory"));
        if (ctx)
            redisFree(ctx);
        return nullptr;
    }
    redisSetTimeout(ctx, timeval{30, 0});
    auto run = [&](std::vector<QByteArray> args) {
        std::vector<const char *> argv;
        std::vector<size_t> lens;
        for (const QByteArray &a : args) {
            argv.push_back(a.constData());
            lens.push_back(size_t(a.size()));
        }
        auto *r = static_cast<redisReply *>(
            redisCommandArgv(ctx, int(argv.size()), argv.data(), lens.data()));
        QString problem;
        if (!r)
            problem = QString::fromUtf8(ctx->errstr);
        else if (r->type == REDIS_REPLY_ERROR)
            problem = QString::fromUtf8(r->str, int(r->len));
        if (r)
            freeReplyObject(r);
        return problem;
    };
    QString problem;
    if (!endpoint.password.isEmpty()) {
        const QList<QByteArray> auth = endpoint.authCommand();
        problem = run(std::vector<QByteArray>(auth.cbegin(), auth.cend()));
        if (!problem.isEmpty())
            problem = Text::tr("%1 refused the user name or password (%2).")
                          .arg(endpoint.target(), problem);
    }
    if (problem.isEmpty() && endpoint.database != 0)
        problem = run({"SELECT", QByteArray::number(endpoint.database)});
    if (problem.isEmpty())
        problem = run({"PING"});
    if (!problem.isEmpty()) {
        *error = problem;
        redisFree(ctx);
        return nullptr;
    }
    run({"CLIENT", "SETNAME", "sonde-bench"});
    return ctx;
}

struct RedisBenchWorker::Client
{
    enum class State
    {
        Connect,
        Idle,
        Busy,
        Sleeping,
        Done,
    };
    int id = 0;
    redisContext *ctx = nullptr;
    State state = State::Connect;
    ScriptRandom rng;
    std::string out;
    int pending = 0;
    bool measured = false;
    int64_t batchStart = 0;
    int64_t wakeAt = 0;
    int64_t nextStart = 0;
    int backoffMs = 100;
};

RedisBenchWorker::RedisBenchWorker(const BenchmarkConfig &config, const RedisEndpoint &endpoint,
                                   BenchRunState &state, BenchThreadStats &stats, int firstClientId,
                                   int clientCount)
    : m_config(config)
    , m_endpoint(endpoint)
    , m_state(state)
    , m_stats(stats)
{
    const std::string key = "key:" + std::string(KeyDigits, '0');
    m_getTemplate = "*2\r\n" + bulk("GET");
    m_getKeyOffset = m_getTemplate.size() + 1 + std::to_string(key.size()).size() + 2 + 4;
    m_getTemplate += bulk(key);
    m_setTemplate = "*3\r\n" + bulk("SET");
    m_setKeyOffset = m_setTemplate.size() + 1 + std::to_string(key.size()).size() + 2 + 4;
    m_setTemplate += bulk(key) + bulk(std::string(size_t(config.valueSize), 'x'));
    for (int i = 0; i < clientCount; ++i) {
        auto c = std::make_unique<Client>();
        c->id = firstClientId + i;
        c->rng = ScriptRandom(0xc0ffee * uint64_t(c->id + 1) ^ uint64_t(benchNowNs()));
        m_clients.push_back(std::move(c));
    }
}

RedisBenchWorker::~RedisBenchWorker()
{
    for (auto &c : m_clients) {
        if (c->ctx)
            redisFree(c->ctx);
    }
}

bool RedisBenchWorker::connectAll(QString *error)
{
    for (auto &c : m_clients) {
        if (!connectClient(*c, error))
            return false;
        c->state = Client::State::Idle;
    }
    return true;
}

bool RedisBenchWorker::connectClient(Client &c, QString *error)
{
    QString err;
    c.ctx = openBenchRedis(m_endpoint, &err);
    if (!c.ctx) {
        if (error)
            *error = err;
        return false;
    }
    c.backoffMs = 100;
    c.pending = 0;
    return true;
}

void RedisBenchWorker::disconnect(Client &c, int64_t now, const QString &why)
{
    for (int i = 0; i < c.pending; ++i)
        m_stats.recordError(u"connection lost"_s, why);
    if (c.ctx)
        redisFree(c.ctx);
    c.ctx = nullptr;
    c.pending = 0;
    c.state = Client::State::Connect;
    c.wakeAt = now + int64_t(c.backoffMs) * 1000000;
    c.backoffMs = std::min(c.backoffMs * 2, 1000);
}

void RedisBenchWorker::startBatch(Client &c, int64_t now)
{
    if (m_state.shouldStop(now) || m_state.budgetSpent()) {
        c.state = Client::State::Done;
        return;
    }
    if (m_state.ratePerClient > 0 && now < c.nextStart) {
        c.state = Client::State::Sleeping;
        c.wakeAt = c.nextStart;
        return;
    }
    c.out.clear();
    int count = 0;
    bool measured = false;
    for (int i = 0; i < m_config.pipeline; ++i) {
        if (!m_state.claim(now, &measured))
            break;
        bool set = m_config.workload == WorkloadKind::RedisSet;
        if (m_config.workload == WorkloadKind::RedisMixed)
            set = c.rng.unit() < m_config.setShare;
        const std::string &tpl = set ? m_setTemplate : m_getTemplate;
        const size_t at = c.out.size() + (set ? m_setKeyOffset : m_getKeyOffset);
        c.out += tpl;
        writeKeyDigits(&c.out[at], c.rng.next() % uint64_t(m_config.keySpace));
        ++count;
    }
    if (count == 0) {
        c.state = Client::State::Done;
        return;
    }
    c.measured = measured;
    c.batchStart = now;
    c.pending = count;
    size_t written = 0;
    while (written < c.out.size()) {
        const ssize_t n = ::write(c.ctx->fd, c.out.data() + written, c.out.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            disconnect(c, now, Text::tr("The connection to %1 was lost.").arg(m_endpoint.target()));
            return;
        }
        written += size_t(n);
    }
    c.state = Client::State::Busy;
    if (m_state.ratePerClient > 0) {
        const double gap = -std::log(1.0 - c.rng.unit()) / m_state.ratePerClient * count;
        c.nextStart = std::max(c.nextStart + int64_t(gap * 1e9), now - 1000000000);
    }
}

void RedisBenchWorker::onReadable(Client &c, int64_t now)
{
    char buf[16384];
    const ssize_t n = ::read(c.ctx->fd, buf, sizeof buf);
    if (n <= 0) {
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            return;
        disconnect(c, now, Text::tr("The connection to %1 was lost.").arg(m_endpoint.target()));
        return;
    }
    redisReaderFeed(c.ctx->reader, buf, size_t(n));
    const bool counted = !m_state.endNs || now <= m_state.endNs;
    // Every reply read here took the same time: record them in one go (one lock per read).
    int64_t ok = 0;
    auto flush = [&]() {
        if (ok > 0 && counted)
            m_stats.recordTransaction(now - c.batchStart, c.measured, ok);
        ok = 0;
    };
    for (;;) {
        void *reply = nullptr;
        if (redisReaderGetReply(c.ctx->reader, &reply) != REDIS_OK) {
            flush();
            disconnect(
                c, now,
                Text::tr("%1 sent a reply that is not valid RESP.").arg(m_endpoint.target()));
            return;
        }
        if (!reply) {
            flush();
            break;
        }
        auto *r = static_cast<redisReply *>(reply);
        if (r->type == REDIS_REPLY_ERROR) {
            const QString text = QString::fromUtf8(r->str, int(r->len));
            m_stats.recordError(text.section(u' ', 0, 0), text);
        } else {
            ++ok;
        }
        freeReplyObject(r);
        if (--c.pending == 0) {
            flush();
            c.state = Client::State::Idle;
            startBatch(c, now);
            return;
        }
    }
}

void RedisBenchWorker::run()
{
    std::vector<pollfd> fds;
    std::vector<Client *> owners;
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
            break;
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
                    if (connectClient(c, nullptr))
                        startBatch(c, now);
                    else
                        c.wakeAt = now + int64_t(std::min(c.backoffMs *= 2, 1000)) * 1000000;
                }
                break;
            case Client::State::Idle:
                startBatch(c, now);
                break;
            case Client::State::Sleeping:
                if (now >= c.wakeAt)
                    startBatch(c, now);
                break;
            default:
                break;
            }
            switch (c.state) {
            case Client::State::Busy:
                fds.push_back({c.ctx->fd, POLLIN, 0});
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
        if (::poll(fds.data(), nfds_t(fds.size()), timeoutMs) <= 0)
            continue;
        now = benchNowNs();
        for (size_t i = 0; i < fds.size(); ++i) {
            if (fds[i].revents)
                onReadable(*owners[i], now);
        }
    }
    for (auto &c : m_clients) {
        if (c->ctx)
            redisFree(c->ctx);
        c->ctx = nullptr;
        c->state = Client::State::Done;
    }
}

} // namespace sonde
