#include "Appearance.h"
#include "GuiOptions.h"
#include "MainWindow.h"
#include "RecordingWindow.h"
#include "common/RuntimeDir.h"
#include "common/SignalWatcher.h"
#include "common/Translations.h"
#include "sources/BuiltInSources.h"

#include <QApplication>
#include <QIcon>
#include <QTimer>

#include <cstdio>

namespace {

// `sonde file.sonde`: the recording alone, no main window (nothing is sampled).
int showRecording(const sonde::GuiOptions &options)
{
    sonde::Appearance appearance;
    appearance.setTheme(options.theme.isEmpty() ? sonde::Appearance::savedTheme()
                                                : sonde::Appearance::themeFromName(options.theme),
                        false);
    sonde::RecordingWindow window;
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    window.show();
    sonde::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &sonde::SignalWatcher::terminationRequested, &window,
                     &QWidget::close);
    if (!options.view.isEmpty()) {
        QObject::connect(&window, &sonde::RecordingWindow::completed, &window,
                         [&window, &options]() { window.showPage(options.view); });
    }
    if (!options.screenshotPath.isEmpty()) {
        // After the file is read (or refused), then the delay asked for.
        const auto grab = [&window, &options]() {
            QTimer::singleShot(options.screenshotDelayMs, &window, [&window, &options]() {
                window.grab().save(options.screenshotPath);
                window.close();
            });
        };
        QObject::connect(&window, &sonde::RecordingWindow::completed, &window, grab);
        QObject::connect(&window, &sonde::RecordingWindow::failed, &window, grab);
    }
    window.open(options.recordingPath);
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    const auto runtimeDir = sonde::providePrivateRuntimeDir();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sonde"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sonde"));
    QApplication::setOrganizationName(QStringLiteral("Sonde"));
    QApplication::setOrganizationDomain(QStringLiteral("sonde.dev"));
    QApplication::setApplicationVersion(QStringLiteral(SONDE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(SONDE_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sonde.svg")));

    sonde::installTranslations(&app,
                               sonde::GuiOptions::languageArgument(QApplication::arguments()));
    const sonde::GuiOptions options = sonde::GuiOptions::parse(QApplication::arguments());
    if (!options.valid) {
        std::fprintf(stderr, "%s\n", qPrintable(options.error));
        return 2;
    }
    sonde::registerBuiltInSources();
    if (!options.recordingPath.isEmpty())
        return showRecording(options);
    sonde::MainWindow window;
    window.appearance()->setTheme(options.theme.isEmpty()
                                      ? sonde::Appearance::savedTheme()
                                      : sonde::Appearance::themeFromName(options.theme),
                                  false);
    // Layout and the connections of last time (the demo starts its own targets instead).
    window.restoreSession(!options.demo);
    window.show();
    // SIGINT / SIGTERM close the window the normal way, which stops the demo servers.
    sonde::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &sonde::SignalWatcher::terminationRequested, &window,
                     [&window]() { window.close(); });
    if (options.demo)
        window.startDemo(options.demoOptions);
    if (!options.view.isEmpty())
        window.showViewNamed(options.view);
    if (!options.screenshotPath.isEmpty()) {
        QTimer::singleShot(options.screenshotDelayMs, &window, [&window, &options]() {
            window.grab().save(options.screenshotPath);
            window.close();
        });
    }
    return QApplication::exec();
}
