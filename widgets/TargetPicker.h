#pragma once

#include "connection/TargetList.h"

#include <QComboBox>

namespace sonde {

// Chooses one target of a kind from the session's TargetList and follows it: targets that
// appear are offered (the first one is chosen when none is), a changed target is re-announced,
// a removed one goes away.
class TargetPicker : public QComboBox
{
    Q_OBJECT
public:
    TargetPicker(TargetList *targets, TargetKind kind, QWidget *parent = nullptr);

    Target current() const;
    bool select(const QString &targetId);

signals:
    // The chosen target changed (an invalid Target when there is none any more).
    void targetChosen(const sonde::Target &target);

private:
    void rebuild();

    TargetList *m_targets;
    TargetKind m_kind;
    QString m_chosenId;
};

} // namespace sonde
