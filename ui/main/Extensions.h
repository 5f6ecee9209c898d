#pragma once

#include <QKeySequence>
#include <QString>
#include <functional>

class QWidget;

namespace corroborate::ui {

class MainWindow;
class Session;

// A view in the main window's sidebar and View menu (Due for review, All nominals, ...).
// The widget is created when a user signs in or unlocks, and destroyed when the window locks
// or the file closes, so a view never keeps personal data across a lock.
struct ViewSpec
{
    QString id;                                    // stable: "due", "below", "all", "audit", ...
    std::function<QString()> title;                // translated when called
    QString icon;                                  // an SVG in resources, e.g. ":/icons/due.svg"
    QKeySequence shortcut;                         // shown in the View menu
    int order = 100;                               // sidebar position, ascending
    std::function<bool(const Session&)> available; // empty: always
    std::function<QWidget*(MainWindow&, Session&, QWidget* parent)> create;
};

// The menus extensions may add actions to (MainWindow::menu()).
enum class MenuId
{
    File,
    Nominal,
    Review,
    View,
    Tools,
    Help
};

// A function the main window calls once, after building its own menus and views, so that a
// feature in its own files can add views (MainWindow::addView) and actions
// (MainWindow::menu(MenuId)->addAction(...)). Register it from your own .cpp with one line:
//     CORROBORATE_WINDOW_EXTENSION(addSignOffView);
// (ui/README.md has the whole recipe.)
using WindowExtension = void (*)(MainWindow&);
bool registerWindowExtension(WindowExtension extension);
const QList<WindowExtension>& windowExtensions();
// Runs every window extension, in order (MainWindow's constructor).
void addWindowExtensions(MainWindow& window);

} // namespace corroborate::ui

#define CORROBORATE_WINDOW_EXTENSION(function)                                                     \
    [[maybe_unused]] static const bool corroborateExtension_##function =                           \
        ::corroborate::ui::registerWindowExtension(&function)
