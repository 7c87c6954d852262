// sonde-cli replay: what a recording holds, as text or as one JSON document.
#include "CliOutput.h"
#include "CliTarget.h"
#include "RecordCommand.h"
#include "bench/RecordingReport.h"
#include "common/DisplayFormat.h"
#include "monitoring/SnapshotJson.h"
#include "recording/FeedCodec.h"
#include "recording/RecordingCodec.h"
#include "recording/RecordingFile.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sonde::cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReplayCommand)
};

const char *const Usage =
    "Usage: sonde-cli replay FILE [--json] [--html OUT] [--pdf OUT] [--from T] [--to T]\n"
    "\n"
    "Says what a recording (sonde-cli record) holds: its targets, time\n"
    "range, snapshots, statement, session and slow-log readings, events and notes. With\n"
    "--json, the whole recording as one JSON document on stdout:\n"
    "  {\"format_version\", \"sonde_version\", \"created_at\", \"statement_texts\", \"targets\",\n"
    "   \"snapshots\" (one per sample taken, as `sample --json` prints them, with \"target_id\"),\n"
    "   \"statements\", \"sessions\", \"slowlog\", \"plans\", \"events\", \"notes\"}\n"
    "--html / --pdf write a report of the recording for a post-mortem: the notes, the\n"
    "dashboard's charts, alerts and events, the top statements by time, the sessions that\n"
    "blocked others and the Redis slow log; --from / --to (ISO 8601 or HH:MM[:SS] of the\n"
    "recording's first day, local time) narrow it to a range.\n"
    "A file that is not a recording, is damaged or comes from a newer Sonde is refused with\n"
    "exit status 2.";

