// The overview page offscreen, without servers: a URI without a user shows no "@" and never a
// password, and an overview is rendered with its facts, its tables and what could not be read.
#include "TestMain.h"
#include "connection/TargetList.h"
#include "monitoring/MonitoringPipeline.h"
#include "overview/OverviewPage.h"
#include "overview/OverviewService.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

class TestOverviewPage : public QObject
{
    Q_OBJECT
private slots:
    void uriWithoutUserHasNoAt()
    {
        QCOMPARE(withoutPassword(u"redis://:secret@127.0.0.1:6379/0"_s),
                 u"redis://127.0.0.1:6379/0"_s);
        QCOMPARE(withoutPassword(u"redis://127.0.0.1:6379/0"_s), u"redis://127.0.0.1:6379/0"_s);
        QCOMPARE(withoutPassword(u"postgresql://bob:secret@db:5432/app"_s),
                 u"postgresql://bob@db:5432/app"_s);
        Target t;
        t.uri = u"redis://:secret@127.0.0.1:6379/0"_s;
        QCOMPARE(t.displayUri(), u"redis://127.0.0.1:6379/0"_s);
    }

    void rendersAnOverview()
    {
        TargetList targets;
        Target redis;
        redis.id = u"r"_s;
        redis.kind = TargetKind::Redis;
        redis.name = u"Cache"_s;
        redis.uri = u"redis://:secret@127.0.0.1:1/0"_s;
        targets.upsert(redis);
        MonitoringPipeline pipeline(&targets);
        // Made after the target was added and never shown: no reading starts by itself.
        OverviewPage page(&pipeline);

        ServerOverview o;
        o.targetId = u"r"_s;
        o.kind = TargetKind::Redis;
        o.at = QDateTime::currentDateTimeUtc();
        o.version = u"7.2.5"_s;
        OverviewSection general{OverviewService::generalTitle(), {}, {}, {}, {}, {}};
        general.facts << OverviewFact{u"Version"_s, u"Redis 7.2.5"_s, {}};
        general.facts << OverviewFact{u"Hit rate"_s, u"93.1 %"_s, u"1 hits, 2 misses"_s};
        OverviewSection keys{
            OverviewService::keyspaceTitle(), {}, {u"Database"_s, u"Keys"_s, u"With a TTL"_s},
            {{u"db0"_s, u"549"_s, u"12"_s}},  {}, {}};
        OverviewSection memory{OverviewService::memoryTitle(), {}, {}, {}, {}, {}};
        memory.unavailable = u"Not shown: the role lacks the privilege."_s;
        o.sections << general << keys << memory;
        page.setOverview(o);

        const QString text = page.plainText();
        QVERIFY2(text.contains(u"redis://127.0.0.1:1/0"_s), qPrintable(text));
        QVERIFY(!text.contains(u"@"_s));
        QVERIFY(!text.contains(u"secret"_s));
        QVERIFY(text.contains(u"Redis 7.2.5"_s));
        QVERIFY(text.contains(u"1 hits, 2 misses"_s));
        QVERIFY(text.contains(u"549"_s));
        QVERIFY(text.contains(u"Not shown: the role lacks the privilege."_s));
        QVERIFY(text.contains(u"No alert"_s));

        o.error = DbError::make(DbError::Kind::ConnectionRefused, u"refused"_s);
        page.setOverview(o);
        QVERIFY(page.plainText().contains(u"refused"_s));
    }
};

SONDE_TEST_GUI_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
