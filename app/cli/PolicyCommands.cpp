// policy show / policy set: the versioned threshold policy from the command line.
#include "CliSupport.h"
#include "Command.h"
#include "core/Error.h"
#include "policy/Policy.h"
#include "policy/PolicyStore.h"
#include "workflow/Administration.h"

#include <QFile>
#include <QJsonDocument>

namespace corroborate::cli {
namespace {
struct PolicyText
{
    Q_DECLARE_TR_FUNCTIONS(PolicyCommands)
};

int runPolicyShow(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption number(QStringLiteral("policy-version"),
                                    PolicyText::tr("Show this earlier version instead of the "
                                                   "active one."),
                                    QStringLiteral("N"));
    parser.addOption(number);
    if (!Cli::parse(parser, args, QStringLiteral("policy show FILE [--policy-version N]"),
                    PolicyText::tr("Prints the active threshold policy as JSON (the form "
                                   "\"policy set\" takes), and its version, author and time on "
                                   "standard error."),
                    1))
        return 0;
    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    Cli::signIn(*file);
    PolicyStore store(file->db());
    StoredPolicy stored;
    if (parser.isSet(number)) {
        bool ok = false;
        const int n = parser.value(number).toInt(&ok);
        if (!ok || n < 1)
            throw Error(ErrorKind::Usage, PolicyText::tr("--policy-version needs a number."));
        stored = store.version(n);
    } else {
        stored = store.active();
    }
    const Policy policy = Policy::fromStored(stored);
    Cli::out() << QJsonDocument(policy.toJson()).toJson(QJsonDocument::Indented);
    Cli::out().flush();
    Cli::err() << PolicyText::tr("Policy version %1, made active by %2 at %3.")
                      .arg(stored.version)
                      .arg(stored.author, stored.createdAt)
               << "\n";
    return 0;
}

int runPolicySet(const QStringList& args)
{
    QCommandLineParser parser;
    if (!Cli::parse(parser, args, QStringLiteral("policy set FILE POLICY.json"),
                    PolicyText::tr("Validates a policy document and makes it the new active "
                                   "version (administrators only). Unknown keys, wrong types "
                                   "and values out of range are errors naming the key; keys "
                                   "left out keep their defaults. Earlier versions stay "
                                   "readable."),
                    2))
        return 0;
    const QString documentPath = parser.positionalArguments().at(1);
    QFile input(documentPath);
    if (!input.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::InvalidData,
                    PolicyText::tr("Cannot read %1: %2.").arg(documentPath, input.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(input.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw Error(ErrorKind::InvalidData, PolicyText::tr("%1 is not valid JSON: %2 at offset %3.")
                                                .arg(documentPath, parseError.errorString())
                                                .arg(parseError.offset));
    if (!document.isObject())
        throw Error(
            ErrorKind::InvalidData,
            PolicyText::tr("%1 must hold a JSON object of policy settings.").arg(documentPath));
    QStringList errors;
    const Policy policy = Policy::fromJson(document.object(), &errors);
    if (!errors.isEmpty())
        throw Error(
            ErrorKind::InvalidData,
            PolicyText::tr("The policy is not valid:\n%1").arg(errors.join(QLatin1Char('\n'))));

    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    const User user = Cli::signIn(*file, Role::Administrator);
    const int version = Administration(file->db()).setPolicy(user, policy);
    Cli::err() << PolicyText::tr("Policy version %1 is now active.").arg(version) << "\n";
    return 0;
}

} // namespace

void addPolicyCommands(CommandRegistry& registry)
{
    registry.add({QStringLiteral("policy show"),
                  QStringLiteral("policy show FILE [--policy-version N]"),
                  QStringLiteral("Print the active threshold policy."), false, runPolicyShow});
    registry.add({QStringLiteral("policy set"), QStringLiteral("policy set FILE POLICY.json"),
                  QStringLiteral("Make a new policy version active (administrators "
                                 "only)."),
                  false, runPolicySet});
}

} // namespace corroborate::cli
