#include "TrendDelegate.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace sonde {

TrendDelegate::TrendDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{}

QSize TrendDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(120, 0));
}

void TrendDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const auto values = index.data(m_role).value<QVector<double>>();
    double lo = INFINITY, hi = -INFINITY;
    for (double v : values) {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    if (values.size() < 2 || !std::isfinite(lo))
        return;
    const QRectF r = QRectF(option.rect).adjusted(4, 4, -4, -4);
    const double span = hi > lo ? hi - lo : 1.0;
    QPainterPath path;
    bool drawing = false;
    for (int i = 0; i < values.size(); ++i) {
        const double v = values.at(i);
        if (!std::isfinite(v)) {
            drawing = false;
            continue;
        }
        const QPointF p(r.left() + r.width() * i / (values.size() - 1),
                        r.bottom() - r.height() * (v - lo) / span);
        if (drawing)
            path.lineTo(p);
        else
            path.moveTo(p);
        drawing = true;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(QPen(selected ? option.palette.highlightedText().color()
                                  : option.palette.color(QPalette::Link),
                         1.5));
    painter->drawPath(path);
    painter->restore();
}

} // namespace sonde
