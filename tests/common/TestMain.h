#pragma once

#include "sources/BuiltInSources.h"

#include <QtTest>

// Like QTEST_MAIN / QTEST_GUILESS_MAIN, but widget tests default to the offscreen platform
// so they run headless without setting anything, and the monitoring pipeline knows Sonde's
// sources, as in the programs.
#define SONDE_TEST_GUI_MAIN(TestClass)                                                             \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))                                        \
            qputenv("QT_QPA_PLATFORM", "offscreen");                                               \
        QApplication app(argc, argv);                                                              \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                   \
        sonde::registerBuiltInSources();                                                           \
        TestClass tc;                                                                              \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }

#define SONDE_TEST_GUILESS_MAIN(TestClass)                                                         \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        QCoreApplication app(argc, argv);                                                          \
        sonde::registerBuiltInSources();                                                           \
        TestClass tc;                                                                              \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }
