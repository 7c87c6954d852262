#pragma once

#include <QGroupBox>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;

namespace sonde {

class DemoWorkload;
class JobTracker;

// The demo's knobs on the dashboard, so a DBA can make the charts move: the cache mode
// (healthy, cold, thrashing), the application's request rate, and "flush the cache now";
// with the application's own counters next to them.
class DemoControlPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit DemoControlPanel(QWidget *parent = nullptr);

    // nullptr hides the panel (no demo running). `redisUri` is the demo's Redis, `rate` the
    // request rate the workload started with.
    void setWorkload(DemoWorkload *workload, const QString &redisUri = {}, double rate = 40);
    DemoWorkload *workload() const { return m_workload; }

protected:
    // The figures refresh every second while the panel is shown, not while it is hidden.
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void refreshStats();
    void flushCache();

    DemoWorkload *m_workload = nullptr;
    QString m_redisUri;
    QComboBox *m_mode;
    QSpinBox *m_rate;
    QPushButton *m_flush;
    QLabel *m_stats;
    QTimer *m_timer;
    JobTracker *m_jobs;
    qint64 m_lastRequests = -1;
};

} // namespace sonde