QString isoTime(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject statementsJson(const RecordedReading<StatementSnapshot> &r)
{
    QJsonArray statements;
    for (auto it = r.value.counters.cbegin(); it != r.value.counters.cend(); ++it) {
        const StatementCounters &c = it.value();
        QJsonObject o{{u"query_id"_s, QString::number(it.key().queryId)},
                      {u"user"_s, r.value.roleNames.value(it.key().userId)},
                      {u"database"_s, r.value.databaseNames.value(it.key().dbId)},
                      {u"top_level"_s, it.key().topLevel},
                      {u"calls"_s, c.calls},
                      {u"total_ms"_s, c.totalMs},
                      {u"mean_ms"_s, c.meanMs},
                      {u"max_ms"_s, c.maxMs},
                      {u"rows"_s, c.rows},
                      {u"shared_hit"_s, c.sharedHit},
                      {u"shared_read"_s, c.sharedRead},
                      {u"temp_written"_s, c.tempWritten}};
        const QString text = r.value.newTexts.value(it.key());
        if (!text.isEmpty())
            o.insert(u"text"_s, text);
        statements.append(o);
    }
    return {{u"target_id"_s, r.targetId},
            {u"time"_s, isoTime(r.value.takenAt)},
            {u"statements"_s, statements}};
}

QJsonObject sessionsJson(const RecordedReading<SessionSnapshot> &r, bool texts)
{
    QJsonObject o = FeedCodec::fromSessions(r.value, texts);
    o.remove(u"taken_at"_s);
    o.insert(u"target_id"_s, r.targetId);
    o.insert(u"time"_s, isoTime(r.value.takenAt));
    return o;
}

QJsonObject slowLogJson(const RecordedReading<RedisSlowLogRead> &r)
{
    QJsonArray entries;
    for (const RedisSlowLogEntry &e : r.value.newEntries)
        entries.append(QJsonObject{{u"id"_s, double(e.id)},
                                   {u"time"_s, isoTime(e.at)},
                                   {u"duration_us"_s, double(e.durationUs)},
                                   {u"command"_s, e.commandText()},
                                   {u"client"_s, e.client}});
    return {{u"target_id"_s, r.targetId},
            {u"time"_s, isoTime(r.value.takenAt)},
            {u"new_entries"_s, entries}};
}

QJsonObject recordingJson(const Recording &r)
{
    QJsonArray targets, snapshots, statements, sessions, slowLogs, events, notes;
    for (const RecordedTarget &t : r.targets)
        targets.append(QJsonObject{{u"id"_s, t.id},
                                   {u"name"_s, t.name},
                                   {u"kind"_s, targetKindKey(t.kind)},
                                   {u"address"_s, t.address},
                                   {u"server_version"_s, t.serverVersion}});
    for (const Snapshot &s : r.snapshots) {
        QJsonObject o = snapshotToJson(s);
        o.insert(u"target_id"_s, s.targetId);
        snapshots.append(o);
    }
    for (const auto &reading : r.statements)
        statements.append(statementsJson(reading));
    for (const auto &reading : r.sessions)
        sessions.append(sessionsJson(reading, r.statementTexts));
    for (const auto &reading : r.slowLogs)
        slowLogs.append(slowLogJson(reading));
    QJsonArray plans;
    for (const auto &reading : r.plans) {
        QJsonObject o = FeedCodec::fromPlan(reading.value);
        o.insert(u"at"_s, isoTime(reading.value.at));
        o.insert(u"target_id"_s, reading.targetId);
        plans.append(o);
    }
    for (const TimelineEvent &e : r.events) {
        QJsonObject o = RecordingCodec::fromEvent(e);
        o.insert(u"at"_s, isoTime(e.at));
        events.append(o);
    }
    for (const RecordingNote &n : r.notes)
        notes.append(QJsonObject{
            {u"time"_s, isoTime(n.at)}, {u"text"_s, n.text}, {u"target_id"_s, n.targetId}});
    return {{u"format_version"_s, r.formatVersion},
            {u"sonde_version"_s, r.sondeVersion},
            {u"created_at"_s, isoTime(r.createdAt)},
            {u"statement_texts"_s, r.statementTexts},
            {u"from"_s, isoTime(r.from())},
            {u"to"_s, isoTime(r.to())},
            {u"targets"_s, targets},
            {u"snapshots"_s, snapshots},
            {u"statements"_s, statements},
            {u"sessions"_s, sessions},
            {u"slowlog"_s, slowLogs},
            {u"plans"_s, plans},
            {u"events"_s, events},
            {u"notes"_s, notes}};
}

void printText(const Recording &r)
{
    printOut(Text::tr("Recording (format %1, Sonde %2) from %3 to %4, %n target(s):", nullptr,
                      int(r.targets.size()))
                 .arg(r.formatVersion)
                 .arg(r.sondeVersion, isoTime(r.from()), isoTime(r.to())));
    for (const RecordedTarget &t : r.targets) {
        const auto count = std::count_if(r.snapshots.cbegin(), r.snapshots.cend(),
                                         [&](const Snapshot &s) { return s.targetId == t.id; });
        printOut(Text::tr("  %1  %2  %3  %4 snapshots")
                     .arg(t.name, targetKindName(t.kind), t.serverVersion)
                     .arg(count));
    }
    printOut(Text::tr("%1 statement readings, %2 session readings, %3 slow-log readings, %4 "
                      "plans, %5 events%6.")
                 .arg(r.statements.size())
                 .arg(r.sessions.size())
                 .arg(r.slowLogs.size())
                 .arg(r.plans.size())
                 .arg(r.events.size())
                 .arg(r.statementTexts ? QString() : Text::tr("; statement texts left out")));
    for (const RecordingNote &n : r.notes)
        printOut(Text::tr("Note at %1: %2").arg(DisplayFormat::timeOfDay(n.at), n.text));
}

// "19:40", "19:40:30" (on the recording's first day, local time) or an ISO 8601 date-time.
QDateTime timeIn(const QString &text, const QDateTime &day)
{
    const QDateTime iso = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (iso.isValid())
        return iso;
    QTime t = QTime::fromString(text, u"HH:mm:ss"_s);
    if (!t.isValid())
        t = QTime::fromString(text, u"HH:mm"_s);
    return t.isValid() && day.isValid() ? QDateTime(day.toLocalTime().date(), t) : QDateTime();
}

int runReplay(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption html(u"html"_s, {}, u"file"_s);
    const QCommandLineOption pdf(u"pdf"_s, {}, u"file"_s);
    const QCommandLineOption from(u"from"_s, {}, u"time"_s);
    const QCommandLineOption to(u"to"_s, {}, u"time"_s);
    parser.addOptions({json, html, pdf, from, to});
    parser.addPositionalArgument(u"file"_s, {});
    if (!parser.parse(QStringList{u"sonde-cli replay"_s} + args) ||
        parser.positionalArguments().size() != 1) {
        printErr(parser.errorText().isEmpty() ? Text::tr("Give exactly one recording file.")
                                              : parser.errorText());
        printErr(QString::fromLatin1(Usage));
        return ExitUsage;
    }
    Recording recording;
    QString error;
    if (!RecordingFile::read(parser.positionalArguments().first(), &recording, &error)) {
        printErr(error);
        return ExitUsage;
    }
    qint64 fromMs = 0;
    qint64 toMs = 0;
    if (parser.isSet(from) || parser.isSet(to)) {
        const QDateTime day = recording.from();
        const QDateTime a = parser.isSet(from) ? timeIn(parser.value(from), day) : day;
        const QDateTime b = parser.isSet(to) ? timeIn(parser.value(to), day) : recording.to();
        if (!a.isValid() || !b.isValid() || b <= a) {
            printErr(Text::tr("--from and --to take a time (\"19:40\", \"2026-12-05T19:40:00Z\"), "
                              "the second after the first."));
            return ExitUsage;
        }
        fromMs = a.toMSecsSinceEpoch();
        toMs = b.toMSecsSinceEpoch();
    }
    if (parser.isSet(json))
        printOut(QString::fromUtf8(
            QJsonDocument(recordingJson(recording)).toJson(QJsonDocument::Compact)));
    else if (!parser.isSet(html) && !parser.isSet(pdf))
        printText(recording);
    int status = ExitOk;
    const auto report = [&](const QCommandLineOption &option, auto write) {
        if (!parser.isSet(option))
            return;
        if (write(recording, fromMs, toMs, parser.value(option), &error))
            printErr(Text::tr("Report written to %1").arg(parser.value(option)));
        else {
            printErr(error);
            status = ExitFailed;
        }
    };
    report(html, &RecordingReport::writeHtml);
    report(pdf, &RecordingReport::writePdf);
    return status;
}

} // namespace

CliCommand replayCommand()
{
    CliCommand c{u"replay"_s, Text::tr("show what a .sonde recording holds"),
                 QString::fromLatin1(Usage), runReplay};
    c.takesTarget = false;
    return c;
}

} // namespace sonde::cli
