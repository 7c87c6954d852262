#include "TlsSandbox.h"

#include "TestSandbox.h"

namespace sonde::test {

bool ensureTlsSandbox(QString *error)
{
    SandboxOptions options;
    options.redisTls = true;
    return TestSandbox::ensureStarted(error, options);
}

RedisEndpoint tlsRedisEndpoint()
{
    RedisEndpoint ep;
    RedisEndpoint::parse(TestSandbox::endpoints().redis, &ep, nullptr);
    return ep;
}

} // namespace sonde::test
