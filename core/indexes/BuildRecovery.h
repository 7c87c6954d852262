#pragma once

#include "ChangeLog.h"
#include "common/DbError.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sonde {

// What Sonde does at start for a target it connects to: finds the index changes a crash
// (or kill) interrupted — entries still "running" whose Sonde process is gone — stops a
// build still running on the server for them, drops the INVALID index it left (or
// finishes an interrupted drop), and closes the log entry. Blocking: run it off the GUI
// thread.
class BuildRecovery
{
    Q_DECLARE_TR_FUNCTIONS(BuildRecovery)
public:
    // One message per change it dealt with ("Removed the INVALID index … left by the build
    // interrupted at …"). An error means the server could not be reached (or refused the
    // login).
    static DbError recover(const QString &conninfo, ChangeLog &log, QStringList *messages,
                           int lockTimeoutMs = 5000);
};

} // namespace sonde
