#pragma once

#include "connection/Target.h"
#include "monitoring/SamplerStatus.h"

#include <QHash>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QTimer;

namespace sonde {

// One line per target above the charts: what it is, its server version, and what its
// sampler does — "sampling every 1 s", or "reconnecting in 4 s — last error: …" with the
// countdown ticking. The state is spelled out and has its own symbol: colour is a bonus.
class TargetStatusStrip : public QWidget
{
    Q_OBJECT
public:
    explicit TargetStatusStrip(QWidget *parent = nullptr);

    void setTarget(const Target &target);
    void removeTarget(const QString &id);
    void setStatus(const SamplerStatus &status);
    // What the last reading says beyond the charts (sessions, waits, memory …).
    void setSummary(const QString &targetId, const QString &summary);
    QString text(const QString &targetId) const;

private:
    void refresh();
    QString describe(const QString &id) const;

    QHBoxLayout *m_layout;
    QTimer *m_tick;
    QHash<QString, Target> m_targets;
    QHash<QString, SamplerStatus> m_status;
    QHash<QString, QString> m_summary;
    QHash<QString, QLabel *> m_labels;
};

} // namespace sonde
