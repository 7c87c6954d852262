#include "HealthFixer.h"

#include "common/CancelWatch.h"
#include "connection/PgSession.h"
#include "connection/RedisClient.h"
#include "indexes/ChangeLog.h"
#include "indexes/IndexBuilder.h"

#include <QElapsedTimer>
#include <QThread>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

struct SettingState
{
    bool known = false;
    QString context;
    QString value; // pg_settings.setting with its unit
    bool pendingRestart = false;
};

SettingState settingState(PgSession &session, const QString &name, DbError *error)
{
    SettingState s;
    *error = session.run([&](pqxx::connection &c) {
        pqxx::nontransaction tx(c);
        const pqxx::result r =
            tx.exec_params("SELECT /* sonde health fix */ context, setting || coalesce(unit, ''), "
                           "pending_restart FROM pg_settings WHERE name = $1",
                           name.toStdString());
        if (r.empty())
            return;
        s.known = true;
        s.context = QString::fromUtf8(r[0][0].c_str());
        s.value = QString::fromUtf8(r[0][1].c_str());
        s.pendingRestart = r[0][2].as<bool>();
    });
    return s;
}

// The value postgresql.auto.conf holds for the setting now, if any: pg_file_settings (for
// superusers), else pg_settings when its value comes from that file (pg_read_all_settings
// shows the file). *found false: ALTER SYSTEM never set it.
DbError previousAlterSystemValue(PgSession &session, const QString &name, bool *found,
                                 QString *value)
{
    *found = false;
    const std::string n = name.toStdString();
    DbError err = session.run([&](pqxx::connection &c) {
        pqxx::nontransaction tx(c);
        const pqxx::result r =
            tx.exec_params("SELECT /* sonde health fix */ setting FROM pg_file_settings "
                           "WHERE name = $1 AND sourcefile LIKE '%/postgresql.auto.conf' "
                           "ORDER BY seqno DESC LIMIT 1",
                           n);
        if (!r.empty()) {
            *found = true;
            *value = QString::fromUtf8(r[0][0].c_str());
        }
    });
    if (!err || err.isConnectionProblem())
        return err;
    bool visible = false;
    err = session.run([&](pqxx::connection &c) {
        pqxx::nontransaction tx(c);
        const pqxx::row r = tx.exec_params1(
            "SELECT /* sonde health fix */ sourcefile, setting, source FROM pg_settings "
            "WHERE name = $1",
            n);
        const QString source = QString::fromUtf8(r[2].c_str());
        visible = !r[0].is_null() || source != u"configuration file"_s;
        if (!r[0].is_null() &&
            QString::fromUtf8(r[0].c_str()).endsWith(u"/postgresql.auto.conf"_s)) {
            *found = true;
            *value = QString::fromUtf8(r[1].c_str());
        }
    });
    if (!err && !visible)
        err = DbError::make(DbError::Kind::MissingPrivilege,
                            HealthFixer::tr("Sonde cannot tell whether ALTER SYSTEM already set "
                                            "%1, so it could not undo the change exactly: nothing "
                                            "was changed. GRANT pg_read_all_settings to this "
                                            "role (or use a superuser).")
                                .arg(name));
    return err;
}

DbError settingError(DbError err, const QString &name)
{
    // (libpqxx does not always carry the SQLSTATE: the server's words are matched too.)
    if (err.kind == DbError::Kind::MissingPrivilege || err.sqlState == u"42501"_s ||
        err.toString().contains(u"permission denied"_s))
        err.message = HealthFixer::tr("The role may not change %1: ALTER SYSTEM needs a "
                                      "superuser, or (PostgreSQL 15+) GRANT ALTER SYSTEM ON "
                                      "PARAMETER %1 TO the role; the reload needs EXECUTE on "
                                      "pg_reload_conf(). Nothing was changed.")
                          .arg(name);
    return err;
}

QString who(PgSession &session)
{
    QString role;
    session.run([&](pqxx::connection &c) { role = QString::fromUtf8(c.username()); });
    return ChangeLog::who(role);
}

bool reloadSuffices(const QString &context)
{
    return HealthFix::takesFromContext(context) == HealthFix::Takes::Reload &&
           context != u"internal"_s;
}

// "CONFIG SET maxmemory 256mb" → ("maxmemory", "256mb"); "" stands for the empty value.
bool parseConfigSet(const QString &statement, QString *name, QString *value)
{
    const QString prefix = u"CONFIG SET "_s;
    if (!statement.startsWith(prefix))
        return false;
    const QString rest = statement.mid(prefix.size());
    *name = rest.section(u' ', 0, 0);
    *value = rest.section(u' ', 1);
    if (*value == u"\"\""_s)
        value->clear();
    return !name->isEmpty();
}

