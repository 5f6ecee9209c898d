#include "CliSupport.h"
#include "Command.h"
#include "accounts/Accounts.h"
#include "audit/AuditLog.h"
#include "core/Error.h"
#include "policy/PolicyStore.h"

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
    CaseFile::create(path, passphrase, [&](CaseFile& file) {
        Transaction tx(file.db());
        Accounts(file.db()).create(username, parser.value(name), password, Roles::all());
        PolicyStore(file.db()).installDefault(username);
        AuditLog audit(file.db());
        audit.append(username, AuditAction::CaseFileAdmin, QStringLiteral("case_file"), QString(),
                     QStringLiteral("created"));
        audit.append(username, AuditAction::UserAdmin, QStringLiteral("user:") + username,
                     QString(),
                     QStringLiteral("created; roles: officer, supervisor, administrator"));
        tx.commit();
    });
    Cli::err() << InitText::tr("Created %1 with administrator %2.").arg(path, username) << "\n";
    return 0;
}

const CommandRegistration registration({QStringLiteral("init"),
                                        QStringLiteral("init FILE --admin USERNAME [--name NAME]"),
                                        QStringLiteral("Create a new encrypted case file."), false,
                                        runInit});
} // namespace
} // namespace corroborate::cli
