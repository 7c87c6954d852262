#pragma once

#include <QColor>
#include <QString>

namespace sonde {

// One line of a dashboard chart: a metric of a target, with a colour and a line style (the
// style and the label tell lines apart, not the colour alone).
struct ChartLine
{
    QString targetId;
    QString metric;
    QString label;
    QColor color;
    Qt::PenStyle style = Qt::SolidLine;
    bool secondaryAxis = false;
};

} // namespace sonde
