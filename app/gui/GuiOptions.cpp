#include "GuiOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sonde {

GuiOptions GuiOptions::parse(const QStringList &arguments)
{
    GuiOptions o;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "GuiOptions", "Sonde: database performance console for PostgreSQL, PgBouncer and Redis"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        u"demo"_s, QCoreApplication::translate(
                       "GuiOptions", "Start the demo sandbox (private PostgreSQL, PgBouncer and "
                                     "Redis with a seeded workload) and connect to it."));
    const QCommandLineOption scale(
        u"demo-scale"_s,
        QCoreApplication::translate("GuiOptions", "Size of the demo data (1.0 = 3.2 M rows)."),
        u"F"_s, u"1"_s);
    const QCommandLineOption mode(
        u"demo-mode"_s,
        QCoreApplication::translate("GuiOptions",
                                    "Demo cache behaviour: healthy, cold, thrashing."),
        u"M"_s, u"healthy"_s);
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        QCoreApplication::translate("GuiOptions", "Save a screenshot of the window and quit."),
        u"PNG"_s);
    const QCommandLineOption delay(
        u"screenshot-delay"_s,
        QCoreApplication::translate("GuiOptions", "Milliseconds to wait before the screenshot."),
        u"MS"_s, u"0"_s);
    parser.addOptions({demo, scale, mode, screenshot, delay});
    parser.process(arguments);
    o.demo = parser.isSet(demo);
    o.demoOptions.scale = qMax(0.001, parser.value(scale).toDouble());
    if (!DemoWorkloadSettings::parseCacheMode(parser.value(mode),
                                              &o.demoOptions.workload.cacheMode)) {
        o.valid = false;
        o.error = QCoreApplication::translate("GuiOptions", "Unknown demo mode \"%1\".")
                      .arg(parser.value(mode));
    }
    o.screenshotPath = parser.value(screenshot);
    o.screenshotDelayMs = parser.value(delay).toInt();
    return o;
}

} // namespace sonde
