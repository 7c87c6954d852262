#include "Appearance.h"

#include "ChartPalette.h"

#include <QApplication>
#include <QChartView>
#include <QEvent>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace sonde {

namespace {
const auto ThemeKey = "ui/theme";
}

Appearance::Appearance(QObject *parent)
    : QObject(parent)
    , m_systemPalette(QApplication::palette())
    , m_systemStyle(QApplication::style() ? QApplication::style()->name() : QString())
{
    qApp->installEventFilter(this);
}

Appearance::Theme Appearance::themeFromName(const QString &name, bool *ok)
{
    const QString n = name.trimmed().toLower();
    if (ok)
        *ok = true;
    if (n == u"light"_s)
        return Theme::Light;
    if (n == u"dark"_s)
        return Theme::Dark;
    if (ok)
        *ok = n == u"system"_s || n.isEmpty();
    return Theme::System;
}

QString Appearance::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return u"light"_s;
    case Theme::Dark:
        return u"dark"_s;
    case Theme::System:
        break;
    }
    return u"system"_s;
}

Appearance::Theme Appearance::savedTheme()
{
    return themeFromName(QSettings().value(QLatin1String(ThemeKey)).toString());
}

bool Appearance::systemIsDark() const
{
    if (qEnvironmentVariable("GTK_THEME").endsWith(u":dark"_s, Qt::CaseInsensitive))
        return true;
    return ChartPalette::isDark(m_systemPalette);
}

bool Appearance::isDark() const
{
    return ChartPalette::isDark(QApplication::palette());
}

void Appearance::setTheme(Theme theme, bool save)
{
    m_theme = theme;
    if (save)
        QSettings().setValue(QLatin1String(ThemeKey), themeName(theme));
    const bool dark = theme == Theme::Dark || (theme == Theme::System && systemIsDark());
    if (theme == Theme::System && !dark) {
        // The desktop's own look, untouched.
        if (!m_systemStyle.isEmpty())
            QApplication::setStyle(QStyleFactory::create(m_systemStyle));
        QApplication::setPalette(m_systemPalette);
    } else {
        // Fusion draws every control from the palette, so both palettes are complete.
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(dark ? darkPalette() : lightPalette());
    }
    restyleCharts();
    emit themeChanged(theme);
}

QPalette Appearance::lightPalette()
{
    QPalette p(QColor(0xef, 0xf0, 0xf1));
    p.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
    p.setColor(QPalette::WindowText, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf6, 0xf7));
    p.setColor(QPalette::Text, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Button, QColor(0xf4, 0xf5, 0xf6));
    p.setColor(QPalette::ButtonText, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xfd, 0xe7));
    p.setColor(QPalette::ToolTipText, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::PlaceholderText, QColor(0x6e, 0x73, 0x78));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb7));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1d, 0x5f, 0xa8));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8a, 0x8e, 0x92));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8a, 0x8e, 0x92));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x8a, 0x8e, 0x92));
    return p;
}

QPalette Appearance::darkPalette()
{
    // Contrast of text on window and on base is above 10:1; disabled text stays above 4.5:1.
    QPalette p(QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x44));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xc9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3f, 0x42, 0x47));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1e));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x8c, 0x91, 0x97));
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0x2f, 0x31, 0x35));
    return p;
}

void Appearance::restyleCharts()
{
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *w : widgets) {
        if (auto *view = qobject_cast<QChartView *>(w))
            ChartPalette::apply(view->chart(), view->palette());
    }
}

bool Appearance::eventFilter(QObject *watched, QEvent *event)
{
    // A chart view takes the palette's colours when it appears and when the palette changes.
    // (A palette change also arrives while a QChartView is being constructed: only shown
    // views are complete.)
    const bool shown = event->type() == QEvent::Show;
    if (shown || event->type() == QEvent::PaletteChange) {
        auto *view = qobject_cast<QChartView *>(watched);
        if (view && (shown || view->isVisible()))
            ChartPalette::apply(view->chart(), view->palette());
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sonde
