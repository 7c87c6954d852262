#include "BuildRecovery.h"

#include "IndexBuildPlan.h"
#include "IndexCatalogQueries.h"
#include "common/DisplayFormat.h"
#include "connection/PgSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QThread>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// The backend that ran the interrupted statement, if it still runs a statement on an
// index: cancel it (then terminate it) and wait until it is gone.
void stopOrphan(PgSession &session, int pid)
{
    if (pid <= 0)
        return;
    auto running = [&]() {
        bool active = false;
        session.run([&](pqxx::connection &c) {
            pqxx::nontransaction tx(c);
            active =
                !tx.exec_params("/* sonde */ SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND "
                                "state <> 'idle' AND query ILIKE '%INDEX%'",
                                pid)
                     .empty();
        });
        return active;
    };
    if (!running())
        return;
    const char *const signals_[] = {"/* sonde */ SELECT pg_cancel_backend($1)",
                                    "/* sonde */ SELECT pg_terminate_backend($1)"};
    for (const char *signal : signals_) {
        session.run([&](pqxx::connection &c) {
            pqxx::nontransaction tx(c);
            tx.exec_params(signal, pid);
        });
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 5000) {
            if (!running())
                return;
            QThread::msleep(100);
        }
    }
}

} // namespace

DbError BuildRecovery::recover(const QString &conninfo, ChangeLog &log, QStringList *messages,
                               int lockTimeoutMs)
{
    PgSession session;
    PgSessionOptions options;
    options.applicationName = u"sonde index recovery"_s;
    options.lockTimeoutMs = lockTimeoutMs;
    options.statementTimeoutMs = 60000;
    if (DbError err = session.open(conninfo, options))
        return err;
    // Builds never run through PgBouncer (IndexBuilder refuses): nothing to recover there.
    if (session.throughPooler())
        return {};
    const QList<IndexChange> interrupted = log.interrupted(session.target());
    for (const IndexChange &c : interrupted) {
        const QString when = DisplayFormat::dateTime(c.startedAt);
        QString error;
        if (c.action != IndexChange::Action::Create && c.action != IndexChange::Action::Drop) {
            // A setting or a fix runs in one short statement: whether it took effect is for
            // the server to say, not for Sonde to guess.
            const QString message =
                tr("Sonde stopped while running \"%1\" (started at %2): check whether it took "
                   "effect (pg_settings, the object it changed) before running it again.")
                    .arg(c.ddl.simplified(), when);
            log.finish(c.id, IndexChange::Outcome::Interrupted, message, &error);
            *messages << message;
            continue;
        }
        // A leftover of an earlier run: its backend is long gone (and its pid may be reused).
        if (c.outcome == IndexChange::Outcome::Running)
            stopOrphan(session, c.backendPid);
        const QString name = IndexCatalogQueries::qualified(c.schema, c.indexName);
        const IndexState state = IndexCatalogQueries::state(session, c.schema, c.indexName);
        QString message;
        if (c.action == IndexChange::Action::Drop) {
            if (state.exists) {
                const DbError err = session.run([&](pqxx::connection &conn) {
                    pqxx::nontransaction tx(conn);
                    tx.exec(c.ddl.toStdString());
                });
                if (err) {
                    message = tr("The drop of %1 started at %2 was interrupted and could not be "
                                 "finished yet: %3 Sonde retries at its next start.")
                                  .arg(name, when, err.toString());
                    log.finish(c.id, IndexChange::Outcome::Interrupted, message, &error, true);
                    *messages << message;
                    continue;
                }
            }
            message = tr("Finished the drop of %1 that was interrupted at %2.").arg(name, when);
            log.finish(c.id, IndexChange::Outcome::Applied, message, &error);
            if (c.revertOf)
                log.markReverted(c.revertOf, c.id, &error);
            *messages << message;
            continue;
        }
        if (state.exists && state.valid) {
            message = tr("The build of %1 started at %2 completed although Sonde stopped: the "
                         "index is valid.")
                          .arg(name, when);
            log.finish(c.id, IndexChange::Outcome::Applied, message, &error);
            *messages << message;
            continue;
        }
        if (c.outcome != IndexChange::Outcome::Running && !state.exists) {
            message = tr("The INVALID index %1 left by the build interrupted at %2 is gone.")
                          .arg(name, when);
            log.finish(c.id, c.outcome, message, &error, false);
            *messages << message;
            continue;
        }
        // A leftover an earlier start could not remove gets one attempt per start: whatever
        // blocks it (a long transaction) must not hold up every command for long.
        const QString removed = IndexCatalogQueries::removeLeftovers(
            session, IndexBuildPlan::fromScript(c.ddl),
            c.outcome == IndexChange::Outcome::Running ? IndexCatalogQueries::LeftoverRetryMs : 0);
        const bool left = IndexCatalogQueries::state(session, c.schema, c.indexName).exists;
        message = removed.isEmpty()
                      ? tr("The build of %1 started at %2 was interrupted before it created "
                           "anything.")
                            .arg(name, when)
                      : tr("The build of %1 started at %2 was interrupted and left an INVALID "
                           "index. %3")
                            .arg(name, when, removed);
        if (left)
            message += u" "_s + tr("The index is still there: Sonde retries at its next start, "
                                   "and reverting change #%1 drops it now.")
                                    .arg(c.id);
        log.finish(c.id, IndexChange::Outcome::Interrupted, message, &error, left);
        *messages << message;
    }
    return {};
}

} // namespace sonde
