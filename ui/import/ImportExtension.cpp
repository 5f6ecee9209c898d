// File ▸ Import spreadsheet… (issue 13), registered into the main window through its extension
// hook (main/Extensions.h). ImportWizard does the work.
#include "ImportWizard.h"
#include "main/Extensions.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QMenu>

namespace corroborate::ui {
namespace {

void addImportAction(MainWindow& window)
{
    auto* action = new QAction(ImportWizard::tr("Import &spreadsheet…"), &window);
    action->setObjectName(QStringLiteral("actionImportSpreadsheet"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I));
    action->setStatusTip(ImportWizard::tr("Import nominals and intelligence from a spreadsheet "
                                          "saved as CSV, all or nothing"));
    action->setEnabled(false);
    QObject::connect(action, &QAction::triggered, &window, [&window] {
        if (!window.session() || window.isLocked())
            return;
        ImportWizard wizard(window, &window);
        wizard.exec();
    });
    const auto update = [&window, action] {
        action->setEnabled(window.session() != nullptr && !window.isLocked());
    };
    QObject::connect(&window, &MainWindow::sessionStarted, action, update);
    QObject::connect(&window, &MainWindow::unlocked, action, update);
    QObject::connect(&window, &MainWindow::workspaceBuilt, action, update);
    QObject::connect(&window, &MainWindow::locked, action, [action] { action->setEnabled(false); });
    QObject::connect(&window, &MainWindow::sessionEnded, action,
                     [action] { action->setEnabled(false); });
    if (QMenu* menu = window.menu(MenuId::File)) {
        const QList<QAction*> actions = menu->actions();
        // After the file's own actions, before Quit when there is one.
        QAction* before = nullptr;
        for (QAction* a : actions)
            if (a->menuRole() == QAction::QuitRole || a->shortcut() == QKeySequence::Quit)
                before = a;
        menu->insertAction(before, action);
    }
    window.addAction(action);
}

} // namespace

CORROBORATE_WINDOW_EXTENSION(addImportAction);

} // namespace corroborate::ui
