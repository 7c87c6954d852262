// RecordingFile as a target's local history: appending to the file of a previous run,
// retention (an age and a size), and a range of it written out as a recording to hand on.
#include "RecordingFile.h"

#include "common/PrivateFiles.h"

#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// Every kind of record this Sonde writes: retention removes them through the (kind, time)
// index.
const QString KnownKinds = u"('snapshot', 'statements', 'sessions', 'slowlog', 'plan', 'event')"_s;

} // namespace

bool RecordingFile::open(const QString &path, bool statementTexts, QString *error)
{
    if (!QFile::exists(path))
        return create(path, statementTexts, error);
    m_path = path;
    m_statementTexts = statementTexts;
    m_appending = true;
    QString why;
    if (!PrivateFiles::prepare(path, &why)) {
        *error = tr("Cannot open the recording %1: %2").arg(path, why);
        return false;
    }
    // Ours to add to, another file (set aside), or one SQLite cannot use now (locked, no
    // space…: an error, the file kept as it is).
    enum class Verdict
    {
        Ours,
        Other,
        Failed
    };
    Verdict verdict = Verdict::Failed;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            why = db.lastError().text();
        } else {
            QSqlQuery q(db);
            qint64 app = -1;
            qint64 version = -1;
            const auto pragma = [&q](const QString &name, qint64 *value) {
                if (!q.exec(u"PRAGMA "_s + name) || !q.next())
                    return false;
                *value = q.value(0).toLongLong();
                return true;
            };
            const bool read = pragma(u"application_id"_s, &app) &&
                              pragma(u"user_version"_s, &version) &&
                              q.exec(u"SELECT kind FROM records LIMIT 1"_s);
            if (read) {
                verdict = app == ApplicationId && version == FormatVersion ? Verdict::Ours
                                                                           : Verdict::Other;
            } else {
                // SQLITE_NOTADB (26), SQLITE_CORRUPT (11), or a database without our table.
                const QSqlError e = q.lastError();
                const QString code = e.nativeErrorCode();
                verdict = code == u"26"_s || code == u"11"_s ||
                                  e.databaseText().contains(u"no such table"_s)
                              ? Verdict::Other
                              : Verdict::Failed;
                why = e.text();
            }
            q.finish(); // the journal mode changes only with no statement running
        }
    }
    if (verdict == Verdict::Ours && setUp())
        return true;
    if (verdict != Verdict::Other) {
        *error = tr("Cannot open the recording %1: %2")
                     .arg(path, verdict == Verdict::Ours ? m_lastError : why);
        close();
        return false;
    }
    // Not one to add to: kept aside under a name of its own (never deleted), a new one begun.
    close();
    const QString aside = path + u".unreadable-"_s +
                          QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-zzz"_s);
    if (!QFile::rename(path, aside)) {
        *error = tr("Cannot open the recording %1: it is not one this Sonde can add to, and "
                    "it cannot be moved aside.")
                     .arg(path);
        return false;
    }
    qWarning("%s is not a recording this Sonde can add to: moved to %s", qPrintable(path),
             qPrintable(aside));
    const bool created = create(path, statementTexts, error);
    m_appending = true;
    return created;
}

qint64 RecordingFile::usedBytes()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    const auto pragma = [&q](const QString &name) {
        return q.exec(u"PRAGMA "_s + name) && q.next() ? q.value(0).toLongLong() : 0;
    };
    return (pragma(u"page_count"_s) - pragma(u"freelist_count"_s)) * pragma(u"page_size"_s);
}

bool RecordingFile::pruneBefore(qint64 beforeMs)
{
    const QString at = QString::number(beforeMs);
    return exec(u"DELETE FROM records WHERE kind IN %1 AND at_ms < %2"_s.arg(KnownKinds, at)) &&
           exec(u"DELETE FROM notes WHERE at_ms < %1"_s.arg(at));
}

