// Live sessions against the sandbox: a blocked session shows its blocker (in the table and
// the blocking tree), highlights, and cancel / terminate with their refusals.
#include "FeedProbe.h"
#include "SamplerRun.h"
#include "TestMain.h"
#include "TestSandbox.h"
#include "connection/PgSession.h"
#include "sessions/BlockingTreeModel.h"
#include "sessions/SessionModel.h"
#include "sessions/SessionsAccess.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;
using namespace sonde;
using Signal = SessionsAccess::Signal;

class TestSessions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::TestSandbox::ensureDemoSeeded(&error), qPrintable(error));
    }

    void blockedSessionShowsItsBlocker()
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        // A holds a row lock and idles in its transaction; B waits for it.
        pqxx::connection a(ep.postgresApp.toStdString());
        pqxx::work holder(a);
        holder.exec("UPDATE teams SET name = name WHERE id = 1");
        const int blockerPid = a.backendpid();
        int waiterPid = 0;
        QFuture<QString> waiter = QtConcurrent::run([&]() -> QString {
            try {
                pqxx::connection b(ep.postgresApp.toStdString());
                waiterPid = b.backendpid();
                pqxx::work tx(b);
                tx.exec("SET LOCAL statement_timeout = '60s'");
                tx.exec("UPDATE teams SET plan = plan WHERE id = 1");
                tx.commit();
                return u"committed"_s;
            } catch (const std::exception &e) {
                return QString::fromUtf8(e.what());
            }
        });

        test::FeedProbe sampler(test::postgresTarget(ep.postgresMonitor), SessionsFeed, 200);
        QSignalSpy spy(&sampler, &test::FeedProbe::read);
        SessionSnapshot s;
        QTRY_VERIFY_WITH_TIMEOUT(blocked(spy, waiterPid, blockerPid, &s), 15000);

        const SessionInfo *waiting = s.byPid(waiterPid);
        QVERIFY(waiting->isWaitingOnLock());
        QVERIFY2(waiting->query.contains(u"UPDATE teams SET plan"_s), qPrintable(waiting->query));
        QCOMPARE(waiting->user, u"app"_s);
        const SessionInfo *blocker = s.byPid(blockerPid);
        QVERIFY(blocker->isIdleInTransaction());
        QVERIFY(blocker->transactionSeconds >= 0);

        SessionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(s);
        const int row = model.rowOfPid(waiterPid);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, SessionModel::BlockedByColumn).data().toString(),
                 QString::number(blockerPid));
        QCOMPARE(model.index(row, 0).data(SessionModel::HighlightRole).toInt(),
                 int(SessionHighlight::WaitingOnLock));
        QCOMPARE(
            model.index(model.rowOfPid(blockerPid), 0).data(SessionModel::HighlightRole).toInt(),
            int(SessionHighlight::Blocker));
        QCOMPARE(model.blockedCount(), 1);
        // Red as a blocker, and still counted as idle in transaction in the status line.
        QVERIFY(model.idleInTransactionCount() >= 1);
        model.setSnapshot(s); // same pids: updated in place

        BlockingTreeModel tree;
        QAbstractItemModelTester treeTester(&tree,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        tree.setSnapshot(s);
        QCOMPARE(tree.rowCount(), 1);
        const QModelIndex root = tree.index(0, 0);
        QCOMPARE(root.data(BlockingTreeModel::PidRole).toInt(), blockerPid);
        QVERIFY(root.data().toString().contains(u"blocks 1"_s));
        QCOMPARE(tree.rowCount(root), 1);
        QCOMPARE(tree.index(0, 0, root).data(BlockingTreeModel::PidRole).toInt(), waiterPid);

        // Refused: read-only target, and a role without pg_signal_backend.
        PgSession monitor;
        QVERIFY(!monitor.open(ep.postgresMonitor));
        QCOMPARE(SessionsAccess::signal(monitor, waiterPid, Signal::Cancel, true).kind,
                 DbError::Kind::ReadOnlyRefused);
        const DbError denied = SessionsAccess::signal(monitor, waiterPid, Signal::Cancel, false);
        QCOMPARE(denied.kind, DbError::Kind::MissingPrivilege);
        QVERIFY2(denied.message.contains(u"GRANT pg_signal_backend TO sonde_monitor"_s),
                 qPrintable(denied.message));
        QVERIFY(!waiter.isFinished());

        // The DBA role cancels the waiting query, then terminates the blocker.
        PgSession dba;
        QVERIFY(!dba.open(ep.postgres));
        const DbError canceled = SessionsAccess::signal(dba, waiterPid, Signal::Cancel, false);
        QVERIFY2(!canceled, qPrintable(canceled.toString()));
        waiter.waitForFinished();
        QVERIFY2(waiter.result().contains(u"canceling statement due to user request"_s),
                 qPrintable(waiter.result()));
        const DbError terminated =
            SessionsAccess::signal(dba, blockerPid, Signal::Terminate, false);
        QVERIFY2(!terminated, qPrintable(terminated.toString()));
        QTRY_VERIFY_WITH_TIMEOUT(gone(spy, blockerPid), 10000);
        bool broken = false;
        try {
            holder.exec("SELECT 1");
        } catch (const std::exception &) {
            broken = true;
        }
        QVERIFY(broken);
        const DbError again = SessionsAccess::signal(dba, blockerPid, Signal::Terminate, false);
        QVERIFY(again.message.contains(u"ended"_s));
    }

    void longRunningQueryIsHighlighted()
    {
        const SandboxEndpoints &ep = test::TestSandbox::endpoints();
        QFuture<void> sleeper = QtConcurrent::run([&]() {
            pqxx::connection c(ep.postgresApp.toStdString());
            pqxx::nontransaction tx(c);
            tx.exec("SELECT pg_sleep(2.5)");
        });
        test::FeedProbe sampler(test::postgresTarget(ep.postgresMonitor), SessionsFeed, 250);
        QSignalSpy spy(&sampler, &test::FeedProbe::read);
        SessionModel model;
        model.setThresholds({1.0, 10.0});
        QTRY_VERIFY_WITH_TIMEOUT(longRunning(spy, &model), 10000);
        sleeper.waitForFinished();
    }

private:
    // The newest snapshot the spy saw (QTRY_* evaluates its condition more than once: the
    // spy is only read, never emptied).
    static SessionSnapshot last(QSignalSpy &spy)
    {
        if (spy.isEmpty())
            return {};
        const auto r = spy.last().at(0).value<FeedReading>();
        if (r.error)
            qWarning() << r.error.toString();
        return r.value.value<SessionSnapshot>();
    }

    static bool blocked(QSignalSpy &spy, int waiter, int blocker, SessionSnapshot *out)
    {
        const SessionSnapshot s = last(spy);
        const SessionInfo *w = s.byPid(waiter);
        if (!w || !w->blockedBy.contains(blocker))
            return false;
        *out = s;
        return true;
    }

    static bool gone(QSignalSpy &spy, int pid)
    {
        const SessionSnapshot s = last(spy);
        return s.isValid() && !s.byPid(pid);
    }

    static bool longRunning(QSignalSpy &spy, SessionModel *model)
    {
        const SessionSnapshot s = last(spy);
        if (!s.isValid())
            return false;
        model->setSnapshot(s);
        for (const SessionInfo &i : s.sessions) {
            if (i.query.contains(u"pg_sleep(2.5)"_s) &&
                model->highlightOf(i) == SessionHighlight::LongRunning)
                return true;
        }
        return false;
    }
};

SONDE_TEST_GUILESS_MAIN(TestSessions)
#include "tst_sessions.moc"