PgSessionOptions fixSession(int lockTimeoutMs, int statementTimeoutMs)
{
    PgSessionOptions o;
    o.applicationName = u"sonde health fix"_s;
    o.lockTimeoutMs = lockTimeoutMs;
    o.statementTimeoutMs = statementTimeoutMs;
    return o;
}

} // namespace

HealthFixer::HealthFixer(ChangeLog *log, const HealthFixOptions &options)
    : m_log(log)
    , m_options(options)
{}

DbError HealthFixer::readOnlyRefusal(const Target &target)
{
    return DbError::make(DbError::Kind::ReadOnlyRefused,
                         tr("%1 is read-only in Sonde: nothing is changed there.")
                             .arg(target.name.isEmpty() ? target.displayUri() : target.name));
}

qint64 HealthFixer::record(IndexChange change, HealthFixOutcome *out)
{
    QString error;
    out->changeId = m_log->begin(change, &error);
    if (out->changeId == 0)
        out->error = DbError::make(
            DbError::Kind::Configuration,
            tr("Nothing was changed: the change could not be recorded. %1").arg(error));
    return out->changeId;
}

HealthFixOutcome HealthFixer::apply(const Target &target, const HealthFinding &finding,
                                    const std::atomic<bool> *cancel)
{
    HealthFixOutcome out;
    const HealthFix &fix = finding.fix;
    if (target.readOnly) {
        out.error = readOnlyRefusal(target);
        return out;
    }
    switch (fix.kind) {
    case HealthFix::Kind::None:
        out.error = DbError::make(DbError::Kind::Configuration,
                                  tr("This finding has no fix Sonde can run: %1").arg(fix.advice));
        return out;
    case HealthFix::Kind::PostgresSetting:
        return applyPostgresSetting(target, fix);
    case HealthFix::Kind::RedisSetting:
        return applyRedisSetting(target, fix);
    case HealthFix::Kind::Sql:
        return applyStatements(target, finding.object, fix.statements, fix.revertSql, cancel);
    case HealthFix::Kind::Index:
        return applyIndex(target, fix, cancel);
    }
    return out;
}

HealthFixOutcome HealthFixer::runSetting(PgSession &session, const QString &name,
                                         const QString &statement, qint64 changeId)
{
    HealthFixOutcome out;
    out.changeId = changeId;
    QString logError;
    DbError stateError;
    const SettingState before = settingState(session, name, &stateError);
    out.error = session.run([&](pqxx::connection &c) {
        pqxx::nontransaction tx(c);
        tx.exec(statement.toStdString());
    });
    if (out.error) {
        out.error = settingError(out.error, name);
        m_log->finish(changeId, IndexChange::Outcome::Failed, out.error.toString(), &logError);
        return out;
    }
    if (!reloadSuffices(before.context)) {
        out.note = tr("%1 is written to postgresql.auto.conf and takes effect at the next "
                      "restart of the server (Sonde does not restart it).")
                       .arg(name);
        m_log->finish(changeId, IndexChange::Outcome::Applied, out.note, &logError);
        return out;
    }
    const DbError reload = session.run([&](pqxx::connection &c) {
        pqxx::nontransaction tx(c);
        tx.exec("SELECT /* sonde health fix */ pg_reload_conf()");
    });
    if (reload) {
        out.note = tr("%1 is written to postgresql.auto.conf, but the reload was refused (%2): "
                      "run SELECT pg_reload_conf() as a superuser.")
                       .arg(name, reload.message);
        m_log->finish(changeId, IndexChange::Outcome::Applied, out.note, &logError);
        return out;
    }
    // The reload reaches this session between two statements: wait until it shows.
    SettingState after = before;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < m_options.settleTimeoutMs) {
        after = settingState(session, name, &stateError);
        if (stateError || after.value != before.value)
            break;
        QThread::msleep(50);
    }
    out.note = tr("Reloaded: %1 is now %2 (was %3).").arg(name, after.value, before.value);
    m_log->finish(changeId, IndexChange::Outcome::Applied, out.note, &logError);
    return out;
}

