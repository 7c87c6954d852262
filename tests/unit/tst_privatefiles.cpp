// Sonde's local stores are readable by their owner only: new ones are made 0600 in 0700
// directories, and stores left with looser modes (an older version, a permissive umask) are
// fixed when they are opened.
#include "bench/BenchmarkStore.h"
#include "common/PrivateFiles.h"
#include "indexes/ChangeLog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

int modeOf(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_home.isValid());
        // The platform's data directory, as a user without SONDE_DATA_DIR has it.
        qputenv("XDG_DATA_HOME", m_home.path().toUtf8());
        qunsetenv("SONDE_DATA_DIR");
        QCoreApplication::setOrganizationName(u"Sonde"_s);
        QCoreApplication::setApplicationName(u"sonde"_s);
        ::umask(022);
    }

    void newStoresArePrivate()
    {
        const QString dir = PrivateFiles::dataDir();
        QVERIFY(dir.startsWith(m_home.path()));
        ChangeLog log;
        QString error;
        QVERIFY2(log.open(&error), qPrintable(error));
        BenchmarkStore runs;
        QVERIFY2(runs.open(BenchmarkStore::defaultPath(), &error), qPrintable(error));
        QCOMPARE(modeOf(dir), 0700);
        QCOMPARE(modeOf(ChangeLog::defaultPath()), 0600);
        QCOMPARE(modeOf(BenchmarkStore::defaultPath()), 0600);
        // SQLite's write-ahead log inherits the mode of its database.
        QCOMPARE(modeOf(BenchmarkStore::defaultPath() + u"-wal"_s), 0600);
    }

    void openFixesLooseModes()
    {
        const QString dir = PrivateFiles::dataDir();
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(::chmod(QFile::encodeName(dir).constData(), 0755) == 0);
        const QString path = ChangeLog::defaultPath();
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QFile wal(path + u"-wal"_s);
        QVERIFY(wal.open(QIODevice::WriteOnly));
        wal.close();
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        QVERIFY(::chmod(QFile::encodeName(wal.fileName()).constData(), 0644) == 0);
        // (SQLite removes an empty write-ahead log when the last connection closes: check it
        // right after the fix.)
        QString error;
        QVERIFY2(PrivateFiles::prepare(path, &error), qPrintable(error));
        QCOMPARE(modeOf(wal.fileName()), 0600);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        ChangeLog log;
        QVERIFY2(log.open(&error), qPrintable(error));
        QCOMPARE(modeOf(dir), 0700);
        QCOMPARE(modeOf(path), 0600);
    }

    void aChosenDirectoryKeepsItsMode()
    {
        QTemporaryDir shared;
        QVERIFY(::chmod(QFile::encodeName(shared.path()).constData(), 0755) == 0);
        qputenv("SONDE_DATA_DIR", shared.path().toUtf8());
        ChangeLog log;
        QString error;
        QVERIFY2(log.open(&error), qPrintable(error));
        QCOMPARE(modeOf(shared.path()), 0755);
        QCOMPARE(modeOf(shared.filePath(u"changes.sqlite"_s)), 0600);
        // A directory Sonde makes below it is its own.
        QString why;
        QVERIFY2(PrivateFiles::prepare(shared.filePath(u"a/b/store.sqlite"_s), &why),
                 qPrintable(why));
        QCOMPARE(modeOf(shared.filePath(u"a"_s)), 0700);
        QCOMPARE(modeOf(shared.filePath(u"a/b"_s)), 0700);
        qunsetenv("SONDE_DATA_DIR");
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
