#pragma once

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
    static int autoLockMinutes(); // default 5; 0: never
    static void setAutoLockMinutes(int minutes);
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
