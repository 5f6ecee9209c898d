// statement add: the person's own supplementary statement, attached to their record (issue 11;
// DPA 2018 s.46). It is printed in every pack that includes them and in subject access
// responses, and kept until the person is erased.
#include "CliSupport.h"
#include "Command.h"
#include "rights/RightsService.h"

namespace corroborate::cli {
namespace {
struct StatementText
{
    Q_DECLARE_TR_FUNCTIONS(StatementCommand)
};

const QString kSynopsis = QStringLiteral("statement add FILE --nominal REF --text TEXT");

int runAdd(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption nominal(QStringLiteral("nominal"),
                                     StatementText::tr("The nominal's reference, e.g. N-000123."),
                                     QStringLiteral("REF"));
    const QCommandLineOption text(QStringLiteral("text"),
                                  StatementText::tr("The statement, in the person's own words."),
                                  QStringLiteral("TEXT"));
    parser.addOptions({nominal, text});
    if (!Cli::parse(parser, args, kSynopsis,
                    StatementText::tr("Attaches the person's supplementary statement to their "
                                      "record (officers and supervisors). It is printed in every "
                                      "pack that includes them and in subject access responses. "
                                      "An unknown reference or an empty statement: exit 2."),
                    1))
        return 0;
    const QString reference = Cli::requiredValue(parser, nominal, kSynopsis);
    const QString words = Cli::requiredValue(parser, text, kSynopsis);
    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    const User actor = Cli::signIn(*file);
    const qint64 id = RightsService(file->db()).addStatement(actor, reference, words);
    Cli::err() << StatementText::tr("Attached statement %1 to %2's record.")
                      .arg(id)
                      .arg(reference.trimmed())
               << "\n";
    return 0;
}

} // namespace

void addStatementCommand(CommandRegistry& registry)
{
    registry.add({QStringLiteral("statement add"), kSynopsis,
                  QStringLiteral("Attach the person's supplementary statement to "
                                 "their record."),
                  false, runAdd});
}

} // namespace corroborate::cli
