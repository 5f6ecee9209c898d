// File ▸ Import spreadsheet… (issue 13), registered into the main window by the explicit list in
// main/Extensions.cpp. ImportWizard does the work.
#include "ImportWizard.h"
#include "main/Extensions.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QMenu>

namespace corroborate::ui {

void addImportAction(MainWindow& window)
{
    auto* action = new QAction(ImportWizard::tr("Import &spreadsheet…"), &window);
    action->setObjectName(QStringLiteral("actionImportSpreadsheet"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I));
    action->setStatusTip(ImportWizard::tr("Import nominals and intelligence from a spreadsheet "
                                          "saved as CSV, all or nothing"));
    QObject::connect(action, &QAction::triggered, &window, [&window] {
        if (!window.session() || window.isLocked())
            return;
        ImportWizard wizard(window, &window);
        wizard.exec();
    });
    window.addCommand(action, Need::Session);
    if (QMenu* menu = window.menu(MenuId::File)) {
        const QList<QAction*> actions = menu->actions();
        // After the file's own actions, before Quit when there is one.
        QAction* before = nullptr;
        for (QAction* a : actions)
            if (a->menuRole() == QAction::QuitRole || a->shortcut() == QKeySequence::Quit)
                before = a;
        menu->insertAction(before, action);
    }
}

} // namespace corroborate::ui