HealthFixOutcome HealthFixer::applyPostgresSetting(const Target &target, const HealthFix &fix)
{
    HealthFixOutcome out;
    PgSession session;
    if ((out.error = session.open(target.uri, fixSession(m_options.lockTimeoutMs, 15000))))
        return out;
    const SettingState state = settingState(session, fix.setting, &out.error);
    if (out.error)
        return out;
    if (!state.known || state.context == u"internal"_s) {
        out.error = DbError::make(
            DbError::Kind::Configuration,
            tr("%1 is not a setting this server lets anyone change.").arg(fix.setting));
        return out;
    }
    bool hadValue = false;
    QString previous;
    if ((out.error = previousAlterSystemValue(session, fix.setting, &hadValue, &previous)))
        return out;
    IndexChange change;
    change.action = IndexChange::Action::Setting;
    change.target = session.target();
    change.user = who(session);
    change.object = fix.setting;
    change.ddl = fix.statements.value(0);
    change.revertDdl = hadValue ? HealthFix::postgresSettingSql(fix.setting, previous)
                                : HealthFix::postgresResetSql(fix.setting);
    change.backendPid = session.backendPid();
    if (!record(change, &out))
        return out;
    return runSetting(session, fix.setting, change.ddl, out.changeId);
}

HealthFixOutcome HealthFixer::applyRedisSetting(const Target &target, const HealthFix &fix,
                                                qint64 revertOf)
{
    HealthFixOutcome out;
    RedisEndpoint endpoint;
    QString why;
    if (!RedisEndpoint::parse(target.uri, &endpoint, &why)) {
        out.error = DbError::make(DbError::Kind::Configuration, why);
        return out;
    }
    RedisClient client;
    if ((out.error = client.open(endpoint, 5000, 15000, "sonde-health-fix")))
        return out;
    RedisReply previous;
    if ((out.error = client.command({"CONFIG", "GET", fix.setting.toUtf8()}, &previous)))
        return out;
    if (previous.elements.size() != 2) {
        out.error = DbError::make(DbError::Kind::Configuration,
                                  tr("Redis has no setting %1.").arg(fix.setting));
        return out;
    }
    const QString before = previous.elements.at(1).toString();
    IndexChange change;
    change.action = IndexChange::Action::RedisSetting;
    change.target = client.target();
    change.user = ChangeLog::osUser();
    change.object = fix.setting;
    change.ddl = HealthFix::redisSetting(fix.setting, fix.value, before, {}).sql;
    change.revertDdl = HealthFix::redisSetting(fix.setting, before, fix.value, {}).sql;
    change.revertOf = revertOf;
    if (!record(change, &out))
        return out;
    RedisReply reply;
    QString logError;
    if ((out.error =
             client.command({"CONFIG", "SET", fix.setting.toUtf8(), fix.value.toUtf8()}, &reply))) {
        m_log->finish(out.changeId, IndexChange::Outcome::Failed, out.error.toString(), &logError);
        return out;
    }
    out.note = tr("%1 is now %2 (was %3); CONFIG SET does not survive a restart of Redis.")
                   .arg(fix.setting, fix.value, before);
    m_log->finish(out.changeId, IndexChange::Outcome::Applied, out.note, &logError);
    return out;
}

HealthFixOutcome HealthFixer::applyStatements(const Target &target, const QString &object,
                                              const QStringList &statements,
                                              const QString &revertSql,
                                              const std::atomic<bool> *cancel, qint64 revertOf)
{
    HealthFixOutcome out;
    PgSession session;
    // VACUUM or a rewrite may run long: Sonde's cancel stops them, not a timeout.
    if ((out.error = session.open(target.uri, fixSession(m_options.lockTimeoutMs, 0))))
        return out;
    IndexChange change;
    change.action = IndexChange::Action::Statement;
    change.target = session.target();
    change.user = who(session);
    change.object = object;
    change.ddl = statements.join(u";\n"_s);
    change.revertDdl = revertSql;
    change.backendPid = session.backendPid();
    change.revertOf = revertOf;
    if (!record(change, &out))
        return out;
    CancelWatch watch(cancel, [&session]() { session.cancel(); });
    int done = 0;
    for (const QString &statement : statements) {
        if (cancel && cancel->load()) {
            out.error = DbError::make(DbError::Kind::Canceled, tr("Canceled."));
            break;
        }
        out.error = session.run([&](pqxx::connection &c) {
            pqxx::nontransaction tx(c);
            tx.exec(statement.toStdString());
        });
        if (out.error)
            break;
        ++done;
    }
    QString logError;
    if (out.error) {
        if (done > 0)
            out.error.message +=
                u' ' + tr("%1 of %2 statements ran before it.").arg(done).arg(statements.size());
        m_log->finish(out.changeId,
                      out.error.kind == DbError::Kind::Canceled ? IndexChange::Outcome::Canceled
                                                                : IndexChange::Outcome::Failed,
                      out.error.toString(), &logError);
        return out;
    }
    out.note = tr("Done: %1.").arg(statements.join(u"; "_s).left(200));
    m_log->finish(out.changeId, IndexChange::Outcome::Applied, out.note, &logError);
    return out;
}

