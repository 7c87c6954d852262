// How plans are put into words: condition columns, number formats, findings on real plans,
// the text rendering with its marks.
#include "plan/PlanConditions.h"
#include "plan/PlanFormat.h"
#include "plan/PlanParser.h"
#include "plan/PlanText.h"

#include <QFile>
#include <QJsonArray>
#include <QtTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

Plan fixture(const QString &name)
{
    QFile f(QStringLiteral(SONDE_SOURCE_DIR) + u"/tests/data/plans/"_s + name + u".json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return PlanParser::parse(f.readAll()).plan;
}

// A copy: callers pass temporaries (PlanFinding::of(...)), so no pointer into the list.
std::optional<PlanFinding> findingOf(const QList<PlanFinding> &all, PlanFinding::Kind kind)
{
    for (const PlanFinding &f : all) {
        if (f.kind == kind)
            return f;
    }
    return std::nullopt;
}

} // namespace

class TestPlanFindings : public QObject
{
    Q_OBJECT
private slots:
    void conditionColumns_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QStringList>("columns");
        QTest::newRow("equality") << u"(project_id = 42)"_s << QStringList{u"project_id"_s};
        QTest::newRow("cast") << u"((status)::text = 'pending'::text)"_s
                              << QStringList{u"status"_s};
        QTest::newRow("alias") << u"(d.project_id = $1)"_s << QStringList{u"project_id"_s};
        QTest::newRow("expression")
            << u"(lower((email)::text) = lower($1))"_s << QStringList{u"lower(email)"_s};
        QTest::newRow("equality first")
            << u"((created_at > (now() - '30 days'::interval)) AND (status = 'succeeded'::text))"_s
            << QStringList{u"status"_s, u"created_at"_s};
        QTest::newRow("two equalities")
            << u"((a = 5) AND (b = 5))"_s << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("is null") << u"(deleted_at IS NULL)"_s << QStringList{u"deleted_at"_s};
        QTest::newRow("like") << u"((name)::text ~~ 'foo%'::text)"_s << QStringList{u"name"_s};
        QTest::newRow("literal with operator") << u"(note = 'a = b')"_s << QStringList{u"note"_s};
        QTest::newRow("quoted") << u"(\"Weird Col\" = 3)"_s << QStringList{u"\"Weird Col\""_s};
        QTest::newRow("subplan") << u"(NOT (hashed SubPlan 1))"_s << QStringList{};
        QTest::newRow("empty") << QString() << QStringList{};
    }

    void conditionColumns()
    {
        QFETCH(QString, condition);
        QFETCH(QStringList, columns);
        QCOMPARE(sonde::conditionColumns(condition), columns);
    }

    void formats()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(PlanFormat::count(1000000), u"1,000,000"_s);
        QCOMPARE(PlanFormat::count(20), u"20"_s);
        QCOMPARE(PlanFormat::count(0.5), u"0.5"_s);
        QCOMPARE(PlanFormat::duration(0.0421), u"0.0421\u00a0ms"_s);
        QCOMPARE(PlanFormat::duration(12.34), u"12.3\u00a0ms"_s);
        QCOMPARE(PlanFormat::duration(4210), u"4.21\u00a0s"_s);
        QCOMPARE(PlanFormat::duration(192000), u"3\u00a0min\u00a012\u00a0s"_s);
        QCOMPARE(PlanFormat::duration(-1), u"–"_s);
        QCOMPARE(PlanFormat::kilobytes(512), u"512\u00a0kB"_s);
        QCOMPARE(PlanFormat::kilobytes(40960), u"40\u00a0MB"_s);
        QCOMPARE(PlanFormat::cost(18334.4), u"18,334"_s);
        QCOMPARE(PlanFormat::cost(77.4), u"77.4"_s);
        QCOMPARE(PlanFormat::percent(0.42), u"42\u00a0%"_s);
        QCOMPARE(PlanFormat::percent(0.042), u"4.2\u00a0%"_s);
        QCOMPARE(PlanFormat::factor(91.2), u"91×"_s);
    }

    void findingsInWords()
    {
        const QList<PlanFinding> sort = PlanFinding::of(fixture(u"sort_spill"_s));
        const std::optional<PlanFinding> spill = findingOf(sort, PlanFinding::Kind::SortSpill);
        QVERIFY(spill);
        QVERIFY2(QRegularExpression(
                     u"^Sort spilled [0-9.]+\u00a0MB to disk: raise work_mem \\(for example "
                     "SET LOCAL work_mem = '[0-9]+MB' for this statement\\)"_s)
                     .match(spill->text)
                     .hasMatch(),
                 qPrintable(spill->text));
        QCOMPARE(spill->nodeId, 0);

        const std::optional<PlanFinding> lossy =
            findingOf(PlanFinding::of(fixture(u"bitmap_lossy"_s)), PlanFinding::Kind::LossyBitmap);
        QVERIFY(lossy);
        QVERIFY2(lossy->text.startsWith(u"Bitmap Heap Scan on orders went lossy on "_s),
                 qPrintable(lossy->text));

        const std::optional<PlanFinding> fetches = findingOf(
            PlanFinding::of(fixture(u"index_only_heap_fetches"_s)), PlanFinding::Kind::HeapFetches);
        QVERIFY(fetches);
        QVERIFY(fetches->text.contains(u"VACUUM fresh_readings"_s));

        const std::optional<PlanFinding> workers =
            findingOf(PlanFinding::of(fixture(u"parallel_workers_missing"_s)),
                      PlanFinding::Kind::WorkersMissing);
        QVERIFY(workers);
        QVERIFY2(workers->text.contains(u"planned 4 parallel workers but only 1 started"_s),
                 qPrintable(workers->text));

        // A plan without problems says nothing alarming.
        for (const PlanFinding &f : PlanFinding::of(fixture(u"nested_loop"_s)))
            QVERIFY2(f.severity == PlanFinding::Severity::Info, qPrintable(f.text));
        QVERIFY(PlanFinding::of(Plan()).isEmpty());
    }

    void misestimateIsReportedWhereItStarts()
    {
        const Plan p = fixture(u"seq_scan_filter"_s);
        const QList<PlanFinding> all = PlanFinding::of(p);
        const std::optional<PlanFinding> mis = findingOf(all, PlanFinding::Kind::Misestimate);
        QVERIFY(mis);
        QVERIFY2(mis->text.contains(u"run ANALYZE on orders"_s), qPrintable(mis->text));
        // Sorted by severity: the critical (most of the time) first.
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).severity >= all.at(i).severity);
    }

    void textAndJson()
    {
        const Plan p = fixture(u"memoize"_s);
        const QList<PlanFinding> findings = PlanFinding::of(p);
        const QString text = PlanText::render(p, findings);
        const QStringList lines = text.split(u'\n');
        QVERIFY(lines.first().startsWith(u"Total cost"_s));
        QCOMPARE(lines.size() - 1 >= p.nodes.size(), true);
        QVERIFY(text.contains(u"-> Memoize"_s));
        QVERIFY(text.contains(u"loops "_s));
        const QJsonObject json = PlanText::toJson(p, findings);
        QCOMPARE(json.value(u"nodes"_s).toArray().size(), p.nodes.size());
        QVERIFY(json.value(u"analyzed"_s).toBool());
    }
};

QTEST_GUILESS_MAIN(TestPlanFindings)
#include "tst_planfindings.moc"
