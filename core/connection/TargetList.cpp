#include "TargetList.h"

namespace sonde {

TargetList::TargetList(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<sonde::Target>();
}

QList<Target> TargetList::ofKind(TargetKind kind) const
{
    QList<Target> out;
    for (const Target &t : m_targets) {
        if (t.kind == kind)
            out << t;
    }
    return out;
}

Target TargetList::byId(const QString &id) const
{
    for (const Target &t : m_targets) {
        if (t.id == id)
            return t;
    }
    return {};
}

Target TargetList::firstOfKind(TargetKind kind) const
{
    const QList<Target> all = ofKind(kind);
    return all.isEmpty() ? Target() : all.first();
}

void TargetList::upsert(const Target &target)
{
    for (Target &t : m_targets) {
        if (t.id == target.id) {
            t = target;
            emit targetChanged(target);
            return;
        }
    }
    m_targets << target;
    emit targetAdded(target);
}

void TargetList::remove(const QString &id)
{
    const auto removed = m_targets.removeIf([&](const Target &t) { return t.id == id; });
    if (removed > 0)
        emit targetRemoved(id);
}

void TargetList::clear()
{
    const QList<Target> old = m_targets;
    m_targets.clear();
    for (const Target &t : old)
        emit targetRemoved(t.id);
}

} // namespace sonde
