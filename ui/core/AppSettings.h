#pragma once

#include <QByteArray>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace corroborate::ui {

enum class Theme
{
    System,
    Light,
    Dark,
    HighContrast
};

// The app's settings in QSettings. Nothing personal is ever kept here: the recent files are
// paths only, and a case file's passphrase is never stored.
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)
public:
    static int autoLockMinutes(); // 0: the longest the case file allows (never "never")
    static void setAutoLockMinutes(int minutes);
    // The user's own widths (splitter sizes, column widths) by widget name: layout only,
    // never anything about a person.
    static QByteArray layoutState(const QString& name);
    static void setLayoutState(const QString& name, const QByteArray& state);
    static Theme theme();
    static void setTheme(Theme theme);
    static QString language(); // "" for the system's, or "en_GB", "cy"
    static void setLanguage(const QString& language);

    static QStringList recentFiles();
    static void addRecentFile(const QString& path);
    static void removeRecentFile(const QString& path);
    static void clearRecentFiles();
    static constexpr int kMaxRecentFiles = 8;
};

} // namespace corroborate::ui
