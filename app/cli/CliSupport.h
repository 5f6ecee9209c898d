#pragma once

#include "accounts/User.h"
#include "core/Secret.h"
#include "store/CaseFile.h"

#include <QCommandLineParser>
#include <QDate>
#include <QTextStream>
#include <memory>

namespace corroborate::cli {

// Shared plumbing for the commands: argument parsing with --help, secrets from the
// environment or a no-echo prompt (never from arguments), and opening a case file as a user.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    // Parses `args` (the words after the command) for `synopsis`; handles --help (prints and
    // returns false). Throws Error(Usage) for unknown options or a wrong number of positional
    // arguments.
    static bool parse(QCommandLineParser& parser, const QStringList& args, const QString& synopsis,
                      const QString& description, int positionalCount);

    // A secret from the environment variable, or a no-echo prompt at a terminal. Throws
    // Error(NotPermitted) when neither is available.
    static Secret secret(const char* envName, const QString& prompt);
    static Secret passphrase();
    static QString actingUsername();

    static std::unique_ptr<CaseFile>
    openCaseFile(const QString& path, CaseFile::Access access = CaseFile::Access::Shared);
    // Signs in the acting user (CORROBORATE_USER / CORROBORATE_PASSWORD); throws NotPermitted
    // when the sign-in fails or the user lacks `required` (when given; a supervisor counts as
    // an officer, since supervisors do everything officers do).
    static User signIn(CaseFile& file, std::optional<Role> required = std::nullopt);

    // The option's value; Error(Usage) naming it and the synopsis when it is not given.
    static QString requiredValue(const QCommandLineParser& parser, const QCommandLineOption& option,
                                 const QString& synopsis);
    // A YYYY-MM-DD date; Error(InvalidData) naming `option` when it is not one.
    static QDate dateValue(const QString& text, const QString& option);

    static QTextStream& out(); // standard output: data
    static QTextStream& err(); // standard error: messages
};

} // namespace corroborate::cli
