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
    QString why;
    if (!PrivateFiles::prepare(path, &why)) {
        *error = tr("Cannot open the recording %1: %2").arg(path, why);
        return false;
    }
    bool usable = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            const auto pragma = [&q](const QString &name) {
                return q.exec(u"PRAGMA "_s + name) && q.next() ? q.value(0).toLongLong() : -1;
            };
            usable =
                pragma(u"application_id"_s) == ApplicationId &&
                pragma(u"user_version"_s) == FormatVersion &&
                q.exec(u"SELECT count(*) FROM records WHERE kind = 'snapshot' AND at_ms < 0"_s);
            q.finish(); // the journal mode changes only with no statement running
            usable = usable && setUp();
        }
    }
    if (usable)
        return true;
    // Not one to add to: kept aside (never deleted), and a new one begun.
    close();
    const QString aside = path + u".unreadable"_s;
    QFile::remove(aside);
    if (!QFile::rename(path, aside)) {
        *error = tr("Cannot open the recording %1: it is not one this Sonde can add to, and "
                    "it cannot be moved aside.")
                     .arg(path);
        return false;
    }
    qWarning("%s is not a recording this Sonde can add to: moved to %s", qPrintable(path),
             qPrintable(aside));
    return create(path, statementTexts, error);
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
    // by the driver: run until no page is free, in one transaction.
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    const auto freePages = [&q] {
        return q.exec(u"PRAGMA freelist_count"_s) && q.next() ? q.value(0).toLongLong() : 0;
    };
    qint64 left = freePages();
    if (left == 0)
        return true;
    bool ok = exec(u"BEGIN"_s);
    for (qint64 bound = left; ok && left > 0 && bound >= 0; --bound) {
        ok = q.exec(u"PRAGMA incremental_vacuum"_s);
        left = ok ? freePages() : left;
    }
    if (!ok)
        m_lastError = q.lastError().text();
    q.finish();
    return exec(u"COMMIT"_s) && ok;
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
