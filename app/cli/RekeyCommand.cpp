#include "CliSupport.h"
#include "Command.h"
#include "audit/AuditLog.h"
#include "core/Error.h"

namespace corroborate::cli {
namespace {
struct RekeyText
{
    Q_DECLARE_TR_FUNCTIONS(RekeyCommand)
};

int runRekey(const QStringList& args)
{
    QCommandLineParser parser;
    if (!Cli::parse(parser, args, QStringLiteral("rekey FILE"),
                    RekeyText::tr("Changes the case file's passphrase in place (administrators "
                                  "only). The current passphrase comes from "
                                  "CORROBORATE_PASSPHRASE, the new one from "
                                  "CORROBORATE_NEW_PASSPHRASE. No other copy of Corroborate may "
                                  "have the file open. The whole file is checked first; a damaged "
                                  "file is refused. The file is re-encrypted into a copy beside "
                                  "it, which replaces it when complete: it needs free space for "
                                  "one more copy."),
                    1))
        return 0;
    auto file =
        Cli::openCaseFile(parser.positionalArguments().first(), CaseFile::Access::Exclusive);
    const User actor = Cli::signIn(*file, Role::Administrator);
    const Secret newPassphrase =
        Cli::secret("CORROBORATE_NEW_PASSPHRASE", RekeyText::tr("New passphrase"));
    if (newPassphrase.size() < 8)
        throw Error(ErrorKind::InvalidData,
                    RekeyText::tr("The new passphrase needs at least 8 characters."));
    // The audit entry is written into the re-encrypted copy, which replaces the file in one
    // step: the entry exists exactly when the change does.
    file->rekey(newPassphrase, [&actor](Database& db) {
        AuditLog(db).append(actor.username, AuditAction::CaseFileAdmin, QStringLiteral("case_file"),
                            QString(), QStringLiteral("passphrase changed"));
    });
    Cli::err() << RekeyText::tr("The passphrase of %1 was changed.").arg(file->path()) << "\n";
    return 0;
}

} // namespace

void addRekeyCommand(CommandRegistry& registry)
{
    registry.add({QStringLiteral("rekey"), QStringLiteral("rekey FILE"),
                  QStringLiteral("Change the case file's passphrase."), false, runRekey});
}

} // namespace corroborate::cli
