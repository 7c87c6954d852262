#pragma once

#include "BenchmarkResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sonde {

// The benchmark runs of this user, in a local SQLite database (Qt SQL) under the data
// directory, with their full configuration and results. A run is inserted when it starts
// and its progress is appended every second (WAL journal), so a run survives a crash of
// Sonde: at the next open it is marked "interrupted" with the figures it had reached.
// One instance per thread (a Qt SQL connection belongs to the thread that opened it).
class BenchmarkStore
{
    Q_DECLARE_TR_FUNCTIONS(BenchmarkStore)
public:
    BenchmarkStore();
    ~BenchmarkStore();
    BenchmarkStore(const BenchmarkStore &) = delete;
    BenchmarkStore &operator=(const BenchmarkStore &) = delete;

    // $SONDE_DATA_DIR/benchmarks.sqlite, else <AppDataLocation>/benchmarks.sqlite (e.g.
    // ~/.local/share/Sonde/sonde/): readable by its owner only (PrivateFiles).
    static QString defaultPath();

    bool open(const QString &path, QString *error);
    bool isOpen() const;
    QString path() const { return m_path; }

    // Inserts a running run (sets result->id).
    bool insertRun(BenchmarkResult *result, QString *error = nullptr);
    bool appendProgress(qint64 runId, const BenchmarkProgress &progress);
    // Stores the final result (status, figures, histogram, samples).
    bool finishRun(const BenchmarkResult &result, QString *error = nullptr);
    // Stores a finished result in one go (CLI --json re-imports, tests).
    bool saveRun(BenchmarkResult *result, QString *error = nullptr);

    // Newest first; without progress, samples and histogram detail when `detail` is false.
    QList<BenchmarkResult> runs(bool detail = false) const;
    bool load(qint64 id, BenchmarkResult *out, QString *error = nullptr) const;
    bool rename(qint64 id, const QString &name);
    bool setAppliedDdl(qint64 id, const QStringList &ddl);
    bool remove(qint64 id);

private:
    bool exec(const QString &sql, QString *error = nullptr);
    void markInterrupted();
    BenchmarkResult fromRow(const QString &json, qint64 id, bool detail) const;

    QString m_connection;
    QString m_path;
};

} // namespace sonde
