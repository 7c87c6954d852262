#include "DemoControlPanel.h"

#include "common/DisplayFormat.h"
#include "common/JobTracker.h"
#include "demo/DemoEnvironment.h"
#include "demo/DemoWorkload.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTime>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sonde {

DemoControlPanel::DemoControlPanel(QWidget *parent)
    : QGroupBox(tr("Demo application"), parent)
    , m_mode(new QComboBox(this))
    , m_rate(new QSpinBox(this))
    , m_flush(new QPushButton(tr("Flush the cache now"), this))
    , m_stats(new QLabel(this))
    , m_timer(new QTimer(this))
    , m_jobs(new JobTracker(this))
{
    setObjectName(u"demoControls"_s);
    using M = DemoWorkloadSettings::CacheMode;
    m_mode->setObjectName(u"demoCacheMode"_s);
    m_mode->addItem(tr("Healthy cache"), int(M::Healthy));
    m_mode->setItemData(0, tr("95 % of reads on a hot set, 5 min TTL: high hit rate."),
                        Qt::ToolTipRole);
    m_mode->addItem(tr("Cold cache (flushed every 30 s)"), int(M::Cold));
    m_mode->setItemData(1, tr("The cache is flushed every 30 s: the hit rate dips and recovers."),
                        Qt::ToolTipRole);
    m_mode->addItem(tr("Thrashing cache"), int(M::Thrashing));
    m_mode->setItemData(2,
                        tr("Uniform keys, 2 s TTL: almost every read falls through to "
                           "PostgreSQL and its latency climbs."),
                        Qt::ToolTipRole);
    m_rate->setObjectName(u"demoRate"_s);
    m_rate->setRange(1, 2000);
    m_rate->setSuffix(tr(" requests/s"));
    m_rate->setSingleStep(10);
    m_flush->setObjectName(u"demoFlush"_s);
    m_flush->setToolTip(tr("FLUSHDB on the demo's Redis: every cached key is gone at once."));
    m_stats->setObjectName(u"demoStats"_s);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(new QLabel(tr("Cache:"), this));
    layout->addWidget(m_mode);
    layout->addWidget(new QLabel(tr("Load:"), this));
    layout->addWidget(m_rate);
    layout->addWidget(m_flush);
    layout->addSpacing(12);
    layout->addWidget(m_stats, 1);

    connect(m_mode, &QComboBox::activated, this, [this]() {
        if (m_workload)
            m_workload->setCacheMode(M(m_mode->currentData().toInt()));
    });
    connect(m_rate, &QSpinBox::valueChanged, this, [this](int rate) {
        if (m_workload)
            m_workload->setRequestsPerSecond(rate);
    });
    connect(m_flush, &QPushButton::clicked, this, &DemoControlPanel::flushCache);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &DemoControlPanel::refreshStats);
    setVisible(false);
}

void DemoControlPanel::setWorkload(DemoWorkload *workload, const QString &redisUri, double rate)
{
    m_workload = workload;
    m_redisUri = redisUri;
    m_lastRequests = -1;
    setVisible(workload != nullptr);
    if (!workload) {
        m_timer->stop();
        m_jobs->cancelAll();
        return;
    }
    m_mode->setCurrentIndex(m_mode->findData(int(workload->cacheMode())));
    {
        const QSignalBlocker block(m_rate);
        m_rate->setValue(int(rate));
    }
    if (isVisible())
        m_timer->start();
    refreshStats();
}

void DemoControlPanel::showEvent(QShowEvent *event)
{
    QGroupBox::showEvent(event);
    if (m_workload) {
        refreshStats();
        m_timer->start();
    }
}

void DemoControlPanel::hideEvent(QHideEvent *event)
{
    QGroupBox::hideEvent(event);
    m_timer->stop();
    m_lastRequests = -1; // the next figure is not a rate over the hidden time
}

void DemoControlPanel::refreshStats()
{
    if (!m_workload)
        return;
    const DemoWorkloadStats s = m_workload->stats();
    const qint64 lookups = s.cacheHits + s.cacheMisses;
    const qint64 perSecond = m_lastRequests < 0 ? 0 : s.requests - m_lastRequests;
    m_lastRequests = s.requests;
    QString text =
        tr("%1 requests/s · application cache hit rate %2 · %3 database queries · "
           "%4 errors")
            .arg(DisplayFormat::count(perSecond),
                 lookups ? DisplayFormat::percent(100.0 * double(s.cacheHits) / double(lookups))
                         : u"–"_s,
                 DisplayFormat::count(s.queries), DisplayFormat::count(s.errors));
    m_stats->setText(text);
    m_stats->setToolTip(s.lastError.isEmpty() ? QString() : tr("Last error: %1").arg(s.lastError));
}

void DemoControlPanel::flushCache()
{
    m_flush->setEnabled(false);
    const QString uri = m_redisUri;
    m_jobs->run(
        u"flush"_s, [uri](JobContext &) { return DemoEnvironment::flushCache(uri); },
        [this](const QString &error) {
            m_flush->setEnabled(true);
            m_flush->setToolTip(
                error.isEmpty() ? tr("Flushed at %1.")
                                      .arg(DisplayFormat::timeOfDay(QDateTime::currentDateTime()))
                                : tr("The flush failed: %1").arg(error));
        });
}

} // namespace sonde
