#include "CliSupport.h"
#include "Command.h"
#include "accounts/Accounts.h"
#include "core/Error.h"
#include "store/CaseFile.h"
#include "workflow/CaseFileCreation.h"

namespace corroborate::cli {
namespace {
struct InitText
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)
};

int runInit(const QStringList& args)
{
    const QString synopsis = QStringLiteral("init FILE --admin USERNAME [--name \"Display name\"]");
    QCommandLineParser parser;
    const QCommandLineOption admin(QStringLiteral("admin"),
                                   InitText::tr("User name of the first administrator."),
                                   QStringLiteral("USERNAME"));
    const QCommandLineOption name(QStringLiteral("name"), InitText::tr("Their display name."),
                                  QStringLiteral("NAME"));
    parser.addOptions({admin, name});
    if (!Cli::parse(parser, args, synopsis,
                    InitText::tr("Creates a new encrypted case file with its first "
                                 "administrator. Passphrase from CORROBORATE_PASSPHRASE, the "
                                 "administrator's password from CORROBORATE_PASSWORD."),
                    1))
        return 0;
    if (!parser.isSet(admin))
        throw Error(ErrorKind::Usage, InitText::tr("--admin USERNAME is required."));
    const QString path = parser.positionalArguments().first();
    const QString username = parser.value(admin);
    if (const QString problem = Accounts::validateUsername(username); !problem.isEmpty())
        throw Error(ErrorKind::InvalidData, problem);
    const Secret passphrase = Cli::passphrase();
    const Secret password =
        Cli::secret("CORROBORATE_PASSWORD", InitText::tr("Password for %1").arg(username));
    if (const QString problem = Accounts::validatePassword(password); !problem.isEmpty())
        throw Error(ErrorKind::InvalidData, problem);

    // Built whole under a temporary name and renamed into place: an interrupted init leaves
    // nothing at `path`.
    CaseFileCreation::create(
        {path, passphrase, {{username, parser.value(name), password, Roles::all()}}, false, {}});
    Cli::err() << InitText::tr("Created %1 with administrator %2.").arg(path, username) << "\n";
    return 0;
}

} // namespace

void addInitCommand(CommandRegistry& registry)
{
    registry.add({QStringLiteral("init"),
                  QStringLiteral("init FILE --admin USERNAME [--name NAME]"),
                  QStringLiteral("Create a new encrypted case file."), false, runInit});
}

} // namespace corroborate::cli
