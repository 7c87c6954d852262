// A recording opened in the window (`sonde file.sonde`, File → Open recording…): the file is
// read off the GUI thread and becomes the source of a pipeline of its own — every reading in
// the store at full resolution, events and notes on the time axis, a banner saying what it
// is, nothing sampled, nothing moving with the clock. A file Sonde cannot read says why.
// Notes put on the live dashboard reach a recording as notes; the main window records.
#include "GuiOptions.h"
#include "MainWindow.h"
#include "RecordingWindow.h"
#include "SamplerRun.h"
#include "SaveRecordingDialog.h"
#include "SyntheticSnapshot.h"
#include "TestMain.h"
#include "connection/TargetList.h"
#include "dashboard/DashboardDetailTabs.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/TimeSeriesChart.h"
#include "dashboard/TimeSeriesChartView.h"
#include "dashboard/TimeWindowBar.h"
#include "monitoring/MetricStore.h"
#include "monitoring/MonitoringPipeline.h"
#include "monitoring/TargetMonitor.h"
#include "monitoring/TimelineEventStore.h"
#include "plan/PlanPage.h"
#include "plan/PlanView.h"
#include "plan/RecordedPlansPage.h"
#include "recording/LocalHistory.h"
#include "recording/Recorder.h"
#include "recording/RecordingFile.h"
#include "redis/RedisSlowLogModel.h"
#include "sessions/BlockingTreeModel.h"
#include "sessions/SessionModel.h"
#include "sessions/SessionsPage.h"
#include "statements/RedisSlowLogPane.h"
#include "statements/SlowQueriesPage.h"
#include "statements/SlowQueryModel.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace sonde;
using namespace sonde::test;

