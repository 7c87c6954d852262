#include "RedisBenchWorker.h"

#include "ScriptExpression.h"
#include "connection/RedisClient.h"

#include <poll.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

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
    RedisClient redis;
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

RedisBenchWorker::~RedisBenchWorker() = default;

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
    if (DbError err = c.redis.open(m_endpoint, 5000, 30000, "sonde-bench")) {
        if (error)
            *error = err.message;
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
    c.redis.close();
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
    if (DbError err = c.redis.send(c.out.data(), qsizetype(c.out.size()))) {
        disconnect(c, now, err.message);
        return;
    }
    c.state = Client::State::Busy;
    if (m_state.ratePerClient > 0) {
        const double gap = -std::log(1.0 - c.rng.unit()) / m_state.ratePerClient * count;
        c.nextStart = std::max(c.nextStart + int64_t(gap * 1e9), now - 1000000000);
    }
}

void RedisBenchWorker::onReadable(Client &c, int64_t now)
{
    RedisClient::Arrived arrived;
    const DbError err = c.redis.takeArrived(c.pending, &arrived);
    // Every reply read here took the same time: record them in one go (one lock per read).
    const int64_t ok = arrived.replies - arrived.errors.size();
    if (ok > 0 && (!m_state.endNs || now <= m_state.endNs))
        m_stats.recordTransaction(now - c.batchStart, c.measured, ok);
    for (const QByteArray &reply : arrived.errors) {
        const QString text = QString::fromUtf8(reply);
        m_stats.recordError(text.section(u' ', 0, 0), text);
    }
    c.pending -= arrived.replies;
    if (err) {
        disconnect(c, now, err.message);
        return;
    }
    if (c.pending == 0) {
        c.state = Client::State::Idle;
        startBatch(c, now);
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
                fds.push_back({c.redis.socketDescriptor(), POLLIN, 0});
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
        c->redis.close();
        c->state = Client::State::Done;
    }
}

} // namespace sonde
