#include "BenchmarkPage.h"

#include "DataTableView.h"
#include "ProveItWizard.h"
#include "bench/BenchmarkConfigForm.h"
#include "bench/BenchmarkRunModel.h"
#include "bench/BenchmarkRunner.h"
#include "bench/BenchmarkStore.h"
#include "bench/LiveBenchmarkChart.h"
#include "bench/PgbenchSchema.h"
#include "common/DisplayFormat.h"
#include "common/JobTracker.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sonde {

BenchmarkPage::BenchmarkPage(TargetList *targets, QWidget *parent, const QString &storePath)
    : QWidget(parent)
    , m_targets(targets)
    , m_store(new BenchmarkStore)
    , m_runner(new BenchmarkRunner(storePath.isEmpty() ? BenchmarkStore::defaultPath() : storePath,
                                   this))
    , m_jobs(new JobTracker(this))
    , m_form(new BenchmarkConfigForm(this))
    , m_chart(new LiveBenchmarkChart(this))
    , m_runs(new BenchmarkRunModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new DataTableView(this))
    , m_status(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_run(new QPushButton(tr("Run"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_init(new QPushButton(tr("Initialise pgbench tables…"), this))
    , m_prove(new QPushButton(tr("Prove it…"), this))
    , m_compare(new QPushButton(tr("Compare selected"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
{
    setObjectName(u"benchmarkPage"_s);
    m_run->setObjectName(u"benchRun"_s);
    m_stop->setObjectName(u"benchStop"_s);
    m_compare->setObjectName(u"benchCompare"_s);
    m_table->setObjectName(u"benchRuns"_s);
    m_table->setAccessibleName(tr("Benchmark runs"));
    m_summary->setObjectName(u"benchSummary"_s);
    m_status->setObjectName(u"benchStatus"_s);
    m_run->setDefault(true);
    m_prove->setToolTip(tr("Benchmark, apply the recommended indexes, benchmark again and "
                           "compare: one guided sequence."));
    QString error;
    if (!m_store->open(m_runner->storePath(), &error))
        m_status->setText(error);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setObjectName(u"benchFormScroll"_s);
    // As wide as the form's widest row (the replay rows, "Protocol"'s choices), so the form
    // never needs a horizontal scroll bar.
    const auto fitForm = [scroll, form = m_form] {
        form->layout()->activate();
        scroll->setMinimumWidth(std::max(380, form->minimumSizeHint().width() +
                                                  scroll->verticalScrollBar()->sizeHint().width() +
                                                  2 * scroll->frameWidth()));
    };
    fitForm();
    connect(m_form, &BenchmarkConfigForm::changed, scroll, fitForm);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_stop);
    buttons->addStretch();
    auto *buttons2 = new QHBoxLayout;
    buttons2->addWidget(m_init);
    buttons2->addWidget(m_prove);
    buttons2->addStretch();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(scroll, 1);
    leftLayout->addLayout(buttons);
    leftLayout->addLayout(buttons2);

    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_summary->setFont(big);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_status);
    rightLayout->addWidget(m_chart, 1);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(left);
    top->addWidget(right);
    top->setStretchFactor(1, 1);

    m_sorted->setSourceModel(m_runs);
    m_sorted->setSortRole(BenchmarkRunModel::SortRole);
    m_table->setModel(m_sorted);
    m_table->setExportName(u"benchmark-runs"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->sortByColumn(BenchmarkRunModel::Id, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(BenchmarkRunModel::Workload,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false); // the workload takes the room
    auto *runsBox = new QGroupBox(tr("Stored runs"), this);
    auto *runsLayout = new QVBoxLayout(runsBox);
    runsLayout->addWidget(m_table);
    auto *runButtons = new QHBoxLayout;
    runButtons->addWidget(m_compare);
    runButtons->addWidget(m_delete);
    runButtons->addStretch();
    runButtons->addWidget(new QLabel(tr("Select two runs to compare them (before, after)."), this));
    runsLayout->addLayout(runButtons);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(runsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_run, &QPushButton::clicked, this, &BenchmarkPage::startRun);
    connect(m_stop, &QPushButton::clicked, this, &BenchmarkPage::stopRun);
    connect(m_init, &QPushButton::clicked, this, &BenchmarkPage::initialisePgbench);
    connect(m_prove, &QPushButton::clicked, this, &BenchmarkPage::proveIt);
    connect(m_compare, &QPushButton::clicked, this, &BenchmarkPage::compareSelected);
    connect(m_delete, &QPushButton::clicked, this, &BenchmarkPage::deleteSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BenchmarkPage::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BenchmarkPage::showSelectedRun);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        // Load a stored run's configuration to run it again.
        const qint64 id = m_sorted->data(index, BenchmarkRunModel::RunIdRole).toLongLong();
        const int row = m_runs->rowOf(id);
        if (row >= 0)
            m_form->setConfig(m_runs->runs().at(row).config);
    });
    connect(m_runner, &BenchmarkRunner::status, m_status, &QLabel::setText);
    connect(m_runner, &BenchmarkRunner::started, this, [this](const BenchmarkResult &r) {
        m_shownRun = r.id;
        m_status->setText(tr("Running %1 on %2…").arg(r.config.summary(), r.config.targetDisplay));
        refreshRuns();
    });
    connect(m_runner, &BenchmarkRunner::progress, this, [this](const BenchmarkProgress &p) {
        m_chart->add(p);
        m_summary->setText(tr("%1 tx/s · p50 %2 · p99 %3 · %4 errors")
                               .arg(DisplayFormat::rate(p.throughput),
                                    p.hasLatency() ? DisplayFormat::duration(p.p50Ms) : u"—"_s,
                                    p.hasLatency() ? DisplayFormat::duration(p.p99Ms) : u"—"_s,
                                    DisplayFormat::count(p.errors)));
    });
    connect(m_runner, &BenchmarkRunner::finished, this, &BenchmarkPage::onFinished);
    connect(m_form, &BenchmarkConfigForm::changed, this, &BenchmarkPage::updateButtons);
    if (m_targets) {
        auto refill = [this]() {
            m_form->setTargets(m_targets->targets());
        };
        connect(m_targets, &TargetList::targetAdded, this, refill);
        connect(m_targets, &TargetList::targetChanged, this, refill);
        connect(m_targets, &TargetList::targetRemoved, this, refill);
        refill();
    }
    m_summary->setText(tr("No run yet"));
    m_status->setText(tr("Choose a target and a workload, then Run. Runs are stored in %1.")
                          .arg(m_runner->storePath()));
    refreshRuns();
    updateButtons();
}

BenchmarkPage::~BenchmarkPage()
{
    delete m_store;
}

QString BenchmarkPage::storePath() const
{
    return m_runner->storePath();
}

void BenchmarkPage::updateButtons()
{
    const bool running = m_runner->isRunning();
    const bool hasTarget = m_form->currentTarget().isValid();
    m_run->setEnabled(!running && hasTarget);
    m_stop->setEnabled(running);
    m_prove->setEnabled(!running && hasTarget);
    m_init->setEnabled(!running && m_form->postgresTarget().isValid() &&
                       !m_jobs->isRunning(u"init"_s));
    m_compare->setEnabled(selectedIds().size() == 2);
    m_delete->setEnabled(!running && !selectedIds().isEmpty());
}

bool BenchmarkPage::startRun()
{
    const BenchmarkConfig config = m_form->config();
    if (const QString problem = config.validate(); !problem.isEmpty()) {
        m_status->setText(problem);
        return false;
    }
    if (isScriptWorkload(config.workload)) {
        // A script that pgbench would not load is marked in the editor; nothing runs.
        // One line here: the editor shows the line itself.
        if (const ScriptError e = m_form->checkScript(); !e.isEmpty()) {
            m_status->setText(e.line > 0 ? tr("The script cannot run: line %1 is marked in the "
                                              "editor.")
                                               .arg(e.line)
                                         : e.message);
            return false;
        }
    }
    const Target target = m_form->currentTarget();
    if (target.readOnly && workloadWrites(config.workload)) {
        m_status->setText(tr("%1 is read-only: the %2 workload writes, so Sonde will not run it "
                             "there. Choose select-only, replay or redis-get.")
                              .arg(target.name, workloadName(config.workload)));
        return false;
    }
    m_chart->clear(config.transactions > 0 ? 0 : config.warmupSeconds + config.durationSeconds);
    m_summary->setText(tr("Starting…"));
    if (!m_runner->start(config))
        return false;
    updateButtons();
    return true;
}

void BenchmarkPage::stopRun()
{
    m_status->setText(tr("Stopping: canceling the statements in flight…"));
    m_runner->stop();
}

void BenchmarkPage::onFinished(const BenchmarkResult &r)
{
    if (r.status == BenchmarkResult::Status::Failed) {
        m_summary->setText(tr("The benchmark failed"));
        m_status->setText(r.error);
    } else {
        m_summary->setText(tr("%1 tx/s · p50 %2 · p99 %3 · %4 errors")
                               .arg(DisplayFormat::rate(r.throughput()),
                                    DisplayFormat::duration(r.percentileMs(50)),
                                    DisplayFormat::duration(r.percentileMs(99)),
                                    DisplayFormat::count(r.errors)));
        QString text = tr("Run #%1 %2: %3 transactions in %4.")
                           .arg(r.id)
                           .arg(r.statusName(), DisplayFormat::count(r.transactions),
                                DisplayFormat::duration(r.measuredSeconds * 1000.0));
        for (auto it = r.serverSummary.begin(); it != r.serverSummary.end(); ++it) {
            if (it.key() == u"pg.buffer_hit_pct"_s || it.key() == u"redis.hit_pct"_s ||
                it.key() == u"client.cache_hit_pct"_s)
                text += tr(" Hit rate %1.").arg(DisplayFormat::percent(it.value()));
            if (it.key() == u"pgbouncer.max_clients_waiting"_s && it.value() > 0)
                text += tr(" Up to %n client(s) waited for a PgBouncer connection.", nullptr,
                           int(it.value()));
        }
        for (const QString &note : r.notes)
            text += u' ' + note;
        m_status->setText(text);
    }
    refreshRuns();
    if (r.id > 0)
        selectRuns({r.id});
    updateButtons();
    emit runFinished(r);
}

void BenchmarkPage::refreshRuns()
{
    const QList<qint64> selected = selectedIds();
    m_runs->setRuns(m_store->runs());
    // Every column as wide as its figures; the workload summary takes what is left.
    for (int c = 0; c < BenchmarkRunModel::ColumnCount; ++c) {
        if (c != BenchmarkRunModel::Workload)
            m_table->resizeColumnToContents(c);
    }
    selectRuns(selected);
}

void BenchmarkPage::showSelectedRun()
{
    // While a run is going the chart is its own; otherwise it shows the one selected run.
    const QList<qint64> ids = selectedIds();
    if (m_runner->isRunning() || ids.size() != 1 || ids.first() == m_shownRun)
        return;
    BenchmarkResult run;
    if (!m_store->load(ids.first(), &run))
        return;
    m_shownRun = run.id;
    m_chart->showRun(run);
}

void BenchmarkPage::selectRuns(const QList<qint64> &ids)
{
    m_table->clearSelection();
    for (qint64 id : ids) {
        const int row = m_runs->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_sorted->mapFromSource(m_runs->index(row, 0));
        m_table->selectionModel()->select(index,
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    updateButtons();
}

QList<qint64> BenchmarkPage::selectedIds() const
{
    QList<qint64> ids;
    for (int row : m_table->selectedRowsOfModel())
        ids << m_sorted->data(m_sorted->index(row, 0), BenchmarkRunModel::RunIdRole).toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

void BenchmarkPage::compareSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() == 2)
        emit compareRequested(ids.at(0), ids.at(1)); // older first: before, after
}

void BenchmarkPage::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || QMessageBox::question(this, tr("Delete runs"),
                                               tr("Delete %n stored run(s)? This cannot be undone.",
                                                  nullptr, int(ids.size()))) != QMessageBox::Yes)
        return;
    for (qint64 id : ids)
        m_store->remove(id);
    refreshRuns();
}

void BenchmarkPage::initialisePgbench()
{
    const Target target = m_form->postgresTarget();
    if (!target.isValid())
        return;
    if (target.readOnly) {
        QMessageBox::warning(
            this, tr("Initialise pgbench tables"),
            tr("%1 is read-only: Sonde does not create tables there.").arg(target.name));
        return;
    }
    bool ok = false;
    const int scale = QInputDialog::getInt(
        this, tr("Initialise pgbench tables"),
        tr("This DROPS and recreates pgbench_accounts, pgbench_branches, pgbench_tellers and "
           "pgbench_history on %1, like pgbench -i.\n\nScale (100 000 accounts each):")
            .arg(target.displayUri()),
        1, 1, 10000, 1, &ok);
    if (!ok)
        return;
    const bool pooled = m_form->currentTargetThroughPooler();
    const QString uri = pooled ? target.pooledUri : target.uri;
    m_status->setText(tr("Initialising pgbench tables at scale %1…").arg(scale));
    QPointer<QLabel> status = m_status;
    m_jobs->run(
        u"init"_s,
        [uri, pooled, scale, status](JobContext &ctx) {
            return PgbenchSchema::initialize(
                uri, pooled, scale,
                [status](const QString &step, int) {
                    QMetaObject::invokeMethod(QCoreApplication::instance(), [status, step]() {
                        if (status)
                            status->setText(step);
                    });
                },
                ctx.cancelFlag());
        },
        [this, scale](const DbError &err) {
            m_status->setText(err ? err.message
                                  : tr("pgbench tables ready at scale %1 (%2 accounts).")
                                        .arg(scale)
                                        .arg(QLocale().toString(100000LL * scale)));
            updateButtons();
        });
    updateButtons();
}

void BenchmarkPage::proveIt()
{
    auto *wizard =
        new ProveItWizard(m_form->config(), m_form->postgresTarget(), m_runner->storePath(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ProveItWizard::compareRequested, this, [this](qint64 a, qint64 b) {
        refreshRuns();
        emit compareRequested(a, b);
    });
    connect(wizard, &ProveItWizard::runStored, this, &BenchmarkPage::refreshRuns);
    wizard->open();
}

} // namespace sonde
