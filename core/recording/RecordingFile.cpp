#include "RecordingFile.h"

#include "FeedCodec.h"
#include "RecordingCodec.h"
#include "common/PrivateFiles.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// A null QString binds as SQL NULL: text columns hold "" instead.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

} // namespace

RecordingFile::RecordingFile()
    : m_connection(u"sonde-recording-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

RecordingFile::~RecordingFile()
{
    close();
}

void RecordingFile::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool RecordingFile::create(const QString &path, bool statementTexts, QString *error)
{
    m_path = path;
    m_statementTexts = statementTexts;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (QFile::exists(path + suffix) && !QFile::remove(path + suffix)) {
            *error = tr("Cannot replace %1: it cannot be removed.").arg(path + suffix);
            return false;
        }
    }
    QString why;
    if (!PrivateFiles::prepare(path, &why)) {
        *error = tr("Cannot create the recording %1: %2").arg(path, why);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = tr("Cannot create the recording %1: %2").arg(path, db.lastError().text());
        return false;
    }
    const QString created = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    // Incremental auto-vacuum (set before the first table): a history file gives the space
    // of the records retention removes back to the file system.
    const bool ok =
        exec(u"PRAGMA auto_vacuum = INCREMENTAL"_s) &&
        exec(u"PRAGMA application_id = %1"_s.arg(ApplicationId)) &&
        exec(u"PRAGMA user_version = %1"_s.arg(FormatVersion)) && setUp() &&
        exec(u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s) &&
        exec(u"CREATE TABLE targets (id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT "
             "NULL, address TEXT, server_version TEXT)"_s) &&
        exec(u"CREATE TABLE records (kind TEXT NOT NULL, target_id TEXT NOT NULL, at_ms "
             "INTEGER NOT NULL, data BLOB NOT NULL)"_s) &&
        exec(u"CREATE INDEX records_time ON records (kind, at_ms)"_s) &&
        exec(u"CREATE TABLE notes (at_ms INTEGER NOT NULL, target_id TEXT NOT NULL, text TEXT "
             "NOT NULL)"_s) &&
        exec(u"INSERT INTO meta VALUES ('format_version', '%1'), ('sonde_version', '%2'), "
             "('created_at', '%3'), ('statement_texts', '%4')"_s.arg(FormatVersion)
                 .arg(QStringLiteral(SONDE_VERSION), created, statementTexts ? u"yes"_s : u"no"_s));
    if (!ok)
        *error = tr("Cannot create the recording %1: %2").arg(path, m_lastError);
    return ok;
}

bool RecordingFile::setUp()
{
    // The write-ahead log is cut back to 8 MiB after each checkpoint that empties it.
    return exec(u"PRAGMA journal_mode = WAL"_s) && exec(u"PRAGMA synchronous = NORMAL"_s) &&
           exec(u"PRAGMA journal_size_limit = 8388608"_s);
}

bool RecordingFile::isOpen() const
{
    return QSqlDatabase::contains(m_connection) &&
           QSqlDatabase::database(m_connection, false).isOpen();
}

bool RecordingFile::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql)) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool RecordingFile::ensureBatch()
{
    if (m_inBatch)
        return true;
    m_inBatch = exec(u"BEGIN"_s);
    return m_inBatch;
}

bool RecordingFile::writeRecord(const QString &kind, const QString &targetId, const QDateTime &at,
                                const QJsonObject &data)
{
    if (!isOpen() || !ensureBatch())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT INTO records (kind, target_id, at_ms, data) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(text(kind));
    q.addBindValue(text(targetId));
    q.addBindValue(RecordingCodec::toMs(at));
    q.addBindValue(qCompress(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool RecordingFile::writeTarget(const RecordedTarget &t)
{
    if (!isOpen() || !ensureBatch())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // An upsert keeps the target's row (and its place in the order targets were added).
    q.prepare(u"INSERT INTO targets VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
              "name = excluded.name, kind = excluded.kind, address = excluded.address, "
              "server_version = excluded.server_version"_s);
    q.addBindValue(text(t.id));
    q.addBindValue(text(t.name));
    q.addBindValue(targetKindKey(t.kind));
    q.addBindValue(text(t.address));
    q.addBindValue(text(t.serverVersion));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool RecordingFile::writeSnapshot(const Snapshot &s)
{
    return writeRecord(u"snapshot"_s, s.targetId, s.at,
                       RecordingCodec::fromSnapshot(s, m_statementTexts));
}

bool RecordingFile::writeStatements(const QString &targetId, const StatementSnapshot &s)
{
    return writeRecord(u"statements"_s, targetId, s.takenAt,
                       FeedCodec::fromStatements(s, m_statementTexts));
}

bool RecordingFile::writeSessions(const QString &targetId, const SessionSnapshot &s)
{
    return writeRecord(u"sessions"_s, targetId, s.takenAt,
                       FeedCodec::fromSessions(s, m_statementTexts));
}

bool RecordingFile::writeSlowLog(const QString &targetId, const RedisSlowLogRead &r)
{
    return writeRecord(u"slowlog"_s, targetId, r.takenAt,
                       FeedCodec::fromSlowLog(r, m_statementTexts));
}

bool RecordingFile::writePlan(const QString &targetId, const ShownPlan &plan)
{
    if (!m_statementTexts)
        return true;
    return writeRecord(u"plan"_s, targetId, plan.at, FeedCodec::fromPlan(plan));
}

bool RecordingFile::writeEvent(const TimelineEvent &e)
{
    return writeRecord(u"event"_s, e.targetId, e.at,
                       RecordingCodec::fromEvent(e, m_statementTexts));
}

bool RecordingFile::writeNote(const RecordingNote &n)
{
    if (!isOpen() || !ensureBatch())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT INTO notes VALUES (?, ?, ?)"_s);
    q.addBindValue(RecordingCodec::toMs(n.at));
    q.addBindValue(text(n.targetId));
    q.addBindValue(text(n.text));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool RecordingFile::commit(QString *error)
{
    if (!m_inBatch)
        return true;
    m_inBatch = false;
    if (exec(u"COMMIT"_s))
        return true;
    *error = tr("Cannot write to the recording %1: %2").arg(m_path, m_lastError);
    return false;
}

bool RecordingFile::finish(QString *error)
{
    if (!isOpen())
        return true;
    if (!commit(error))
        return false;
    // One file to hand on. When a reader has it open (a replay), SQLite cannot fold the log
    // in: every batch is committed all the same, in the -wal file beside it, which opening
    // the recording where it lies takes in. A history stays in WAL mode (a reader never
    // keeps the next run from opening it).
    if (!exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) ||
        (!m_appending && !exec(u"PRAGMA journal_mode = DELETE"_s)))
        qWarning("The recording %s keeps its write-ahead log beside it: %s", qPrintable(m_path),
                 qPrintable(m_lastError));
    close();
    return true;
}

} // namespace sonde
