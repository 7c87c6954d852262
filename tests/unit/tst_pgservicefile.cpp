// pg_service.conf listing for the dialog (passwords never shown).
#include "connection/PgServiceFile.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sonde;

class TestPgServiceFile : public QObject
{
    Q_OBJECT
private slots:
    void parsesServices()
    {
        const auto services = PgServiceFile::parse(u"# comment\n"
                                                   "[reporting]\n"
                                                   "host=db1\nport = 5433\ndbname=reports\n"
                                                   "password=never-shown\n\n"
                                                   "[local]\nhost=/var/run/postgresql\n"_s,
                                                   u"f"_s);
        QCOMPARE(services.size(), 2);
        QCOMPARE(services.at(0).name, u"reporting"_s);
        QCOMPARE(services.at(0).settings.value(u"port"_s), u"5433"_s);
        QVERIFY(!services.at(0).settings.contains(u"password"_s));
        QCOMPARE(services.at(1).settings.value(u"host"_s), u"/var/run/postgresql"_s);
    }

    void userFileWinsOverSystemFile()
    {
        QTemporaryDir dir;
        QFile user(dir.filePath(u"user.conf"_s));
        QVERIFY(user.open(QIODevice::WriteOnly));
        user.write("[a]\nhost=from-user\n");
        user.close();
        QDir(dir.path()).mkdir(u"sys"_s);
        QFile sys(dir.filePath(u"sys/pg_service.conf"_s));
        QVERIFY(sys.open(QIODevice::WriteOnly));
        sys.write("[a]\nhost=from-system\n[b]\nhost=only-system\n");
        sys.close();
        qputenv("PGSERVICEFILE", user.fileName().toUtf8());
        qputenv("PGSYSCONFDIR", dir.filePath(u"sys"_s).toUtf8());
        const auto all = PgServiceFile::services();
        qunsetenv("PGSERVICEFILE");
        qunsetenv("PGSYSCONFDIR");
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).settings.value(u"host"_s), u"from-user"_s);
        QCOMPARE(all.at(1).name, u"b"_s);
    }
};

QTEST_GUILESS_MAIN(TestPgServiceFile)
#include "tst_pgservicefile.moc"
