// ~/.pgpass matching as libpq does it: wildcards, escapes, localhost and the default port.
#include "connection/PgPassFile.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

class TestPgPassFile : public QObject
{
    Q_OBJECT
private slots:
    void matching()
    {
        const QString text = u"# comment\n"
                             "db1:5432:orders:alice:pw1\n"
                             "*:*:*:monitor:pw2\n"
                             "localhost:6543:a\\:b:bob:pw3\n"_s;
        QVERIFY(PgPassFile::matches(text, u"db1"_s, 0, u"orders"_s, u"alice"_s));
        QVERIFY(!PgPassFile::matches(text, u"db1"_s, 0, u"other"_s, u"alice"_s));
        QVERIFY(PgPassFile::matches(text, u"anything"_s, 7777, u"x"_s, u"monitor"_s));
        QVERIFY(PgPassFile::matches(text, QString(), 6543, u"a:b"_s, u"bob"_s));
        QVERIFY(!PgPassFile::matches(text, QString(), 6543, u"a"_s, u"bob"_s));
    }

    void followsPgpassfile()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"pgpass"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("h:5432:d:u:secret\n");
        f.close();
        qputenv("PGPASSFILE", f.fileName().toUtf8());
        QCOMPARE(PgPassFile::path(), f.fileName());
        QVERIFY(PgPassFile::hasEntry(u"h"_s, 5432, u"d"_s, u"u"_s));
        QVERIFY(!PgPassFile::hasEntry(u"h"_s, 5432, u"d"_s, u"v"_s));
        qunsetenv("PGPASSFILE");
    }
};

QTEST_GUILESS_MAIN(TestPgPassFile)
#include "tst_pgpassfile.moc"
