#include "PrivateFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

QString defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

// Creates `dir` and the parents it lacks, each 0700.
bool makeDirs(const QString &dir, QString *error)
{
    const QFileInfo info(dir);
    if (info.isDir())
        return true;
    const QString parent = info.absolutePath();
    if (parent != info.absoluteFilePath() && !makeDirs(parent, error))
        return false;
    if (::mkdir(QFile::encodeName(dir).constData(), 0700) != 0 && errno != EEXIST) {
        *error = PrivateFiles::tr("Cannot create the directory %1: %2").arg(dir, systemError());
        return false;
    }
    return true;
}

bool setMode(const QString &path, mode_t mode, QString *error)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return errno == ENOENT; // a companion file that does not exist: nothing to fix
    if ((st.st_mode & 07777) == mode)
        return true;
    if (::chmod(QFile::encodeName(path).constData(), mode) != 0) {
        *error = PrivateFiles::tr("Cannot make %1 private (mode %2): %3")
                     .arg(path, QString::number(mode, 8), systemError());
        return false;
    }
    return true;
}

} // namespace

QString PrivateFiles::dataDir()
{
    const QString dir = qEnvironmentVariable("SONDE_DATA_DIR");
    return dir.isEmpty() ? defaultDataDir() : dir;
}

QString PrivateFiles::dataPath(const QString &fileName)
{
    return QDir(dataDir()).filePath(fileName);
}

bool PrivateFiles::prepare(const QString &filePath, QString *error)
{
    const QString dir = QFileInfo(filePath).absolutePath();
    if (!makeDirs(dir, error))
        return false;
    // A directory the user chose ($SONDE_DATA_DIR, perhaps shared) keeps its mode; Sonde's
    // own is private.
    if (QFileInfo(dir) == QFileInfo(defaultDataDir()) && !setMode(dir, 0700, error))
        return false;
    const QByteArray name = QFile::encodeName(filePath);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = tr("Cannot create %1: %2").arg(filePath, systemError());
        return false;
    }
    ::close(fd);
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (!setMode(filePath + suffix, 0600, error))
            return false;
    }
    return true;
}

} // namespace sonde
