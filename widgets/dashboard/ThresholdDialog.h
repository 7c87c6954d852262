#pragma once

#include "monitoring/ThresholdSet.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QDoubleSpinBox;
class QSpinBox;

namespace sonde {

// Edits the dashboard's thresholds: warning and critical limit per chart (each can be
// switched off) and how many consecutive readings must cross before an alert is raised.
class ThresholdDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ThresholdDialog(const ThresholdSet &thresholds, QWidget *parent = nullptr);

    ThresholdSet thresholds() const;

private:
    struct Row
    {
        QCheckBox *warningOn = nullptr;
        QDoubleSpinBox *warning = nullptr;
        QCheckBox *criticalOn = nullptr;
        QDoubleSpinBox *critical = nullptr;
        bool below = false;
    };
    void setValues(const ThresholdSet &thresholds);

    QHash<ChartGroup, Row> m_rows;
    QSpinBox *m_sustain = nullptr;
};

} // namespace sonde
