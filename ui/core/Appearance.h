#pragma once

#include "AppSettings.h"

#include <QPalette>
#include <QString>

class QApplication;
class QTranslator;

namespace corroborate::ui {

// Application-wide look and language. Qt 6.4 cannot ask the system whether it is dark, so the
// user chooses System, Light or Dark; every colour in the app comes from the palette's roles.
class Appearance
{
public:
    static void applyTheme(Theme theme);
    static QPalette lightPalette();
    static QPalette darkPalette();
    // Loads corroborate_<language>.qm (a resource of the core, or installed) and Qt's own
    // translations; "" means the system's language. Returns the language loaded. Windows
    // already open keep their texts: a new language shows fully after a restart.
    static QString applyLanguage(const QString& language);
    // The languages a translation exists for: {code, native name}.
    static QList<QPair<QString, QString>> availableLanguages();
    // The palette's colour for a status, as a role: never a fixed colour.
    static QColor flaggedColour(const QPalette& palette);
    static QColor attentionColour(const QPalette& palette);
};

} // namespace corroborate::ui
