// Tools ▸ Oversight report (issue 12) in the main window, registered through its extension hook.
#include "OversightExtension.h"

#include "OversightView.h"
#include "data/Session.h"
#include "main/Extensions.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QMenu>

namespace corroborate::ui {

namespace {

bool mayReadOversight(const Session& s)
{
    return s.user().roles.has(Role::Supervisor) || s.user().roles.has(Role::Administrator);
}

} // namespace

void addOversightView(MainWindow& window)
{
    window.addView({QStringLiteral("oversight"),
                    [] { return OversightView::tr("Oversight report"); },
                    QStringLiteral(":/icons/oversight.svg"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), 97, &mayReadOversight,
                    [](MainWindow& w, Session& s, QWidget* parent) -> QWidget* {
                        return new OversightView(w, s, parent);
                    }});
    auto* action = new QAction(QIcon(QStringLiteral(":/icons/oversight.svg")),
                               OversightView::tr("&Oversight report"), &window);
    action->setObjectName(QStringLiteral("actionOversightReport"));
    action->setStatusTip(OversightView::tr("The list by status and group, additions and "
                                           "removals, rates against the population baseline"));
    QObject::connect(action, &QAction::triggered, &window,
                     [&window] { window.showView(QStringLiteral("oversight")); });
    window.menu(MenuId::Tools)->addAction(action);
    window.addCommand(action, Need::Session,
                      [&window] { return mayReadOversight(*window.session()); });
    // Hidden from users who may never read it (officers); disabled while locked or closed.
    auto showIfAllowed = [&window, action] {
        Session* s = window.session();
        action->setVisible(!s || mayReadOversight(*s));
    };
    QObject::connect(&window, &MainWindow::sessionStarted, action, showIfAllowed);
    QObject::connect(&window, &MainWindow::sessionEnded, action, showIfAllowed);
}

} // namespace corroborate::ui
