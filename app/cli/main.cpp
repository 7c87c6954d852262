#include "CliCommand.h"
#include "common/Translations.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sonde"));
    QCoreApplication::setOrganizationName(QStringLiteral("Sonde"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("sonde.dev"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SONDE_VERSION));
    sonde::installTranslations(&app);
    return sonde::cli::runCli(QCoreApplication::arguments().mid(1));
}
