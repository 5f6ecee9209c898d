// Sign-off in the main window (docs/DESIGN.md §6.3): the Awaiting sign-off and Erasure
// register views and the Nominal menu's "Propose removal…" and "Withdraw removal proposal",
// registered through the window's extension hook.
#include "SignOffExtension.h"

#include "ErasureRegisterView.h"
#include "ProposeDialog.h"
#include "SignOffView.h"
#include "core/Dialogs.h"
#include "core/Error.h"
#include "data/Session.h"
#include "main/Extensions.h"
#include "main/MainWindow.h"
#include "main/WorkspaceView.h"
#include "workflow/NominalLookup.h"
#include "workflow/RemovalService.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

namespace corroborate::ui {

namespace {

bool isSupervisor(const Session& s)
{
    return s.user().roles.has(Role::Supervisor);
}

void proposeRemoval(MainWindow& window)
{
    Session* session = window.session();
    if (!session || window.isLocked())
        return;
    const qint64 id = window.currentNominalId();
    if (id <= 0) {
        window.dialogs().information(&window, QObject::tr("Propose removal"),
                                     QObject::tr("Select a nominal in a list first."));
        return;
    }
    auto* dialog = new ProposeDialog(*session, id, &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    MainWindow* w = &window;
    QObject::connect(dialog, &ProposeDialog::proposed, w, [w](const QString& reference) {
        w->statusBar()->showMessage(
            QObject::tr("Removal of %1 proposed; it waits for a supervisor.").arg(reference), 8000);
        w->refreshData();
        if (auto* v = dynamic_cast<WorkspaceView*>(w->view(QStringLiteral("signoff"))))
            v->refresh();
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void withdrawProposal(MainWindow& window)
{
    Session* session = window.session();
    if (!session || window.isLocked())
        return;
    const qint64 id = window.currentNominalId();
    const QString title = QObject::tr("Withdraw removal proposal");
    if (id <= 0) {
        window.dialogs().information(&window, title,
                                     QObject::tr("Select a nominal in a list first."));
        return;
    }
    try {
        // Two small reads of one row each, as a dialog does on the window's connection.
        const std::optional<Nominal> n = NominalLookup(session->db()).byId(id);
        if (!n)
            return;
        RemovalService removals(session->db());
        const std::optional<RemovalRequest> pending = removals.pendingFor(n->reference);
        if (!pending) {
            window.dialogs().information(
                &window, title,
                QObject::tr("%1 has no removal proposal waiting.").arg(n->reference));
            return;
        }
        if (!window.dialogs().question(
                &window, title,
                QObject::tr("Withdraw your proposal to remove %1 (%2)?")
                    .arg(n->reference, RemovalService::reasonText(pending->reasonCode))))
            return;
        removals.withdraw(session->user(), n->reference);
        window.statusBar()->showMessage(
            QObject::tr("The proposal to remove %1 was withdrawn.").arg(n->reference), 8000);
        window.refreshData();
        if (auto* v = dynamic_cast<WorkspaceView*>(window.view(QStringLiteral("signoff"))))
            v->refresh();
    } catch (const Error& e) {
        window.dialogs().warning(&window, title, e.message());
    }
}

} // namespace

void addSignOffViews(MainWindow& window)
{
    window.addView({QStringLiteral("signoff"), [] { return SignOffView::tr("Awaiting sign-off"); },
                    QStringLiteral(":/icons/signoff-queue.svg"), QKeySequence(Qt::CTRL | Qt::Key_5),
                    40, &isSupervisor,
                    [](MainWindow& w, Session& s, QWidget* parent) -> QWidget* {
                        return new SignOffView(w, s, parent);
                    }});
    window.addView(
        {QStringLiteral("erasures"), [] { return ErasureRegisterView::tr("Erasure register"); },
         QStringLiteral(":/icons/erasure-register.svg"), QKeySequence(Qt::CTRL | Qt::Key_6), 95,
         [](const Session& s) {
             return s.user().roles.has(Role::Supervisor) || s.user().roles.has(Role::Administrator);
         },
         [](MainWindow& w, Session& s, QWidget* parent) -> QWidget* {
             return new ErasureRegisterView(w, s, parent);
         }});

    auto* propose = new QAction(QIcon(QStringLiteral(":/icons/signoff-propose.svg")),
                                SignOffView::tr("Propose &removal…"), &window);
    propose->setObjectName(QStringLiteral("actionProposeRemoval"));
    propose->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    propose->setStatusTip(SignOffView::tr("Propose removing the selected nominal from the list"));
    QObject::connect(propose, &QAction::triggered, &window, [&window] { proposeRemoval(window); });
    auto* withdraw = new QAction(SignOffView::tr("&Withdraw removal proposal"), &window);
    withdraw->setObjectName(QStringLiteral("actionWithdrawRemoval"));
    withdraw->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_X));
    withdraw->setStatusTip(SignOffView::tr("Withdraw your own removal proposal for the selected "
                                           "nominal"));
    QObject::connect(withdraw, &QAction::triggered, &window,
                     [&window] { withdrawProposal(window); });
    QMenu* menu = window.menu(MenuId::Nominal);
    menu->addSeparator();
    menu->addAction(propose);
    menu->addAction(withdraw);
    window.addCommand(propose, Need::Session);
    window.addCommand(withdraw, Need::Session);
}

} // namespace corroborate::ui
