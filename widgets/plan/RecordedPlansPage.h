#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace sonde {

class MonitoringPipeline;
class PlanView;

// A recording's plans: every plan the Plan page showed up to the end of the dashboard's
// window (MonitoringPipeline::showRange), newest first, and the one selected drawn as the
// Plan page draws it.
class RecordedPlansPage : public QWidget
{
    Q_OBJECT
public:
    explicit RecordedPlansPage(MonitoringPipeline *pipeline, QWidget *parent = nullptr);

    QTableWidget *list() const { return m_list; }
    PlanView *planView() const { return m_planView; }

private:
    void refresh();
    void showSelected();

    MonitoringPipeline *m_pipeline;
    QLabel *m_status;
    QTableWidget *m_list;
    PlanView *m_planView;
};

} // namespace sonde
