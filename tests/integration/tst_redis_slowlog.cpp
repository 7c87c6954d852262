// The Redis slow log against the sandbox's Redis: entries with their time, duration,
// shortened arguments and client; new entries announced with their timestamps.
#include "TestSandbox.h"
#include "connection/RedisClient.h"
#include "redis/RedisSlowLogModel.h"
#include "redis/RedisSlowLogSampler.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

class TestRedisSlowLog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(test::TestSandbox::ensureStarted(&error), qPrintable(error));
        RedisEndpoint ep;
        QVERIFY(RedisEndpoint::parse(test::TestSandbox::endpoints().redis, &ep, &error));
        QVERIFY(!m_redis.open(ep, 5000, 5000, "checkout-service"));
        RedisReply reply;
        // Log every command, from an empty log.
        QVERIFY(!m_redis.command({"CONFIG", "SET", "slowlog-log-slower-than", "0"}, &reply));
        QVERIFY(!m_redis.command({"SLOWLOG", "RESET"}, &reply));
    }

    void entriesAndNewEntries()
    {
        RedisReply reply;
        const QByteArray big(500, 'x');
        QVERIFY(!m_redis.command({"SET", "user:42:profile", big}, &reply));
        QVERIFY(!m_redis.command({"GET", "user:42:profile"}, &reply));

        RedisSlowLogSampler sampler;
        RedisSlowLogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reads(&sampler, &RedisSlowLogSampler::slowLogRead);
        QSignalSpy added(&model, &RedisSlowLogModel::entriesAdded);
        connect(&sampler, &RedisSlowLogSampler::slowLogRead, &model, &RedisSlowLogModel::addRead);
        sampler.start(test::TestSandbox::endpoints().redis, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!reads.isEmpty(), 30000);
        const auto first = reads.takeFirst().at(0).value<RedisSlowLogRead>();
        QVERIFY2(!first.error, qPrintable(first.error.toString()));
        QVERIFY(first.first);
        QCOMPARE(first.thresholdUs, 0);
        QVERIFY(first.newEntries.isEmpty());
        const auto set =
            std::find_if(first.entries.cbegin(), first.entries.cend(),
                         [](const RedisSlowLogEntry &e) { return e.commandName() == u"SET"_s; });
        QVERIFY(set != first.entries.cend());
        QCOMPARE(set->arguments.at(1), QByteArray("user:42:profile"));
        QVERIFY(!set->client.isEmpty());
        QCOMPARE(set->clientName, u"checkout-service"_s);
        // Sonde's own commands (CONFIG GET by the sampler) are not listed.
        for (const RedisSlowLogEntry &e : first.entries)
            QVERIFY(!e.clientName.startsWith(u"sonde"_s));
        QVERIFY(qAbs(set->at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(set->durationUs >= 0);
        const QString text = set->commandText();
        QVERIFY2(text.startsWith(u"SET user:42:profile xxxx"_s), qPrintable(text));
        QVERIFY2(text.contains(u"…"_s), qPrintable(text));
        QVERIFY(text.size() < 120);
        // The model gets the read through its own queued connection, maybe just after the spy.
        QTRY_VERIFY(model.rowCount() >= 2);
        QCOMPARE(added.count(), 0);

        // Later commands arrive as new entries, oldest first, and the model announces them.
        QVERIFY(!m_redis.command({"HSET", "session:7", "field", "value"}, &reply));
        QVERIFY(!m_redis.command({"DEL", "session:7"}, &reply));
        sampler.sampleNow();
        QTRY_VERIFY_WITH_TIMEOUT(!reads.isEmpty(), 30000);
        const auto second = reads.takeFirst().at(0).value<RedisSlowLogRead>();
        QVERIFY(!second.first);
        QStringList names;
        for (const RedisSlowLogEntry &e : second.newEntries)
            names << e.commandName();
        QVERIFY2(names.indexOf(u"HSET"_s) >= 0 &&
                     names.indexOf(u"DEL"_s) > names.indexOf(u"HSET"_s),
                 qPrintable(names.join(u',')));
        QVERIFY(!names.contains(u"SET"_s));
        QTRY_COMPARE(added.count(), 1);
        const auto announced = added.takeFirst().at(0).value<QList<RedisSlowLogEntry>>();
        QCOMPARE(announced.size(), second.newEntries.size());
        QVERIFY(announced.first().at.isValid());
        QCOMPARE(model.entries().first().id, second.entries.first().id);
    }

    void serverDownIsReportedAndRecovered()
    {
        RedisSlowLogSampler sampler;
        QSignalSpy reads(&sampler, &RedisSlowLogSampler::slowLogRead);
        QString error;
        QVERIFY(test::TestSandbox::instance().stopRedis(&error));
        sampler.start(test::TestSandbox::endpoints().redis, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!reads.isEmpty(), 30000);
        const auto down = reads.takeFirst().at(0).value<RedisSlowLogRead>();
        QVERIFY(down.error.isConnectionProblem());
        QVERIFY(test::TestSandbox::instance().startRedis(&error));
        sampler.sampleNow();
        QTRY_VERIFY_WITH_TIMEOUT(!reads.isEmpty(), 30000);
        const auto up = reads.takeFirst().at(0).value<RedisSlowLogRead>();
        QVERIFY2(!up.error, qPrintable(up.error.toString()));
    }

    void cleanupTestCase()
    {
        m_redis.close();
        test::TestSandbox::stop();
    }

private:
    RedisClient m_redis;
};

QTEST_GUILESS_MAIN(TestRedisSlowLog)
#include "tst_redis_slowlog.moc"
