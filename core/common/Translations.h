#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace sonde {

// Loads Sonde's translation (and Qt's own, for standard dialogs) for the language chosen
// in the settings ("ui/language"), or for the system locale when none is chosen. English
// is the source language. Returns the language code in use ("fr", "en").
QString installTranslations(QCoreApplication *app, const QString &overrideLanguage = {});

// Language codes Sonde ships a translation for.
QStringList availableLanguages();

// The settings key holding the user's choice (empty = follow the system).
inline constexpr const char *LanguageSettingsKey = "ui/language";

} // namespace sonde
