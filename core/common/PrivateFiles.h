#pragma once

#include <QCoreApplication>
#include <QString>

namespace sonde {

// Sonde's local stores (the change log, the benchmark runs) hold host names, roles,
// statement texts and plans: they are readable by their owner only. Directories Sonde
// makes (and its own data directory) are 0700, its files 0600, and a store opened with
// looser modes — made by an older version, or with a permissive umask — is fixed on open.
class PrivateFiles
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFiles)
public:
    // $SONDE_DATA_DIR, else the platform's application data directory
    // (~/.local/share/Sonde/sonde).
    static QString dataDir();
    // dataDir()/fileName.
    static QString dataPath(const QString &fileName);

    // Makes the directory of `filePath` (0700 for every directory made now, and for Sonde's
    // own data directory), then creates the file 0600 when missing and sets 0600 on it and
    // on the companions SQLite keeps beside it (-wal, -shm, -journal).
    static bool prepare(const QString &filePath, QString *error);
};

} // namespace sonde
