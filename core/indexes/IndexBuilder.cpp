#include "IndexBuilder.h"

#include "IndexCatalogQueries.h"
#include "connection/PgErrors.h"
#include "connection/PgSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <pqxx/pqxx>

#include <thread>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

constexpr qint64 CancelGraceMs = 10000;
// The build's own connection runs without a statement timeout; the short statements around
// the build (settings, who is connected) still give up when the server stops answering.
constexpr int SetupDeadlineMs = 20000;

DbError exec(PgSession &session, const QString &sql)
{
    return session.run([&](pqxx::connection &c) {
        pqxx::nontransaction tx(c);
        tx.exec(sql.toStdString());
    });
}

} // namespace

IndexBuilder::IndexBuilder(const QString &conninfo, ChangeLog *log,
                           const IndexBuildOptions &options)
    : m_conninfo(conninfo)
    , m_log(log)
    , m_options(options)
{}

DbError IndexBuilder::openSessions(PgSession &worker, PgSession &monitor, bool forBuild,
                                   const std::atomic<bool> *cancel, QString *who)
{
    DbError err = prepareSessions(worker, monitor, forBuild, who);
    // Ctrl+C while the server did not answer the statements before the build: what happened
    // is the cancel, with the cause.
    if (err && cancel && cancel->load())
        err = DbError::make(DbError::Kind::Canceled,
                            tr("Canceled before it started: %1").arg(err.message));
    return err;
}

DbError IndexBuilder::prepareSessions(PgSession &worker, PgSession &monitor, bool forBuild,
                                      QString *who)
{
    PgSessionOptions w;
    w.applicationName = forBuild ? u"sonde index build"_s : u"sonde index revert"_s;
    w.statementTimeoutMs = 0;
    w.callDeadlineMs = SetupDeadlineMs;
    w.lockTimeoutMs = m_options.lockTimeoutMs;
    if (DbError err = worker.open(m_conninfo, w))
        return err;
    if (worker.throughPooler())
        return poolerRefusal(worker.target());
    PgSessionOptions m;
    m.applicationName = u"sonde index monitor"_s;
    m.lockTimeoutMs = m_options.lockTimeoutMs;
    if (DbError err = monitor.open(m_conninfo, m))
        return err;
    bool standby = false;
    QString role;
    DbError err = worker.run([&](pqxx::connection &c) {
        pqxx::nontransaction tx(c);
        // A build can take long: Sonde's cancel stops it, not a timeout.
        tx.exec("/* sonde */ SET statement_timeout = 0");
        if (c.server_version() >= 140000) {
            tx.exec("/* sonde */ SET client_connection_check_interval = " +
                    std::to_string(m_options.clientCheckIntervalMs));
        }
        const pqxx::row r = tx.exec1("/* sonde */ SELECT pg_is_in_recovery(), current_user");
        standby = r[0].as<bool>();
        role = QString::fromUtf8(r[1].c_str());
    });
    *who = ChangeLog::who(role);
    if (!err && standby) {
        err = DbError::make(DbError::Kind::ReadOnlyRefused,
                            tr("%1 is a standby (in recovery): indexes are built on the primary.")
                                .arg(worker.target()));
    }
    return err;
}

DbError IndexBuilder::poolerRefusal(const QString &target)
{
    return DbError::make(
        DbError::Kind::Configuration,
        tr("%1 is PgBouncer: indexes are built and dropped only on a direct connection to "
           "PostgreSQL. Sonde follows a build's progress and cancels it on the server by the "
           "server process that runs it, which a pool in transaction mode does not name; and "
           "through such a pool the build's lock_timeout would have to be SET LOCAL in a "
           "transaction block, where CREATE INDEX CONCURRENTLY cannot run. Nothing was changed: "
           "give the PostgreSQL server's own URI (its host and port, not PgBouncer's). Index "
           "advice works through PgBouncer.")
            .arg(target));
}

DbError IndexBuilder::checkDirect(const QString &conninfo, bool *pooled)
{
    PgSession session;
    if (DbError err = session.open(conninfo))
        return err;
    if (pooled)
        *pooled = session.throughPooler();
    return session.throughPooler() ? poolerRefusal(session.target()) : DbError();
}

