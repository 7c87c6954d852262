#pragma once

#include <QString>

namespace sonde {

// A random token of [a-z0-9] from the system's secure generator: sandbox passwords, names.
QString randomToken(int length);

} // namespace sonde
