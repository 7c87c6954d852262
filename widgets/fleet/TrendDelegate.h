#pragma once

#include <QStyledItemDelegate>

namespace sonde {

// Draws a cell's trend (a QVector<double> under a role; NaN = no reading) as a sparkline
// scaled to its own range, breaking the line where readings are missing.
class TrendDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TrendDelegate(int role, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace sonde
