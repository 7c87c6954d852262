#include "ApplyIndexDialog.h"

using namespace Qt::StringLiterals;

namespace sonde {

ConfirmChangeDialog::Texts ApplyIndexDialog::texts(Mode mode, const QString &target)
{
    const bool build = mode == Mode::Build;
    Texts t;
    t.title = build ? tr("Build indexes") : tr("Revert an index");
    t.intro = build ? tr("Sonde will run these statements on <b>%1</b>. Each index is built with "
                         "CREATE INDEX CONCURRENTLY: writers are not blocked, the build can be "
                         "canceled on the server, and an index a failed or canceled build leaves "
                         "INVALID is dropped again. Every change is recorded in the change log "
                         "with its revert statement.")
                          .arg(target.toHtmlEscaped())
                    : tr("Sonde will run this statement on <b>%1</b> and record it in the change "
                         "log. DROP INDEX CONCURRENTLY waits for running transactions but blocks "
                         "no one.")
                          .arg(target.toHtmlEscaped());
    t.confirm = build ? tr("I want to build these indexes on %1").arg(target)
                      : tr("I want to drop this index on %1").arg(target);
    t.ok = build ? tr("Build") : tr("Drop");
    return t;
}

ApplyIndexDialog::ApplyIndexDialog(Mode mode, const QString &target, const QString &statements,
                                   QWidget *parent)
    : ConfirmChangeDialog(texts(mode, target), statements, parent)
{
    setObjectName(u"applyIndexDialog"_s);
}

} // namespace sonde
