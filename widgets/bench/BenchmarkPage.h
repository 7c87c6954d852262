#pragma once

#include "bench/BenchmarkResult.h"
#include "connection/TargetList.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;

namespace sonde {

class BenchmarkConfigForm;
class BenchmarkRunModel;
class BenchmarkRunner;
class BenchmarkStore;
class DataTableView;
class JobTracker;
class LiveBenchmarkChart;

// Configure a benchmark, run it with a live chart of throughput and latency, stop it; the
// stored runs below, two of which can be compared. "Prove it" runs the guided
// before → apply → after sequence.
class BenchmarkPage : public QWidget
{
    Q_OBJECT
public:
    explicit BenchmarkPage(TargetList *targets, QWidget *parent = nullptr,
                           const QString &storePath = {});
    ~BenchmarkPage() override;

    BenchmarkConfigForm *form() const { return m_form; }
    BenchmarkRunner *runner() const { return m_runner; }
    BenchmarkRunModel *runs() const { return m_runs; }
    LiveBenchmarkChart *chart() const { return m_chart; }
    QString storePath() const;

    bool startRun();
    void stopRun();
    void refreshRuns();
    // Selects runs in the table (tests, the prove-it flow).
    void selectRuns(const QList<qint64> &ids);

signals:
    void compareRequested(qint64 before, qint64 after);
    void runFinished(const sonde::BenchmarkResult &result);

private:
    void onFinished(const BenchmarkResult &result);
    void initialisePgbench();
    void deleteSelected();
    void compareSelected();
    void proveIt();
    QList<qint64> selectedIds() const;
    void updateButtons();
    void showSelectedRun();

    TargetList *m_targets;
    BenchmarkStore *m_store;
    BenchmarkRunner *m_runner;
    JobTracker *m_jobs;
    BenchmarkConfigForm *m_form;
    LiveBenchmarkChart *m_chart;
    BenchmarkRunModel *m_runs;
    QSortFilterProxyModel *m_sorted;
    DataTableView *m_table;
    QLabel *m_status;
    QLabel *m_summary;
    QPushButton *m_run;
    QPushButton *m_stop;
    QPushButton *m_init;
    QPushButton *m_prove;
    QPushButton *m_compare;
    QPushButton *m_delete;
    qint64 m_shownRun = 0; // the run the chart shows (live or stored)
};

} // namespace sonde
