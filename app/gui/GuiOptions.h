#pragma once

#include "demo/DemoEnvironment.h"

#include <QStringList>

namespace sonde {

// What `sonde` was asked to do on its command line.
struct GuiOptions
{
    bool demo = false;
    DemoOptions demoOptions;
    // Grab the main window to this PNG after `screenshotDelayMs` and quit (docs, tests).
    QString screenshotPath;
    int screenshotDelayMs = 0;
    bool valid = true;
    QString error;

    static GuiOptions parse(const QStringList &arguments);
};

} // namespace sonde
