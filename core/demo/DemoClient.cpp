#include "DemoClient.h"

#include "DemoQueries.h"
#include "connection/RedisEndpoint.h"

#include <pqxx/pqxx>

#include <QHash>

#include <chrono>
#include <cmath>
#include <thread>

using namespace Qt::StringLiterals;
using Clock = std::chrono::steady_clock;

namespace sonde {

void DemoWorkload::Shared::recordError(const QString &message)
{
    errors.fetch_add(1);
    std::lock_guard<std::mutex> lock(errorMutex);
    lastError = message;
}

DemoClient::DemoClient(DemoWorkload::Shared &shared, int index)
    : m_shared(shared)
    , m_index(index)
    , m_rng(0x5eed0000u + unsigned(index))
{
    const auto now = Clock::now();
    m_nextReport = now + std::chrono::seconds(qMax(1, shared.settings.reportEverySeconds / 2));
    m_nextFlush = now + std::chrono::seconds(30);
    m_nextConnectAttempt = now;
}

bool DemoClient::sleepUntil(Clock::time_point t)
{
    while (!m_shared.stop.load()) {
        const auto now = Clock::now();
        if (now >= t)
            return true;
        std::this_thread::sleep_for(
            std::min<Clock::duration>(t - now, std::chrono::milliseconds(100)));
    }
    return false;
}

bool DemoClient::ensureConnected()
{
    if (m_pg.isOpen() && m_redis.isOpen())
        return true;
    if (Clock::now() < m_nextConnectAttempt)
        return false;
    // After a failure, wait a second before the next attempt (servers restarting).
    m_nextConnectAttempt = Clock::now() + std::chrono::seconds(1);
    if (!m_pg.isOpen()) {
        PgSessionOptions options;
        options.applicationName = u"demo-app"_s;
        options.throughPooler = m_shared.settings.throughPgBouncer;
        options.connectTimeoutSeconds = 3;
        if (DbError err = m_pg.open(m_shared.settings.postgres, options)) {
            m_shared.recordError(err.toString());
            return false;
        }
    }
    if (!m_redis.isOpen()) {
        RedisEndpoint ep;
        QString why;
        if (!RedisEndpoint::parse(m_shared.settings.redis, &ep, &why)) {
            m_shared.recordError(why);
            return false;
        }
        if (DbError err = m_redis.open(ep, 3000, 5000, "demo-app")) {
            m_shared.recordError(err.toString());
            return false;
        }
    }
    return true;
}

void DemoClient::run()
{
    auto next = Clock::now();
    while (!m_shared.stop.load()) {
        const double perClient = qMax(0.05, m_shared.rate.load() / m_shared.clientCount);
        const auto interval = std::chrono::duration_cast<Clock::duration>(
            std::chrono::duration<double>(1.0 / perClient));
        next += interval;
        // Behind by more than a second (a slow query, a restart): do not burst to catch up.
        if (next < Clock::now() - std::chrono::seconds(1))
            next = Clock::now();
        if (!sleepUntil(next))
            break;
        if (!ensureConnected())
            continue;
        oneRequest();
    }
}

qint64 DemoClient::pickId(qint64 n)
{
    const bool hot = uniform() < DemoWorkloadSettings::hotShare(mode());
    const qint64 range = hot ? qMin<qint64>(n, qMax(1, m_shared.settings.hotSetSize)) : n;
    return 1 + qint64(std::floor(double(range) * uniform())) % range;
}

QByteArray DemoClient::query(const char *sql, const std::vector<std::string> &params)
{
    QByteArray out;
    DbError err = m_pg.run([&](pqxx::connection &c) {
        pqxx::nontransaction tx(c);
        pqxx::result r;
        switch (params.size()) {
        case 0:
            r = tx.exec(sql);
            break;
        case 1:
            r = tx.exec_params(sql, params[0]);
            break;
        case 2:
            r = tx.exec_params(sql, params[0], params[1]);
            break;
        case 3:
            r = tx.exec_params(sql, params[0], params[1], params[2]);
            break;
        default:
            r = tx.exec_params(sql, params[0], params[1], params[2], params[3]);
            break;
        }
        for (const auto &row : r) {
            for (const auto &field : row) {
                out += field.c_str();
                out += '\x1f';
            }
            out += '\n';
        }
    });
    m_shared.queries.fetch_add(1);
    if (err) {
        m_shared.recordError(err.toString());
        return {};
    }
    return out.isEmpty() ? QByteArray("-") : out;
}

void DemoClient::cachedRead(const QByteArray &key, const char *sql, qint64 id)
{
    RedisReply reply;
    if (DbError err = m_redis.command({"GET", key}, &reply)) {
        m_shared.recordError(err.toString());
        return;
    }
    if (!reply.isNil()) {
        m_shared.cacheHits.fetch_add(1);
        return;
    }
    m_shared.cacheMisses.fetch_add(1);
    const QByteArray value = query(sql, {std::to_string(id)});
    if (value.isEmpty())
        return;
    const int ttl = DemoWorkloadSettings::cacheTtlSeconds(mode());
    if (DbError err = m_redis.command({"SET", key, value, "EX", QByteArray::number(ttl)}, &reply))
        m_shared.recordError(err.toString());
}

void DemoClient::invalidate(const QList<QByteArray> &keys)
{
    QList<QByteArray> args{"DEL"};
    args += keys;
    RedisReply reply;
    if (DbError err = m_redis.command(args, &reply))
        m_shared.recordError(err.toString());
}

void DemoClient::readUserProfile(qint64 user)
{
    cachedRead("user:" + QByteArray::number(user), DemoQueries::UserProfile, user);
}

void DemoClient::readProject(qint64 project)
{
    cachedRead("project:" + QByteArray::number(project), DemoQueries::ProjectById, project);
    cachedRead("project:" + QByteArray::number(project) + ":deployments",
               DemoQueries::RecentDeployments, project);
}

void DemoClient::readProjectsOf(qint64 user)
{
    cachedRead("user:" + QByteArray::number(user) + ":projects", DemoQueries::ProjectsOfOwner,
               user);
}

void DemoClient::readFeed(qint64 user)
{
    cachedRead("user:" + QByteArray::number(user) + ":feed", DemoQueries::ActivityFeed, user);
}

void DemoClient::warmHotSet()
{
    if (!ensureConnected())
        return;
    const qint64 hot = qMax(1, m_shared.settings.hotSetSize);
    warmKeys(DemoQueries::WarmUserProfiles, "user:", "", qMin(hot, m_shared.users));
    warmKeys(DemoQueries::WarmProjectsOfOwners, "user:", ":projects", qMin(hot, m_shared.users));
    warmKeys(DemoQueries::WarmActivityFeeds, "user:", ":feed", qMin(hot, m_shared.users));
    warmKeys(DemoQueries::WarmProjects, "project:", "", qMin(hot, m_shared.projects));
    warmKeys(DemoQueries::WarmRecentDeployments, "project:", ":deployments",
             qMin(hot, m_shared.projects));
}

void DemoClient::warmKeys(const char *sql, const QByteArray &prefix, const QByteArray &suffix,
                          qint64 upTo)
{
    // The value each key gets is what query() returns for that id alone.
    QHash<qint64, QByteArray> values;
    const DbError err = m_pg.run([&](pqxx::connection &c) {
        pqxx::nontransaction tx(c);
        for (const auto &row : tx.exec_params(sql, upTo)) {
            QByteArray &v = values[row[0].as<qint64>()];
            for (int i = 1; i < int(row.size()); ++i) {
                v += row[i].c_str();
                v += '\x1f';
            }
            v += '\n';
        }
    });
    m_shared.queries.fetch_add(1);
    if (err) {
        m_shared.recordError(err.toString());
        return;
    }
    const QByteArray ttl = QByteArray::number(DemoWorkloadSettings::cacheTtlSeconds(mode()));
    RedisReply reply;
    for (qint64 id = 1; id <= upTo && !m_shared.stop.load(); ++id) {
        const QByteArray value = values.value(id, QByteArray("-"));
        if (DbError e = m_redis.command(
                {"SET", prefix + QByteArray::number(id) + suffix, value, "EX", ttl}, &reply)) {
            m_shared.recordError(e.toString());
            return;
        }
    }
}

void DemoClient::read()
{
    const double r = uniform();
    if (r < 0.30) {
        readUserProfile(pickId(m_shared.users));
    } else if (r < 0.40) {
        // Logins are never cached; they also touch last_login_at.
        const qint64 user = pickId(m_shared.users);
        const std::string email = "user" + std::to_string(user) + "@example.com";
        query(DemoQueries::LoginLookup, {email});
        query(DemoQueries::TouchLastLogin, {std::to_string(user)});
        m_shared.writes.fetch_add(1);
    } else if (r < 0.65) {
        readProject(pickId(m_shared.projects));
    } else if (r < 0.75) {
        readProjectsOf(pickId(m_shared.users));
    } else if (r < 0.92) {
        readFeed(pickId(m_shared.users));
    } else {
        query(DemoQueries::PendingQueue, {});
    }
}

void DemoClient::write()
{
    m_shared.writes.fetch_add(1);
    const qint64 project = pickId(m_shared.projects);
    const qint64 user = pickId(m_shared.users);
    if (uniform() < 0.6) {
        static const char *const environments[] = {"production", "staging", "preview"};
        const std::string env = environments[m_rng() % 3];
        const QByteArray id =
            query(
                DemoQueries::CreateDeployment,
                {std::to_string(project),
                 std::to_string(1 + qint64(m_rng() % quint64(qMax<qint64>(1, m_shared.templates)))),
                 std::to_string(user), env})
                .split('\x1f')
                .value(0);
        if (!id.isEmpty() && id != "-") {
            query(DemoQueries::RecordAudit,
                  {std::to_string(1 + user % qMax<qint64>(1, m_shared.teams)), std::to_string(user),
                   "deploy", id.toStdString()});
        }
    } else {
        // Finish one of the recent deployments.
        const qint64 recent = qMax<qint64>(1, m_shared.deployments - qint64(m_rng() % 1000));
        query(DemoQueries::FinishDeployment,
              {std::to_string(recent), uniform() < 0.9 ? "succeeded" : "failed",
               std::to_string(20000 + m_rng() % 200000)});
    }
    invalidate({"project:" + QByteArray::number(project) + ":deployments",
                "user:" + QByteArray::number(user) + ":feed"});
}

void DemoClient::report()
{
    m_shared.reports.fetch_add(1);
    query(m_shared.reports.load() % 2 ? DemoQueries::DeploymentReport
                                      : DemoQueries::TeamActivityReport,
          {});
}

void DemoClient::oneRequest()
{
    m_shared.requests.fetch_add(1);
    const auto now = Clock::now();
    if (m_index == 0 && now >= m_nextReport) {
        m_nextReport = now + std::chrono::seconds(qMax(1, m_shared.settings.reportEverySeconds));
        report();
        return;
    }
    if (m_index == 0 && now >= m_nextFlush) {
        m_nextFlush = now + std::chrono::seconds(30);
        if (mode() == DemoWorkloadSettings::CacheMode::Cold) {
            RedisReply reply;
            m_redis.command({"FLUSHDB"}, &reply);
        }
    }
    if (uniform() < m_shared.writeShare.load())
        write();
    else
        read();
}

} // namespace sonde
