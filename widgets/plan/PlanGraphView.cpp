#include "PlanGraphView.h"

#include "PlanColors.h"
#include "plan/PlanFormat.h"
#include "plan/PlanTreeModel.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace sonde {

PlanGraphView::PlanGraphView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(false);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Plan graph"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

void PlanGraphView::setPlan(const Plan &plan)
{
    m_plan = plan;
    m_selected = -1;
    m_zoomRoot = 0;
    m_weight = QList<double>(plan.nodes.size(), 0.0);
    m_maxShare = 0;
    // Children come after their parent (pre-order): sum subtree weights from the end.
    for (qsizetype i = plan.nodes.size() - 1; i >= 0; --i) {
        const PlanNode &n = plan.nodes.at(i);
        double w = selfWeight(n);
        for (int c : n.children)
            w += m_weight.at(c);
        m_weight[i] = w;
        m_maxShare = std::max(m_maxShare, n.timeShare);
    }
    updateGeometry();
    layoutNodes();
    update();
}

double PlanGraphView::selfWeight(const PlanNode &n) const
{
    if (m_plan.hasTiming())
        return std::max(0.0, n.exclusiveMs);
    return std::max(0.0, n.exclusiveCost);
}

void PlanGraphView::zoomTo(int nodeId)
{
    if (nodeId < 0 || nodeId >= m_plan.nodes.size())
        nodeId = 0;
    m_zoomRoot = nodeId;
    layoutNodes();
    update();
}

void PlanGraphView::selectNode(int nodeId)
{
    if (nodeId == m_selected)
        return;
    m_selected = nodeId;
    update();
}

QSize PlanGraphView::sizeHint() const
{
    return {600, (m_plan.maxDepth() + 2) * RowHeight};
}

QSize PlanGraphView::minimumSizeHint() const
{
    return {200, m_plan.isEmpty() ? RowHeight : (m_plan.maxDepth() + 1) * RowHeight};
}

void PlanGraphView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutNodes();
}

void PlanGraphView::layoutNodes()
{
    m_rects.clear();
    if (m_plan.isEmpty())
        return;
    const double total = m_weight.value(m_zoomRoot);
    const double width = std::max(1, this->width() - 2);
    const int baseDepth = m_plan.node(m_zoomRoot).depth;
    struct Pending
    {
        int id;
        double x;
        double w;
    };
    QList<Pending> stack{{m_zoomRoot, 1.0, width}};
    while (!stack.isEmpty()) {
        const Pending p = stack.takeLast();
        const PlanNode &n = m_plan.node(p.id);
        const double y = (n.depth - baseDepth) * RowHeight;
        m_rects.insert(p.id, QRectF(p.x, y, p.w, RowHeight - 2));
        double x = p.x;
        for (int c : n.children) {
            const double cw = total > 0 ? m_weight.at(c) / total * width : 0;
            if (cw >= 0.5)
                stack.append({c, x, cw});
            x += cw;
        }
    }
}

int PlanGraphView::nodeAt(const QPointF &pos) const
{
    for (auto it = m_rects.constBegin(); it != m_rects.constEnd(); ++it) {
        if (it.value().contains(pos))
            return it.key();
    }
    return -1;
}

void PlanGraphView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (m_plan.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No plan yet"));
        return;
    }
    const QFontMetrics fm(font());
    for (auto it = m_rects.constBegin(); it != m_rects.constEnd(); ++it) {
        const PlanNode &n = m_plan.node(it.key());
        const QRectF r = it.value();
        const double heat = m_maxShare > 0 ? n.timeShare / m_maxShare : 0;
        p.fillRect(r, PlanColors::heat(heat));
        p.setPen(QPen(palette().color(QPalette::Base), 1));
        p.drawRect(r);
        if (r.width() > 24) {
            p.setPen(heat > 0.7 ? QColor(Qt::white) : QColor(0x21, 0x21, 0x21));
            const QString text = n.title() + u"  "_s + PlanFormat::percent(n.timeShare);
            p.drawText(r.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       fm.elidedText(text, Qt::ElideRight, int(r.width()) - 8));
        }
    }
    if (m_rects.contains(m_selected)) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2.5));
        p.setBrush(Qt::NoBrush);
        p.drawRect(m_rects.value(m_selected).adjusted(1, 1, -1, -1));
    }
    if (m_zoomRoot != 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(4, 0, -4, -2), Qt::AlignBottom | Qt::AlignRight,
                   tr("zoomed in: double-click the top block or press Escape to zoom out"));
    }
}

void PlanGraphView::mousePressEvent(QMouseEvent *event)
{
    const int id = nodeAt(event->position());
    if (id >= 0) {
        selectNode(id);
        emit nodeSelected(id);
    }
    QWidget::mousePressEvent(event);
}

void PlanGraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int id = nodeAt(event->position());
    if (id < 0)
        return;
    zoomTo(id == m_zoomRoot ? std::max(0, m_plan.node(id).parent) : id);
}

void PlanGraphView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_zoomRoot != 0) {
        zoomTo(0);
        return;
    }
    QWidget::keyPressEvent(event);
}

bool PlanGraphView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int id = nodeAt(help->pos());
        if (id >= 0) {
            const QStringList lines =
                PlanTreeModel::nodeDetails(m_plan.node(id)).split(u'\n').mid(0, 14);
            QToolTip::showText(help->globalPos(), lines.join(u'\n'), this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace sonde
