// A sample that does not come back is marked missed within a bounded time, the connection
// is replaced, and the next interval starts after a gap — also when the server cannot
// enforce its own timeout: the monitoring backend stopped with SIGSTOP (PostgreSQL), the
// whole server stopped (Redis). Driven through sonde-cli sample, which runs the dashboard's
// samplers; the same for a feed of the pipeline (what the Sessions view and the Redis slow log
// pane read), its metrics paused so that only the feed talks to the server.
#include "CliRun.h"
#include "FeedProbe.h"
#include "SamplerRun.h"
#include "TestMain.h"
#include "TestSandbox.h"
#include "monitoring/TimelineEventStore.h"
#include "redis/RedisSlowLogRead.h"
#include "sessions/SessionSnapshot.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

#include <pqxx/pqxx>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

// Far above the sample budget (8 s for a 1 s interval) plus a reconnect: a bound on a hang,
// not a speed goal.
constexpr int BoundMs = 60000;

// A running `sonde-cli sample --json`, read line by line.
class Sampling
{
public:
    explicit Sampling(const QString &uri)
    {
        m_process.start(test::cliPath(), {u"sample"_s, uri, u"--interval"_s, u"1"_s, u"--json"_s});
        m_process.waitForStarted();
    }
    ~Sampling()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    // Waits until a snapshot satisfying `accept` arrives on stdout.
    template<typename Accept>
    bool waitForSnapshot(Accept accept, int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            while (m_process.canReadLine()) {
                const QJsonObject o = QJsonDocument::fromJson(m_process.readLine()).object();
                if (!o.isEmpty() && accept(o))
                    return true;
            }
            if (m_process.state() != QProcess::Running)
                return false;
            m_process.waitForReadyRead(200);
        }
        return false;
    }

    bool waitForError(const QString &text, int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            m_err += QString::fromUtf8(m_process.readAllStandardError());
            if (m_err.contains(text))
                return true;
            if (m_process.state() != QProcess::Running)
                return false;
            m_process.waitForReadyRead(200);
        }
        return false;
    }

    int interrupt()
    {
        ::kill(pid_t(m_process.processId()), SIGINT);
        if (!m_process.waitForFinished(30000))
            return -1;
        return m_process.exitCode();
    }

    QString errors() const { return m_err; }

private:
    QProcess m_process;
    QString m_err;
};

int monitoringBackend()
{
    pqxx::connection c(test::TestSandbox::endpoints().postgresSuperuser.toStdString());
    pqxx::nontransaction tx(c);
    const pqxx::result r = tx.exec(
        "SELECT pid FROM pg_stat_activity WHERE application_name = 'sonde-monitor' ORDER BY "
        "backend_start DESC LIMIT 1");
    return r.empty() ? 0 : r[0][0].as<int>();
}

bool isReconnected(const QJsonObject &o)
{
    return o.value(u"continuity"_s).toString() == u"reconnected"_s;
}

// Waits until the probe emits a reading satisfying `accept`.
template<typename Accept>
bool waitForReading(QSignalSpy &reads, Accept accept, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        while (!reads.isEmpty()) {
            if (accept(reads.takeFirst().at(0).value<FeedReading>()))
                return true;
        }
        reads.wait(500);
    }
    return false;
}

bool isMissed(const FeedReading &r)
{
    return r.error.message.contains(u"Sample missed"_s);
}

bool isRead(const FeedReading &r)
{
    return r.isValid();
}

// The pipeline marked the connection as lost (not as "cannot connect": its feeds held it
// while the metrics were paused), then as connected again.
bool saidConnectionLostAndBack(const MonitoringPipeline &pipeline)
{
    bool lost = false;
    for (const TimelineEvent &e : pipeline.timeline()->events()) {
        if (e.kind == TimelineEvent::Kind::Disconnected &&
            e.severity == TimelineEvent::Severity::Critical &&
            e.text.contains(u"connection lost"_s))
            lost = true;
        else if (lost && e.kind == TimelineEvent::Kind::Reconnected)
            return true;
    }
    return false;
}

} // namespace

