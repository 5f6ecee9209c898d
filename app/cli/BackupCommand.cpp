// backup: an encrypted, verified copy of a case file taken while others may be working
// (issue 10).
#include "CliSupport.h"
#include "Command.h"
#include "accounts/User.h"
#include "core/Error.h"
#include "sharing/BackupService.h"

#include <QFileInfo>
#include <cstdlib>

namespace corroborate::cli {
namespace {
struct BackupText
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)
};

const QString kSynopsis = QStringLiteral("backup FILE --out COPY.corroborate");

int runBackup(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"),
                                 BackupText::tr("The copy to write; an existing file is never "
                                                "overwritten."),
                                 QStringLiteral("COPY.corroborate"));
    parser.addOption(out);
    if (!Cli::parse(parser, args, kSynopsis,
                    BackupText::tr("Writes an encrypted copy of the case file with SQLite's "
                                   "online backup (others may keep working), verifies it and "
                                   "logs it. The copy has the same passphrase, or "
                                   "CORROBORATE_NEW_PASSPHRASE when that is set; it opens in "
                                   "Corroborate and in the sqlcipher shell."),
                    1))
        return 0;
    if (!parser.isSet(out) || parser.value(out).trimmed().isEmpty())
        throw Error(ErrorKind::Usage, BackupText::tr("--out COPY.corroborate is required."));
    const QString path = parser.positionalArguments().first();
    const QString outPath = parser.value(out);
    if (QFileInfo(outPath).exists() || QFileInfo(outPath).isSymLink())
        throw Error(ErrorKind::Conflict, BackupText::tr("%1 already exists. Choose another name: "
                                                        "a backup never overwrites a file.")
                                             .arg(outPath));
    const Secret passphrase = Cli::passphrase();
    const char* fresh = std::getenv("CORROBORATE_NEW_PASSPHRASE");
    const bool newPassphrase = fresh && *fresh;
    const Secret copyPassphrase =
        newPassphrase ? Cli::secret("CORROBORATE_NEW_PASSPHRASE", {}) : passphrase;
    auto file = CaseFile::open(path, passphrase);
    const User user = Cli::signIn(*file);
    const BackupService::Result r =
        BackupService::write(*file, outPath, copyPassphrase, newPassphrase, user);
    Cli::err() << BackupText::tr("Wrote an encrypted backup to %1 (%2 bytes, %3) and verified "
                                 "it (%n check(s) passed).",
                                 nullptr, r.checks)
                      .arg(outPath)
                      .arg(r.bytes)
                      .arg(newPassphrase ? BackupText::tr("new passphrase")
                                         : BackupText::tr("same passphrase"))
               << "\n";
    return 0;
}

} // namespace

void addBackupCommand(CommandRegistry& registry)
{
    registry.add({QStringLiteral("backup"), kSynopsis,
                  QStringLiteral("Write an encrypted, verified copy of "
                                 "the case file."),
                  false, runBackup});
}

} // namespace corroborate::cli
