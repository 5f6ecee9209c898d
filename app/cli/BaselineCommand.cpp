#include "CliSupport.h"
#include "Command.h"
#include "core/Error.h"
#include "oversight/PopulationBaseline.h"

#include <QFile>

namespace corroborate::cli {
namespace {
struct BaselineText
{
    Q_DECLARE_TR_FUNCTIONS(BaselineCommand)
};

int runBaselineSet(const QStringList& args)
{
    QCommandLineParser parser;
    if (!Cli::parse(parser, args, QStringLiteral("baseline set FILE BASELINE.csv"),
                    BaselineText::tr(
                        "Sets the population baseline the oversight report's rates per 1,000 "
                        "and ratios to the White group are worked out against (administrators "
                        "only). BASELINE.csv has the header \"group,population\" and one row "
                        "for each of the five ONS 2021 high-level ethnic groups: Asian, Asian "
                        "British or Asian Welsh; Black, Black British, Black Welsh, Caribbean "
                        "or African; Mixed or Multiple ethnic groups; White; Other ethnic group "
                        "(the full name or its first word: Asian, Black, Mixed, White, Other). "
                        "It replaces the baseline set before."),
                    2))
        return 0;
    const QString csvPath = parser.positionalArguments().at(1);
    QFile input(csvPath);
    if (!input.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::InvalidData,
                    BaselineText::tr("Cannot read %1: %2.").arg(csvPath, input.errorString()));
    const QList<BaselineRow> rows = PopulationBaseline::parseCsv(input.readAll());

    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    const User user = Cli::signIn(*file, Role::Administrator);
    PopulationBaseline::set(file->db(), user, rows);
    Cli::err() << BaselineText::tr("The population baseline of %1 is set (%2 groups).")
                      .arg(file->path())
                      .arg(rows.size())
               << "\n";
    return 0;
}

} // namespace

void addBaselineCommand(CommandRegistry& registry)
{
    registry.add({QStringLiteral("baseline set"), QStringLiteral("baseline set FILE BASELINE.csv"),
                  QStringLiteral("Set the population baseline of the oversight "
                                 "report (administrators only)."),
                  false, runBaselineSet});
}

} // namespace corroborate::cli
