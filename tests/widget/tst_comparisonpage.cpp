// The comparison page over stored runs, offscreen, without servers: which runs it offers
// and opens with, and how it re-reads the store.
#include "SteadyRun.h"
#include "TestMain.h"
#include "bench/BenchmarkStore.h"
#include "bench/ComparisonPage.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace sonde;

class TestComparisonPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_stores = 0;
    QString m_path;

    // Stores a completed run whose every second ran at `tps`; returns its id.
    qint64 storeRun(double tps)
    {
        BenchmarkStore store;
        if (!store.open(m_path, nullptr))
            return 0;
        BenchmarkResult r = test::steadyRun(tps);
        return store.saveRun(&r) ? r.id : 0;
    }
    static qint64 selected(const ComparisonPage &page, const char *name)
    {
        auto *box = page.findChild<QComboBox *>(QString::fromLatin1(name));
        return box ? box->currentData().toLongLong() : -1;
    }
    static QString headline(const ComparisonPage &page)
    {
        auto *label = page.findChild<QLabel *>(u"compareHeadline"_s);
        return label ? label->text() : QString();
    }
    static void clickRefresh(ComparisonPage &page)
    {
        auto *refresh = page.findChild<QPushButton *>(u"compareRefresh"_s);
        QVERIFY(refresh);
        QTest::mouseClick(refresh, Qt::LeftButton);
    }

private slots:
    void init() { m_path = m_dir.filePath(u"runs-%1.sqlite"_s.arg(++m_stores)); }

    void opensWithTheOlderRunBeforeTheNewer()
    {
        const qint64 older = storeRun(100);
        const qint64 newer = storeRun(200);
        QVERIFY(older > 0 && newer > older);
        ComparisonPage page(nullptr, m_path);
        QCOMPARE(selected(page, "compareBefore"), older);
        QCOMPARE(selected(page, "compareAfter"), newer);
        QVERIFY(page.figures()->rowCount() > 0);
        QCOMPARE(page.figures()->index(0, 1).data().toString(), u"100\u00a0tx/s"_s);
        QCOMPARE(page.figures()->index(0, 2).data().toString(), u"200\u00a0tx/s"_s);
        QVERIFY2(headline(page).contains(u"2.0× faster"_s), qPrintable(headline(page)));
        QVERIFY2(!headline(page).contains(u"Run two benchmarks"_s), qPrintable(headline(page)));
    }

    void refreshReadsTheRunsStoredSince()
    {
        const qint64 first = storeRun(100);
        ComparisonPage page(nullptr, m_path);
        QVERIFY2(headline(page).contains(u"Run two benchmarks"_s), qPrintable(headline(page)));
        QCOMPARE(page.figures()->rowCount(), 0);

        const qint64 second = storeRun(150);
        clickRefresh(page);
        QCOMPARE(selected(page, "compareBefore"), first);
        QCOMPARE(selected(page, "compareAfter"), second);
        QVERIFY(page.figures()->rowCount() > 0);
        QVERIFY2(!headline(page).contains(u"Run two benchmarks"_s), qPrintable(headline(page)));

        // A new run is compared with the one before it, while the user picked nothing.
        const qint64 third = storeRun(300);
        page.refreshRuns();
        QCOMPARE(selected(page, "compareBefore"), second);
        QCOMPARE(selected(page, "compareAfter"), third);
        QCOMPARE(page.figures()->index(0, 2).data().toString(), u"300\u00a0tx/s"_s);

        // A pair the user picked stays through a refresh.
        QVERIFY(page.compare(first, third));
        storeRun(400);
        clickRefresh(page);
        QCOMPARE(selected(page, "compareBefore"), first);
        QCOMPARE(selected(page, "compareAfter"), third);
    }

    void confidenceWarnsWhereTheRunsAreTooShort()
    {
        // Runs of 3 s: the page and the report say so before anyone claims a speed-up.
        const qint64 before = storeRun(100);
        const qint64 after = storeRun(230);
        ComparisonPage page(nullptr, m_path);
        QVERIFY(page.compare(before, after));
        auto *label = page.findChild<QLabel *>(u"compareConfidence"_s);
        QVERIFY(label);
        const QString text = label->text();
        QVERIFY2(text.contains(u"Run #%1: throughput varied ±0.0\u00a0%"_s.arg(before)),
                 qPrintable(text));
        QVERIFY2(text.contains(u"fewer than 30"_s), qPrintable(text));
        QVERIFY2(text.contains(u"repeat each run"_s), qPrintable(text));
        const QString html = m_dir.filePath(u"report-%1.html"_s.arg(m_stores));
        QString error;
        QVERIFY2(page.exportHtml(html, &error), qPrintable(error));
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString report = QString::fromUtf8(f.readAll());
        QVERIFY(report.contains(u"fewer than 30"_s));
        QVERIFY(report.contains(u"from second to second"_s));
    }
};

SONDE_TEST_GUI_MAIN(TestComparisonPage)
#include "tst_comparisonpage.moc"
