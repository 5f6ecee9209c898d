#include "Command.h"

namespace corroborate::cli {

namespace {
// Every command, in one place: a command file is linked in and listed here, nothing registers
// itself. The order is the files' alphabetical order; `--help` sorts by name anyway.
CommandRegistry buildList()
{
    CommandRegistry registry;
    addAgreementCommands(registry);
    addBackupCommand(registry);
    addBaselineCommand(registry);
    addDemoCommand(registry);
    addDisclosureCommands(registry);
    addErasuresCommand(registry);
    addEvaluateCommand(registry);
    addExportCommand(registry);
    addImportCommand(registry);
    addImportCsvCommand(registry);
    addInitCommand(registry);
    addMarkingCommand(registry);
    addOversightCommand(registry);
    addPackCommand(registry);
    addPolicyCommands(registry);
    addRecallCommand(registry);
    addRekeyCommand(registry);
    addRemovalCommands(registry);
    addRestrictCommands(registry);
    addSarCommands(registry);
    addStatementCommand(registry);
    addUserCommands(registry);
    addVerifyCommand(registry);
    return registry;
}
} // namespace

const QList<CommandSpec>& CommandRegistry::all()
{
    static const CommandRegistry list = buildList();
    return list.commands();
}

} // namespace corroborate::cli
