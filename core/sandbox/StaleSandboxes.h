#pragma once

#include <QString>
#include <QStringList>

namespace sonde {

// Sandboxes left behind by a process that died (kill -9, crash): each sandbox directory
// holds an "owner" file with the creating process's pid and start time; a directory whose
// owner is gone has its servers stopped (by their pid files) and is removed.
namespace StaleSandboxes {

inline constexpr const char *DirPrefix = "sonde-sandbox-";

// "pid starttime" of the current process.
QString currentOwnerStamp();
bool isOwnerAlive(const QString &sandboxDir);

// Stops every server whose pid file lies in the directory, then removes the directory.
// Returns false (with the reason) when something could not be stopped or removed.
bool tearDown(const QString &sandboxDir, QString *report);

// Cleans every dead sandbox under `parentDir`; returns one line per sandbox cleaned.
QStringList cleanup(const QString &parentDir);

} // namespace StaleSandboxes
} // namespace sonde
