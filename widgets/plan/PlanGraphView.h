#pragma once

#include "plan/Plan.h"

#include <QList>
#include <QRectF>
#include <QWidget>

namespace sonde {

// A plan as an icicle graph: the root spans the whole width, each node sits below its
// parent and is as wide as the work done in its subtree (exclusive time, or exclusive cost
// without ANALYZE), its colour as hot as its own share. The widest, reddest blocks are
// where the time goes. Click selects a node, double-click zooms into its subtree,
// double-click on the root (or Escape) zooms out.
class PlanGraphView : public QWidget
{
    Q_OBJECT
public:
    explicit PlanGraphView(QWidget *parent = nullptr);

    void setPlan(const Plan &plan);
    void selectNode(int nodeId);
    int selectedNode() const { return m_selected; }
    int zoomRoot() const { return m_zoomRoot; }
    void zoomTo(int nodeId);
    // The node drawn at a point (-1 for none).
    int nodeAt(const QPointF &pos) const;
    QRectF nodeRect(int nodeId) const { return m_rects.value(nodeId); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void nodeSelected(int nodeId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    void layoutNodes();
    double selfWeight(const PlanNode &n) const;

    Plan m_plan;
    QList<double> m_weight; // subtree weight per node
    QHash<int, QRectF> m_rects;
    int m_selected = -1;
    int m_zoomRoot = 0;
    double m_maxShare = 0;
    static constexpr int RowHeight = 26;
};

} // namespace sonde
