#include "RedisSlowLogPane.h"

#include "DataTableView.h"
#include "TargetPicker.h"
#include "monitoring/MonitoringPipeline.h"
#include "monitoring/TargetMonitor.h"
#include "plan/PlanFormat.h"
#include "redis/RedisSlowLogModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sonde {

RedisSlowLogPane::RedisSlowLogPane(MonitoringPipeline *pipeline, QWidget *parent)
    : QWidget(parent)
    , m_pipeline(pipeline)
    , m_monitor(pipeline->monitor())
    , m_picker(new TargetPicker(pipeline->targets(), TargetKind::Redis, this))
    , m_model(new RedisSlowLogModel(this))
    , m_table(new DataTableView(this))
    , m_status(new QLabel(this))
{
    auto *title = new QLabel(u"<b>"_s + tr("Redis slow log").toHtmlEscaped() + u"</b>"_s, this);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addWidget(m_picker);
    bar->addWidget(m_status, 1);
    bar->addWidget(refresh);
    refresh->setVisible(!pipeline->isRecording()); // what was logged then
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(RedisSlowLogModel::ValueRole);
    m_table->setModel(proxy);
    m_table->setExportName(u"redis-slowlog"_s);
    m_table->setAccessibleName(tr("Redis slow log"));
    m_table->sortByColumn(RedisSlowLogModel::TimeColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(RedisSlowLogModel::CommandColumn,
                                                      QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_picker, &TargetPicker::targetChosen, this, &RedisSlowLogPane::startOn);
    connect(refresh, &QPushButton::clicked, this, [this]() {
        if (m_target.isValid())
            m_monitor->requestFeed(m_target.id, RedisSlowLogFeed, u"refresh"_s);
    });
    connect(m_monitor, &TargetMonitor::feedRead, this, &RedisSlowLogPane::onFeed);
    connect(pipeline, &MonitoringPipeline::shownRangeChanged, this,
            &RedisSlowLogPane::replayRecorded);
    startOn(m_picker->current());
}

RedisSlowLogPane::~RedisSlowLogPane() = default;

void RedisSlowLogPane::onFeed(const FeedReading &reading)
{
    if (reading.feed != RedisSlowLogFeed || reading.targetId != m_target.id)
        return;
    if (reading.error) {
        m_status->setText(u"<span style='color:#c62828'>"_s +
                          reading.error.message.toHtmlEscaped() + u"</span>"_s);
        return;
    }
    m_model->addRead(reading.value.value<RedisSlowLogRead>());
    for (int c = 0; c < RedisSlowLogModel::CommandColumn; ++c)
        m_table->resizeColumnToContents(c);
    m_status->setText(statusText().toHtmlEscaped());
}

QString RedisSlowLogPane::statusText() const
{
    const qint64 us = m_model->thresholdUs();
    QString text = tr("%n entries", nullptr, m_model->rowCount());
    if (us > 0)
        text += tr(" · logs commands slower than %1 (slowlog-log-slower-than)")
                    .arg(PlanFormat::duration(double(us) / 1000.0));
    else if (us == 0)
        text += tr(" · logs every command (slowlog-log-slower-than = 0)");
    return text;
}

Target RedisSlowLogPane::currentTarget() const
{
    return m_picker->current();
}

void RedisSlowLogPane::startOn(const Target &target)
{
    if (m_target.isValid() && !m_pipeline->isRecording())
        m_monitor->unsubscribe(this, m_target.id, RedisSlowLogFeed);
    m_target = target;
    m_model->clear();
    if (!target.isValid()) {
        m_status->setText(tr("No Redis target."));
        return;
    }
    if (m_pipeline->isRecording()) {
        replayRecorded();
        return;
    }
    m_status->setText(tr("Reading the slow log of %1…").arg(target.displayUri()));
    m_monitor->subscribe(this, target.id, RedisSlowLogFeed, 5000);
}

void RedisSlowLogPane::replayRecorded()
{
    if (!m_pipeline->isRecording() || !m_target.isValid())
        return;
    // Every entry the slow log held up to the end of the window shown.
    m_model->clear();
    const QList<FeedReading> readings =
        m_pipeline->archive()->upTo(m_target.id, RedisSlowLogFeed, m_pipeline->shownToMs());
    for (const FeedReading &r : readings)
        m_model->addRead(r.value.value<RedisSlowLogRead>());
    for (int c = 0; c < RedisSlowLogModel::CommandColumn; ++c)
        m_table->resizeColumnToContents(c);
    m_status->setText(
        readings.isEmpty()
            ? tr("The recording holds no slow-log readings of %1 up to here.").arg(m_target.name)
            : statusText().toHtmlEscaped());
}

} // namespace sonde
