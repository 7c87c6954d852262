// Inputs are read up to a cap: a regular file is refused from its size, a device without a
// size (/dev/zero, a pipe) after cap + 1 bytes, and the error names the cap.
#include "common/BoundedRead.h"

#include <QTemporaryFile>
#include <QtTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace sonde;

class TestBoundedRead : public QObject
{
    Q_OBJECT
private slots:
    void readsWhatFits()
    {
        QTemporaryFile f;
        QVERIFY(f.open());
        f.write("SELECT 1;\n");
        f.close();
        QByteArray out;
        QString error;
        QVERIFY2(BoundedRead::readFile(f.fileName(), 10, &out, &error), qPrintable(error));
        QCOMPARE(out, QByteArray("SELECT 1;\n"));
    }

    void refusesALargerFile()
    {
        QTemporaryFile f;
        QVERIFY(f.open());
        f.write(QByteArray(11, 'x'));
        f.close();
        QByteArray out;
        QString error;
        QVERIFY(!BoundedRead::readFile(f.fileName(), 10, &out, &error));
        QVERIFY(out.isEmpty());
        QVERIFY2(error.contains(u"10 bytes"_s), qPrintable(error));
    }

    void capsADeviceWithoutSize()
    {
        QByteArray out;
        QString error;
        QVERIFY(!BoundedRead::readFile(u"/dev/zero"_s, 3 * 1024 * 1024, &out, &error));
        QVERIFY(out.isEmpty());
        QVERIFY2(error.contains(u"3 MiB"_s), qPrintable(error));
    }

    void missingFileSaysWhy()
    {
        QByteArray out;
        QString error;
        QVERIFY(!BoundedRead::readFile(u"/nonexistent/plan.json"_s, 10, &out, &error));
        QVERIFY(error.contains(u"/nonexistent/plan.json"_s));
    }

    void readsOneBoundedLine()
    {
        std::FILE *f = std::tmpfile();
        QVERIFY(f);
        std::fputs("pass word\r\nsecond\n", f);
        const QByteArray longLine(BoundedRead::LineCap + 1, 'y');
        std::fwrite(longLine.constData(), 1, size_t(longLine.size()), f);
        std::rewind(f);
        QByteArray line;
        QString error;
        QVERIFY(BoundedRead::readLine(f, &line, &error));
        QCOMPARE(line, QByteArray("pass word"));
        QVERIFY(BoundedRead::readLine(f, &line, &error));
        QCOMPARE(line, QByteArray("second"));
        QVERIFY(!BoundedRead::readLine(f, &line, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(line.isEmpty());
        std::fclose(f);
    }
};

QTEST_GUILESS_MAIN(TestBoundedRead)
#include "tst_boundedread.moc"
