// user add / user list / user disable: account administration from the command line.
#include "CliSupport.h"
#include "Command.h"
#include "accounts/Accounts.h"
#include "core/Error.h"
#include "workflow/Administration.h"

namespace corroborate::cli {
namespace {
struct UserText
{
    Q_DECLARE_TR_FUNCTIONS(UserCommands)
};

int runUserAdd(const QStringList& args)
{
    const QString synopsis = QStringLiteral(
        "user add FILE --username U --role officer|supervisor|administrator [--role ...] "
        "[--name NAME]");
    QCommandLineParser parser;
    const QCommandLineOption username(QStringLiteral("username"),
                                      UserText::tr("The new user name."), QStringLiteral("U"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  UserText::tr("A role: officer, supervisor or administrator "
                                               "(repeat for several)."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption name(QStringLiteral("name"), UserText::tr("Display name."),
                                  QStringLiteral("NAME"));
    parser.addOptions({username, role, name});
    if (!Cli::parse(parser, args, synopsis,
                    UserText::tr("Adds a user (administrators only). The new user's password "
                                 "comes from CORROBORATE_NEW_PASSWORD."),
                    1))
        return 0;
    if (!parser.isSet(username))
        throw Error(ErrorKind::Usage, UserText::tr("--username U is required."));
    Roles roles;
    for (const QString& r : parser.values(role)) {
        const std::optional<Role> parsed = Roles::fromWire(r);
        if (!parsed)
            throw Error(ErrorKind::Usage,
                        UserText::tr("Unknown role \"%1\": use officer, supervisor or "
                                     "administrator.")
                            .arg(r));
        roles.add(*parsed);
    }
    if (roles.isEmpty())
        throw Error(ErrorKind::Usage, UserText::tr("At least one --role is required."));
    const QString newName = parser.value(username);
    if (const QString problem = Accounts::validateUsername(newName); !problem.isEmpty())
        throw Error(ErrorKind::InvalidData, problem);

    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    const User actor = Cli::signIn(*file, Role::Administrator);
    const Secret password = Cli::secret("CORROBORATE_NEW_PASSWORD",
                                        UserText::tr("Password for the new user %1").arg(newName));
    Administration(file->db()).addUser(actor, newName, parser.value(name), password, roles);
    Cli::err() << UserText::tr("Added %1 (%2).").arg(newName, roles.labels()) << "\n";
    return 0;
}

int runUserList(const QStringList& args)
{
    QCommandLineParser parser;
    if (!Cli::parse(parser, args, QStringLiteral("user list FILE"),
                    UserText::tr("Lists the users of a case file with their roles."), 1))
        return 0;
    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    const User actor = Cli::signIn(*file);
    QTextStream& out = Cli::out();
    for (const User& u : Accounts(file->db()).list()) {
        out << u.username << '\t' << u.roles.wireNames().join(QLatin1Char(',')) << '\t'
            << (u.disabled ? QStringLiteral("disabled") : QStringLiteral("enabled")) << '\t'
            << u.displayName << '\n';
    }
    out.flush();
    return 0;
}

int runUserDisable(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption username(QStringLiteral("username"),
                                      UserText::tr("The user to disable."), QStringLiteral("U"));
    parser.addOption(username);
    if (!Cli::parse(parser, args, QStringLiteral("user disable FILE --username U"),
                    UserText::tr("Disables a user (administrators only). Users are never "
                                 "deleted: the audit log refers to them. The last "
                                 "administrator cannot be disabled."),
                    1))
        return 0;
    if (!parser.isSet(username))
        throw Error(ErrorKind::Usage, UserText::tr("--username U is required."));
    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    const User actor = Cli::signIn(*file, Role::Administrator);
    Administration(file->db()).disableUser(actor, parser.value(username));
    Cli::err() << UserText::tr("Disabled %1.").arg(parser.value(username)) << "\n";
    return 0;
}

int runUserUnlock(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption username(
        QStringLiteral("username"), UserText::tr("The user name to unlock."), QStringLiteral("U"));
    parser.addOption(username);
    if (!Cli::parse(parser, args, QStringLiteral("user unlock FILE --username U"),
                    UserText::tr("Releases a user name locked after %1 failed sign-ins in a row "
                                 "(administrators only). Without it the lock ends by itself "
                                 "after %2 minutes. The release is logged.")
                        .arg(Accounts::kLockAfterFailures)
                        .arg(Accounts::kLockMinutes),
                    1))
        return 0;
    if (!parser.isSet(username))
        throw Error(ErrorKind::Usage, UserText::tr("--username U is required."));
    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    const User actor = Cli::signIn(*file, Role::Administrator);
    const QString name = parser.value(username);
    const bool wasLocked = Administration(file->db()).releaseSignInLock(actor, name);
    Cli::err() << (wasLocked ? UserText::tr("Unlocked sign-in for %1.").arg(name)
                             : UserText::tr("Sign-in for %1 was not locked; its count of failed "
                                            "sign-ins was cleared.")
                                   .arg(name))
               << "\n";
    Cli::err().flush();
    return 0;
}

} // namespace

void addUserCommands(CommandRegistry& registry)
{
    registry.add({QStringLiteral("user add"),
                  QStringLiteral("user add FILE --username U --role ROLE [--role "
                                 "ROLE] [--name NAME]"),
                  QStringLiteral("Add a user (administrators only)."), false, runUserAdd});
    registry.add({QStringLiteral("user list"), QStringLiteral("user list FILE"),
                  QStringLiteral("List users and their roles."), false, runUserList});
    registry.add({QStringLiteral("user disable"), QStringLiteral("user disable FILE --username U"),
                  QStringLiteral("Disable a user (administrators only)."), false, runUserDisable});
    registry.add({QStringLiteral("user unlock"), QStringLiteral("user unlock FILE --username U"),
                  QStringLiteral("Release a sign-in lock (administrators only)."), false,
                  runUserUnlock});
}

} // namespace corroborate::cli
