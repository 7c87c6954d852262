#include "LocalHistory.h"

#include "Recorder.h"
#include "RecordingFile.h"
#include "RecordingReplay.h"
#include "connection/TargetList.h"
#include "monitoring/MetricStore.h"
#include "monitoring/MonitoringPipeline.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <map>
#include <tuple>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

constexpr qint64 HourMs = 3600 * 1000;

struct Earlier
{
    Recording recording;
    QString error;
};

} // namespace

LocalHistory::LocalHistory(MonitoringPipeline *pipeline, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_pipeline(pipeline)
    , m_directory(directory)
{
    m_settings.enabled = false;
    TargetList *targets = pipeline->targets();
    connect(targets, &TargetList::targetAdded, this, [this](const Target &t) {
        if (m_settings.enabled) {
            start(t.id);
            load(t.id);
        }
    });
    connect(targets, &TargetList::targetRemoved, this, &LocalHistory::stop);
}

LocalHistory::~LocalHistory()
{
    for (const QString &id : m_recorders.keys())
        stop(id);
}

QString LocalHistory::fileFor(const QString &targetId) const
{
    return fileIn(m_directory, targetId);
}

QString LocalHistory::fileIn(const QString &directory, const QString &targetId)
{
    QString name = targetId;
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    }
    return QDir(directory).filePath(u"history-"_s + name + u".sonde"_s);
}

void LocalHistory::apply(const Settings &settings)
{
    const bool first = !m_applied;
    const bool changed = first || settings.enabled != m_settings.enabled ||
                         settings.retentionHours != m_settings.retentionHours ||
                         settings.maxMiB != m_settings.maxMiB;
    m_applied = true;
    if (!changed)
        return;
    const bool wasEnabled = m_settings.enabled;
    m_settings = settings;
    for (const QString &id : m_recorders.keys())
        stop(id);
    if (!settings.enabled)
        return;
    removeStaleFiles();
    for (const Target &t : m_pipeline->targets()->targets()) {
        start(t.id);
        // The earlier hours of targets already watched, when history starts being kept.
        if (!wasEnabled)
            load(t.id);
    }
}

void LocalHistory::start(const QString &targetId)
{
    if (m_recorders.contains(targetId))
        return;
    auto *recorder = new Recorder(m_pipeline, this);
    Recorder::Options options;
    options.targetId = targetId;
    options.append = true;
    options.retentionMs = qint64(std::max(1, m_settings.retentionHours)) * HourMs;
    options.maxBytes = qint64(std::max(1, m_settings.maxMiB)) << 20;
    QString error;
    // The directory is made readable by its owner only (PrivateFiles), as the files are.
    if (!recorder->start(fileFor(targetId), options, &error)) {
        delete recorder;
        emit failed(targetId, error);
        return;
    }
    connect(recorder, &Recorder::failed, this, [this, targetId](const QString &message) {
        stop(targetId);
        emit failed(targetId, message);
    });
    m_recorders.insert(targetId, recorder);
}

void LocalHistory::stop(const QString &targetId)
{
    Recorder *recorder = m_recorders.take(targetId);
    if (!recorder)
        return;
    QString ignored;
    recorder->stop(&ignored);
    recorder->deleteLater();
}

void LocalHistory::load(const QString &targetId)
{
    const QString path = fileFor(targetId);
    if (!QFileInfo::exists(path))
        return;
    RecordingFile::Selection selection;
    selection.parts = RecordingFile::Parts::Timeline;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    selection.fromMs = now - qint64(m_settings.retentionHours) * HourMs;
    selection.toMs = now; // what this run adds is in the store already
    const MetricSeries::Limits limits = m_pipeline->store()->limits();
    const qint64 fullFromMs = now - limits.fullSpanMs;
    ++m_loading;
    auto *watcher = new QFutureWatcher<Earlier>(this);
    connect(watcher, &QFutureWatcher<Earlier>::finished, this, [this, watcher, targetId] {
        watcher->deleteLater();
        --m_loading;
        Earlier earlier = watcher->result();
        if (!earlier.error.isEmpty())
            qWarning("The history of %s cannot be read: %s", qPrintable(targetId),
                     qPrintable(earlier.error));
        // The target may have gone, or history been turned off, while it was read.
        const bool wanted = m_pipeline->targets()->byId(targetId).isValid() && m_settings.enabled;
        if (wanted)
            RecordingReplay::loadHistory(earlier.recording, m_pipeline);
        emit loaded(targetId, wanted ? int(earlier.recording.snapshots.size()) : 0);
    });
    watcher->setFuture(QtConcurrent::run([path, selection, fullFromMs, limits] {
        Earlier e;
        if (RecordingFile::read(path, &e.recording, &e.error, selection)) {
            e.recording.snapshots = thinOut(e.recording.snapshots, fullFromMs, limits.bucketMs);
        }
        return e;
    }));
}

void LocalHistory::removeStaleFiles() const
{
    const QDateTime oldest =
        QDateTime::currentDateTimeUtc().addSecs(-qint64(m_settings.retentionHours) * 3600);
    const QFileInfoList files =
        QDir(m_directory).entryInfoList({u"history-*.sonde"_s}, QDir::Files);
    for (const QFileInfo &f : files) {
        // In WAL mode the newest writes may be in the -wal file alone.
        const QFileInfo wal(f.filePath() + u"-wal"_s);
        const QDateTime written =
            wal.exists() ? std::max(wal.lastModified(), f.lastModified()) : f.lastModified();
        if (written.toUTC() < oldest) {
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
                QFile::remove(f.filePath() + suffix);
        }
    }
}

