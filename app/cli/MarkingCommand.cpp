#include "CliSupport.h"
#include "Command.h"
#include "core/Error.h"
#include "workflow/ProtectiveMarking.h"

namespace corroborate::cli {
namespace {
struct MarkingText
{
    Q_DECLARE_TR_FUNCTIONS(MarkingCommand)
};

int runMarking(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption set(QStringLiteral("set"),
                                 MarkingText::tr("Make this the case file's protective marking "
                                                 "(administrators only)."),
                                 QStringLiteral("TEXT"));
    parser.addOption(set);
    if (!Cli::parse(parser, args, QStringLiteral("marking FILE [--set TEXT]"),
                    MarkingText::tr("Prints the protective marking printed at the top and bottom "
                                    "of every page of this case file's packs (default %1), or "
                                    "sets it.")
                        .arg(ProtectiveMarking::defaultMarking()),
                    1))
        return 0;
    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    if (!parser.isSet(set)) {
        Cli::signIn(*file);
        Cli::out() << ProtectiveMarking::of(*file) << "\n";
        return 0;
    }
    const User user = Cli::signIn(*file, Role::Administrator);
    ProtectiveMarking::set(*file, parser.value(set), user);
    const QString marking = ProtectiveMarking::of(*file);
    Cli::err() << MarkingText::tr("Packs from %1 are now marked %2.").arg(file->path(), marking)
               << "\n";
    return 0;
}

} // namespace

void addMarkingCommand(CommandRegistry& registry)
{
    registry.add({QStringLiteral("marking"), QStringLiteral("marking FILE [--set TEXT]"),
                  QStringLiteral("Show or set the protective marking "
                                 "printed on every page."),
                  false, runMarking});
}

} // namespace corroborate::cli
