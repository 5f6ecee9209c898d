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

// The window's extensions: one function per feature, in its own files, that adds the
// feature's views (MainWindow::addView) and commands (MainWindow::addCommand,
// MainWindow::menu(MenuId)). addWindowExtensions() calls them, in this order (the order of
// the menus), from MainWindow's constructor; ui/README.md has the recipe.
void addAnnouncements(MainWindow& window); // ui/accessibility
void addUserGuide(MainWindow& window);     // ui/help
void addShortcutsHelp(MainWindow& window); // ui/help
void addImportAction(MainWindow& window);  // ui/import
void addOversightView(MainWindow& window); // ui/oversight
void addPackAction(MainWindow& window);    // ui/packs
void addRightsViews(MainWindow& window);   // ui/rights
void addSharingViews(MainWindow& window);  // ui/sharing
void addSignOffViews(MainWindow& window);  // ui/signoff
void addWindowExtensions(MainWindow& window);

} // namespace corroborate::ui
