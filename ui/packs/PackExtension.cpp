// "Review pack…" in the Nominal menu (issue 6), registered into the main window through its
// extension hook (main/Extensions.h): one nominal, the list's selection, all due by a date or
// all flagged; save as PDF, print or preview. PackFlow does the work.
#include "PackExtension.h"
#include "PackFlow.h"
#include "main/Extensions.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QMenu>

namespace corroborate::ui {

void addPackAction(MainWindow& window)
{
    auto* action = new QAction(PackFlow::tr("Review &pack…"), &window);
    action->setObjectName(QStringLiteral("actionPrintPack"));
    action->setShortcut(QKeySequence::Print);
    action->setStatusTip(PackFlow::tr("Save, print or preview a review pack for one nominal or "
                                      "a batch; the disclosure is recorded"));
    action->setEnabled(false);
    QObject::connect(action, &QAction::triggered, &window, [&window] {
        if (!window.session() || window.isLocked())
            return;
        (new PackFlow(window))->start();
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
    if (QMenu* menu = window.menu(MenuId::Nominal)) {
        menu->addSeparator();
        menu->addAction(action);
    }
    window.addAction(action);
}

CORROBORATE_WINDOW_EXTENSION(addPackAction);

} // namespace corroborate::ui
