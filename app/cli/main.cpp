// corroborate-cli: the command-line front end on the same core as the app. Commands register
// themselves (see Command.h); this file finds the one asked for and maps errors to exit codes.
#include "CliSupport.h"
#include "Command.h"
#include "core/Error.h"
#include "i18n/Language.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>
#include <sys/resource.h>

using namespace corroborate;
using namespace corroborate::cli;

namespace {
struct MainText
{
    Q_DECLARE_TR_FUNCTIONS(corroborate_cli)
};

void printUsage(QTextStream& stream)
{
    stream << MainText::tr("Usage: corroborate-cli COMMAND [ARGUMENTS]") << "\n\n"
           << MainText::tr("Commands:") << "\n";
    QList<CommandSpec> commands = CommandRegistry::all();
    std::sort(commands.begin(), commands.end(),
              [](const CommandSpec& a, const CommandSpec& b) { return a.name < b.name; });
    for (const CommandSpec& c : commands)
        stream << "  " << c.synopsis << "\n      " << c.description << "\n";
    stream << "\n"
           << MainText::tr("Run \"corroborate-cli COMMAND --help\" for a command's options.")
           << "\n"
           << MainText::tr("Exit codes: 0 success; 1 usage; 2 invalid input data; 3 "
                           "authentication failed or not permitted; 4 not a case file, damaged "
                           "or unsupported version; 5 verification failed; 6 conflict (in use, "
                           "already exists, edited by someone else).")
           << "\n";
    stream.flush();
}

// The command whose words begin argv, longest match first ("user add" before "user").
const CommandSpec* findCommand(const QStringList& words, int& consumed)
{
    const CommandSpec* best = nullptr;
    for (const CommandSpec& c : CommandRegistry::all()) {
        const QStringList name = c.name.split(QLatin1Char(' '));
        if (name.size() <= words.size() && words.mid(0, name.size()) == name &&
            (!best || name.size() > consumed)) {
            best = &c;
            consumed = static_cast<int>(name.size());
        }
    }
    return best;
}
} // namespace

int main(int argc, char** argv)
{
#ifdef NDEBUG
    // No core dumps in release builds: they would hold decrypted case data.
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
#endif
    QStringList words;
    for (int i = 1; i < argc; ++i)
        words << QString::fromLocal8Bit(argv[i]);

    int consumed = 0;
    const CommandSpec* command = findCommand(words, consumed);
    std::unique_ptr<QCoreApplication> app;
    if (command && command->needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("corroborate-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Corroborate"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CORROBORATE_VERSION));
    // Messages, dates and packs in the system's language (LANGUAGE, LC_ALL, LANG) when
    // Corroborate ships it; English otherwise. "pack --language" chooses a pack's own.
    i18n::install(QString());

    if (words.isEmpty()) {
        printUsage(Cli::err());
        return static_cast<int>(ErrorKind::Usage);
    }
    if (words.first() == u"--help" || words.first() == u"-h" || words.first() == u"help") {
        printUsage(Cli::out());
        return 0;
    }
    if (words.first() == u"--version") {
        Cli::out() << "corroborate-cli " << CORROBORATE_VERSION << " (SQLite "
                   << Database::sqliteVersion() << ")\n";
        return 0;
    }
    if (!command) {
        Cli::err() << MainText::tr("Unknown command \"%1\".").arg(words.join(QLatin1Char(' ')))
                   << "\n\n";
        Cli::err().flush();
        printUsage(Cli::err());
        return 1;
    }
    try {
        return command->run(words.mid(consumed));
    } catch (const Error& e) {
        Cli::err() << MainText::tr("corroborate-cli %1: %2").arg(command->name, e.message())
                   << "\n";
        Cli::err().flush();
        return static_cast<int>(e.kind());
    } catch (const std::exception& e) {
        Cli::err() << MainText::tr("corroborate-cli %1: unexpected failure: %2")
                          .arg(command->name, QString::fromLocal8Bit(e.what()))
                   << "\n";
        Cli::err().flush();
        return static_cast<int>(ErrorKind::Internal);
    }
}
