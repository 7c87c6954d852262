#pragma once

#include "BenchmarkResult.h"
#include "common/JobTracker.h"

#include <QObject>
#include <QPointer>

namespace sonde {

// Runs benchmarks for a page: one at a time, on a JobTracker worker, storing each run in
// the BenchmarkStore at `storePath` (a connection of the worker's own) as it goes, and
// reporting on the GUI thread through signals. stop() cancels the run on the server; its
// result (status "canceled") still arrives.
class BenchmarkRunner : public QObject
{
    Q_OBJECT
public:
    explicit BenchmarkRunner(const QString &storePath, QObject *parent = nullptr);
    ~BenchmarkRunner() override;

    // False (and nothing starts) while a run is going on.
    bool start(const BenchmarkConfig &config, const QStringList &appliedDdl = {});
    void stop();
    bool isRunning() const;
    QString storePath() const { return m_storePath; }

signals:
    void status(const QString &text);
    void started(const sonde::BenchmarkResult &result);
    void progress(const sonde::BenchmarkProgress &progress);
    void finished(const sonde::BenchmarkResult &result);

private:
    QString m_storePath;
    JobTracker *m_jobs;
};

} // namespace sonde
