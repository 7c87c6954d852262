#pragma once

#include "Target.h"

#include <QObject>

namespace sonde {

// The targets Sonde works with in this session (from connection profiles or the demo),
// owned by the main window and handed to every page. GUI thread only.
class TargetList : public QObject
{
    Q_OBJECT
public:
    explicit TargetList(QObject *parent = nullptr);

    QList<Target> targets() const { return m_targets; }
    QList<Target> ofKind(TargetKind kind) const;
    Target byId(const QString &id) const;
    // The first target of a kind (an invalid Target when there is none).
    Target firstOfKind(TargetKind kind) const;

    // Adds, or replaces the target with the same id.
    void upsert(const Target &target);
    void remove(const QString &id);
    void clear();

signals:
    void targetAdded(const sonde::Target &target);
    void targetChanged(const sonde::Target &target);
    void targetRemoved(const QString &id);

private:
    QList<Target> m_targets;
};

} // namespace sonde
