#include "Application.h"

#include "AppSettings.h"
#include "Appearance.h"
#include "accessibility/Accessibility.h"

#include <QApplication>
#include <QIcon>

namespace corroborate::ui {

void setUpApplication(QApplication& app)
{
    QApplication::setOrganizationName(QStringLiteral("Corroborate"));
    QApplication::setApplicationName(QStringLiteral("Corroborate"));
    QApplication::setApplicationVersion(QStringLiteral(CORROBORATE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(CORROBORATE_APP_ID));
    QApplication::setWindowIcon(
        QIcon(QStringLiteral(":/icons/uk.police.corroborate.Corroborate.svg")));
    app.setQuitOnLastWindowClosed(true);
    Appearance::applyTheme(AppSettings::theme());
    Appearance::applyLanguage(AppSettings::language());
    Accessibility::install(app);
}

} // namespace corroborate::ui
