#include "CliSupport.h"
#include "Command.h"
#include "audit/AuditLog.h"
#include "core/Error.h"

namespace corroborate::cli {
namespace {
struct MarkingText
{
    Q_DECLARE_TR_FUNCTIONS(MarkingCommand)
};

const QString kKey = QStringLiteral("protective_marking");
const QString kDefault = QStringLiteral("OFFICIAL-SENSITIVE");

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
                        .arg(kDefault),
                    1))
        return 0;
    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    if (!parser.isSet(set)) {
        Cli::signIn(*file);
        const QString marking = file->meta(kKey).simplified();
        Cli::out() << (marking.isEmpty() ? kDefault : marking.toUpper()) << "\n";
        return 0;
    }
    const QString marking = parser.value(set).simplified().toUpper();
    if (marking.isEmpty() || marking.size() > 60)
        throw Error(ErrorKind::InvalidData,
                    MarkingText::tr("A protective marking is 1 to 60 characters."));
    const User user = Cli::signIn(*file, Role::Administrator);
    Transaction tx(file->db());
    file->setMeta(kKey, marking);
    AuditLog(file->db())
        .append(user.username, AuditAction::CaseFileAdmin, QStringLiteral("case_file"), QString(),
                QStringLiteral("protective marking set to ") + marking);
    tx.commit();
    Cli::err() << MarkingText::tr("Packs from %1 are now marked %2.").arg(file->path(), marking)
               << "\n";
    return 0;
}

const CommandRegistration registration({QStringLiteral("marking"),
                                        QStringLiteral("marking FILE [--set TEXT]"),
                                        QStringLiteral("Show or set the protective marking "
                                                       "printed on every page."),
                                        false, runMarking});
} // namespace
} // namespace corroborate::cli
