#include "Command.h"

namespace corroborate::cli {

void CommandRegistry::add(CommandSpec spec)
{
    m_commands.append(std::move(spec));
}

} // namespace corroborate::cli
