#pragma once

class QMainWindow;
class QSettings;
class QString;
class QObject;

namespace sonde {

// The main window's layout across restarts: geometry, docks and toolbars, and the sizes of
// every splitter inside it (each known by its place in the widget tree).
namespace WindowState {

void save(const QMainWindow *window, QSettings &settings);
void restore(QMainWindow *window, const QSettings &settings);
// "mainWindow/dashboardPage/QSplitter#1": object names (or class and index) from the window.
QString objectPath(const QObject *object, const QObject *root);

} // namespace WindowState

} // namespace sonde
