#include "CliSupport.h"

#include "accounts/Accounts.h"
#include "core/Error.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace corroborate::cli {

namespace {
QTextStream* g_redirectedOutput = nullptr;
} // namespace

QTextStream& Cli::out()
{
    static QTextStream stream(stdout);
    return g_redirectedOutput ? *g_redirectedOutput : stream;
}

void Cli::redirectOutput(QTextStream* stream)
{
    g_redirectedOutput = stream;
}

QTextStream& Cli::err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString Cli::requiredValue(const QCommandLineParser& parser, const QCommandLineOption& option,
                           const QString& synopsis)
{
    if (!parser.isSet(option))
        throw Error(ErrorKind::Usage, tr("--%1 is required.\nUsage: corroborate-cli %2")
                                          .arg(option.names().constFirst(), synopsis));
    return parser.value(option);
}

QDate Cli::dateValue(const QString& text, const QString& option)
{
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid() || text.trimmed().size() != 10)
        throw Error(
            ErrorKind::InvalidData,
            tr("--%1 must be a real date written YYYY-MM-DD, not \"%2\".").arg(option, text));
    return date;
}

bool Cli::parse(QCommandLineParser& parser, const QStringList& args, const QString& synopsis,
                const QString& description, int positionalCount)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    parser.setApplicationDescription(description);
    QStringList argv = args;
    argv.prepend(QStringLiteral("corroborate-cli"));
    if (!parser.parse(argv))
        throw Error(
            ErrorKind::Usage,
            tr("%1\nUsage: corroborate-cli %2\nSee --help.").arg(parser.errorText(), synopsis));
    if (parser.isSet(help)) {
        out() << tr("Usage: corroborate-cli %1").arg(synopsis) << "\n\n" << description << "\n";
        const QString options = parser.helpText().section(QStringLiteral("Options:"), 1);
        if (!options.trimmed().isEmpty())
            out() << "\n" << tr("Options:") << options;
        out() << "\n"
              << tr("Secrets come from the environment (CORROBORATE_PASSPHRASE, "
                    "CORROBORATE_USER, CORROBORATE_PASSWORD) or, at a terminal, from a "
                    "prompt that does not echo; never from arguments.")
              << "\n";
        out().flush();
        return false;
    }
    if (parser.positionalArguments().size() != positionalCount)
        throw Error(ErrorKind::Usage,
                    tr("Expected %n argument(s).", nullptr, positionalCount) + QLatin1Char('\n') +
                        tr("Usage: corroborate-cli %1\nSee --help.").arg(synopsis));
    return true;
}

Secret Cli::secret(const char* envName, const QString& prompt)
{
    if (const char* value = std::getenv(envName); value && *value)
        return Secret::fromUtf8(value, static_cast<qsizetype>(std::strlen(value)));
    if (!isatty(STDIN_FILENO))
        throw Error(ErrorKind::NotPermitted,
                    tr("%1 is not set and there is no terminal to ask at. Set it in the "
                       "environment.")
                        .arg(QString::fromLatin1(envName)));
    err() << prompt << ": ";
    err().flush();
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    err() << "\n";
    err().flush();
    Secret s = Secret::fromUtf8(line.data(), static_cast<qsizetype>(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return s;
}

Secret Cli::passphrase()
{
    return secret("CORROBORATE_PASSPHRASE", tr("Case file passphrase"));
}

QString Cli::actingUsername()
{
    if (const char* value = std::getenv("CORROBORATE_USER"); value && *value)
        return QString::fromUtf8(value);
    if (!isatty(STDIN_FILENO))
        throw Error(ErrorKind::NotPermitted,
                    tr("CORROBORATE_USER is not set and there is no terminal to ask at. Set it "
                       "to your user name."));
    err() << tr("User name") << ": ";
    err().flush();
    std::string line;
    std::getline(std::cin, line);
    return QString::fromStdString(line).trimmed();
}

std::unique_ptr<CaseFile> Cli::openCaseFile(const QString& path, CaseFile::Access access)
{
    const Secret pass = passphrase();
    auto file = CaseFile::open(path, pass, access);
    for (const QString& notice : file->notices())
        err() << notice << "\n";
    err().flush();
    return file;
}

User Cli::signIn(CaseFile& file, std::optional<Role> required)
{
    const QString username = actingUsername();
    const Secret password = secret("CORROBORATE_PASSWORD", tr("Password for %1").arg(username));
    Accounts accounts(file.db());
    const User user = accounts.signIn(username, password);
    // Supervisors do everything officers do (docs/DESIGN.md §2).
    const bool permitted = !required || user.roles.has(*required) ||
                           (*required == Role::Officer && user.roles.has(Role::Supervisor));
    if (!permitted)
        throw Error(ErrorKind::NotPermitted,
                    *required == Role::Officer
                        ? tr("%1 is not permitted to do this: it needs the %2 or %3 role.")
                              .arg(user.username, Roles::label(Role::Officer),
                                   Roles::label(Role::Supervisor))
                        : tr("%1 is not permitted to do this: it needs the %2 role.")
                              .arg(user.username, Roles::label(*required)));
    return user;
}

} // namespace corroborate::cli
