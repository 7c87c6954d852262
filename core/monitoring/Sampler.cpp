#include "Sampler.h"

#include "connection/CallDeadline.h"

#include <QCoreApplication>
#include <QTimer>

#include <utility>

namespace sonde {

Sampler::Sampler(const Target &target, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<sonde::Snapshot>();
    qRegisterMetaType<sonde::SamplerStatus>();
    qRegisterMetaType<sonde::FeedReading>();
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &Sampler::tick);
    m_status.targetId = target.id;
    m_status.intervalMs = m_intervalMs;
}

Sampler::~Sampler() = default;

void Sampler::start()
{
    if (m_running)
        return;
    m_running = true;
    m_clock.start();
    setState(SamplerStatus::State::Connecting);
    scheduleTick(0);
}

void Sampler::stop()
{
    m_running = false;
    m_timer->stop();
    for (const Feed &f : std::as_const(m_feeds)) {
        if (f.timer)
            f.timer->stop();
    }
    closeConnection();
    m_connected = false;
    m_status.connected = false;
    m_hasPrevious = false;
    setState(SamplerStatus::State::Stopped);
}

void Sampler::setIntervalMs(int ms)
{
    ms = qBound(250, ms, 3600000);
    if (ms == m_intervalMs)
        return;
    m_intervalMs = ms;
    m_status.intervalMs = ms;
    if (m_running && !m_paused && m_connected)
        scheduleNextTick();
    emit statusChanged(m_status);
}

void Sampler::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!m_running)
        return;
    if (paused) {
        m_timer->stop();
        setState(SamplerStatus::State::Paused);
        return;
    }
    // Rates restart from a fresh reading: the paused span is a gap, not one long interval.
    if (m_hasPrevious) {
        m_hasPrevious = false;
        m_nextContinuity = Snapshot::Continuity::Resumed;
    }
    setState(m_connected ? SamplerStatus::State::Sampling : SamplerStatus::State::Connecting);
    scheduleTick(0);
}

void Sampler::scheduleTick(int delayMs)
{
    m_timer->start(qMax(0, delayMs));
}

int Sampler::alignedDelayMs(qint64 nowMs, int intervalMs)
{
    // The boundary after the one this reading belongs to: a timer that fired a little early
    // still counts as that boundary's, and a reading that took more than half the interval
    // skips a boundary instead of starting the next one at once.
    const qint64 next = ((nowMs + intervalMs / 2) / intervalMs + 1) * intervalMs;
    return int(next - nowMs);
}

void Sampler::scheduleNextTick()
{
    scheduleTick(alignedDelayMs(QDateTime::currentMSecsSinceEpoch(), m_intervalMs));
}

void Sampler::setState(SamplerStatus::State state)
{
    if (m_status.state == state && state != SamplerStatus::State::Reconnecting)
        return;
    m_status.state = state;
    m_status.since = QDateTime::currentDateTimeUtc();
    emit statusChanged(m_status);
}

void Sampler::connectNow()
{
    QString version;
    QStringList notes;
    const DbError err = openConnection(&version, &notes);
    if (err) {
        lost(err);
        return;
    }
    m_connected = true;
    m_status.connected = true;
    m_backoffMs = 1000;
    m_status.serverVersion = version;
    m_status.notes = notes;
    m_status.lastError = DbError();
    m_status.nextAttempt = QDateTime();
    const SamplerStatus::State state =
        m_paused ? SamplerStatus::State::Paused : SamplerStatus::State::Sampling;
    if (m_status.state == state)
        emit statusChanged(m_status); // paused all along: now connected, with its version
    else
        setState(state);
}

void Sampler::lost(const DbError &error)
{
    closeConnection();
    if (m_hasPrevious || m_nextContinuity == Snapshot::Continuity::Continuous)
        m_nextContinuity = Snapshot::Continuity::Reconnected;
    m_connected = false;
    m_status.connected = false;
    m_hasPrevious = false;
    m_status.lastError = error;
    const int delay = m_backoffMs;
    m_backoffMs = qMin(MaxBackoffMs, m_backoffMs * 2);
    m_status.nextAttempt = QDateTime::currentDateTimeUtc().addMSecs(delay);
    setState(SamplerStatus::State::Reconnecting);
    // Feeds waiting for the next tick learn now that it will be late.
    for (auto it = m_feeds.begin(); it != m_feeds.end(); ++it) {
        if (it->dueReason.isEmpty())
            continue;
        FeedReading r{m_target.id, it.key(), it->dueReason, {}, error};
        it->dueReason.clear();
        emit feedRead(r);
    }
    if (m_running && !m_paused)
        scheduleTick(delay);
}

DbError Sampler::withinBudget(int budgetMs, const std::function<DbError()> &read)
{
    const CallDeadline deadline(budgetMs, [this]() { interrupt(); });
    const DbError err = read();
    if (deadline.expired() || err.kind == DbError::Kind::Timeout)
        return missedSample(deadline.expired() ? deadline.budgetMs() : 0, err);
    return err;
}

DbError Sampler::missedSample(int budgetMs, const DbError &cause) const
{
    // budgetMs 0: the driver's own timeout (a Redis command timeout, a statement_timeout)
    // ended the reading before the sample's budget did.
    const QString why =
        budgetMs > 0 ? QCoreApplication::translate("Sampler", "%1 did not answer within %2 s.")
                           .arg(m_target.name)
                           .arg(budgetMs / 1000.0, 0, 'g', 3)
                     : cause.message;
    DbError err = DbError::make(
        DbError::Kind::Timeout,
        QCoreApplication::translate("Sampler", "Sample missed: %1 Sonde opens a new connection.")
            .arg(why),
        budgetMs > 0 ? cause.toString() : cause.detail);
    err.sqlState = cause.sqlState;
    return err;
}

