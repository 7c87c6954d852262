#include "WindowState.h"

#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

using namespace Qt::StringLiterals;

namespace sonde::WindowState {

namespace {

QString nameOf(const QObject *object)
{
    if (!object->objectName().isEmpty())
        return object->objectName();
    // Unnamed: the class and its rank among the siblings of the same class.
    int rank = 0;
    if (const QObject *parent = object->parent()) {
        for (const QObject *sibling : parent->children()) {
            if (sibling == object)
                break;
            if (sibling->metaObject() == object->metaObject())
                ++rank;
        }
    }
    return u"%1#%2"_s.arg(QString::fromLatin1(object->metaObject()->className())).arg(rank);
}

QString splitterKey(const QSplitter *splitter, const QObject *root)
{
    return u"layout/splitters/"_s + objectPath(splitter, root).replace(u'/', u'|');
}

} // namespace

QString objectPath(const QObject *object, const QObject *root)
{
    QStringList parts;
    for (const QObject *o = object; o && o != root; o = o->parent())
        parts.prepend(nameOf(o));
    return parts.join(u'/');
}

void save(const QMainWindow *window, QSettings &settings)
{
    settings.setValue(u"layout/geometry"_s, window->saveGeometry());
    settings.setValue(u"layout/state"_s, window->saveState());
    const QList<QSplitter *> splitters = window->findChildren<QSplitter *>();
    for (const QSplitter *s : splitters)
        settings.setValue(splitterKey(s, window), s->saveState());
}

void restore(QMainWindow *window, const QSettings &settings)
{
    const QByteArray geometry = settings.value(u"layout/geometry"_s).toByteArray();
    if (!geometry.isEmpty())
        window->restoreGeometry(geometry);
    const QByteArray state = settings.value(u"layout/state"_s).toByteArray();
    if (!state.isEmpty())
        window->restoreState(state);
    const QList<QSplitter *> splitters = window->findChildren<QSplitter *>();
    for (QSplitter *s : splitters) {
        const QByteArray saved = settings.value(splitterKey(s, window)).toByteArray();
        if (!saved.isEmpty())
            s->restoreState(saved);
    }
}

} // namespace sonde::WindowState
