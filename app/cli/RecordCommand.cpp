#include "RecordCommand.h"

#include "CliOutput.h"
#include "CliTarget.h"
#include "common/DisplayFormat.h"
#include "common/SignalWatcher.h"
#include "connection/TargetList.h"
#include "monitoring/MonitoringPipeline.h"
#include "monitoring/TargetMonitor.h"
#include "recording/Recorder.h"
#include "recording/RecordingFile.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTimer>

#include <memory>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sonde::cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RecordCommand)
};

const char *const Usage =
    "Usage: sonde-cli record <uri>... --out FILE [options]\n"
    "\n"
    "Samples each server like the dashboard does (as `sample`) and writes everything read\n"
    "into one recording: every snapshot, the pg_stat_statements readings, the sessions with\n"
    "their blocking pids, the Redis slow log, the events. The file is committed every second\n"
    "(a killed recorder leaves a file that opens) and never holds a password. Open it with\n"
    "`sonde-cli replay FILE`.\n"
    "\n"
    "  <uri>...             postgresql://…, key=value conninfo, redis://… or profile names\n"
    "\n"
    "Options:\n"
    "  --out FILE           the recording to write (replaced if it exists), by custom FILE.sonde\n"
    "  --seconds N          stop after N seconds (default: run until interrupted)\n"
    "  --interval S         seconds between readings (default 1)\n"
    "  --no-statement-texts leave statement texts, session queries and Redis command\n"
    "                       arguments out (a recording to share outside the team)\n"
    "  --note TEXT          a note on the time axis at the start (repeatable)\n"
    "  --notes-from-stdin   each line typed on standard input while it records (then\n"
    "                       Enter) is a note on the time axis at that instant";

// Every target its own id: the same URI twice is one target.
bool addTarget(QList<Target> *targets, Target target)
{
    for (const Target &t : std::as_const(*targets)) {
        if (t.uri == target.uri)
            return false;
    }
    target.id = u"target-%1"_s.arg(targets->size() + 1);
    targets->append(target);
    return true;
}

// Lines typed on standard input while recording: each a note at the instant it is read.
class NoteReader
{
public:
    explicit NoteReader(Recorder *recorder)
        : m_recorder(recorder)
        , m_notifier(STDIN_FILENO, QSocketNotifier::Read)
    {
        QObject::connect(&m_notifier, &QSocketNotifier::activated, &m_notifier,
                         [this]() { read(); });
    }

private:
    void read()
    {
        char buf[4096];
        const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
        if (n <= 0) {
            m_notifier.setEnabled(false); // end of input (or none): no more notes
            return;
        }
        m_pending.append(buf, qsizetype(n));
        for (qsizetype i = m_pending.indexOf('\n'); i >= 0; i = m_pending.indexOf('\n')) {
            const QString text = QString::fromUtf8(m_pending.left(i)).trimmed();
            m_pending.remove(0, i + 1);
            if (text.isEmpty())
                continue;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            m_recorder->addNote({now, text, {}});
            printErr(
                Text::tr("Note at %1: %2").arg(now.toLocalTime().toString(u"HH:mm:ss"_s), text));
        }
    }

    Recorder *m_recorder;
    QSocketNotifier m_notifier;
    QByteArray m_pending;
};

void printSummary(const QString &path)
{
    Recording r;
    QString error;
    if (!RecordingFile::read(path, &r, &error)) {
        printErr(error);
        return;
    }
    printErr(Text::tr("Recorded %1 of %n target(s): %2 snapshots, %3 statement readings, %4 "
                      "session readings, %5 slow-log readings, %6 events (%7).",
                      nullptr, int(r.targets.size()))
                 .arg(path)
                 .arg(r.snapshots.size())
                 .arg(r.statements.size())
                 .arg(r.sessions.size())
                 .arg(r.slowLogs.size())
                 .arg(r.events.size())
                 .arg(DisplayFormat::bytes(QFileInfo(path).size())));
}