namespace {

// Two hours at one reading a second: more than the live store keeps at full resolution.
constexpr int Seconds = 2 * 3600;
const qint64 T0 = QDateTime(QDate(2026, 12, 1), QTime(19, 0), Qt::UTC).toMSecsSinceEpoch();

QList<Target> recordedTargets()
{
    Target pg = postgresTarget(u"postgresql://sonde@db.example/shop"_s, u"pg-shop"_s);
    pg.name = u"shop"_s;
    Target redis = redisTarget(u"redis://cache.example:6379"_s, u"redis-cache"_s);
    redis.name = u"cache"_s;
    return {pg, redis};
}

double valueAt(int second)
{
    return double(second % 97);
}

bool writeRecording(const QString &path, QString *error)
{
    RecordingFile f;
    if (!f.create(path, true, error))
        return false;
    for (const Target &t : recordedTargets()) {
        f.writeTarget({t.id, t.name, t.kind, t.displayUri(),
                       t.kind == TargetKind::Redis ? u"Redis 7.0.15"_s : u"PostgreSQL 15.18"_s});
    }
    for (int i = 0; i < Seconds; ++i) {
        for (const Target &t : recordedTargets())
            f.writeSnapshot(snapshotOf(t, T0 + qint64(i) * 1000, valueAt(i)));
    }
    TimelineEvent alert;
    alert.at = QDateTime::fromMSecsSinceEpoch(T0 + 2400'000, Qt::UTC);
    alert.kind = TimelineEvent::Kind::ThresholdCrossed;
    alert.severity = TimelineEvent::Severity::Critical;
    alert.targetId = u"pg-shop"_s;
    alert.targetName = u"shop"_s;
    alert.text = u"latency above 500 ms"_s;
    f.writeEvent(alert);
    f.writeNote(
        {QDateTime::fromMSecsSinceEpoch(T0 + 2520'000, Qt::UTC), u"19:42 failover started"_s, {}});
    return f.finish(error);
}

// Types `text` into the note dialog once it is up and accepts it (polled: the dialog runs
// its own event loop; a bounded number of tries, so a missing dialog fails the checks
// instead of waiting forever).
void answerNoteDialog(QObject *context, const QString &text, int triesLeft = 200)
{
    QTimer::singleShot(20, context, [context, text, triesLeft]() {
        auto *d = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (d) {
            d->setTextValue(text);
            d->accept();
        } else if (triesLeft > 0) {
            answerNoteDialog(context, text, triesLeft - 1);
        }
    });
}

// Closes the next modal dialog once it is up (polled, a bounded number of tries).
void closeModalWhenShown(QObject *context, int triesLeft = 500)
{
    QTimer::singleShot(20, context, [context, triesLeft]() {
        if (QWidget *d = QApplication::activeModalWidget())
            d->close();
        else if (triesLeft > 0)
            closeModalWhenShown(context, triesLeft - 1);
    });
}

QList<TimelineEvent> eventsOfKind(TimelineEventStore *store, TimelineEvent::Kind kind)
{
    QList<TimelineEvent> out;
    for (const TimelineEvent &e : store->events()) {
        if (e.kind == kind)
            out << e;
    }
    return out;
}

} // namespace

class TestRecordingWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"incident.sonde"_s);
        QString error;
        QVERIFY2(writeRecording(m_path, &error), qPrintable(error));
    }

    void opensEveryReading()
    {
        RecordingWindow w;
        QSignalSpy loaded(&w, &RecordingWindow::loaded);
        QSignalSpy completed(&w, &RecordingWindow::completed);
        w.show();
        w.open(m_path);
        QVERIFY(loaded.wait(60000));
        QVERIFY(w.isLoaded());

        // First the last hour, drawn at once (a long recording takes seconds to read). The
        // rest is read in the background and delivered through this thread's event loop,
        // which has not run since loaded().
        QVERIFY(completed.isEmpty());
        QVERIFY(!w.isComplete());
        const MetricSeries *first = w.pipeline()->store()->series(
            u"pg-shop"_s, w.pipeline()->store()->metrics(u"pg-shop"_s).first());
        QVERIFY(first->fullResolutionCount() <= 3601);
        QCOMPARE(first->lastMs(), T0 + qint64(Seconds - 1) * 1000);
        QVERIFY2(w.bannerText().contains(u"last hour"_s), qPrintable(w.bannerText()));
        QCOMPARE(w.dashboard()->windowBar()->windowMs(), 3600'000LL);
        QVERIFY(completed.wait(60000));
        QVERIFY(w.isComplete());
        QCOMPARE(loaded.size(), 1);
        QVERIFY2(!w.bannerText().contains(u"last hour"_s), qPrintable(w.bannerText()));
        // The window still shows what it showed: the last hour, until "All" is chosen.
        DashboardPage *page = w.dashboard();
        QCOMPARE(page->windowBar()->windowMs(), 3600'000LL);
        QCOMPARE(page->rangeToMs(), T0 + qint64(Seconds - 1) * 1000);
        page->windowBar()->findChild<QToolButton *>(u"window-all"_s)->click();

        // What it is, of what, from when.
        const QString banner = w.bannerText();
        QVERIFY2(banner.contains(u"Recording"_s), qPrintable(banner));
        QVERIFY2(banner.contains(u"read-only"_s), qPrintable(banner));
        QVERIFY2(banner.contains(u"shop (PostgreSQL 15.18)"_s), qPrintable(banner));
        QVERIFY2(banner.contains(u"cache (Redis 7.0.15)"_s), qPrintable(banner));
        QVERIFY2(banner.contains(u"120 min"_s), qPrintable(banner));

        // Every reading, at full resolution, also beyond the live store's hour.
        MetricStore *store = w.pipeline()->store();
        for (const Target &t : recordedTargets()) {
            const QStringList metrics = store->metrics(t.id);
            QVERIFY(!metrics.isEmpty());
            for (const QString &m : metrics) {
                const MetricSeries *s = store->series(t.id, m);
                QCOMPARE(s->fullResolutionCount(), Seconds);
                for (int i : {0, 1, 3599, 3600, Seconds - 1}) {
                    const auto v = s->valueAt(T0 + qint64(i) * 1000, 0);
                    QVERIFY2(v.has_value(), qPrintable(m));
                    QCOMPARE(*v, valueAt(i));
                }
            }
            // A recording's pipeline samples nothing.
            QVERIFY(!w.pipeline()->monitor()->isSampling(t.id));
        }
        QCOMPARE(w.pipeline()->targets()->targets().size(), 2);

        // The axis is the recording's: paused at its last reading, a window that holds it.
        QVERIFY(page->isRecording());
        QVERIFY(!page->windowBar()->isLive());
        QCOMPARE(page->rangeToMs(), T0 + qint64(Seconds - 1) * 1000);
        // The whole recording in the window.
        QCOMPARE(page->windowBar()->windowMs(), qint64(Seconds - 1) * 1000);
        QCOMPARE(page->rangeFromMs(), T0);

        // Read-only: no sampling, no note, no threshold to change.
        for (const char *name : {"samplingInterval", "addNoteButton", "thresholdsButton"}) {
            auto *control = page->findChild<QWidget *>(QString::fromLatin1(name));
            QVERIFY2(control && !control->isVisible(), name);
        }
        // The tables: the events and the charts' numbers; no live details of a last interval.
        QTabWidget *tabs = page->details();
        QStringList shown;
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->isTabVisible(i))
                shown << tabs->widget(i)->objectName();
        }
        QCOMPARE(shown.size(), 2);

        // The alert and the note, on the timeline and as markers on every chart.
        QCOMPARE(eventsOfKind(w.pipeline()->timeline(), TimelineEvent::Kind::Note).size(), 1);
        QCOMPARE(eventsOfKind(w.pipeline()->timeline(), TimelineEvent::Kind::Note).first().text,
                 u"19:42 failover started"_s);
        QCOMPARE(
            eventsOfKind(w.pipeline()->timeline(), TimelineEvent::Kind::ThresholdCrossed).size(),
            1);
        for (const TimeSeriesChart *c : page->charts())
            QCOMPARE(c->view()->markerCount(), 2);

        // Nothing moves with the clock: once shown, no redraw without a reason.
        QTRY_VERIFY(page->isVisible());
        QCoreApplication::processEvents();
        const int redraws = page->chartRedraws();
        QTest::qWait(2500);
        QCOMPARE(page->chartRedraws(), redraws);

        if (qEnvironmentVariableIsSet("SONDE_SCREENSHOT_DIR")) {
            w.resize(1280, 860);
            QTest::qWait(200);
            w.grab().save(qEnvironmentVariable("SONDE_SCREENSHOT_DIR") + u"/recording.png"_s);
        }
    }

    void refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("says");
        QTest::newRow("not a recording") << QByteArray("name,value\nx,1\n") << u"not a"_s;
        QTest::newRow("empty") << QByteArray() << u"not a"_s;
    }

