#include "TargetStatusStrip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sonde {

TargetStatusStrip::TargetStatusStrip(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
    , m_tick(new QTimer(this))
{
    setObjectName(u"targetStatusStrip"_s);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addStretch(1);
    // Only the reconnect countdown changes with time: the timer runs while one is shown.
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &TargetStatusStrip::refresh);
}

void TargetStatusStrip::setTarget(const Target &target)
{
    m_targets.insert(target.id, target);
    if (!m_labels.contains(target.id)) {
        auto *label = new QLabel(this);
        label->setObjectName(u"status-"_s + target.id);
        label->setTextFormat(Qt::RichText);
        label->setFrameShape(QFrame::StyledPanel);
        label->setMargin(4);
        m_layout->insertWidget(m_layout->count() - 1, label);
        m_labels.insert(target.id, label);
    }
    refresh();
}

void TargetStatusStrip::setSummary(const QString &targetId, const QString &summary)
{
    if (!m_targets.contains(targetId) || m_summary.value(targetId) == summary)
        return;
    m_summary.insert(targetId, summary);
    refresh();
}

void TargetStatusStrip::removeTarget(const QString &id)
{
    m_targets.remove(id);
    m_summary.remove(id);
    m_status.remove(id);
    delete m_labels.take(id);
    refresh();
}

void TargetStatusStrip::setStatus(const SamplerStatus &status)
{
    if (!m_targets.contains(status.targetId))
        return;
    m_status.insert(status.targetId, status);
    refresh();
}

QString TargetStatusStrip::describe(const QString &id) const
{
    const Target t = m_targets.value(id);
    const SamplerStatus s = m_status.value(id);
    using S = SamplerStatus::State;
    QString symbol = u"○"_s;
    QString color = palette().color(QPalette::WindowText).name();
    switch (s.state) {
    case S::Sampling:
        symbol = s.lastError ? u"▲"_s : u"●"_s;
        color = s.lastError ? u"#b45309"_s : u"#15803d"_s;
        break;
    case S::Reconnecting:
        symbol = u"✖"_s;
        color = u"#c62828"_s;
        break;
    case S::Paused:
        symbol = u"❚❚"_s;
        break;
    case S::Connecting:
    case S::Stopped:
        break;
    }
    QString text = describeStatus(s, QDateTime::currentDateTimeUtc());
    if (s.state == S::Sampling && s.lastError)
        text += tr(" — %1").arg(s.lastError.message);
    QString html = u"<span style=\"color:%1\">%2</span> <b>%3</b>"_s.arg(color, symbol,
                                                                         t.name.toHtmlEscaped());
    if (!s.serverVersion.isEmpty())
        html += u" <small>(%1)</small>"_s.arg(s.serverVersion.toHtmlEscaped());
    if (t.readOnly)
        html += u" <small>["_s + tr("read-only").toHtmlEscaped() + u"]</small>"_s;
    html += u"<br>"_s + text.toHtmlEscaped();
    if (s.state == S::Sampling && !m_summary.value(id).isEmpty())
        html += u"<br><small>"_s + m_summary.value(id).toHtmlEscaped() + u"</small>"_s;
    if (!s.notes.isEmpty())
        html += u" <span style=\"color:#b45309\">▲ "_s +
                tr("%n limitation(s): hover for details", nullptr, int(s.notes.size()))
                    .toHtmlEscaped() +
                u"</span>"_s;
    return html;
}

void TargetStatusStrip::refresh()
{
    const bool countdown = std::any_of(m_status.cbegin(), m_status.cend(), [](const auto &s) {
        return s.state == SamplerStatus::State::Reconnecting;
    });
    if (countdown && !m_tick->isActive())
        m_tick->start();
    else if (!countdown)
        m_tick->stop();
    for (auto it = m_labels.begin(); it != m_labels.end(); ++it) {
        it.value()->setText(describe(it.key()));
        const SamplerStatus s = m_status.value(it.key());
        QStringList tip{m_targets.value(it.key()).displayUri()};
        if (s.lastError)
            tip << tr("Last error: %1").arg(s.lastError.toString());
        tip << s.notes;
        it.value()->setToolTip(tip.join(u"\n\n"_s));
    }
}

QString TargetStatusStrip::text(const QString &targetId) const
{
    const QLabel *label = m_labels.value(targetId);
    if (!label)
        return {};
    QString t = label->text();
    t.replace(u"<br>"_s, u" "_s);
    t.remove(QRegularExpression(u"<[^>]*>"_s));
    return t;
}

} // namespace sonde
