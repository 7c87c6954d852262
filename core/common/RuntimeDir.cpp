#include "RuntimeDir.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace sonde {

std::unique_ptr<QTemporaryDir> providePrivateRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return nullptr;
    auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/sonde-runtime-XXXXXX"_s);
    if (!dir->isValid())
        return nullptr; // Qt falls back to its own directory and says so
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir->path()));
    return dir;
}

} // namespace sonde
