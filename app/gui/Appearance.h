#pragma once

#include <QObject>
#include <QPalette>

namespace sonde {

// Light and dark palettes. "System" follows the desktop: the palette the platform theme
// gave at start (dark under a dark GNOME or KDE theme), or a GTK_THEME ending in ":dark".
// Every chart view shown takes the colours of the palette in force (ChartPalette), so the
// charts switch with the rest. The choice is kept in the settings ("ui/theme").
class Appearance : public QObject
{
    Q_OBJECT
public:
    enum class Theme
    {
        System,
        Light,
        Dark
    };
    Q_ENUM(Theme)

    explicit Appearance(QObject *parent = nullptr);

    static Theme savedTheme();
    static Theme themeFromName(const QString &name, bool *ok = nullptr);
    static QString themeName(Theme theme);

    Theme theme() const { return m_theme; }
    // Applies and remembers the theme (save = false: for this run only, e.g. --theme).
    void setTheme(Theme theme, bool save = true);
    // Whether the palette in force is a dark one.
    bool isDark() const;

    static QPalette darkPalette();
    static QPalette lightPalette();

signals:
    void themeChanged(sonde::Appearance::Theme theme);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool systemIsDark() const;
    void restyleCharts();

    Theme m_theme = Theme::System;
    QPalette m_systemPalette;
    QString m_systemStyle;
};

} // namespace sonde
