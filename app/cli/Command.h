#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>

namespace corroborate::cli {

// One `corroborate-cli` command. Each lives in its own file, which exports a function adding
// its commands to a registry; CommandList.cpp calls every one of them, in one explicit list.
struct CommandSpec
{
    QString name;          // "user add", "removal approve"...: one or two words
    QString synopsis;      // "user add FILE --username U --role R [--role R] [--name N]"
    QString description;   // one sentence, translated at run time
    bool needsGui = false; // true when it renders (packs): starts a QGuiApplication
    // Runs with the arguments after the command's words. Returns the exit code; throws
    // corroborate::Error for failures (mapped to exit codes by main).
    std::function<int(const QStringList& args)> run;
};

class CommandRegistry
{
public:
    void add(CommandSpec spec);
    const QList<CommandSpec>& commands() const { return m_commands; }
    // Every command of corroborate-cli, built once from the list in CommandList.cpp.
    static const QList<CommandSpec>& all();

private:
    QList<CommandSpec> m_commands;
};

// What each command file adds (CommandList.cpp calls them all).
void addAgreementCommands(CommandRegistry& registry);
void addBackupCommand(CommandRegistry& registry);
void addBaselineCommand(CommandRegistry& registry);
void addDemoCommand(CommandRegistry& registry);
void addDisclosureCommands(CommandRegistry& registry);
void addErasuresCommand(CommandRegistry& registry);
void addEvaluateCommand(CommandRegistry& registry);
void addExportCommand(CommandRegistry& registry);
void addImportCommand(CommandRegistry& registry);
void addImportCsvCommand(CommandRegistry& registry);
void addInitCommand(CommandRegistry& registry);
void addMarkingCommand(CommandRegistry& registry);
void addOversightCommand(CommandRegistry& registry);
void addPackCommand(CommandRegistry& registry);
void addPolicyCommands(CommandRegistry& registry);
void addRecallCommand(CommandRegistry& registry);
void addRekeyCommand(CommandRegistry& registry);
void addRemovalCommands(CommandRegistry& registry);
void addRestrictCommands(CommandRegistry& registry);
void addSarCommands(CommandRegistry& registry);
void addStatementCommand(CommandRegistry& registry);
void addUserCommands(CommandRegistry& registry);
void addVerifyCommand(CommandRegistry& registry);

} // namespace corroborate::cli