DbError IndexBuilder::runStep(PgSession &worker, PgSession &monitor, const QString &sql,
                              IndexBuildProgress base, const std::atomic<bool> *cancel,
                              const Progress &progress)
{
    const int pid = worker.backendPid();
    std::atomic<bool> done{false};
    DbError result;
    std::thread runner([&]() {
        // The build is ended by Sonde's cancel (below), not by a deadline.
        const PgSession::DeadlineScope noDeadline(worker, 0);
        result = exec(worker, sql);
        done = true;
    });
    bool sentCancel = false;
    QElapsedTimer sinceCancel;
    while (!done.load()) {
        for (int waited = 0; waited < m_options.progressIntervalMs && !done.load(); waited += 20) {
            if (cancel && cancel->load() && !sentCancel) {
                worker.cancel();
                sentCancel = true;
                sinceCancel.start();
            }
            // A server that does not act on the cancel (a stopped backend): drop the
            // connection; the server ends the build when it notices, and the INVALID index
            // it leaves is cleaned up like any interrupted build's.
            if (sentCancel && sinceCancel.elapsed() > CancelGraceMs)
                worker.abort();
            QThread::msleep(20);
        }
        if (done.load() || !progress)
            continue;
        IndexBuildProgress p = base;
        const DbError err = monitor.run([&](pqxx::connection &c) {
            if (!IndexBuildProgress::read(c, pid, &p))
                p.phase.clear();
        });
        if (!err)
            progress(p);
    }
    runner.join();
    if (result && sentCancel && result.kind == DbError::Kind::Canceled) {
        result.message = tr("Canceled: the server stopped the statement.");
    } else if (result && sentCancel && sinceCancel.elapsed() > CancelGraceMs) {
        result.kind = DbError::Kind::Canceled;
        result.message = tr("Canceled: the server did not act on the cancel within %1 s, so "
                            "Sonde dropped the connection. The server ends the statement when "
                            "it notices; what it leaves is removed at the next start.")
                             .arg(CancelGraceMs / 1000);
    }
    return result;
}

IndexBuildOutcome IndexBuilder::build(const IndexBuildPlan &plan, const QString &statementsJson,
                                      const std::atomic<bool> *cancel, const Progress &progress)
{
    IndexBuildOutcome out;
    PgSession worker;
    PgSession monitor;
    QString user;
    if ((out.error = openSessions(worker, monitor, true, cancel, &user)))
        return out;
    for (const IndexBuildStep &step : plan.steps) {
        if (step.kind == IndexBuildStep::Kind::Attach)
            continue;
        if (IndexCatalogQueries::relationExists(monitor, step.indexSchema, step.indexName)) {
            out.error = DbError::make(
                DbError::Kind::Configuration,
                tr("A relation named %1 already exists in schema %2: nothing was built. Run the "
                   "advice again for a free name.")
                    .arg(step.indexName, step.indexSchema));
            return out;
        }
    }
    IndexChange change;
    change.action = IndexChange::Action::Create;
    change.target = worker.target();
    change.user = user;
    change.schema = plan.schema;
    change.table = plan.definition.table.name;
    change.indexName = plan.name;
    change.ddl = plan.script();
    change.revertDdl = plan.revertSql;
    change.backendPid = worker.backendPid();
    change.statementsJson = statementsJson;
    QString logError;
    out.changeId = m_log->begin(change, &logError);
    if (out.changeId == 0) {
        out.error = DbError::make(
            DbError::Kind::Configuration,
            tr("Nothing was built: the change could not be recorded. %1").arg(logError));
        return out;
    }
    for (int i = 0; i < plan.steps.size() && !out.error; ++i) {
        const IndexBuildStep &step = plan.steps.at(i);
        IndexBuildProgress base;
        base.step = i + 1;
        base.steps = int(plan.steps.size());
        base.stepText = step.table.display();
        if (progress)
            progress(base);
        if (cancel && cancel->load()) {
            out.error = DbError::make(DbError::Kind::Canceled, tr("Canceled."));
            break;
        }
        out.error = runStep(worker, monitor, step.sql, base, cancel, progress);
    }
    if (!out.error) {
        const IndexState state = IndexCatalogQueries::state(monitor, plan.schema, plan.name);
        if (!state.exists || !state.valid) {
            out.error =
                DbError::make(DbError::Kind::Sql,
                              tr("The build ended but %1 is not valid.").arg(plan.qualifiedName()));
        }
    }
    if (out.error) {
        out.cleanup = IndexCatalogQueries::removeLeftovers(monitor, plan);
        const IndexChange::Outcome outcome = out.error.kind == DbError::Kind::Canceled
                                                 ? IndexChange::Outcome::Canceled
                                                 : IndexChange::Outcome::Failed;
        // Not removed now (a lock held too long, the connection lost): the next start
        // retries, and a revert drops it.
        const bool left = IndexCatalogQueries::state(monitor, plan.schema, plan.name).exists;
        m_log->finish(out.changeId, outcome,
                      out.error.toString() + (out.cleanup.isEmpty() ? QString() : u" "_s) +
                          out.cleanup,
                      &logError, left);
        return out;
    }
    if (!plan.analyzeSql.isEmpty()) {
        // The index stands whatever happens here: a failed ANALYZE (a lock timeout behind a
        // VACUUM, a cancel) is said, not undone.
        IndexBuildProgress base;
        base.step = int(plan.steps.size());
        base.steps = base.step;
        base.stepText = plan.analyzeSql;
        if (progress)
            progress(base);
        const DbError err = runStep(worker, monitor, plan.analyzeSql, base, cancel, {});
        out.note =
            err ? tr("%1 did not complete (%2): the planner has no statistics for the "
                     "index expressions yet; run it before relying on the plans.")
                      .arg(plan.analyzeSql, err.message)
                : tr("%1 gathered the statistics of the index expressions.").arg(plan.analyzeSql);
    }
    m_log->finish(out.changeId, IndexChange::Outcome::Applied,
                  out.note.isEmpty() ? tr("Built and valid.")
                                     : tr("Built and valid. %1").arg(out.note),
                  &logError);
    return out;
}