int runRecord(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption out(u"out"_s, {}, u"FILE"_s);
    const QCommandLineOption seconds(u"seconds"_s, {}, u"N"_s);
    const QCommandLineOption interval(u"interval"_s, {}, u"S"_s, u"1"_s);
    const QCommandLineOption noTexts(u"no-statement-texts"_s);
    const QCommandLineOption note(u"note"_s, {}, u"TEXT"_s);
    const QCommandLineOption notesFromStdin(u"notes-from-stdin"_s);
    parser.addOptions({out, seconds, interval, noTexts, note, notesFromStdin});
    CliTarget::addOptions(parser);
    parser.addPositionalArgument(u"uri"_s, {});
    if (!parser.parse(QStringList{u"sonde-cli record"_s} + args) ||
        parser.positionalArguments().isEmpty() || !parser.isSet(out)) {
        printErr(parser.errorText().isEmpty() ? Text::tr("Give at least one URI and --out FILE.")
                                              : parser.errorText());
        printErr(QString::fromLatin1(Usage));
        return ExitUsage;
    }
    bool ok = true;
    const double intervalS = optionNumber(parser, interval, 0.25, &ok);
    const double durationS = parser.isSet(seconds) ? optionNumber(parser, seconds, 1, &ok) : 0;
    if (!ok)
        return ExitUsage;
    QList<Target> wanted;
    const QStringList uris = parser.positionalArguments();
    for (int i = 0; i < uris.size(); ++i) {
        Target t;
        if (const int code =
                CliTarget::resolve(parser, uris.at(i), CliTarget::Need::Any, &t, i == 0))
            return code;
        if (!addTarget(&wanted, t))
            printErr(Text::tr("%1 is named twice: recorded once.").arg(t.name));
    }

    TargetList targets;
    MonitoringPipeline pipeline(&targets);
    pipeline.monitor()->setIntervalMs(int(intervalS * 1000));
    Recorder recorder(&pipeline);
    Recorder::Options options;
    options.statementTexts = !parser.isSet(noTexts);
    QString error;
    const QString path = parser.value(out);
    if (!recorder.start(path, options, &error)) {
        printErr(error);
        return ExitUsage;
    }
    QEventLoop loop;
    QObject::connect(&recorder, &Recorder::failed, &loop, [&](const QString &message) {
        printErr(message);
        loop.exit(ExitFailed);
    });
    QObject::connect(pipeline.monitor(), &TargetMonitor::statusChanged, &loop,
                     [&](const SamplerStatus &st) {
                         if (st.state == SamplerStatus::State::Sampling)
                             printErr(Text::tr("Recording %1 (%2).")
                                          .arg(targets.byId(st.targetId).name, st.serverVersion));
                         else if (st.state == SamplerStatus::State::Reconnecting)
                             printErr(describeStatus(st, QDateTime::currentDateTimeUtc()));
                     });
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &loop,
                     [&]() { loop.exit(ExitOk); });
    if (durationS > 0)
        QTimer::singleShot(int(durationS * 1000), &loop, [&]() { loop.exit(ExitOk); });
    for (const Target &t : std::as_const(wanted))
        targets.upsert(t);
    for (const QString &text : parser.values(note))
        recorder.addNote({QDateTime::currentDateTimeUtc(), text, {}});
    // Only when asked: a script's standard input is not for us, and a background job
    // reading the terminal would be stopped.
    std::unique_ptr<NoteReader> notes;
    if (parser.isSet(notesFromStdin))
        notes = std::make_unique<NoteReader>(&recorder);
    int code = loop.exec();
    const int snapshots = recorder.snapshotCount();
    if (!recorder.stop(&error)) {
        printErr(error);
        code = ExitFailed;
    }
    targets.clear();
    if (code == ExitOk && snapshots == 0) {
        printErr(Text::tr("No server could be read: the recording holds no snapshot."));
        code = ExitFailed;
    }
    printSummary(path);
    return code;
}

} // namespace

CliCommand recordCommand()
{
    return {u"record"_s, Text::tr("record what the servers show into a .sonde file"),
            QString::fromLatin1(Usage), runRecord};
}

} // namespace sonde::cli
