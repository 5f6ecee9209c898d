#include "AppSettings.h"

#include <QFileInfo>
#include <QSettings>

namespace corroborate::ui {

namespace {
const QString kAutoLock = QStringLiteral("security/autoLockMinutes");
const QString kTheme = QStringLiteral("appearance/theme");
const QString kLanguage = QStringLiteral("appearance/language");
const QString kRecent = QStringLiteral("files/recent");
} // namespace

int AppSettings::autoLockMinutes()
{
    // 0 (or nothing stored) means "the longest the case file allows"; "never" does not exist.
    const int minutes = QSettings().value(kAutoLock, 0).toInt();
    return minutes >= 1 && minutes <= 240 ? minutes : 0;
}

void AppSettings::setAutoLockMinutes(int minutes)
{
    QSettings().setValue(kAutoLock, minutes >= 1 && minutes <= 240 ? minutes : 0);
}

QByteArray AppSettings::layoutState(const QString& name)
{
    return QSettings().value(QStringLiteral("layout/") + name).toByteArray();
}

void AppSettings::setLayoutState(const QString& name, const QByteArray& state)
{
    QSettings().setValue(QStringLiteral("layout/") + name, state);
}

Theme AppSettings::theme()
{
    const QString t = QSettings().value(kTheme).toString();
    if (t == u"light")
        return Theme::Light;
    if (t == u"dark")
        return Theme::Dark;
    if (t == u"high-contrast")
        return Theme::HighContrast;
    return Theme::System;
}

void AppSettings::setTheme(Theme theme)
{
    QSettings().setValue(kTheme, theme == Theme::Light          ? QStringLiteral("light")
                                 : theme == Theme::Dark         ? QStringLiteral("dark")
                                 : theme == Theme::HighContrast ? QStringLiteral("high-contrast")
                                                                : QStringLiteral("system"));
}

QString AppSettings::language()
{
    return QSettings().value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    QSettings().setValue(kLanguage, language);
}

QStringList AppSettings::recentFiles()
{
    return QSettings().value(kRecent).toStringList();
}

void AppSettings::addRecentFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecent, files);
}

void AppSettings::removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    QSettings().setValue(kRecent, files);
}

void AppSettings::clearRecentFiles()
{
    QSettings().remove(kRecent);
}

} // namespace corroborate::ui
