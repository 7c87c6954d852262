#include "ComparisonPage.h"

#include "DataTableView.h"
#include "bench/BenchmarkChartPainter.h"
#include "bench/BenchmarkChartView.h"
#include "bench/BenchmarkComparison.h"
#include "bench/BenchmarkStore.h"
#include "bench/ComparisonConfidence.h"
#include "bench/ComparisonReport.h"
#include "common/DisplayFormat.h"
#include "plan/PlanDiffView.h"
#include "plan/PlanOutline.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde {

ComparisonPage::ComparisonPage(QWidget *parent, const QString &storePath)
    : QWidget(parent)
    , m_store(new BenchmarkStore)
    , m_before(new QComboBox(this))
    , m_after(new QComboBox(this))
    , m_headline(new QLabel(this))
    , m_confidence(new QLabel(this))
    , m_figures(new QStandardItemModel(this))
    , m_table(new DataTableView(this))
    , m_cdf(new BenchmarkChartView(this))
    , m_throughput(new BenchmarkChartView(this))
    , m_planStatement(new QComboBox(this))
    , m_plans(new PlanDiffView(this))
    , m_html(new QPushButton(tr("Export HTML…"), this))
    , m_pdf(new QPushButton(tr("Export PDF…"), this))
{
    setObjectName(u"comparisonPage"_s);
    m_before->setObjectName(u"compareBefore"_s);
    m_before->setAccessibleName(tr("Run before"));
    m_after->setObjectName(u"compareAfter"_s);
    m_after->setAccessibleName(tr("Run after"));
    m_headline->setObjectName(u"compareHeadline"_s);
    m_confidence->setObjectName(u"compareConfidence"_s);
    m_confidence->setTextFormat(Qt::RichText);
    m_confidence->setWordWrap(true);
    m_store->open(storePath.isEmpty() ? BenchmarkStore::defaultPath() : storePath, nullptr);
    m_before->setMinimumContentsLength(40);
    m_after->setMinimumContentsLength(40);
    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Before:"), this));
    pick->addWidget(m_before, 1);
    pick->addWidget(new QLabel(tr("After:"), this));
    pick->addWidget(m_after, 1);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(u"compareRefresh"_s);
    pick->addWidget(refresh);
    pick->addWidget(m_html);
    pick->addWidget(m_pdf);

    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_headline->setFont(big);
    m_headline->setTextFormat(Qt::RichText);

    m_table->setModel(m_figures);
    m_table->setExportName(u"benchmark-comparison"_s);
    m_table->setAccessibleName(tr("Figures before and after"));
    m_table->setSortingEnabled(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_plans->setObjectName(u"comparePlans"_s);
    m_plans->setAccessibleName(tr("Plans of replayed statements"));
    m_planStatement->setAccessibleName(tr("Statement whose plans are shown"));
    m_planStatement->setMinimumContentsLength(40);
    m_planStatement->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *plansTab = new QWidget(this);
    auto *plansLayout = new QVBoxLayout(plansTab);
    auto *planPick = new QHBoxLayout;
    planPick->addWidget(new QLabel(tr("Plans of:"), plansTab));
    planPick->addWidget(m_planStatement, 1);
    plansLayout->addLayout(planPick);
    plansLayout->addWidget(m_plans, 1);

    auto *charts = new QTabWidget(this);
    charts->addTab(m_cdf, tr("Latency distribution"));
    charts->addTab(m_throughput, tr("Throughput over time"));
    charts->addTab(plansTab, tr("Plans of replayed statements"));
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(charts);
    split->setStretchFactor(1, 1);
    split->setSizes({560, 840});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(m_headline);
    layout->addWidget(m_confidence);
    layout->addWidget(split, 1);

    connect(refresh, &QPushButton::clicked, this, &ComparisonPage::refreshRuns);
    connect(m_before, &QComboBox::activated, this, &ComparisonPage::pickedByUser);
    connect(m_after, &QComboBox::activated, this, &ComparisonPage::pickedByUser);
    connect(m_planStatement, &QComboBox::currentIndexChanged, this, &ComparisonPage::showPlansOf);
    connect(m_html, &QPushButton::clicked, this, [this]() { exportWithDialog(false); });
    connect(m_pdf, &QPushButton::clicked, this, [this]() { exportWithDialog(true); });
    refreshRuns();
}

ComparisonPage::~ComparisonPage()
{
    delete m_store;
}

void ComparisonPage::refreshRuns()
{
    const qint64 a = m_before->currentData().toLongLong();
    const qint64 b = m_after->currentData().toLongLong();
    if (!fillRuns())
        return;
    // A pair the user picked stays while both runs are stored; otherwise the newest run is
    // compared with the one before it (the store lists the newest first).
    const int keptBefore = m_before->findData(a);
    const int keptAfter = m_after->findData(b);
    const bool keep = m_userPicked && keptBefore >= 0 && keptAfter >= 0 && a != b;
    m_before->setCurrentIndex(keep ? keptBefore : 1);
    m_after->setCurrentIndex(keep ? keptAfter : 0);
    showSelected();
}

bool ComparisonPage::fillRuns()
{
    m_before->clear();
    m_after->clear();
    for (const BenchmarkResult &r : m_store->runs()) {
        const QString text =
            tr("#%1 %2 — %3 — %4 tx/s")
                .arg(r.id)
                .arg(r.config.name.isEmpty() ? r.statusName() : r.config.name, r.config.summary())
                .arg(DisplayFormat::rate(r.throughput()));
        m_before->addItem(text, r.id);
        m_after->addItem(text, r.id);
    }
    const bool enough = m_before->count() >= 2;
    if (!enough) {
        m_loaded = false;
        m_figures->clear();
        m_confidence->clear();
        m_html->setEnabled(false);
        m_pdf->setEnabled(false);
        m_headline->setText(tr("Run two benchmarks on the Benchmark page to compare them."));
    }
    return enough;
}

bool ComparisonPage::compare(qint64 before, qint64 after)
{
    fillRuns();
    const int a = m_before->findData(before);
    const int b = m_after->findData(after);
    if (a < 0 || b < 0)
        return false;
    m_userPicked = true;
    m_before->setCurrentIndex(a);
    m_after->setCurrentIndex(b);
    showSelected();
    return m_loaded;
}

void ComparisonPage::pickedByUser()
{
    m_userPicked = true;
    showSelected();
}

void ComparisonPage::showSelected()
{
    m_loaded = m_store->load(m_before->currentData().toLongLong(), &m_a) &&
               m_store->load(m_after->currentData().toLongLong(), &m_b);
    m_figures->clear();
    m_confidence->clear();
    m_html->setEnabled(m_loaded);
    m_pdf->setEnabled(m_loaded);
    if (!m_loaded)
        return;
    m_figures->setHorizontalHeaderLabels({tr("Figure"), tr("Before (#%1)").arg(m_a.id),
                                          tr("After (#%1)").arg(m_b.id), tr("Improvement")});
    QString headline;
    const auto format = &BenchmarkComparison::formatValue;
    for (const ComparisonFigure &f : BenchmarkComparison::figures(m_a, m_b)) {
        QList<QStandardItem *> row{
            new QStandardItem(f.label),
            new QStandardItem(f.hasBefore ? format(f.before, f.unit) : u"—"_s),
            new QStandardItem(f.hasAfter ? format(f.after, f.unit) : u"—"_s),
            new QStandardItem(BenchmarkComparison::formatImprovement(f))};
        for (int c = 1; c < 4; ++c)
            row[c]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (f.comparable() && std::fabs(f.improvementPct()) >= 1)
            row[3]->setForeground(f.improvementPct() > 0 ? QColor(0x1a, 0x7f, 0x37)
                                                         : QColor(0xcf, 0x22, 0x2e));
        for (QStandardItem *item : row)
            item->setEditable(false);
        m_figures->appendRow(row);
        if (f.key == u"throughput"_s || f.key == u"p99_ms"_s) {
            headline += u"%1 <b style='color:%2'>%3</b> &nbsp;&nbsp; "_s.arg(
                f.label.toHtmlEscaped(), f.improvementPct() >= 0 ? u"#1a7f37"_s : u"#cf222e"_s,
                BenchmarkComparison::formatImprovement(f).toHtmlEscaped());
        }
    }
    m_headline->setText(headline);
    m_confidence->setText(ComparisonReport::confidenceHtml(ComparisonConfidence::of(m_a, m_b)));
    m_cdf->setChart(BenchmarkChartPainter::latencyCdf(m_a, m_b));
    m_throughput->setChart(BenchmarkChartPainter::throughputOverTime(m_a, m_b));
    const QSignalBlocker block(m_planStatement);
    m_planStatement->clear();
    for (const ReplayStatement &after : m_b.replay) {
        for (const ReplayStatement &before : m_a.replay) {
            if (before.sql == after.sql)
                m_planStatement->addItem(after.sql.simplified(),
                                         QStringList{before.planJson, after.planJson});
        }
    }
    showPlansOf(m_planStatement->count() > 0 ? 0 : -1);
}

void ComparisonPage::showPlansOf(int index)
{
    if (index < 0) {
        m_plans->clear();
        return;
    }
    const QStringList plans = m_planStatement->itemData(index).toStringList();
    m_plans->setPlanJson(plans.value(0), plans.value(1), tr("run #%1").arg(m_a.id),
                         tr("run #%1").arg(m_b.id));
}

QString ComparisonPage::planDiff() const
{
    QStringList out;
    for (const ReplayStatement &after : m_b.replay) {
        for (const ReplayStatement &before : m_a.replay) {
            if (before.sql != after.sql)
                continue;
            out << after.sql.simplified()
                << tr("executed %1 → %2 times").arg(before.executed).arg(after.executed);
            out << PlanOutline::unifiedDiff(PlanOutline::lines(before.planJson),
                                            PlanOutline::lines(after.planJson))
                << QString();
        }
    }
    if (out.isEmpty())
        return tr("Plans are compared for replay workloads: the runs replayed no common "
                  "statement.");
    return out.join(u'\n');
}

bool ComparisonPage::exportHtml(const QString &path, QString *error) const
{
    return m_loaded && ComparisonReport::writeHtml(m_a, m_b, path, error);
}

bool ComparisonPage::exportPdf(const QString &path, QString *error) const
{
    return m_loaded && ComparisonReport::writePdf(m_a, m_b, path, error);
}

void ComparisonPage::exportWithDialog(bool pdf)
{
    const QString name =
        u"sonde-benchmark-%1-vs-%2.%3"_s.arg(m_a.id).arg(m_b.id).arg(pdf ? u"pdf"_s : u"html"_s);
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Export the report as PDF") : tr("Export the report as HTML"), name,
        pdf ? tr("PDF (*.pdf)") : tr("HTML (*.html)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!(pdf ? exportPdf(path, &error) : exportHtml(path, &error)))
        QMessageBox::warning(this, tr("Export"), error);
}

} // namespace sonde
