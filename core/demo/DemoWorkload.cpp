#include "DemoWorkload.h"

#include "DemoClient.h"
#include "connection/PgSession.h"

#include <pqxx/pqxx>

#include <pthread.h>

using namespace Qt::StringLiterals;

namespace sonde {

DemoWorkload::DemoWorkload()
    : m_shared(std::make_unique<Shared>())
{}

DemoWorkload::~DemoWorkload()
{
    stop();
}

bool DemoWorkload::start(const DemoWorkloadSettings &settings, QString *error)
{
    stop();
    m_shared = std::make_unique<Shared>();
    m_shared->settings = settings;
    m_shared->rate.store(settings.requestsPerSecond);
    m_shared->writeShare.store(settings.writeShare);
    m_shared->mode.store(int(settings.cacheMode));

    PgSession session;
    PgSessionOptions options;
    options.applicationName = u"demo-app"_s;
    options.throughPooler = settings.throughPgBouncer;
    if (DbError err = session.open(settings.postgres, options)) {
        *error = tr("The demo workload cannot connect to PostgreSQL: %1").arg(err.toString());
        return false;
    }
    DbError err = session.run([&](pqxx::connection &c) {
        pqxx::nontransaction tx(c);
        const pqxx::row r =
            tx.exec1("SELECT (SELECT max(id) FROM users), (SELECT max(id) FROM projects), "
                     "(SELECT max(id) FROM teams), (SELECT max(id) FROM templates), "
                     "(SELECT max(id) FROM deployments)");
        m_shared->users = r[0].as<qint64>(0);
        m_shared->projects = r[1].as<qint64>(0);
        m_shared->teams = r[2].as<qint64>(0);
        m_shared->templates = r[3].as<qint64>(0);
        m_shared->deployments = r[4].as<qint64>(0);
    });
    if (err || m_shared->users <= 0 || m_shared->projects <= 0) {
        *error = tr("The demo database is not seeded: %1")
                     .arg(err ? err.toString() : tr("no users or projects"));
        return false;
    }
    // A healthy or cold cache starts as a running application left it; a thrashing one never
    // holds anything for long.
    if (settings.cacheMode != DemoWorkloadSettings::CacheMode::Thrashing) {
        DemoClient(*m_shared, 0).warmHotSet();
        m_shared->cacheHits = 0;
        m_shared->cacheMisses = 0;
    }
    const int clients = qMax(1, settings.clients);
    m_shared->clientCount = clients;
    for (int i = 0; i < clients; ++i)
        m_threads.emplace_back([shared = m_shared.get(), i]() {
            // Named so per-thread CPU figures (top -H, the overhead benchmark) tell the
            // demo's application load apart from the console's own work.
            pthread_setname_np(pthread_self(), "demo-client");
            DemoClient(*shared, i).run();
        });
    return true;
}

void DemoWorkload::stop()
{
    if (m_shared)
        m_shared->stop.store(true);
    for (std::thread &t : m_threads) {
        if (t.joinable())
            t.join();
    }
    m_threads.clear();
}

void DemoWorkload::setRequestsPerSecond(double rate)
{
    m_shared->rate.store(qMax(0.1, rate));
}

void DemoWorkload::setWriteShare(double share)
{
    m_shared->writeShare.store(qBound(0.0, share, 1.0));
}

void DemoWorkload::setCacheMode(DemoWorkloadSettings::CacheMode mode)
{
    m_shared->mode.store(int(mode));
}

DemoWorkloadSettings::CacheMode DemoWorkload::cacheMode() const
{
    return DemoWorkloadSettings::CacheMode(m_shared->mode.load());
}

DemoWorkloadStats DemoWorkload::stats() const
{
    DemoWorkloadStats s;
    const Shared &sh = *m_shared;
    s.requests = sh.requests.load();
    s.cacheHits = sh.cacheHits.load();
    s.cacheMisses = sh.cacheMisses.load();
    s.queries = sh.queries.load();
    s.writes = sh.writes.load();
    s.reports = sh.reports.load();
    s.errors = sh.errors.load();
    std::lock_guard<std::mutex> lock(sh.errorMutex);
    s.lastError = sh.lastError;
    return s;
}

} // namespace sonde
