#include "TargetPicker.h"

namespace sonde {

TargetPicker::TargetPicker(TargetList *targets, TargetKind kind, QWidget *parent)
    : QComboBox(parent)
    , m_targets(targets)
    , m_kind(kind)
{
    setAccessibleName(tr("Target"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(targets, &TargetList::targetAdded, this, &TargetPicker::rebuild);
    connect(targets, &TargetList::targetRemoved, this, &TargetPicker::rebuild);
    connect(targets, &TargetList::targetChanged, this, [this](const Target &t) {
        rebuild();
        if (t.id == m_chosenId)
            emit targetChosen(t);
    });
    connect(this, &QComboBox::currentIndexChanged, this, [this]() {
        const Target t = current();
        if (t.id == m_chosenId)
            return;
        m_chosenId = t.id;
        emit targetChosen(t);
    });
    rebuild();
}

Target TargetPicker::current() const
{
    return m_targets->byId(currentData().toString());
}

bool TargetPicker::select(const QString &targetId)
{
    const int i = findData(targetId);
    if (i < 0)
        return false;
    setCurrentIndex(i);
    return true;
}

void TargetPicker::rebuild()
{
    const QString keep = m_chosenId;
    {
        const QSignalBlocker blocker(this);
        clear();
        for (const Target &t : m_targets->ofKind(m_kind))
            addItem(t.readOnly ? tr("%1 (read-only)").arg(t.name) : t.name, t.id);
        const int i = findData(keep);
        setCurrentIndex(i >= 0 ? i : (count() > 0 ? 0 : -1));
    }
    setEnabled(count() > 1);
    const Target t = current();
    if (t.id != m_chosenId) {
        m_chosenId = t.id;
        emit targetChosen(t);
    }
}

} // namespace sonde
