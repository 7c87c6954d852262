#pragma once

#include "prometheus/PrometheusFleet.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;

namespace sonde {

class DataTableView;
class FleetModel;
class MonitoringPipeline;
struct FeedReading;

// Every instance a Prometheus scrapes — latency, throughput, hit rate, pool use, alert state
// and a trend — worst first, refreshed every 5 s while the page is shown (the Prometheus
// target's fleet feed, read off the GUI thread). Double-click (or Open on the dashboard) to
// watch one: the window opens it on the dashboard with its history.
class FleetPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int RefreshIntervalMs = 5000;

    explicit FleetPage(MonitoringPipeline *pipeline, QWidget *parent = nullptr);

    FleetModel *model() const { return m_model; }
    // The Prometheus target shown (empty: none).
    QString currentPrometheus() const;
    void setCurrentPrometheus(const QString &targetId);
    // Shows a fleet reading (what the feed delivers every 5 s).
    void showReading(const FleetReading &fleet);

signals:
    void openInstance(const QString &prometheusTargetId, const sonde::PromInstance &instance);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void refillPrometheusList();
    void follow(bool on);
    void feedRead(const FeedReading &reading);
    void openSelected();

    MonitoringPipeline *m_pipeline;
    QComboBox *m_prometheus;
    QLabel *m_status;
    QPushButton *m_open;
    FleetModel *m_model;
    QSortFilterProxyModel *m_proxy;
    DataTableView *m_table;
    QString m_following;
};

} // namespace sonde
