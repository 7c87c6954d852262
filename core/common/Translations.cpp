#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace sonde {

QStringList availableLanguages()
{
    return {u"en"_s, u"fr"_s};
}

QString installTranslations(QCoreApplication *app, const QString &overrideLanguage)
{
    QString language = overrideLanguage;
    if (language.isEmpty())
        language = QSettings().value(QLatin1String(LanguageSettingsKey)).toString();
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!availableLanguages().contains(QLocale::languageToCode(locale.language())))
        locale = QLocale(QLocale::English);
    QLocale::setDefault(locale);
    const QString code = QLocale::languageToCode(locale.language());

    auto *qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(app);
    if (own->load(locale, u"sonde"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    return code;
}

} // namespace sonde