QString IndexBuilder::revertRefusal(const IndexChange &change)
{
    if (change.action != IndexChange::Action::Create)
        return tr("Change #%1 is itself a revert: nothing to revert.").arg(change.id);
    return tr("Change #%1 is %2: nothing to revert.")
        .arg(change.id)
        .arg(changeOutcomeName(change.outcome));
}

IndexBuildOutcome IndexBuilder::revert(qint64 changeId, const std::atomic<bool> *cancel,
                                       const Progress &progress)
{
    IndexBuildOutcome out;
    const std::optional<IndexChange> original = m_log->find(changeId);
    if (!original || !original->mayRevert()) {
        out.error =
            DbError::make(DbError::Kind::Configuration,
                          original ? revertRefusal(*original)
                                   : tr("There is no change #%1 in the change log.").arg(changeId));
        return out;
    }
    PgSession worker;
    PgSession monitor;
    QString user;
    if ((out.error = openSessions(worker, monitor, false, cancel, &user)))
        return out;
    if (worker.target() != original->target) {
        out.error = DbError::make(DbError::Kind::Configuration,
                                  tr("Change #%1 was made on %2, not on %3.")
                                      .arg(changeId)
                                      .arg(original->target, worker.target()));
        return out;
    }
    QString logError;
    if (original->outcome != IndexChange::Outcome::Applied &&
        !IndexCatalogQueries::state(monitor, original->schema, original->indexName).exists) {
        m_log->setLeftover(changeId, false, &logError);
        out.error = DbError::make(
            DbError::Kind::Configuration,
            tr("Change #%1 (%2) left no index %3.%4 on the server: nothing "
               "to revert.")
                .arg(changeId)
                .arg(changeOutcomeName(original->outcome), original->schema, original->indexName));
        return out;
    }
    IndexChange change;
    change.action = IndexChange::Action::Drop;
    change.target = worker.target();
    change.user = user;
    change.schema = original->schema;
    change.table = original->table;
    change.indexName = original->indexName;
    change.ddl = original->revertDdl;
    change.backendPid = worker.backendPid();
    change.revertOf = changeId;
    out.changeId = m_log->begin(change, &logError);
    if (out.changeId == 0) {
        out.error = DbError::make(
            DbError::Kind::Configuration,
            tr("Nothing was dropped: the change could not be recorded. %1").arg(logError));
        return out;
    }
    IndexBuildProgress base;
    base.stepText = tr("dropping %1").arg(original->indexName);
    out.error = runStep(worker, monitor, original->revertDdl, base, cancel, progress);
    if (out.error) {
        const IndexState state =
            IndexCatalogQueries::state(monitor, original->schema, original->indexName);
        QString message = out.error.toString();
        if (state.exists && !state.valid)
            message += u" "_s + tr("The index is left INVALID: revert again to finish the drop.");
        m_log->finish(out.changeId,
                      out.error.kind == DbError::Kind::Canceled ? IndexChange::Outcome::Canceled
                                                                : IndexChange::Outcome::Failed,
                      message, &logError);
        return out;
    }
    m_log->finish(out.changeId, IndexChange::Outcome::Applied, tr("Dropped."), &logError);
    m_log->markReverted(changeId, out.changeId, &logError);
    return out;
}

} // namespace sonde
