#include "FleetPage.h"

#include "DataTableView.h"
#include "TrendDelegate.h"
#include "connection/PrometheusEndpoint.h"
#include "connection/TargetList.h"
#include "monitoring/MonitoringPipeline.h"
#include "monitoring/TargetMonitor.h"
#include "prometheus/FleetModel.h"
#include "prometheus/PrometheusSampler.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTime>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// The state column in the severity's colour.
class SeverityColours : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.column() == FleetModel::State) {
            const int severity =
                QSortFilterProxyModel::data(index, FleetModel::SeverityRole).toInt();
            if (severity == 2)
                return QColor(0xb9, 0x1c, 0x1c);
            if (severity == 1)
                return QColor(0xb4, 0x53, 0x09);
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

bool isPrometheusServer(const Target &t)
{
    return t.kind == TargetKind::Prometheus && !PromInstanceRef::fromUri(t.uri).isValid();
}

} // namespace

FleetPage::FleetPage(MonitoringPipeline *pipeline, QWidget *parent)
    : QWidget(parent)
    , m_pipeline(pipeline)
    , m_prometheus(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_open(new QPushButton(tr("Open on the dashboard"), this))
    , m_model(new FleetModel(this))
    , m_proxy(new SeverityColours(this))
    , m_table(new DataTableView(this))
{
    setObjectName(u"fleetPage"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FleetModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setExportName(u"fleet"_s);
    m_table->setItemDelegateForColumn(FleetModel::Trend,
                                      new TrendDelegate(FleetModel::TrendRole, m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FleetModel::State, Qt::AscendingOrder);
    m_table->setFillColumn(FleetModel::Alerts);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_prometheus->setAccessibleName(tr("Prometheus"));
    m_table->setAccessibleName(tr("Instances of the fleet"));
    m_open->setEnabled(false);
    m_open->setToolTip(tr("Watch the selected instance on the dashboard, with its history "
                          "(Enter, or double-click)."));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Prometheus:"), this));
    bar->addWidget(m_prometheus, 1);
    bar->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    connect(m_prometheus, &QComboBox::currentIndexChanged, this, [this]() {
        m_model->clear();
        follow(isVisible());
    });
    connect(m_table, &QAbstractItemView::activated, this, &FleetPage::openSelected);
    connect(m_open, &QPushButton::clicked, this, &FleetPage::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this]() { m_open->setEnabled(m_table->selectionModel()->hasSelection()); });
    TargetList *targets = pipeline->targets();
    connect(targets, &TargetList::targetAdded, this, &FleetPage::refillPrometheusList);
    connect(targets, &TargetList::targetChanged, this, &FleetPage::refillPrometheusList);
    connect(targets, &TargetList::targetRemoved, this, &FleetPage::refillPrometheusList);
    connect(pipeline->monitor(), &TargetMonitor::feedRead, this, &FleetPage::feedRead);
    refillPrometheusList();
}

QString FleetPage::currentPrometheus() const
{
    return m_prometheus->currentData().toString();
}

void FleetPage::setCurrentPrometheus(const QString &targetId)
{
    const int i = m_prometheus->findData(targetId);
    if (i >= 0)
        m_prometheus->setCurrentIndex(i);
}

void FleetPage::refillPrometheusList()
{
    const QString current = currentPrometheus();
    const QSignalBlocker block(m_prometheus);
    m_prometheus->clear();
    for (const Target &t : m_pipeline->targets()->targets()) {
        if (isPrometheusServer(t))
            m_prometheus->addItem(t.name, t.id);
    }
    const int i = m_prometheus->findData(current);
    m_prometheus->setCurrentIndex(i >= 0 ? i : 0);
    m_prometheus->setEnabled(m_prometheus->count() > 1);
    if (m_prometheus->count() == 0) {
        m_model->clear();
        m_status->setText(tr("No Prometheus connected. Add one as a connection (its address, "
                             "http://host:9090), or start the demo, which runs one."));
    }
    follow(isVisible());
}

void FleetPage::follow(bool on)
{
    const QString wanted = on ? currentPrometheus() : QString();
    if (wanted == m_following)
        return;
    TargetMonitor *monitor = m_pipeline->monitor();
    if (!m_following.isEmpty())
        monitor->unsubscribe(this, m_following, FleetFeed);
    m_following = wanted;
    if (m_following.isEmpty())
        return;
    // The dashboard's thresholds judge the fleet.
    QSettings settings;
    monitor->setFeedArgument(m_following, FleetFeed,
                             QVariant::fromValue(ThresholdSet::load(settings)));
    monitor->subscribe(this, m_following, FleetFeed, RefreshIntervalMs);
    m_status->setText(tr("Reading the fleet…"));
}

void FleetPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    follow(true);
}

void FleetPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    follow(false);
}

void FleetPage::feedRead(const FeedReading &reading)
{
    if (reading.feed != FleetFeed || reading.targetId != m_following)
        return;
    if (!reading.isValid()) {
        m_status->setText(tr("The fleet could not be read: %1").arg(reading.error.message));
        return;
    }
    showReading(reading.value.value<FleetReading>());
}

void FleetPage::showReading(const FleetReading &fleet)
{
    m_model->setReading(fleet);
    int down = 0, troubled = 0;
    for (const FleetRow &r : fleet.rows) {
        down += r.instance.up ? 0 : 1;
        troubled += r.instance.up && (r.level != AlertLevel::Normal || !r.firingAlerts.isEmpty());
    }
    m_status->setText(
        tr("%n instance(s)", nullptr, int(fleet.rows.size())) + tr(" · %n down", nullptr, down) +
        tr(" · %n in trouble", nullptr, troubled) +
        tr(" · read at %1 in %n queries", nullptr, fleet.queries)
            .arg(QDateTime::fromMSecsSinceEpoch(fleet.atMs).time().toString(u"HH:mm:ss"_s)));
    if (m_table->horizontalHeader()->sectionSize(FleetModel::Instance) < 60)
        m_table->fitColumns();
}

void FleetPage::openSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex source = m_proxy->mapToSource(current);
    emit openInstance(m_following.isEmpty() ? currentPrometheus() : m_following,
                      m_model->row(source.row()).instance);
}

} // namespace sonde
