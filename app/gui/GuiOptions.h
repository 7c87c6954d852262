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
    // Show this view first (its object name or its title, e.g. "dashboardPage", "Plan").
    QString view;
    // "light", "dark" or "system" for this run only (empty: the saved choice).
    QString theme;
    // A language code for this run only (empty: the saved choice, else the system's).
    QString language;
    // A recording (.sonde) to open instead of the main window (`sonde file.sonde`).
    QString recordingPath;

    // The --language value, read before the translations are installed (so --help is
    // translated too).
    static QString languageArgument(const QStringList &arguments);
    bool valid = true;
    QString error;

    static GuiOptions parse(const QStringList &arguments);
};

} // namespace sonde