QList<Snapshot> LocalHistory::thinOut(const QList<Snapshot> &snapshots, qint64 fullFromMs,
                                      qint64 bucketMs)
{
    QList<Snapshot> out;
    // Per target, the bucket being averaged: its first snapshot, sums and counts.
    struct Bucket
    {
        qint64 start = std::numeric_limits<qint64>::min();
        Snapshot first;
        QHash<QString, std::pair<double, int>> sums;
        bool afterGap = false;
    };
    QHash<QString, Bucket> open;
    const auto close = [&out](Bucket &b) {
        if (b.start == std::numeric_limits<qint64>::min())
            return;
        Snapshot s = b.first;
        s.at = QDateTime::fromMSecsSinceEpoch(b.start, Qt::UTC);
        s.values.clear();
        for (auto it = b.sums.cbegin(); it != b.sums.cend(); ++it)
            s.values.insert(it.key(), it.value().first / it.value().second);
        s.detail.reset();
        if (b.afterGap)
            s.continuity = Snapshot::Continuity::Reconnected;
        out.append(s);
        b = Bucket();
    };
    for (const Snapshot &s : snapshots) {
        const qint64 ms = s.at.toMSecsSinceEpoch();
        Bucket &b = open[s.targetId];
        if (ms >= fullFromMs) {
            close(b);
            out.append(s);
            continue;
        }
        const qint64 start = ms - (((ms % bucketMs) + bucketMs) % bucketMs);
        if (start != b.start) {
            close(b);
            b.start = start;
            b.first = s;
        }
        b.afterGap = b.afterGap || s.startsAfterGap();
        for (auto it = s.values.cbegin(); it != s.values.cend(); ++it) {
            auto &[sum, n] = b.sums[it.key()];
            sum += it.value();
            ++n;
        }
    }
    for (Bucket &b : open)
        close(b);
    std::stable_sort(out.begin(), out.end(),
                     [](const Snapshot &a, const Snapshot &b) { return a.at < b.at; });
    return out;
}

bool LocalHistory::readRange(const QString &directory, const QStringList &targetIds, qint64 fromMs,
                             qint64 toMs, Recording *out, QString *error)
{
    *out = Recording();
    // A minute more before the range: the statements reading before it, which the range's
    // first difference starts from; nothing else from that minute.
    RecordingFile::Selection selection;
    selection.fromMs = fromMs - 60'000;
    selection.toMs = toMs;
    const auto inRange = [fromMs](const QDateTime &at) {
        return at.toMSecsSinceEpoch() >= fromMs;
    };
    for (const QString &id : targetIds) {
        const QString path = fileIn(directory, id);
        if (!QFileInfo::exists(path))
            continue;
        Recording r;
        if (!RecordingFile::read(path, &r, error, selection))
            return false;
        const auto keepFrom = [&](auto &list, auto at) {
            list.erase(std::remove_if(list.begin(), list.end(),
                                      [&](const auto &item) { return !inRange(at(item)); }),
                       list.end());
        };
        keepFrom(r.snapshots, [](const Snapshot &s) { return s.at; });
        keepFrom(r.events, [](const TimelineEvent &e) { return e.at; });
        keepFrom(r.notes, [](const RecordingNote &n) { return n.at; });
        keepFrom(r.sessions, [](const auto &s) { return s.value.takenAt; });
        keepFrom(r.slowLogs, [](const auto &s) { return s.value.takenAt; });
        keepFrom(r.plans, [](const auto &p) { return p.value.at; });
        // The statements: those of the range and the last one before it.
        int before = -1;
        for (int i = 0; i < r.statements.size(); ++i) {
            if (!inRange(r.statements.at(i).value.takenAt))
                before = i;
        }
        if (before > 0)
            r.statements.remove(0, before);
        if (!out->createdAt.isValid() || r.createdAt < out->createdAt)
            out->createdAt = r.createdAt;
        out->formatVersion = r.formatVersion;
        out->sondeVersion = r.sondeVersion;
        out->targets += r.targets;
        out->snapshots += r.snapshots;
        out->statements += r.statements;
        out->sessions += r.sessions;
        out->slowLogs += r.slowLogs;
        out->plans += r.plans;
        out->events += r.events;
        out->notes += r.notes;
    }
    const auto byTime = [](const auto &a, const auto &b) {
        return a.at < b.at;
    };
    std::stable_sort(out->snapshots.begin(), out->snapshots.end(), byTime);
    std::stable_sort(out->events.begin(), out->events.end(), byTime);
    std::stable_sort(
        out->notes.begin(), out->notes.end(), [](const RecordingNote &a, const RecordingNote &b) {
            return std::tie(a.at, a.targetId, a.text) < std::tie(b.at, b.targetId, b.text);
        });
    // A note for every target is in every file: once is enough.
    out->notes.erase(std::unique(out->notes.begin(), out->notes.end()), out->notes.end());
    if (out->snapshots.isEmpty()) {
        *error = tr("Sonde's history holds nothing of these servers between %1 and %2.")
                     .arg(QDateTime::fromMSecsSinceEpoch(fromMs).toString(u"HH:mm"_s),
                          QDateTime::fromMSecsSinceEpoch(toMs).toString(u"HH:mm"_s));
        return false;
    }
    return true;
}

} // namespace sonde
