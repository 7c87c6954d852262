#pragma once

#include <QWidget>

class QButtonGroup;
class QLabel;
class QSlider;
class QToolButton;

namespace sonde {

// The dashboard's time controls: the window width (1 min … 24 h), live or paused, and a
// scrub bar over the stored history. Dragging the scrub bar pauses and moves the window's
// end; "Live" follows the present again. Over a recording there is no present: showRange.
class TimeWindowBar : public QWidget
{
    Q_OBJECT
public:
    explicit TimeWindowBar(QWidget *parent = nullptr);

    static QList<qint64> windowChoicesMs();
    qint64 windowMs() const { return m_windowMs; }
    void setWindowMs(qint64 ms);
    bool isLive() const { return m_live; }
    void setLive(bool live);
    // Pause when live, back to live when paused (the dashboard's Ctrl+P).
    void toggleLive() { setLive(!m_live); }
    // The end of the shown window: now when live, else where the user scrubbed to.
    qint64 endMs(qint64 nowMs) const;
    // The stored history, so the scrub bar spans it.
    void setHistory(qint64 firstMs, qint64 lastMs);
    // Pauses at an instant (also what the scrub bar does).
    void scrubTo(qint64 endMs);
    // A fixed range (a recording): no Live button, the window's end at `lastMs`, the
    // window the whole range ("All", besides the usual widths), the scrub bar over it.
    void showRange(qint64 firstMs, qint64 lastMs);

signals:
    void changed();

private:
    void updateLabel();

    static constexpr int WholeRangeId = 100;
    QButtonGroup *m_windows;
    QToolButton *m_wholeButton = nullptr;
    qint64 m_rangeMs = 0;
    QToolButton *m_liveButton;
    QSlider *m_scrub;
    QLabel *m_where;
    qint64 m_windowMs = 5 * 60 * 1000;
    bool m_live = true;
    qint64 m_firstMs = 0;
    qint64 m_lastMs = 0;
    qint64 m_pausedEndMs = 0;
    bool m_updatingSlider = false;
};

} // namespace sonde
