// RecordingFile::read: a recording file back into a Recording, with a clear message for a
// file that is not one, is damaged, or was written by a newer Sonde.
#include "FeedCodec.h"
#include "RecordingCodec.h"
#include "RecordingFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// The first 16 bytes of every SQLite database.
constexpr char SqliteMagic[] = "SQLite format 3";

// One connection for one read, removed when it ends.
class ReadConnection
{
public:
    explicit ReadConnection(const QString &path, bool readOnly)
        : m_name(u"sonde-recording-read-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~ReadConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlQuery query() const { return QSqlQuery(QSqlDatabase::database(m_name, false)); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

QVariant pragma(const ReadConnection &c, const QString &name, QString *error)
{
    QSqlQuery q = c.query();
    if (!q.exec(u"PRAGMA "_s + name) || !q.next()) {
        *error = q.lastError().text();
        return {};
    }
    return q.value(0);
}

// A record never holds more than this once decompressed: a file that says otherwise is
// damaged (or made to exhaust memory).
constexpr quint32 MaxRecordBytes = 64u << 20;

QJsonObject decode(const QByteArray &blob, bool *ok)
{
    const auto *b = reinterpret_cast<const uchar *>(blob.constData());
    const quint32 size = blob.size() > 4 ? quint32(b[0]) << 24 | quint32(b[1]) << 16 |
                                               quint32(b[2]) << 8 | quint32(b[3])
                                         : 0;
    const QByteArray json = size > 0 && size <= MaxRecordBytes ? qUncompress(blob) : QByteArray();
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    *ok = parse.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

void minMax(const QDateTime &at, QDateTime *from, QDateTime *to)
{
    if (!at.isValid())
        return;
    if (!from->isValid() || at < *from)
        *from = at;
    if (!to->isValid() || at > *to)
        *to = at;
}

void span(const Recording &r, QDateTime *first, QDateTime *last)
{
    for (const Snapshot &s : r.snapshots)
        minMax(s.at, first, last);
    for (const TimelineEvent &e : r.events)
        minMax(e.at, first, last);
    for (const RecordingNote &n : r.notes)
        minMax(n.at, first, last);
}

} // namespace

QDateTime Recording::from() const
{
    QDateTime first, last;
    span(*this, &first, &last);
    return first;
}

QDateTime Recording::to() const
{
    QDateTime first, last;
    span(*this, &first, &last);
    return last;
}

bool RecordingFile::read(const QString &path, Recording *out, QString *error, Parts parts,
                         qint64 lastSpanMs)
{
    Selection selection;
    selection.parts = parts;
    selection.lastSpanMs = lastSpanMs;
    return read(path, out, error, selection);
}

bool RecordingFile::read(const QString &path, Recording *out, QString *error,
                         const Selection &selection)
{
    const Parts parts = selection.parts;
    const qint64 lastSpanMs = selection.lastSpanMs;
    *out = Recording();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray head = file.read(100);
    const qint64 size = file.size();
    file.close();
    if (!head.startsWith(QByteArray(SqliteMagic))) {
        *error = tr("%1 is not a Sonde recording.").arg(path);
        return false;
    }
    const QString damaged =
        tr("The recording %1 is damaged (truncated or overwritten) and cannot be opened: %2");
    if (head.size() < 100 || size < 512) {
        *error = damaged.arg(path, tr("the file ends after %1 bytes").arg(size));
        return false;
    }
    // Read-write when possible, so that the write-ahead log a killed recorder left beside
    // the file is taken in; read-only from a place that allows nothing else.
    const bool writable = QFileInfo(path).isWritable();
    ReadConnection c(path, !writable);
    if (!c.isOpen()) {
        *error = tr("Cannot open the recording %1: %2").arg(path, c.error());
        return false;
    }
    QString why;
    const QVariant app = pragma(c, u"application_id"_s, &why);
    if (!app.isValid()) {
        *error = damaged.arg(path, why);
        return false;
    }
    if (app.toInt() != ApplicationId) {
        *error = tr("%1 is an SQLite database, not a Sonde recording.").arg(path);
        return false;
    }
    const int version = pragma(c, u"user_version"_s, &why).toInt();
    if (version > FormatVersion) {
        *error = tr("%1 was written by a newer Sonde (recording format %2); this Sonde (%3) "
                    "reads formats up to %4: update Sonde to open it.")
                     .arg(path)
                     .arg(version)
                     .arg(QStringLiteral(SONDE_VERSION))
                     .arg(FormatVersion);
        return false;
    }
    const QString check = pragma(c, u"quick_check"_s, &why).toString();
    if (check != u"ok"_s) {
        *error = damaged.arg(path, check.isEmpty() ? why : check.left(200));
        return false;
    }
    out->formatVersion = version;

    QSqlQuery q = c.query();
    if (!q.exec(u"SELECT key, value FROM meta"_s)) {
        *error = damaged.arg(path, q.lastError().text());
        return false;
    }
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (key == u"sonde_version"_s)
            out->sondeVersion = q.value(1).toString();
        else if (key == u"created_at"_s)
            out->createdAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        else if (key == u"statement_texts"_s)
            out->statementTexts = q.value(1).toString() == u"yes"_s;
    }
    if (!q.exec(u"SELECT id, name, kind, address, server_version FROM targets ORDER BY rowid"_s)) {
        *error = damaged.arg(path, q.lastError().text());
        return false;
    }
    while (q.next()) {
        out->targets.append({q.value(0).toString(), q.value(1).toString(),
                             targetKindFromKey(q.value(2).toString()), q.value(3).toString(),
                             q.value(4).toString()});
    }
    // Only the last span: from the last snapshot back (indexed by kind and time).
    qint64 sinceMs = 0;
    if (lastSpanMs > 0 &&
        q.exec(u"SELECT min(at_ms), max(at_ms) FROM records WHERE kind = 'snapshot'"_s) &&
        q.next() && !q.value(1).isNull() &&
        q.value(1).toLongLong() - q.value(0).toLongLong() > lastSpanMs) {
        sinceMs = q.value(1).toLongLong() - lastSpanMs;
        out->partial = true;
    }
    QStringList where;
    if (out->partial)
        where << u"at_ms >= %1"_s.arg(sinceMs);
    if (selection.fromMs != std::numeric_limits<qint64>::min())
        where << u"at_ms >= %1"_s.arg(selection.fromMs);
    if (selection.toMs != std::numeric_limits<qint64>::max())
        where << u"at_ms <= %1"_s.arg(selection.toMs);
    const QString noteRange = where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s);
    if (parts == Parts::Timeline)
        where << u"kind IN ('snapshot', 'event')"_s;
    const QString records = u"SELECT kind, target_id, data FROM records"_s +
                            (where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s)) +
                            u" ORDER BY rowid"_s;
    if (!q.exec(records)) {
        *error = damaged.arg(path, q.lastError().text());
        return false;
    }
    int bad = 0;
    while (q.next()) {
        bool ok = false;
        const QJsonObject o = decode(q.value(2).toByteArray(), &ok);
        const QString kind = q.value(0).toString();
        const QString target = q.value(1).toString();
        if (ok && kind == u"snapshot"_s) {
            const Snapshot s = RecordingCodec::toSnapshot(o, &ok);
            if (ok)
                out->snapshots.append(s);
        } else if (ok && kind == u"statements"_s) {
            out->statements.append({target, FeedCodec::toStatements(o)});
        } else if (ok && kind == u"sessions"_s) {
            out->sessions.append({target, FeedCodec::toSessions(o)});
        } else if (ok && kind == u"slowlog"_s) {
            out->slowLogs.append({target, FeedCodec::toSlowLog(o)});
        } else if (ok && kind == u"plan"_s) {
            out->plans.append({target, FeedCodec::toPlan(o)});
        } else if (ok && kind == u"event"_s) {
            out->events.append(RecordingCodec::toEvent(o));
        } // a kind of record this version does not know: a newer minor addition, skipped
        bad += ok ? 0 : 1;
    }
    if (bad > 0) {
        *error = damaged.arg(path, tr("%n record(s) cannot be read", nullptr, bad));
        return false;
    }
    const QString notes =
        u"SELECT at_ms, text, target_id FROM notes%1 ORDER BY at_ms, rowid"_s.arg(noteRange);
    if (!q.exec(notes)) {
        *error = damaged.arg(path, q.lastError().text());
        return false;
    }
    while (q.next()) {
        out->notes.append({RecordingCodec::fromMs(q.value(0).toLongLong()), q.value(1).toString(),
                           q.value(2).toString()});
    }
    return true;
}

} // namespace sonde
