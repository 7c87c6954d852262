#pragma once

#include "bench/BenchmarkResult.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;

namespace sonde {

class BenchmarkChartView;
class BenchmarkStore;
class DataTableView;
class PlanDiffView;

// Two stored runs side by side: every figure with its improvement in %, the latency
// distributions overlaid (CDF), throughput over time, the plans of replayed statements
// drawn side by side as a plan diff; export as a self-contained HTML report or a PDF.
class ComparisonPage : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonPage(QWidget *parent = nullptr, const QString &storePath = {});
    ~ComparisonPage() override;

    // Re-reads the stored runs: a pair the user picked stays, otherwise the newest run is
    // compared with the one stored before it.
    void refreshRuns();
    // Shows runs `before` and `after`; false when one of them is not stored.
    bool compare(qint64 before, qint64 after);
    QStandardItemModel *figures() const { return m_figures; }
    // The plans of the replayed statements as a text diff (the report's form).
    QString planDiff() const;
    bool exportHtml(const QString &path, QString *error) const;
    bool exportPdf(const QString &path, QString *error) const;

private:
    // Fills both lists with the stored runs; false (and says so) when fewer than two.
    bool fillRuns();
    void pickedByUser();
    void showSelected();
    void showPlansOf(int index);
    void exportWithDialog(bool pdf);

    BenchmarkStore *m_store;
    QComboBox *m_before;
    QComboBox *m_after;
    QLabel *m_headline;
    QLabel *m_confidence;
    QStandardItemModel *m_figures;
    DataTableView *m_table;
    BenchmarkChartView *m_cdf;
    BenchmarkChartView *m_throughput;
    QComboBox *m_planStatement;
    PlanDiffView *m_plans;
    QPushButton *m_html;
    QPushButton *m_pdf;
    BenchmarkResult m_a;
    BenchmarkResult m_b;
    bool m_loaded = false;
    bool m_userPicked = false;
};

} // namespace sonde
