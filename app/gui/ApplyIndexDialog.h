#pragma once

#include "ConfirmChangeDialog.h"

namespace sonde {

// The confirmation before an index is built or dropped (CREATE/DROP INDEX CONCURRENTLY).
class ApplyIndexDialog : public ConfirmChangeDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Build,
        Revert
    };

    ApplyIndexDialog(Mode mode, const QString &target, const QString &statements,
                     QWidget *parent = nullptr);

private:
    static Texts texts(Mode mode, const QString &target);
};

} // namespace sonde
