#include "ChangeLog.h"

#include "common/PrivateFiles.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <cerrno>
#include <csignal>
#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

const char *const Columns =
    "id, action, outcome, started_at, finished_at, target, user_name, schema_name, "
    "table_name, index_name, ddl, revert_ddl, message, sonde_pid, backend_pid, revert_of, "
    "reverted_by, statements, leftover, object_name";

IndexChange fromQuery(const QSqlQuery &q)
{
    IndexChange c;
    c.id = q.value(0).toLongLong();
    c.action = changeActionFromName(q.value(1).toString());
    c.outcome = changeOutcomeFromName(q.value(2).toString());
    c.startedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    c.finishedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    c.target = q.value(5).toString();
    c.user = q.value(6).toString();
    c.schema = q.value(7).toString();
    c.table = q.value(8).toString();
    c.indexName = q.value(9).toString();
    c.ddl = q.value(10).toString();
    c.revertDdl = q.value(11).toString();
    c.message = q.value(12).toString();
    c.sondePid = q.value(13).toLongLong();
    c.backendPid = q.value(14).toInt();
    c.revertOf = q.value(15).toLongLong();
    c.revertedBy = q.value(16).toLongLong();
    c.statementsJson = q.value(17).toString();
    c.leftover = q.value(18).toBool();
    c.object = q.value(19).toString();
    return c;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// A Qt SQL connection belongs to the thread that opened it: each operation opens its own
// (SQLite opens in well under a millisecond), so a ChangeLog may be used from any thread.
class Connection
{
public:
    explicit Connection(const QString &path)
        : m_name(u"sonde-changelog-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (db.open()) {
            QSqlQuery q(db);
            // WAL lets readers and a writer work at once; FULL makes each entry durable.
            q.exec(u"PRAGMA journal_mode = WAL"_s);
            q.exec(u"PRAGMA synchronous = FULL"_s);
        }
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

} // namespace

QJsonObject IndexChange::toJson() const
{
    QJsonObject o{{u"id"_s, id},
                  {u"action"_s, changeActionName(action)},
                  {u"outcome"_s, changeOutcomeName(outcome)},
                  {u"started_at"_s, startedAt.toString(Qt::ISODateWithMs)},
                  {u"target"_s, target},
                  {u"user"_s, user},
                  {u"schema"_s, schema},
                  {u"table"_s, table},
                  {u"index"_s, indexName},
                  {u"ddl"_s, ddl},
                  {u"revert"_s, revertDdl}};
    if (finishedAt.isValid())
        o[u"finished_at"_s] = finishedAt.toString(Qt::ISODateWithMs);
    if (!message.isEmpty())
        o[u"message"_s] = message;
    if (!object.isEmpty())
        o[u"object"_s] = object;
    if (revertOf)
        o[u"revert_of"_s] = revertOf;
    if (revertedBy)
        o[u"reverted_by"_s] = revertedBy;
    if (leftover)
        o[u"leftover"_s] = true;
    return o;
}

QString changeOutcomeName(IndexChange::Outcome outcome)
{
    using O = IndexChange::Outcome;
    switch (outcome) {
    case O::Running:
        return u"running"_s;
    case O::Applied:
        return u"applied"_s;
    case O::Failed:
        return u"failed"_s;
    case O::Canceled:
        return u"canceled"_s;
    case O::Interrupted:
        return u"interrupted"_s;
    case O::Reverted:
        return u"reverted"_s;
    }
    return {};
}

QString changeActionName(IndexChange::Action action)
{
    using A = IndexChange::Action;
    switch (action) {
    case A::Create:
        return u"create"_s;
    case A::Drop:
        return u"drop"_s;
    case A::Setting:
        return u"setting"_s;
    case A::RedisSetting:
        return u"redis_setting"_s;
    case A::Statement:
        return u"statement"_s;
    }
    return {};
}

IndexChange::Action changeActionFromName(const QString &name)
{
    using A = IndexChange::Action;
    for (A a : {A::Create, A::Drop, A::Setting, A::RedisSetting, A::Statement}) {
        if (changeActionName(a) == name)
            return a;
    }
    return A::Create;
}

IndexChange::Outcome changeOutcomeFromName(const QString &name)
{
    using O = IndexChange::Outcome;
    for (O o : {O::Running, O::Applied, O::Failed, O::Canceled, O::Interrupted, O::Reverted}) {
        if (changeOutcomeName(o) == name)
            return o;
    }
    return O::Failed;
}

ChangeLog::ChangeLog(const QString &path)
    : m_path(path)
{}

ChangeLog::~ChangeLog() = default;

QString ChangeLog::defaultPath()
{
    return PrivateFiles::dataPath(u"changes.sqlite"_s);
}

QString ChangeLog::osUser()
{
    // The account's name, also where no login shell set USER (a service, su, a container).
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty()) {
        struct passwd entry
        {};
        struct passwd *found = nullptr;
        char buffer[4096];
        if (::getpwuid_r(::getuid(), &entry, buffer, sizeof buffer, &found) == 0 && found)
            user = QString::fromLocal8Bit(found->pw_name);
    }
    return user.isEmpty() ? tr("user id %1").arg(::getuid()) : user;
}

QString ChangeLog::who(const QString &role)
{
    return role.isEmpty() ? osUser() : tr("%1 (as %2)").arg(osUser(), role);
}

bool ChangeLog::open(QString *error)
{
    QString why;
    if (!PrivateFiles::prepare(m_path, &why)) {
        *error = tr("Cannot prepare the change log %1: %2").arg(m_path, why);
        return false;
    }
    const Connection connection(m_path);
    if (!connection.db().isOpen()) {
        *error =
            tr("Cannot open the change log %1: %2").arg(m_path, connection.db().lastError().text());
        return false;
    }
    return migrate(error);
}

