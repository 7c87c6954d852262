#include "TestSandbox.h"

#include "demo/DemoSeeder.h"

#include <pqxx/nontransaction>
#include <pqxx/pqxx>

#include <memory>

namespace sonde::test {
namespace {

std::unique_ptr<Sandbox> &holder()
{
    static std::unique_ptr<Sandbox> sandbox;
    return sandbox;
}

bool &seeded()
{
    static bool done = false;
    return done;
}

} // namespace

bool TestSandbox::ensureStarted(QString *error, const SandboxOptions &options)
{
    if (holder() && holder()->isStarted())
        return true;
    holder() = std::make_unique<Sandbox>(options);
    return holder()->start({}, nullptr, error);
}

bool TestSandbox::ensureDemoSeeded(QString *error, double scale)
{
    if (!ensureStarted(error))
        return false;
    if (seeded())
        return true;
    seeded() = DemoSeeder::seed(endpoints().postgresSuperuser, scale, {}, nullptr, error);
    return seeded();
}

Sandbox &TestSandbox::instance()
{
    return *holder();
}

const SandboxEndpoints &TestSandbox::endpoints()
{
    return holder()->endpoints();
}

void TestSandbox::stop()
{
    holder().reset();
    seeded() = false;
}

bool execAsSuperuser(const QString &sql, QString *error, const QString &dbname)
{
    try {
        const SandboxEndpoints &ep = TestSandbox::endpoints();
        pqxx::connection c(ep.superuserFor(dbname.isEmpty() ? ep.database : dbname).toStdString());
        pqxx::nontransaction tx(c);
        tx.exec(sql.toStdString());
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return false;
    }
}

} // namespace sonde::test