    void refusesWhatItCannotRead()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        const QString path = m_dir.filePath(u"bad.sonde"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        RecordingWindow w;
        QSignalSpy failed(&w, &RecordingWindow::failed);
        w.open(path);
        QVERIFY(failed.wait(30000));
        QVERIFY(!w.isLoaded());
        QVERIFY2(w.errorText().contains(u"bad.sonde"_s), qPrintable(w.errorText()));
        QVERIFY2(failed.first().first().toString().contains(says),
                 qPrintable(failed.first().first().toString()));
    }

    void fileArgument()
    {
        const GuiOptions a = GuiOptions::parse({u"sonde"_s, m_path});
        QVERIFY(a.valid);
        QCOMPARE(a.recordingPath, m_path);
        // A file manager's URL.
        const GuiOptions b =
            GuiOptions::parse({u"sonde"_s, QUrl::fromLocalFile(m_path).toString()});
        QCOMPARE(b.recordingPath, m_path);
        QVERIFY(!GuiOptions::parse({u"sonde"_s, m_path, m_path}).valid);
        QVERIFY(GuiOptions::parse({u"sonde"_s}).recordingPath.isEmpty());
    }

    void noteOnTheLiveDashboardIsRecorded()
    {
        TargetList targets;
        MonitoringPipeline pipeline(&targets);
        DashboardPage page(&pipeline);
        page.show();
        Recorder recorder(&pipeline);
        const QString path = m_dir.filePath(u"notes.sonde"_s);
        QString error;
        QVERIFY2(recorder.start(path, {}, &error), qPrintable(error));

        const qint64 at = T0 + 60'000;
        // The note's text is asked for in a dialog.
        answerNoteDialog(this, u"  deploy 4.2 rolled out "_s);
        page.addNoteAt(at);
        const QList<TimelineEvent> notes =
            eventsOfKind(pipeline.timeline(), TimelineEvent::Kind::Note);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().text, u"deploy 4.2 rolled out"_s);
        QCOMPARE(notes.first().at.toMSecsSinceEpoch(), at);