void Sampler::tick()
{
    if (!m_running || m_paused)
        return;
    if (!m_connected) {
        connectNow();
        if (!m_connected)
            return;
    }
    const qint64 t0 = m_clock.elapsed();
    const DbError err = withinBudget(sampleBudgetMs(), [this]() { return readCounters(); });
    const qint64 t1 = m_clock.elapsed();
    if (err) {
        if (err.isConnectionProblem() || err.kind == DbError::Kind::Canceled) {
            lost(err);
            return;
        }
        // The server answered with an error (e.g. a privilege): keep the connection, say so.
        m_status.lastError = err;
        emit statusChanged(m_status);
        runDueFeeds(false);
        scheduleNextTick();
        return;
    }
    const qint64 mid = (t0 + t1) / 2;
    Snapshot s;
    s.targetId = m_target.id;
    s.targetName = m_target.name;
    s.kind = m_target.kind;
    s.at = QDateTime::currentDateTimeUtc();
    s.intervalSeconds = m_hasPrevious ? double(mid - m_previousReadingMs) / 1000.0 : 0.0;
    s.continuity = m_hasPrevious ? Snapshot::Continuity::Continuous : m_nextContinuity;
    derive(m_hasPrevious, s.intervalSeconds, &s);
    commitReading();
    m_previousReadingMs = mid;
    m_hasPrevious = true;
    m_nextContinuity = Snapshot::Continuity::Continuous;
    s.notes = m_status.notes + s.notes;
    if (m_status.lastError) {
        m_status.lastError = DbError();
        emit statusChanged(m_status);
    }
    emit snapshotReady(s);
    runDueFeeds(true);
    scheduleNextTick();
}

DbError Sampler::readFeed(const QString &feed, bool, QVariant *)
{
    return DbError::make(
        DbError::Kind::Configuration,
        tr("%1 offers no reading named \"%2\".").arg(targetKindName(m_target.kind), feed));
}

bool Sampler::metricsFlowing() const
{
    return m_running && !m_paused && m_connected;
}

void Sampler::setFeedInterval(const QString &feed, int intervalMs)
{
    Feed &f = m_feeds[feed];
    if (!f.timer) {
        f.timer = new QTimer(this);
        connect(f.timer, &QTimer::timeout, this, [this, feed]() { feedTimerFired(feed); });
    }
    const bool wasOff = f.intervalMs < 0;
    f.intervalMs = intervalMs;
    if (intervalMs > 0)
        f.timer->start(qMax(250, intervalMs));
    else
        f.timer->stop();
    if (intervalMs < 0)
        f.dueReason.clear();
    else if (wasOff)
        requestFeed(feed, QStringLiteral("start"));
}

void Sampler::addFeed(const QString &feed, FeedReader reader, int budgetMs)
{
    m_addedFeeds.insert(feed, AddedFeed{std::move(reader), budgetMs});
}

void Sampler::setFeedArgument(const QString &feed, const QVariant &argument)
{
    m_feeds[feed].argument = argument;
}

void Sampler::requestFeed(const QString &feed, const QString &reason)
{
    runFeed(feed, reason, false);
}

void Sampler::feedTimerFired(const QString &feed)
{
    Feed &f = m_feeds[feed];
    // The metrics run at least as often: the next tick reads it with them.
    if (metricsFlowing() && m_intervalMs <= f.intervalMs) {
        f.dueReason = QStringLiteral("timer");
        return;
    }
    runFeed(feed, QStringLiteral("timer"), false);
}

void Sampler::runDueFeeds(bool afterTick)
{
    for (auto it = m_feeds.begin(); it != m_feeds.end(); ++it) {
        if (it->dueReason.isEmpty())
            continue;
        const QString reason = std::exchange(it->dueReason, QString());
        runFeed(it.key(), reason, afterTick);
    }
}

void Sampler::runFeed(const QString &feed, const QString &reason, bool afterTick)
{
    if (!m_running)
        return;
    FeedReading r{m_target.id, feed, reason, {}, {}};
    if (!m_connected) {
        // On its own pace within the reconnect backoff, a feed says why instead of knocking
        // again; a reading someone asked for tries at once.
        const QDateTime next = m_status.nextAttempt;
        if (reason != QLatin1String("timer") || !next.isValid() ||
            next <= QDateTime::currentDateTimeUtc())
            connectNow();
        if (!m_connected) {
            r.error = m_status.lastError;
            emit feedRead(r);
            return;
        }
    }
    const auto added = m_addedFeeds.constFind(feed);
    const bool isAdded = added != m_addedFeeds.cend();
    const int budget = isAdded && added->budgetMs > 0 ? added->budgetMs : sampleBudgetMs();
    const DbError err = withinBudget(budget, [&]() {
        return isAdded ? added->reader(m_feeds.value(feed).argument, &r.value)
                       : readFeed(feed, afterTick, &r.value);
    });
    if (err) {
        r.value = QVariant();
        r.error = err;
        emit feedRead(r);
        if (err.isConnectionProblem() || err.kind == DbError::Kind::Canceled)
            lost(err);
        return;
    }
    emit feedRead(r);
}

} // namespace sonde
