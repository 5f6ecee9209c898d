// The person's rights in the window (issue 11): the Subject access and Restricted views, the
// supervisors' count of open and overdue requests in the status bar, and the Nominal menu's
// "Add supplementary statement…", "Restrict processing…" and "Lift restriction…". Registered
// through the main window's extension hook. The rules are the core's (rights/RightsService.h);
// these files ask, call and show.
#include "RightsExtension.h"

#include "RestrictedView.h"
#include "RightsParts.h"
#include "SubjectAccessView.h"
#include "core/Dialogs.h"
#include "core/Error.h"
#include "core/Time.h"
#include "data/Session.h"
#include "main/Extensions.h"
#include "main/MainWindow.h"
#include "rights/RightsService.h"

#include <QAction>
#include <QMenu>

namespace corroborate::ui {

namespace {

void addStatement(MainWindow& window)
{
    const QString title = SubjectAccessView::tr("Add supplementary statement");
    Session* s = window.session();
    const QString reference = currentReference(window, title);
    if (!s || reference.isEmpty())
        return;
    const std::optional<QString> text = window.dialogs().reason(
        &window, title,
        SubjectAccessView::tr("The person's own statement about their record (%1), in their "
                              "words. It is printed in every pack that includes them.")
            .arg(reference));
    if (!text)
        return;
    try {
        RightsService(s->db()).addStatement(s->user(), reference, *text);
        window.dialogs().information(
            &window, title,
            SubjectAccessView::tr("The statement is attached to %1.").arg(reference));
        window.refreshData();
    } catch (const Error& e) {
        window.dialogs().warning(&window, title, e.message());
    }
}

void restrictNominal(MainWindow& window)
{
    const QString title = RestrictedView::tr("Restrict processing");
    Session* s = window.session();
    const QString reference = currentReference(window, title);
    if (!s || reference.isEmpty())
        return;
    QStringList reasons;
    for (const QString& code : RightsService::restrictionReasonCodes())
        reasons << RightsService::restrictionReasonText(code);
    const std::optional<QString> reason = window.dialogs().reason(
        &window, title,
        RestrictedView::tr("Why %1 is restricted instead of erased:").arg(reference), reasons);
    if (!reason)
        return;
    const std::optional<QString> until = window.dialogs().reason(
        &window, title, RestrictedView::tr("Until (YYYY-MM-DD; it is flagged once past):"),
        {Time::today().addMonths(3).toString(Qt::ISODate)});
    if (!until)
        return;
    const std::optional<QString> note =
        window.dialogs().reason(&window, title, RestrictedView::tr("A note (required):"));
    if (!note)
        return;
    try {
        const QString code = codeFor(*reason, RightsService::restrictionReasonCodes(),
                                     &RightsService::restrictionReasonText);
        if (code.isEmpty())
            throw Error(ErrorKind::InvalidData,
                        RestrictedView::tr("Choose one of the reasons offered."));
        RightsService(s->db()).restrict(s->user(), reference, code,
                                        QDate::fromString(until->trimmed(), Qt::ISODate), *note);
        window.refreshData();
        window.showView(QStringLiteral("restricted"));
    } catch (const Error& e) {
        window.dialogs().warning(&window, title, e.message());
    }
}

void liftRestriction(MainWindow& window)
{
    const QString title = RestrictedView::tr("Lift restriction");
    Session* s = window.session();
    const QString reference = currentReference(window, title);
    if (!s || reference.isEmpty())
        return;
    const std::optional<QString> note = window.dialogs().reason(
        &window, title, RestrictedView::tr("Why the restriction of %1 is lifted:").arg(reference));
    if (!note)
        return;
    try {
        RightsService(s->db()).liftRestriction(s->user(), reference, *note);
        window.refreshData();
    } catch (const Error& e) {
        window.dialogs().warning(&window, title, e.message());
    }
}

QAction* makeAction(MainWindow& window, const QString& text, const QString& name,
                    const QKeySequence& shortcut, const QString& tip,
                    const std::function<bool(const Session&)>& allowed, void (*run)(MainWindow&))
{
    auto* action = new QAction(text, &window);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setStatusTip(tip);
    QObject::connect(action, &QAction::triggered, &window, [&window, run] {
        if (window.session() && !window.isLocked())
            run(window);
    });
    window.addCommand(action, Need::Session,
                      [&window, allowed] { return allowed(*window.session()); });
    return action;
}

} // namespace

void addRightsViews(MainWindow& window)
{
    window.addView({QStringLiteral("subjectaccess"),
                    [] { return SubjectAccessView::tr("Subject access"); },
                    QStringLiteral(":/icons/subject-access.svg"),
                    QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S), 60, &mayUseRights,
                    [](MainWindow& w, Session& s, QWidget* parent) -> QWidget* {
                        return new SubjectAccessView(w, s, parent);
                    }});
    window.addView({QStringLiteral("restricted"), [] { return RestrictedView::tr("Restricted"); },
                    QStringLiteral(":/icons/restricted.svg"),
                    QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E), 61, &mayUseRights,
                    [](MainWindow& w, Session& s, QWidget* parent) -> QWidget* {
                        return new RestrictedView(w, s, parent);
                    }});
    QMenu* menu = window.menu(MenuId::Nominal);
    QAction* statement = makeAction(
        window, SubjectAccessView::tr("Add supplementary &statement…"),
        QStringLiteral("actionAddStatement"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T),
        SubjectAccessView::tr("Attach the person's own statement to the selected nominal"),
        &mayUseRights, &addStatement);
    QAction* restrict = makeAction(
        window, RestrictedView::tr("Restrict &processing…"), QStringLiteral("actionRestrict"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P),
        RestrictedView::tr("Restrict the selected nominal instead of erasing it (supervisors)"),
        &isRightsSupervisor, &restrictNominal);
    QAction* lift = makeAction(window, RestrictedView::tr("&Lift restriction…"),
                               QStringLiteral("actionLiftRestriction"),
                               QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L),
                               RestrictedView::tr("Lift the selected nominal's restriction "
                                                  "(supervisors)"),
                               &isRightsSupervisor, &liftRestriction);
    if (menu) {
        menu->addSeparator();
        menu->addAction(statement);
        menu->addAction(restrict);
        menu->addAction(lift);
    }
    QObject::connect(&window, &MainWindow::locked, &window,
                     [&window] { showSubjectAccessCount(window, 0, 0); });
    QObject::connect(&window, &MainWindow::sessionEnded, &window,
                     [&window] { showSubjectAccessCount(window, 0, 0); });
}

} // namespace corroborate::ui
