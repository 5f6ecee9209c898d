#pragma once

#include <QFlags>
#include <functional>

class QAction;

namespace corroborate::ui {

// What a command needs before it can run (after Kleopatra's command and controller model).
// The window's CommandController enables each registered action from these alone, after every
// change of state (sign-in, lock, unlock, view change, selection, review start or end), so no
// feature writes its own enabling code.
enum class Need
{
    NotLocked = 0x01,          // the window is not locked (open and new file)
    Session = 0x02,            // a file is open and signed in (the workspace is on show)
    Nominal = 0x04,            // a nominal is selected in the current view
    NoReviewOnScreen = 0x08,   // the review is not the current view
    NoReviewInProgress = 0x10, // no review session is open at all
    NominalList = 0x20,        // the current view is a nominal list (its selection can be used)
    AuditReader = 0x40,        // the user is a supervisor or an administrator
    Administrator = 0x80,      // the user is an administrator
    FileOpen = 0x100,          // a file is open and signed in, locked or not (close the file)
};
Q_DECLARE_FLAGS(Needs, Need)
Q_DECLARE_OPERATORS_FOR_FLAGS(Needs)

// A user action with what it needs. Register it with MainWindow::addCommand(action, needs):
// the controller sets it enabled or disabled; the action's triggered() does the work.
struct Command
{
    QAction* action = nullptr;
    Needs needs;
    // A further condition of the command's own (empty: none), asked after the needs are met.
    std::function<bool()> when = {};
};

} // namespace corroborate::ui
