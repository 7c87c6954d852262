#include "DemoEnvironment.h"

#include "DemoSeeder.h"
#include "connection/RedisClient.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace sonde {

DemoEnvironment::DemoEnvironment() = default;

DemoEnvironment::~DemoEnvironment()
{
    stop();
}

bool DemoEnvironment::start(const DemoOptions &options, const Progress &progress,
                            const std::atomic<bool> *cancel, QString *error)
{
    stop();
    m_sandbox = std::make_unique<Sandbox>(options.sandbox);
    auto scaled = [&](int from, int to) {
        return [=, &progress](const QString &step, int percent) {
            if (progress)
                progress(step, from + (to - from) * percent / 100);
        };
    };
    if (!m_sandbox->start(scaled(0, 20), cancel, error))
        return false;
    if (!DemoSeeder::seed(m_sandbox->endpoints().postgresSuperuser, options.scale, scaled(20, 97),
                          cancel, error)) {
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
