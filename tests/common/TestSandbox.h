#pragma once

#include "sandbox/Sandbox.h"

#include <QString>

namespace sonde::test {

// The sandbox servers of one test process: started on first use, stopped at exit (or by
// stop()). Integration suites call ensureStarted() in initTestCase().
class TestSandbox
{
public:
    // Starts the servers once; returns false with the reason.
    static bool ensureStarted(QString *error, const SandboxOptions &options = {});
    // Seeds the demo schema once at a small scale (0.02 ≈ 65 000 rows by default).
    static bool ensureDemoSeeded(QString *error, double scale = 0.02);
    static Sandbox &instance();
    static const SandboxEndpoints &endpoints();
    static void stop();
};

// Runs SQL as the sandbox superuser on a database of the sandbox (default the demo one).
bool execAsSuperuser(const QString &sql, QString *error, const QString &dbname = {});

} // namespace sonde::test
