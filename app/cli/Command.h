#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>

namespace corroborate::cli {

// One `corroborate-cli` command. Each lives in its own file and registers itself with a
// static CommandRegistration, so adding a command needs no edit elsewhere.
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
    static void add(CommandSpec spec);
    static const QList<CommandSpec>& all();
};

struct CommandRegistration
{
    explicit CommandRegistration(CommandSpec spec) { CommandRegistry::add(std::move(spec)); }
};

} // namespace corroborate::cli
