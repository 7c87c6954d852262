#include "TimeWindowBar.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace sonde {

QList<qint64> TimeWindowBar::windowChoicesMs()
{
    // A week: what the store keeps, in ten-minute buckets beyond the last day (a
    // Prometheus' history).
    return {60'000,       5 * 60'000,    15 * 60'000,    60 * 60'000,
            6 * 3600'000, 24 * 3600'000, 7 * 86400'000LL};
}

TimeWindowBar::TimeWindowBar(QWidget *parent)
    : QWidget(parent)
    , m_windows(new QButtonGroup(this))
    , m_liveButton(new QToolButton(this))
    , m_scrub(new QSlider(Qt::Horizontal, this))
    , m_where(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Window:"), this));
    const QStringList names = {tr("1 min"), tr("5 min"), tr("15 min"), tr("1 h"),
                               tr("6 h"),   tr("24 h"),  tr("7 d")};
    const QList<qint64> choices = windowChoicesMs();
    for (int i = 0; i < choices.size(); ++i) {
        auto *b = new QToolButton(this);
        b->setText(names.at(i));
        b->setCheckable(true);
        b->setObjectName(u"window-%1"_s.arg(choices.at(i) / 1000));
        b->setToolTip(tr("Show the last %1 on every chart").arg(names.at(i)));
        m_windows->addButton(b, i);
        layout->addWidget(b);
        if (choices.at(i) == m_windowMs)
            b->setChecked(true);
    }
    // Over a fixed range (a recording) only: the whole of it.
    m_wholeButton = new QToolButton(this);
    m_wholeButton->setText(tr("All"));
    m_wholeButton->setCheckable(true);
    m_wholeButton->setObjectName(u"window-all"_s);
    m_wholeButton->setToolTip(tr("Show the whole recording on every chart"));
    m_wholeButton->hide();
    m_windows->addButton(m_wholeButton, WholeRangeId);
    layout->addWidget(m_wholeButton);
    m_liveButton->setObjectName(u"liveButton"_s);
    m_liveButton->setCheckable(true);
    m_liveButton->setChecked(true);
    m_liveButton->setToolTip(tr("Live follows the present; pause to read or scrub back in time "
                                "(sampling goes on)."));
    m_scrub->setObjectName(u"scrubBar"_s);
    m_scrub->setAccessibleName(tr("Time scrub bar"));
    m_scrub->setToolTip(tr("Drag to look back in time: every chart moves together."));
    m_scrub->setMinimumWidth(80);
    m_where->setObjectName(u"windowEnd"_s);
    m_where->setMinimumWidth(120);
    layout->addSpacing(12);
    layout->addWidget(m_liveButton);
    layout->addWidget(m_scrub, 1);
    layout->addWidget(m_where);

    connect(m_windows, &QButtonGroup::idClicked, this, [this](int id) {
        if (id == WholeRangeId) {
            m_windowMs = m_rangeMs;
            m_pausedEndMs = m_lastMs;
        } else {
            m_windowMs = windowChoicesMs().value(id, m_windowMs);
        }
        updateLabel();
        emit changed();
    });
    connect(m_liveButton, &QToolButton::toggled, this, [this](bool live) { setLive(live); });
    connect(m_scrub, &QSlider::valueChanged, this, [this](int seconds) {
        if (m_updatingSlider)
            return;
        scrubTo(m_firstMs + qint64(seconds) * 1000);
    });
    updateLabel();
}

void TimeWindowBar::setWindowMs(qint64 ms)
{
    const int id = int(windowChoicesMs().indexOf(ms));
    if (id < 0)
        return;
    m_windowMs = ms;
    m_windows->button(id)->setChecked(true);
    updateLabel();
    emit changed();
}

void TimeWindowBar::setLive(bool live)
{
    if (live == m_live)
        return;
    m_live = live;
    if (!live)
        m_pausedEndMs = m_lastMs > 0 ? m_lastMs : QDateTime::currentMSecsSinceEpoch();
    const QSignalBlocker block(m_liveButton);
    m_liveButton->setChecked(live);
    updateLabel();
    emit changed();
}

qint64 TimeWindowBar::endMs(qint64 nowMs) const
{
    return m_live ? nowMs : m_pausedEndMs;
}

void TimeWindowBar::setHistory(qint64 firstMs, qint64 lastMs)
{
    m_firstMs = firstMs;
    m_lastMs = lastMs;
    m_updatingSlider = true;
    const int span = int(qMax<qint64>(0, (lastMs - firstMs) / 1000));
    m_scrub->setRange(0, span);
    m_scrub->setValue(m_live ? span : int(qMax<qint64>(0, (m_pausedEndMs - firstMs) / 1000)));
    m_updatingSlider = false;
}

void TimeWindowBar::scrubTo(qint64 endMs)
{
    m_pausedEndMs = endMs;
    if (m_live) {
        m_live = false;
        const QSignalBlocker block(m_liveButton);
        m_liveButton->setChecked(false);
    }
    updateLabel();
    emit changed();
}

void TimeWindowBar::showRange(qint64 firstMs, qint64 lastMs)
{
    m_liveButton->hide();
    m_live = false;
    m_pausedEndMs = lastMs;
    // The whole range, exactly (at least a minute).
    m_rangeMs = qMax<qint64>(60'000, lastMs - firstMs);
    m_windowMs = m_rangeMs;
    m_wholeButton->show();
    m_wholeButton->setChecked(true);
    setHistory(firstMs, lastMs);
    updateLabel();
    emit changed();
}

void TimeWindowBar::updateLabel()
{
    m_liveButton->setText(m_live ? tr("● Live") : tr("❚❚ Paused"));
    m_where->setText(
        m_live ? tr("now")
               : tr("until %1")
                     .arg(QDateTime::fromMSecsSinceEpoch(m_pausedEndMs).toString(u"HH:mm:ss"_s)));
}

} // namespace sonde