class TestSampleDeadline : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::TestSandbox::ensureStarted(&error), qPrintable(error));
    }

    void stoppedPostgresBackend()
    {
        Sampling sampling(test::TestSandbox::endpoints().postgresMonitor);
        QVERIFY(sampling.waitForSnapshot([](const QJsonObject &) { return true; }, BoundMs));
        const int pid = monitoringBackend();
        QVERIFY(pid > 0);
        // The backend stops answering: its statement_timeout cannot fire, the kernel still
        // acknowledges the TCP keepalives.
        QVERIFY(::kill(pid, SIGSTOP) == 0);
        QElapsedTimer clock;
        clock.start();
        const bool missed = sampling.waitForError(u"Sample missed"_s, BoundMs);
        const qint64 toMissed = clock.elapsed();
        // A new connection (a new backend) keeps sampling; its first interval starts after
        // a gap.
        const bool gap = missed && sampling.waitForSnapshot(isReconnected, BoundMs);
        ::kill(pid, SIGCONT);
        QVERIFY2(missed, qPrintable(sampling.errors()));
        QVERIFY2(toMissed < BoundMs, qPrintable(QString::number(toMissed)));
        QVERIFY2(gap, qPrintable(sampling.errors()));
        QVERIFY(monitoringBackend() != pid);
        QCOMPARE(sampling.interrupt(), 0);
    }

    void stoppedRedisServer()
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        Sampling sampling(ep.redis);
        QVERIFY(sampling.waitForSnapshot([](const QJsonObject &) { return true; }, BoundMs));
        const qint64 server = redisPid();
        QVERIFY(server > 0);
        QVERIFY(::kill(pid_t(server), SIGSTOP) == 0);
        const bool missed = sampling.waitForError(u"Sample missed"_s, BoundMs);
        // Sampling resumes when the server does, after a gap.
        ::kill(pid_t(server), SIGCONT);
        QVERIFY2(missed, qPrintable(sampling.errors()));
        QVERIFY2(sampling.waitForSnapshot(isReconnected, BoundMs), qPrintable(sampling.errors()));
        QCOMPARE(sampling.interrupt(), 0);
    }

    void stoppedPostgresBackendDuringFeed()
    {
        test::FeedProbe probe(test::postgresTarget(test::TestSandbox::endpoints().postgresMonitor),
                              SessionsFeed, 1000);
        QSignalSpy reads(&probe, &test::FeedProbe::read);
        QVERIFY(waitForReading(reads, isRead, BoundMs));
        const int pid = monitoringBackend();
        QVERIFY(pid > 0);
        QVERIFY(::kill(pid, SIGSTOP) == 0);
        const bool missed = waitForReading(reads, isMissed, BoundMs);
        // A new connection (a new backend) reads the feed again.
        const bool readAgain = missed && waitForReading(reads, isRead, BoundMs);
        ::kill(pid, SIGCONT);
        QVERIFY(missed);
        QVERIFY(readAgain);
        QVERIFY(monitoringBackend() != pid);
        QTRY_VERIFY(saidConnectionLostAndBack(*probe.pipeline()));
    }

    void stoppedRedisServerDuringFeed()
    {
        test::FeedProbe probe(test::redisTarget(test::TestSandbox::endpoints().redis),
                              RedisSlowLogFeed, 1000);
        QSignalSpy reads(&probe, &test::FeedProbe::read);
        QVERIFY(waitForReading(reads, isRead, BoundMs));
        const qint64 server = redisPid();
        QVERIFY(server > 0);
        QVERIFY(::kill(pid_t(server), SIGSTOP) == 0);
        const bool missed = waitForReading(reads, isMissed, BoundMs);
        ::kill(pid_t(server), SIGCONT);
        QVERIFY(missed);
        QVERIFY(waitForReading(reads, isRead, BoundMs));
        QTRY_VERIFY(saidConnectionLostAndBack(*probe.pipeline()));
    }

    void cleanupTestCase() { test::TestSandbox::stop(); }

private:
    static qint64 redisPid()
    {
        QFile f(test::TestSandbox::endpoints().directory + u"/redis/redis.pid"_s);
        if (!f.open(QIODevice::ReadOnly))
            return 0;
        return f.readAll().trimmed().toLongLong();
    }
};

SONDE_TEST_GUILESS_MAIN(TestSampleDeadline)
#include "tst_sample_deadline.moc"
