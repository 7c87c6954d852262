#pragma once

#include "ServerOverview.h"

#include <QCoreApplication>

#include <atomic>

namespace sonde {

// Reads a target's ServerOverview. Blocking (run it as a job, off the GUI thread): its own
// connection, read-only transactions, a statement timeout on every query (and the client-side
// call deadline), `cancel` turned into a server-side cancel. Each section is read on its own:
// one that fails (no privilege, an extension missing, a timeout) says so in
// OverviewSection::unavailable and the others are still read.
class OverviewService
{
    Q_DECLARE_TR_FUNCTIONS(OverviewService)
public:
    static constexpr int DefaultQueryTimeoutMs = 5000;

    static ServerOverview read(const Target &target, int queryTimeoutMs = DefaultQueryTimeoutMs,
                               const std::atomic<bool> *cancel = nullptr);

    // The section titles, as the tests and the page look them up.
    static QString generalTitle() { return tr("General"); }
    static QString databasesTitle() { return tr("Databases"); }
    static QString topTablesTitle() { return tr("Largest tables"); }
    static QString settingsTitle() { return tr("Settings that matter"); }
    static QString replicationTitle() { return tr("Replication"); }
    static QString slotsTitle() { return tr("Replication slots"); }
    static QString extensionsTitle() { return tr("Extensions"); }
    static QString poolsTitle() { return tr("Pools"); }
    static QString memoryTitle() { return tr("Memory"); }
    static QString keyspaceTitle() { return tr("Keys per database"); }

private:
    static void readPostgres(const Target &target, int timeoutMs, const std::atomic<bool> *cancel,
                             ServerOverview *out);
    static void readPgBouncer(const Target &target, int timeoutMs, const std::atomic<bool> *cancel,
                              ServerOverview *out);
    static void readRedis(const Target &target, int timeoutMs, const std::atomic<bool> *cancel,
                          ServerOverview *out);
};

} // namespace sonde
