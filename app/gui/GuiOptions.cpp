#include "GuiOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QUrl>

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
                                    "Demo cache behaviour: healthy, cold, thrashing; or "
                                    "problems (a problem planted for each health check)."),
        u"M"_s, u"healthy"_s);
    const QCommandLineOption noWorkload(
        u"demo-no-workload"_s,
        QCoreApplication::translate("GuiOptions",
                                    "Start and seed the demo servers but run no application "
                                    "workload (what the console alone costs)."));
    const QCommandLineOption redisTls(
        u"demo-redis-tls"_s,
        QCoreApplication::translate("GuiOptions",
                                    "The demo's Redis speaks TLS only, with a throw-away CA."));
    const QCommandLineOption noPrometheus(
        u"demo-no-prometheus"_s,
        QCoreApplication::translate("GuiOptions",
                                    "The demo runs no Prometheus (and so has no Fleet page)."));
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        QCoreApplication::translate("GuiOptions", "Save a screenshot of the window and quit."),
        u"PNG"_s);
    const QCommandLineOption delay(
        u"screenshot-delay"_s,
        QCoreApplication::translate("GuiOptions", "Milliseconds to wait before the screenshot."),
        u"MS"_s, u"0"_s);
    const QCommandLineOption view(
        u"view"_s, QCoreApplication::translate("GuiOptions", "Show this view first."), u"NAME"_s);
    const QCommandLineOption theme(
        u"theme"_s,
        QCoreApplication::translate("GuiOptions", "Colours for this run: light, dark or system."),
        u"THEME"_s);
    const QCommandLineOption language(
        u"language"_s,
        QCoreApplication::translate("GuiOptions", "Language for this run, e.g. en or fr."),
        u"CODE"_s);
    parser.addOptions({demo, scale, mode, noWorkload, redisTls, noPrometheus, screenshot, delay,
                       view, theme, language});
    parser.addPositionalArgument(
        u"recording"_s,
        QCoreApplication::translate("GuiOptions", "A recording (.sonde) to open, read-only."),
        u"[file.sonde]"_s);
    parser.process(arguments);
    o.demo = parser.isSet(demo);
    o.demoOptions.scale = qMax(0.001, parser.value(scale).toDouble());
    o.demoOptions.sandbox.redisTls = parser.isSet(redisTls);
    o.demoOptions.sandbox.withPrometheus = !parser.isSet(noPrometheus);
    o.demoOptions.runWorkload = !parser.isSet(noWorkload);
    if (!DemoOptions::parseMode(parser.value(mode), &o.demoOptions)) {
        o.valid = false;
        o.error = QCoreApplication::translate("GuiOptions", "Unknown demo mode \"%1\".")
                      .arg(parser.value(mode));
    }
    o.screenshotPath = parser.value(screenshot);
    o.screenshotDelayMs = parser.value(delay).toInt();
    o.view = parser.value(view);
    o.theme = parser.value(theme);
    o.language = parser.value(language);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        o.valid = false;
        o.error = QCoreApplication::translate("GuiOptions", "One recording at a time.");
    } else if (!files.isEmpty()) {
        // File managers may hand a file:// URL.
        const QUrl url =
            QUrl::fromUserInput(files.first(), QDir::currentPath(), QUrl::AssumeLocalFile);
        o.recordingPath = url.isLocalFile() ? url.toLocalFile() : files.first();
    }
    if (!o.theme.isEmpty() && o.theme != u"light"_s && o.theme != u"dark"_s &&
        o.theme != u"system"_s) {
        o.valid = false;
        o.error = QCoreApplication::translate("GuiOptions",
                                              "Unknown theme \"%1\": light, dark or system.")
                      .arg(o.theme);
    }
    return o;
}

QString GuiOptions::languageArgument(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--language"_s && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(u"--language="_s))
            return a.mid(11);
    }
    return {};
}

} // namespace sonde
