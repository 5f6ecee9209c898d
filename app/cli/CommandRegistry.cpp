#include "Command.h"

namespace corroborate::cli {

namespace {
QList<CommandSpec>& registry()
{
    static QList<CommandSpec> commands;
    return commands;
}
} // namespace

void CommandRegistry::add(CommandSpec spec)
{
    registry().append(std::move(spec));
}

const QList<CommandSpec>& CommandRegistry::all()
{
    return registry();
}

} // namespace corroborate::cli
