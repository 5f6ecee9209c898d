#include "CliSupport.h"
#include "Command.h"
#include "core/Error.h"
#include "core/Time.h"
#include "workflow/Administration.h"
#include "workflow/ThresholdScan.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace corroborate::cli {
namespace {
struct EvaluateText
{
    Q_DECLARE_TR_FUNCTIONS(EvaluateCommand)
};

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

int runEvaluate(const QStringList& args)
{
    const QString synopsis = QStringLiteral("evaluate FILE [--as-of YYYY-MM-DD] [--json]");
    QCommandLineParser parser;
    const QCommandLineOption asOfOption(QStringLiteral("as-of"),
                                        EvaluateText::tr("Evaluate as at this date (default: "
                                                         "today)."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  EvaluateText::tr("Print every nominal's evaluation as JSON."));
    parser.addOptions({asOfOption, json});
    if (!Cli::parse(parser, args, synopsis,
                    EvaluateText::tr("Evaluates every nominal against the active threshold "
                                     "policy and lists those below it (flagged for removal and "
                                     "restricted) with the reasons in words. Logged as a "
                                     "consultation of the whole list."),
                    1))
        return 0;
    QDate asOf = Time::today();
    if (parser.isSet(asOfOption)) {
        asOf = QDate::fromString(parser.value(asOfOption), Qt::ISODate);
        if (!asOf.isValid() || parser.value(asOfOption).size() != 10)
            throw Error(ErrorKind::Usage, EvaluateText::tr("--as-of needs a date as YYYY-MM-DD, "
                                                           "not \"%1\".")
                                              .arg(parser.value(asOfOption)));
    }
    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    const User user = Cli::signIn(*file, Role::Officer);
    const Policy policy = ThresholdScan::activePolicy(file->db());
    ThresholdScan scan(file->db(), policy);

    QTextStream& out = Cli::out();
    ThresholdSummary summary;
    if (parser.isSet(json)) {
        // Streamed, so the whole file never has to sit in memory as one JSON tree.
        out << "{\"as_of\": \"" << asOf.toString(Qt::ISODate)
            << "\", \"policy_version\": " << policy.version << ",\n \"nominals\": [";
        bool first = true;
        summary = scan.run(
            asOf,
            [&](const Nominal&, const Evaluation& e) {
                out << (first ? "\n  " : ",\n  ") << compact(e.toJson());
                first = false;
                return true;
            },
            EvaluationStream::Detail::WithItemReferences);
        QJsonObject counts{{QStringLiteral("nominals"), summary.nominals},
                           {QStringLiteral("meets_threshold"), summary.meetsThreshold},
                           {QStringLiteral("below_threshold"), summary.belowThreshold},
                           {QStringLiteral("review_overdue"), summary.reviewOverdue}};
        out << (first ? "],\n" : "\n ],\n") << " \"summary\": " << compact(counts) << "}\n";
    } else {
        QStringList flagged;
        summary = scan.run(
            asOf,
            [&](const Nominal& n, const Evaluation& e) {
                if (e.isFlagged()) {
                    QStringList words;
                    for (const QString& code : e.reasonCodes())
                        words << Evaluation::reasonText(code);
                    flagged << QStringLiteral("  %1  %2\n      %3")
                                   .arg(n.reference, n.displayName(),
                                        words.join(QStringLiteral("\n      ")));
                }
                return true;
            },
            EvaluationStream::Detail::WithNames);
        out << EvaluateText::tr("Evaluated %1 nominals as at %2 under policy version %3.")
                   .arg(summary.nominals)
                   .arg(asOf.toString(Qt::ISODate))
                   .arg(policy.version)
            << "\n"
            << EvaluateText::tr("  Meet the threshold:   %1").arg(summary.meetsThreshold) << "\n"
            << EvaluateText::tr("  Below the threshold:  %1 (flagged for removal and restricted)")
                   .arg(summary.belowThreshold)
            << "\n"
            << EvaluateText::tr("  Review overdue:       %1").arg(summary.reviewOverdue) << "\n";
        if (!flagged.isEmpty())
            out << "\n"
                << EvaluateText::tr("Below the threshold:") << "\n"
                << flagged.join(QLatin1Char('\n')) << "\n";
    }
    out.flush();
    recordListEvaluation(file->db(), user, asOf, policy.version, summary.nominals,
                         summary.belowThreshold);
    return 0;
}

} // namespace

void addEvaluateCommand(CommandRegistry& registry)
{
    registry.add({QStringLiteral("evaluate"),
                  QStringLiteral("evaluate FILE [--as-of YYYY-MM-DD] "
                                 "[--json]"),
                  QStringLiteral("Evaluate every nominal against the "
                                 "threshold policy."),
                  false, runEvaluate});
}

} // namespace corroborate::cli
