#include "CommandController.h"

#include <QAction>

namespace corroborate::ui {

CommandController::CommandController(std::function<CommandState()> state, QObject* parent)
    : QObject(parent)
    , m_state(std::move(state))
{
}

void CommandController::add(const Command& command)
{
    if (!command.action)
        return;
    m_commands.append(command);
    // An action deleted before the window forgets it.
    connect(command.action, &QObject::destroyed, this, [this](QObject* gone) {
        m_commands.removeIf([gone](const Command& c) { return c.action == gone; });
    });
    const CommandState state = m_state();
    command.action->setEnabled(satisfied(command.needs, state) &&
                               (!command.when || command.when()));
}

bool CommandController::satisfied(Needs needs, const CommandState& s)
{
    return (!needs.testFlag(Need::NotLocked) || !s.locked) &&
           (!needs.testFlag(Need::Session) || s.working) &&
           (!needs.testFlag(Need::Nominal) || (s.working && s.nominal)) &&
           (!needs.testFlag(Need::NoReviewOnScreen) || !s.reviewOnScreen) &&
           (!needs.testFlag(Need::NoReviewInProgress) || !s.reviewInProgress) &&
           (!needs.testFlag(Need::NominalList) || s.nominalList) &&
           (!needs.testFlag(Need::AuditReader) || s.auditReader) &&
           (!needs.testFlag(Need::Administrator) || s.administrator) &&
           (!needs.testFlag(Need::FileOpen) || s.fileOpen);
}

void CommandController::update()
{
    const CommandState state = m_state();
    for (const Command& c : std::as_const(m_commands))
        c.action->setEnabled(satisfied(c.needs, state) && (!c.when || c.when()));
}

} // namespace corroborate::ui