HealthFixOutcome HealthFixer::applyIndex(const Target &target, const HealthFix &fix,
                                         const std::atomic<bool> *cancel)
{
    HealthFixOutcome out;
    IndexBuildPlan plan = IndexBuildPlan::fromScript(fix.statements.value(0));
    if (plan.steps.isEmpty()) {
        out.error = DbError::make(
            DbError::Kind::Internal,
            tr("Sonde could not read its own index statement: %1").arg(fix.statements.value(0)));
        return out;
    }
    plan.revertSql = u"DROP INDEX CONCURRENTLY "_s + TableRef{plan.schema, plan.name}.quoted();
    IndexBuildOptions options;
    options.lockTimeoutMs = m_options.lockTimeoutMs;
    IndexBuilder builder(target.uri, m_log, options);
    const IndexBuildOutcome built = builder.build(plan, {}, cancel);
    out.changeId = built.changeId;
    out.error = built.error;
    out.note = built.applied() ? tr("Built %1.").arg(plan.qualifiedName()) : built.cleanup;
    return out;
}

HealthFixOutcome HealthFixer::revertPostgresSetting(const Target &target,
                                                    const IndexChange &original)
{
    HealthFixOutcome out;
    PgSession session;
    if ((out.error = session.open(target.uri, fixSession(m_options.lockTimeoutMs, 15000))))
        return out;
    if (session.target() != original.target) {
        out.error = DbError::make(DbError::Kind::Configuration,
                                  tr("Change #%1 was made on %2, not on %3.")
                                      .arg(original.id)
                                      .arg(original.target, session.target()));
        return out;
    }
    IndexChange change;
    change.action = IndexChange::Action::Setting;
    change.target = session.target();
    change.user = who(session);
    change.object = original.object;
    change.ddl = original.revertDdl;
    change.revertDdl = original.ddl;
    change.backendPid = session.backendPid();
    change.revertOf = original.id;
    if (!record(change, &out))
        return out;
    return runSetting(session, original.object, original.revertDdl, out.changeId);
}

HealthFixOutcome HealthFixer::revert(const Target &target, qint64 changeId,
                                     const std::atomic<bool> *cancel)
{
    HealthFixOutcome out;
    if (target.readOnly) {
        out.error = readOnlyRefusal(target);
        return out;
    }
    const std::optional<IndexChange> original = m_log->find(changeId);
    if (!original || original->outcome != IndexChange::Outcome::Applied || original->revertOf ||
        original->action == IndexChange::Action::Drop) {
        out.error = DbError::make(
            DbError::Kind::Configuration,
            original
                ? tr("Change #%1 is not an applied change (it is %2 %3): nothing to "
                     "revert.")
                      .arg(changeId)
                      .arg(changeActionName(original->action), changeOutcomeName(original->outcome))
                : tr("There is no change #%1 in the change log.").arg(changeId));
        return out;
    }
    switch (original->action) {
    case IndexChange::Action::Create: {
        IndexBuildOptions options;
        options.lockTimeoutMs = m_options.lockTimeoutMs;
        IndexBuilder builder(target.uri, m_log, options);
        const IndexBuildOutcome o = builder.revert(changeId, cancel);
        out.changeId = o.changeId;
        out.error = o.error;
        return out;
    }
    case IndexChange::Action::Setting:
        out = revertPostgresSetting(target, *original);
        break;
    case IndexChange::Action::RedisSetting: {
        HealthFix fix;
        QString current;
        if (!parseConfigSet(original->revertDdl, &fix.setting, &fix.value)) {
            out.error = DbError::make(DbError::Kind::Internal,
                                      tr("Change #%1 has no revert Sonde can read.").arg(changeId));
            return out;
        }
        out = applyRedisSetting(target, fix, changeId);
        break;
    }
    case IndexChange::Action::Statement:
        if (original->revertDdl.isEmpty()) {
            out.error = DbError::make(DbError::Kind::Configuration,
                                      tr("Change #%1 (%2) cannot be undone by a statement.")
                                          .arg(changeId)
                                          .arg(original->ddl.simplified().left(80)));
            return out;
        }
        out = applyStatements(target, original->object, {original->revertDdl}, original->ddl,
                              cancel, changeId);
        break;
    case IndexChange::Action::Drop:
        break;
    }
    if (out.applied()) {
        QString logError;
        m_log->markReverted(changeId, out.changeId, &logError);
    }
    return out;
}

} // namespace sonde
