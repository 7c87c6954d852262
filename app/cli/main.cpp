#include "CliCommand.h"
#include "common/RuntimeDir.h"
#include "common/Translations.h"
#include "sources/BuiltInSources.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

int main(int argc, char **argv)
{
    // `compare` and `replay` draw report charts and PDFs: that needs fonts, i.e. a
    // QGuiApplication (on the offscreen platform: the CLI never shows a window).
    std::unique_ptr<QTemporaryDir> runtimeDir;
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && (std::strcmp(argv[1], "compare") == 0 || std::strcmp(argv[1], "replay") == 0)) {
        runtimeDir = sonde::providePrivateRuntimeDir();
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("sonde"));
    QCoreApplication::setOrganizationName(QStringLiteral("Sonde"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("sonde.dev"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SONDE_VERSION));
    sonde::installTranslations(app.get());
    sonde::registerBuiltInSources();
    return sonde::cli::runCli(QCoreApplication::arguments().mid(1));
}
