#pragma once

#include "bench/BenchmarkResult.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;

namespace sonde {

class BenchmarkChartView;
class BenchmarkStore;
class DataTableView;

// Two stored runs side by side: every figure with its improvement in %, the latency
// distributions overlaid (CDF), throughput over time, the plans of replayed statements
// diffed; export as a self-contained HTML report or a PDF.
class ComparisonPage : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonPage(QWidget *parent = nullptr, const QString &storePath = {});
    ~ComparisonPage() override;

    void refreshRuns();
    // Shows runs `before` and `after`; false when one of them is not stored.
    bool compare(qint64 before, qint64 after);
    QStandardItemModel *figures() const { return m_figures; }
    QString planDiff() const;
    bool exportHtml(const QString &path, QString *error) const;
    bool exportPdf(const QString &path, QString *error) const;

private:
    void showSelected();
    void exportWithDialog(bool pdf);

    BenchmarkStore *m_store;
    QComboBox *m_before;
    QComboBox *m_after;
    QLabel *m_headline;
    QStandardItemModel *m_figures;
    DataTableView *m_table;
    BenchmarkChartView *m_cdf;
    BenchmarkChartView *m_throughput;
    QPlainTextEdit *m_plans;
    QPushButton *m_html;
    QPushButton *m_pdf;
    BenchmarkResult m_a;
    BenchmarkResult m_b;
    bool m_loaded = false;
};

} // namespace sonde