bool ChangeLog::migrate(QString *error)
{
    const Connection connection(m_path);
    QSqlQuery q(connection.db());
    const bool ok =
        q.exec(u"CREATE TABLE IF NOT EXISTS index_changes ("
               "id INTEGER PRIMARY KEY AUTOINCREMENT, action TEXT NOT NULL, outcome TEXT NOT NULL, "
               "started_at TEXT NOT NULL, finished_at TEXT, target TEXT NOT NULL, user_name TEXT, "
               "schema_name TEXT, table_name TEXT, index_name TEXT, ddl TEXT NOT NULL, "
               "revert_ddl TEXT, message TEXT, sonde_pid INTEGER, backend_pid INTEGER, "
               "revert_of INTEGER, reverted_by INTEGER, statements TEXT, object_name TEXT)"_s);
    if (!ok) {
        *error = tr("Cannot prepare the change log: %1").arg(q.lastError().text());
        return false;
    }
    // Logs written before leftovers were tracked, or before setting changes were recorded,
    // lack those columns.
    QStringList columns;
    if (q.exec(u"PRAGMA table_info(index_changes)"_s)) {
        while (q.next())
            columns << q.value(1).toString();
    }
    const bool upgraded =
        (columns.contains(u"leftover"_s) ||
         q.exec(u"ALTER TABLE index_changes ADD COLUMN leftover INTEGER NOT NULL DEFAULT 0"_s)) &&
        (columns.contains(u"object_name"_s) ||
         q.exec(u"ALTER TABLE index_changes ADD COLUMN object_name TEXT"_s));
    if (!upgraded) {
        *error = tr("Cannot prepare the change log: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

qint64 ChangeLog::begin(const IndexChange &c, QString *error)
{
    const Connection connection(m_path);
    QSqlQuery q(connection.db());
    q.prepare(u"INSERT INTO index_changes (action, outcome, started_at, target, user_name, "
              "schema_name, table_name, index_name, ddl, revert_ddl, sonde_pid, backend_pid, "
              "revert_of, statements, object_name) "
              "VALUES (?, 'running', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(changeActionName(c.action));
    q.addBindValue(now());
    q.addBindValue(c.target);
    q.addBindValue(c.user);
    q.addBindValue(c.schema);
    q.addBindValue(c.table);
    q.addBindValue(c.indexName);
    q.addBindValue(c.ddl);
    q.addBindValue(c.revertDdl);
    q.addBindValue(qint64(::getpid()));
    q.addBindValue(c.backendPid);
    q.addBindValue(c.revertOf);
    q.addBindValue(c.statementsJson);
    q.addBindValue(c.object);
    if (!q.exec()) {
        *error = tr("Cannot write to the change log: %1").arg(q.lastError().text());
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool ChangeLog::update(const QString &sql, const QVariantList &values, QString *error)
{
    const Connection connection(m_path);
    QSqlQuery q(connection.db());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = tr("Cannot write to the change log: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

bool ChangeLog::setBackendPid(qint64 id, int pid, QString *error)
{
    return update(u"UPDATE index_changes SET backend_pid = ? WHERE id = ?"_s, {pid, id}, error);
}

bool ChangeLog::finish(qint64 id, IndexChange::Outcome outcome, const QString &message,
                       QString *error, bool leftover)
{
    return update(u"UPDATE index_changes SET outcome = ?, message = ?, finished_at = ?, "
                  "leftover = ? WHERE id = ?"_s,
                  {changeOutcomeName(outcome), message, now(), leftover ? 1 : 0, id}, error);
}

bool ChangeLog::setLeftover(qint64 id, bool leftover, QString *error)
{
    return update(u"UPDATE index_changes SET leftover = ? WHERE id = ?"_s, {leftover ? 1 : 0, id},
                  error);
}

bool ChangeLog::markReverted(qint64 id, qint64 by, QString *error)
{
    return update(u"UPDATE index_changes SET outcome = 'reverted', reverted_by = ?, leftover = 0 "
                  "WHERE id = ?"_s,
                  {by, id}, error);
}

std::optional<IndexChange> ChangeLog::find(qint64 id) const
{
    const Connection connection(m_path);
    QSqlQuery q(connection.db());
    q.prepare(u"SELECT "_s + QLatin1String(Columns) + u" FROM index_changes WHERE id = ?"_s);
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

QList<IndexChange> ChangeLog::all(int limit) const
{
    QList<IndexChange> out;
    const Connection connection(m_path);
    QSqlQuery q(connection.db());
    q.prepare(u"SELECT "_s + QLatin1String(Columns) +
              u" FROM index_changes ORDER BY id DESC LIMIT ?"_s);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            out << fromQuery(q);
    }
    return out;
}

QList<IndexChange> ChangeLog::interrupted(const QString &target) const
{
    QList<IndexChange> out;
    const Connection connection(m_path);
    QSqlQuery q(connection.db());
    q.prepare(u"SELECT "_s + QLatin1String(Columns) +
              u" FROM index_changes WHERE outcome = 'running' OR leftover = 1 ORDER BY id"_s);
    if (!q.exec())
        return out;
    while (q.next()) {
        const IndexChange c = fromQuery(q);
        const bool orphaned = c.outcome == IndexChange::Outcome::Running &&
                              c.sondePid != qint64(::getpid()) && !processAlive(c.sondePid);
        if ((target.isEmpty() || c.target == target) && (orphaned || c.leftover))
            out << c;
    }
    return out;
}

} // namespace sonde
