#pragma once

#include "Command.h"

#include <QKeySequence>
#include <QList>
#include <QObject>
#include <functional>

class QAction;

namespace corroborate::ui {

// A window action with its object name (the tests find it by that), text, shortcut and icon.
QAction* makeAction(QObject* parent, const QString& objectName, const QString& text,
                    const QKeySequence& shortcut, const QString& icon = {});

// Where the window stands, as far as commands care (MainWindow fills it in).
struct CommandState
{
    bool fileOpen = false;         // a session exists (locked or not)
    bool locked = false;           // the lock page is on show
    bool working = false;          // signed in, not locked, the workspace on show
    bool nominal = false;          // the current view has a nominal selected
    bool reviewOnScreen = false;   // the review is the current view
    bool reviewInProgress = false; // a review session is open
    bool nominalList = false;      // the current view lists nominals
    bool auditReader = false;      // supervisor or administrator
    bool administrator = false;
};

// Enables every registered command from its Needs alone (Command.h), after every change of
// state: the window calls update(); no action has enabling code of its own.
class CommandController : public QObject
{
    Q_OBJECT
public:
    CommandController(std::function<CommandState()> state, QObject* parent = nullptr);

    void add(const Command& command);
    void update();

    static bool satisfied(Needs needs, const CommandState& state);

private:
    std::function<CommandState()> m_state;
    QList<Command> m_commands;
};

} // namespace corroborate::ui
