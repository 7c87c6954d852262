#pragma once

#include <QTemporaryDir>

#include <memory>

namespace sonde {

// Qt's GUI platforms want a private runtime directory ($XDG_RUNTIME_DIR). A login session
// provides one; root in a container, cron or ssh without a session does not, and Qt then
// prints a warning on every start. Without one, Sonde makes its own (0700, removed at
// exit) before the application object exists. Returns the directory to keep alive, or
// null when the environment already names one.
std::unique_ptr<QTemporaryDir> providePrivateRuntimeDir();

} // namespace sonde
