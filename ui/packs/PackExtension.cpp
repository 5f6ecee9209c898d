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
    QObject::connect(action, &QAction::triggered, &window, [&window] {
        if (!window.session() || window.isLocked())
            return;
        (new PackFlow(window))->start();
    });
    window.addCommand(action, Need::Session);
    if (QMenu* menu = window.menu(MenuId::Nominal)) {
        menu->addSeparator();
        menu->addAction(action);
    }
}

} // namespace corroborate::ui
