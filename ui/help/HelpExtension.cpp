// Help ▸ User guide (F1): the guide at the page for the current screen, registered into the main
// window through its extension hook. In a dialog, F1 is caught by an application event filter
// (the window's shortcut does not reach a modal dialog) and opens the dialog's page.
#include "HelpExtension.h"
#include "HelpTopics.h"
#include "HelpWindow.h"
#include "main/Extensions.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QMenu>

namespace corroborate::ui {
namespace {

class F1Filter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() != Qt::Key_F1 || key->modifiers() != Qt::NoModifier)
            return false;
        auto* widget = qobject_cast<QWidget*>(watched);
        if (!widget)
            return false;
        QWidget* window = widget->window();
        // The main window's own action handles F1 there; the guide does not open itself.
        if (qobject_cast<MainWindow*>(window) || qobject_cast<HelpWindow*>(window))
            return false;
        HelpWindow::open(window, helpTopicFor(window));
        return true;
    }
};

} // namespace

void addUserGuide(MainWindow& window)
{
    auto* action = new QAction(HelpWindow::tr("&User guide"), &window);
    action->setObjectName(QStringLiteral("actionUserGuide"));
    action->setShortcut(QKeySequence(Qt::Key_F1));
    action->setStatusTip(
        HelpWindow::tr("Open the user guide at the page for the screen you are on"));
    QObject::connect(action, &QAction::triggered, &window,
                     [&window] { HelpWindow::open(&window, helpTopicFor(&window)); });
    if (QMenu* help = window.menu(MenuId::Help)) {
        const QList<QAction*> existing = help->actions();
        help->insertAction(existing.isEmpty() ? nullptr : existing.first(), action);
        if (!existing.isEmpty())
            help->insertSeparator(existing.first());
    }
    window.addAction(action);

    static F1Filter* filter = nullptr;
    if (!filter && qApp) {
        filter = new F1Filter(qApp);
        qApp->installEventFilter(filter);
    }
}

} // namespace corroborate::ui
