#include "DemoEnvironment.h"

#include "DemoSeeder.h"
#include "connection/RedisClient.h"

#include <QElapsedTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sonde {

bool DemoOptions::parseMode(const QString &text, DemoOptions *options)
{
    options->plantProblems = text.trimmed().toLower() == u"problems"_s;
    if (options->plantProblems) {
        options->workload.cacheMode = DemoWorkloadSettings::CacheMode::Healthy;
        return true;
    }
    return DemoWorkloadSettings::parseCacheMode(text, &options->workload.cacheMode);
}

DemoEnvironment::DemoEnvironment() = default;

DemoEnvironment::~DemoEnvironment()
{
    stop();
}

bool DemoEnvironment::start(const DemoOptions &options, const Progress &progress,
                            const std::atomic<bool> *cancel, QString *error,
                            const std::function<void()> &serversUp)
{
    stop();
    SandboxOptions sandboxOptions = options.sandbox;
    // Room for the whole demo database in PostgreSQL's buffer cache (about 550 MB at scale
    // 1), and four times its largest table so scans keep their pages there: the buffer cache
    // is healthy unless a mode says otherwise.
    const int sharedBuffersMb = std::clamp(int(1600 * options.scale), 128, 16384);
    sandboxOptions.extraPostgresConfig += u"\nshared_buffers = %1MB\n"_s.arg(sharedBuffersMb);
    if (options.plantProblems)
        DemoProblems::prepare(&sandboxOptions);
    m_sandbox = std::make_unique<Sandbox>(sandboxOptions);
    auto scaled = [&](int from, int to) {
        return [=, &progress](const QString &step, int percent) {
            if (progress)
                progress(step, from + (to - from) * percent / 100);
        };
    };
    if (!m_sandbox->start(scaled(0, ServersPercent), cancel, error))
        return false;
    if (serversUp)
        serversUp();
    if (!DemoSeeder::seedPgbench(m_sandbox->endpoints().postgresApp, options.scale,
                                 scaled(ServersPercent, 25), cancel, error) ||
        !DemoSeeder::seed(m_sandbox->endpoints().postgresSuperuser, options.scale,
                          scaled(25, options.plantProblems ? 85 : 97), cancel, error) ||
        (options.plantProblems &&
         !m_problems.plant(m_sandbox->endpoints(), scaled(85, 97), cancel, error))) {
        stop();
        return false;
    }
    if (options.runWorkload) {
        if (progress)
            progress(tr("Starting the demo application"), 98);
        DemoWorkloadSettings ws = options.workload;
        const SandboxEndpoints &ep = m_sandbox->endpoints();
        ws.postgres = options.sandbox.withPgBouncer ? ep.pgbouncer : ep.postgresApp;
        ws.throughPgBouncer = options.sandbox.withPgBouncer;
        ws.redis = ep.redis;
        if (!m_workload.start(ws, error)) {
            stop();
            return false;
        }
    }
    if (progress)
        progress(tr("Demo ready"), 100);
    return true;
}

void DemoEnvironment::stop()
{
    m_workload.stop();
    m_problems.stop();
    if (m_sandbox)
        m_sandbox->stop();
}

QString DemoEnvironment::flushCache(const QString &redisUri)
{
    RedisEndpoint ep;
    QString error;
    if (!RedisEndpoint::parse(redisUri, &ep, &error))
        return error;
    RedisClient client;
    if (DbError err = client.open(ep, 3000, 5000, "sonde-demo-flush"))
        return err.message;
    RedisReply reply;
    if (DbError err = client.command({"FLUSHDB"}, &reply))
        return err.message;
    return QString();
}

} // namespace sonde