bool RecordingFile::giveSpaceBack()
{
    // One page per step of the pragma, and a pragma without result columns is stepped once
    // by the driver: run until no page is free, a transaction per chunk so that the
    // write-ahead log stays small, then folded into the file (which shrinks).
    constexpr int PagesPerChunk = 2048;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    const auto freePages = [&q] {
        return q.exec(u"PRAGMA freelist_count"_s) && q.next() ? q.value(0).toLongLong() : 0;
    };
    qint64 left = freePages();
    if (left == 0)
        return true;
    bool ok = true;
    for (qint64 bound = left; ok && left > 0 && bound >= 0;) {
        ok = exec(u"BEGIN"_s);
        for (int i = 0; ok && left > 0 && i < PagesPerChunk; ++i, --bound) {
            ok = q.exec(u"PRAGMA incremental_vacuum"_s);
            left = ok ? freePages() : left;
        }
        if (!ok)
            m_lastError = q.lastError().text();
        q.finish();
        ok = exec(u"COMMIT"_s) && ok;
    }
    // A reader (a save, a load) may keep the log from being folded in now: the next time.
    exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return ok;
}

bool RecordingFile::prune(qint64 beforeMs, qint64 maxBytes, QString *error)
{
    if (!isOpen())
        return true;
    if (!commit(error))
        return false;
    bool ok = exec(u"BEGIN"_s) && pruneBefore(beforeMs);
    // Over the cap: the oldest part of what is kept goes, in proportion (times are what the
    // index orders; records are about the same size along a target's history).
    for (int round = 0; ok && maxBytes > 0 && round < 4; ++round) {
        const qint64 used = usedBytes();
        if (used <= maxBytes)
            break;
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (!q.exec(
                u"SELECT min(at_ms), max(at_ms) FROM records WHERE kind IN %1"_s.arg(KnownKinds)) ||
            !q.next() || q.value(0).isNull())
            break;
        const qint64 first = q.value(0).toLongLong();
        const qint64 last = q.value(1).toLongLong();
        const double keep = 0.9 * double(maxBytes) / double(used);
        ok = pruneBefore(last - qint64(double(last - first) * keep));
        // Free pages count only once given back; the deletions' pages are free already.
        ok = ok && exec(u"COMMIT"_s) && giveSpaceBack() && exec(u"BEGIN"_s);
    }
    ok = ok && exec(u"COMMIT"_s) && giveSpaceBack();
    if (!ok) {
        exec(u"ROLLBACK"_s);
        *error = tr("Cannot trim the recording %1: %2").arg(m_path, m_lastError);
    }
    return ok;
}

bool RecordingFile::write(const Recording &r, const QString &path, bool statementTexts,
                          QString *error)
{
    RecordingFile f;
    if (!f.create(path, statementTexts, error))
        return false;
    // A range written out began when its first reading was taken.
    const QDateTime from = r.from().isValid() ? r.from() : r.createdAt;
    bool ok =
        !from.isValid() || f.exec(u"UPDATE meta SET value = '%1' WHERE key = 'created_at'"_s.arg(
                               from.toUTC().toString(Qt::ISODateWithMs)));
    for (const RecordedTarget &t : r.targets)
        ok = ok && f.writeTarget(t);
    for (const Snapshot &s : r.snapshots)
        ok = ok && f.writeSnapshot(s);
    for (const auto &s : r.statements)
        ok = ok && f.writeStatements(s.targetId, s.value);
    for (const auto &s : r.sessions)
        ok = ok && f.writeSessions(s.targetId, s.value);
    for (const auto &s : r.slowLogs)
        ok = ok && f.writeSlowLog(s.targetId, s.value);
    for (const auto &p : r.plans)
        ok = ok && f.writePlan(p.targetId, p.value);
    for (const TimelineEvent &e : r.events)
        ok = ok && f.writeEvent(e);
    for (const RecordingNote &n : r.notes)
        ok = ok && f.writeNote(n);
    if (!ok) {
        *error = tr("Cannot write the recording %1: %2").arg(path, f.lastError());
        f.close();
        QFile::remove(path);
        return false;
    }
    return f.finish(error);
}

} // namespace sonde