        QVERIFY2(recorder.stop(&error), qPrintable(error));
        Recording r;
        QVERIFY2(RecordingFile::read(path, &r, &error), qPrintable(error));
        QCOMPARE(r.notes.size(), 1);
        QCOMPARE(r.notes.first().text, u"deploy 4.2 rolled out"_s);
        QCOMPARE(r.notes.first().at.toMSecsSinceEpoch(), at);
        // Kept once: as the recording's note, not also as an event.
        for (const TimelineEvent &e : r.events)
            QVERIFY(e.kind != TimelineEvent::Kind::Note);
    }

    void theMainWindowRecords()
    {
        MainWindow w;
        w.show();
        const QString path = m_dir.filePath(u"window.sonde"_s);
        QString error;
        QVERIFY(w.action(u"actionStartRecording"_s)->isEnabled());
        QVERIFY(!w.action(u"actionStopRecording"_s)->isEnabled());
        QVERIFY2(w.startRecording(path, false, &error), qPrintable(error));
        QVERIFY(w.isRecording());
        QVERIFY(!w.action(u"actionStartRecording"_s)->isEnabled());
        QVERIFY(w.action(u"actionStopRecording"_s)->isEnabled());
        auto *status = w.findChild<QLabel *>(u"recordingStatus"_s);
        QVERIFY(status && status->isVisible());
        QVERIFY2(status->text().contains(u"window.sonde"_s), qPrintable(status->text()));

        answerNoteDialog(this, u"failover drill"_s);
        w.dashboard()->addNoteAt(T0);
        // A plan shown on the Plan page goes into the recording.
        emit w.plans()->planShown(u"pg-shop"_s, {QDateTime::currentDateTimeUtc(), u"SELECT 1"_s,
                                                 u"Planner's estimate"_s, u"[]"_s});
        QVERIFY2(w.stopRecording(&error), qPrintable(error));
        QVERIFY(!w.isRecording());
        QVERIFY(!status->isVisible());
        QVERIFY(w.action(u"actionStartRecording"_s)->isEnabled());

        Recording r;
        QVERIFY2(RecordingFile::read(path, &r, &error), qPrintable(error));
        QVERIFY(!r.statementTexts); // as asked
        QCOMPARE(r.notes.size(), 1);
        QCOMPARE(r.notes.first().text, u"failover drill"_s);
        QVERIFY(r.plans.isEmpty()); // statement texts were left out, and a plan is made of them

        // With the texts: the plan is kept.
        const QString withTexts = m_dir.filePath(u"window-texts.sonde"_s);
        QVERIFY2(w.startRecording(withTexts, true, &error), qPrintable(error));
        emit w.plans()->planShown(u"pg-shop"_s, {QDateTime::currentDateTimeUtc(), u"SELECT 2"_s,
                                                 u"Planner's estimate"_s, u"[]"_s});
        QVERIFY2(w.stopRecording(&error), qPrintable(error));
        QVERIFY2(RecordingFile::read(withTexts, &r, &error), qPrintable(error));
        QCOMPARE(r.plans.size(), 1);
        QCOMPARE(r.plans.first().targetId, u"pg-shop"_s);
        QCOMPARE(r.plans.first().value.sql, u"SELECT 2"_s);
    }

    // The main window keeps every target's history: a second window opens with what the
    // history holds from before it was made, and saves a range of it as a recording.
    void theMainWindowOpensWithItsHistoryAndSavesARange()
    {
        QTemporaryDir data;
        qputenv("SONDE_DATA_DIR", data.path().toUtf8());
        qputenv("SONDE_HISTORY", "on");
        const auto restore = qScopeGuard([] {
            qunsetenv("SONDE_DATA_DIR");
            qputenv("SONDE_HISTORY", "off");
        });
        // Ten minutes of an unreachable server, ending a minute ago: its earlier history.
        const Target orders{u"orders"_s, TargetKind::PostgreSQL,
                            u"Orders"_s, u"postgresql://sonde@127.0.0.1:1/shop?connect_timeout=1"_s,
                            {},          false};
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 fromMs = now - 11 * 60'000;
        {
            RecordingFile f;
            QString error;
            const QString path = LocalHistory::fileIn(data.filePath(u"history"_s), orders.id);
            QVERIFY2(f.create(path, true, &error), qPrintable(error));
            f.writeTarget({orders.id, orders.name, orders.kind, orders.uri, u"PostgreSQL 15"_s});
            for (int i = 0; i < 600; ++i)
                f.writeSnapshot(test::snapshotOf(orders, fromMs + i * 1000LL, i));
            QVERIFY2(f.finish(&error), qPrintable(error));
        }
        MainWindow w;
        QVERIFY(w.history()->settings().enabled);
        QSignalSpy loaded(w.history(), &LocalHistory::loaded);
        w.targets()->upsert(orders);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().at(1).toInt(), 600);
        const MetricSeries *s = w.dashboard()->store()->series(orders.id, u"pg.latency_ms"_s);
        QVERIFY(s);
        QCOMPARE(s->firstMs(), fromMs);

        // Minutes 2 to 5 of it, texts left out.
        const QString out = m_dir.filePath(u"saved-range.sonde"_s);
        QSignalSpy saved(&w, &MainWindow::recordingSaved);
        w.saveRecording(fromMs + 120'000, fromMs + 299'999, out, false);
        QVERIFY(saved.wait(30000));
        QCOMPARE(saved.first().at(1).toString(), QString());
        Recording r;
        QString error;
        QVERIFY2(RecordingFile::read(out, &r, &error), qPrintable(error));
        QCOMPARE(r.snapshots.size(), 180);
        QCOMPARE(r.snapshots.first().value(QLatin1String("pg.latency_ms")), 120.0);
        QVERIFY(!r.statementTexts);
        // A range the history does not hold: said, no file.
        const QString none = m_dir.filePath(u"nothing.sonde"_s);
        closeModalWhenShown(&w); // the message that says so
        w.saveRecording(now + 3'600'000, now + 7'200'000, none, true);
        QVERIFY(saved.wait(30000));
        QVERIFY2(saved.last().at(1).toString().contains(u"holds nothing"_s),
                 qPrintable(saved.last().at(1).toString()));
        QVERIFY(!QFile::exists(none));

        // The dialog offers what the dashboard shows first, then the last minutes.
        SaveRecordingDialog ask(now - 300'000, now, fromMs);
        QCOMPARE(ask.fromMs(), now - 300'000);
        QCOMPARE(ask.toMs(), now);
        QCOMPARE(ask.rangeChoice()->count(), 6);
        ask.rangeChoice()->setCurrentIndex(ask.rangeChoice()->count() - 1);
        QCOMPARE(ask.fromMs(), fromMs); // everything kept
        QVERIFY(ask.statementTexts());
        w.targets()->clear();
    }

    void noNotesOnARecording()
    {
        RecordingWindow w;
        QSignalSpy completed(&w, &RecordingWindow::completed);
        w.open(m_path);
        QVERIFY(completed.wait(60000));
        // Read-only: asking for a note does nothing. Were a dialog to appear, it is closed
        // (and the note count below fails) rather than left to hang the test.
        QTimer::singleShot(3000, &w, []() {
            if (QWidget *d = QApplication::activeModalWidget())
                d->close();
        });
        w.dashboard()->addNoteAt(T0);
        QCOMPARE(eventsOfKind(w.pipeline()->timeline(), TimelineEvent::Kind::Note).size(), 1);
    }
};

SONDE_TEST_GUI_MAIN(TestRecordingWindow)
#include "tst_recordingwindow.moc"
