// Status changes spoken by screen readers (see Accessibility.h): every status-bar message
// (saved, refreshed, an error) and the lock. Registered through the main window's hook.
#include "AccessibilityExtension.h"
#include "Accessibility.h"
#include "main/Extensions.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QStatusBar>

namespace corroborate::ui {

void addAnnouncements(MainWindow& window)
{
    QStatusBar* bar = window.statusBar();
    bar->setObjectName(QStringLiteral("statusBar"));
    bar->setAccessibleName(QApplication::translate("Accessibility", "Status"));
    QObject::connect(bar, &QStatusBar::messageChanged, &window, [&window](const QString& message) {
        if (!message.isEmpty())
            Accessibility::announce(&window, message);
    });
    QObject::connect(&window, &MainWindow::locked, &window, [&window] {
        Accessibility::announce(
            &window,
            QApplication::translate("Accessibility", "Locked. Enter your password to unlock."));
    });
    QObject::connect(&window, &MainWindow::unlocked, &window, [&window] {
        Accessibility::announce(&window, QApplication::translate("Accessibility", "Unlocked."));
    });
}

} // namespace corroborate::ui
