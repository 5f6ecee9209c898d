#include "CliSupport.h"
#include "Command.h"
#include "core/Error.h"
#include "core/Time.h"
#include "oversight/OversightOutput.h"
#include "oversight/OversightService.h"
#include "workflow/ProtectiveMarking.h"

#include <QJsonDocument>

namespace corroborate::cli {
namespace {
struct OversightText
{
    Q_DECLARE_TR_FUNCTIONS(OversightCommand)
};

const QString kSynopsis = QStringLiteral(
    "oversight FILE [--as-of YYYY-MM-DD] [--out REPORT.pdf] [--csv DIR] [--json] [--exact]");

QString help()
{
    return OversightText::tr(
        "The oversight report (supervisors and administrators): the list as at a date by "
        "status, reason, ethnicity (the five ONS 2021 high-level groups and not recorded), "
        "gender, age band (under 14, 14-17, 18-24, 25-34, 35 and over) and area; additions and "
        "removals in the last 12 months (removals from the anonymous tallies taken at each "
        "erasure) and by month over 24 months; rates per 1,000 and ratios to the White group "
        "against the population baseline (see \"baseline set\"); days from proposal to "
        "sign-off decision; disclosures in the last 12 months. Logged as a consultation of the "
        "whole list.\n\n"
        "Small numbers: counts from 1 to 4 are shown as \"fewer than 5\", and any figure from "
        "which one could be worked back from a total as \"suppressed\" (also rates and ratios "
        "made from them). The PDF, the CSVs, the text summary and the JSON are suppressed alike; "
        "--exact (administrators only) makes the JSON and the text summary exact, for internal "
        "analysis; the PDF and the CSVs stay suppressed.\n\n"
        "--json prints one object with the keys as_of, exact, policy_version, totals (listed, "
        "meets_threshold, below_threshold, overdue, overdue_median_days, juveniles, victims, "
        "at_risk, awaiting_sign_off, added_12m, removed_12m), by_ethnicity, by_gender, "
        "by_age_band, by_area, by_reason (each a list of objects with group, listed, "
        "below_threshold, added_12m, removed_12m; by_ethnicity also rate_per_1000, "
        "ratio_to_white, added_rate_per_1000 and added_ratio_to_white when a baseline is set), "
        "monthly (month, added, removed), sign_off (decisions by outcome, total, "
        "days_proposed_to_decided with timed, median, p90), disclosures (recipient, purpose, "
        "disclosures, nominals) and baseline (group, population; null when none is set). A "
        "hidden count is the text \"fewer than 5\" or \"suppressed\"; a figure that does not "
        "exist is null.\n\n"
        "--csv DIR writes by_ethnicity.csv, by_gender.csv, by_age_band.csv, by_area.csv, "
        "by_reason.csv, monthly.csv, sign_off.csv and disclosures.csv: a header row with the "
        "JSON's names, one row per group, and a last row Total. --out writes the marked PDF. "
        "Neither overwrites a file (exit 6).");
}

void printText(QTextStream& out, const OversightTables& t)
{
    out << OversightText::tr("Oversight report as at %1 (policy version %2)%3")
               .arg(t.report().asOf.toString(Qt::ISODate))
               .arg(t.report().policyVersion)
               .arg(t.exact() ? OversightText::tr(", exact counts") : QString())
        << "\n";
    for (const auto& [key, cell] : t.totals())
        out << "  " << key.leftJustified(22) << cell.text(1) << "\n";
    for (const ReportTable& table : t.tables()) {
        out << "\n" << table.title << "\n";
        QList<int> widths;
        QList<QStringList> lines;
        lines << table.labelColumns + table.valueColumns;
        for (const TableRow& row : table.rows) {
            QStringList l = row.labels;
            for (const Cell& c : row.cells)
                l << c.text(2);
            lines << l;
        }
        for (const QStringList& l : lines)
            for (qsizetype i = 0; i < l.size(); ++i) {
                if (widths.size() <= i)
                    widths << 0;
                widths[i] = std::max(widths[i], static_cast<int>(l[i].size()));
            }
        for (const QStringList& l : lines) {
            QStringList padded;
            for (qsizetype i = 0; i < l.size(); ++i)
                padded << (i < table.labelColumns.size() ? l[i].leftJustified(widths[i])
                                                         : l[i].rightJustified(widths[i]));
            out << "  " << padded.join(QStringLiteral("  ")) << "\n";
        }
    }
}

int runOversight(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption asOfOption(QStringLiteral("as-of"),
                                        OversightText::tr("The report as at this date (default: "
                                                          "today)."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 OversightText::tr("Write the marked PDF report here."),
                                 QStringLiteral("REPORT.pdf"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 OversightText::tr("Write one CSV per table into this folder."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  OversightText::tr("Print the report as JSON."));
    const QCommandLineOption exact(QStringLiteral("exact"),
                                   OversightText::tr("Exact counts in the JSON (administrators "
                                                     "only)."));
    parser.addOptions({asOfOption, out, csv, json, exact});
    if (!Cli::parse(parser, args, kSynopsis, help(), 1))
        return 0;
    QDate asOf = Time::today();
    if (parser.isSet(asOfOption)) {
        asOf = QDate::fromString(parser.value(asOfOption), Qt::ISODate);
        if (!asOf.isValid() || parser.value(asOfOption).size() != 10)
            throw Error(ErrorKind::Usage,
                        OversightText::tr("--as-of needs a date as YYYY-MM-DD, not \"%1\".")
                            .arg(parser.value(asOfOption)));
    }
    if (parser.isSet(out)) {
        if (parser.value(out).isEmpty())
            throw Error(ErrorKind::Usage, OversightText::tr("--out needs a file name."));
        OversightOutput::checkNewPath(parser.value(out));
    }

    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    const User user = Cli::signIn(*file);
    if (!user.roles.has(Role::Supervisor) && !user.roles.has(Role::Administrator))
        throw Error(ErrorKind::NotPermitted,
                    OversightText::tr("%1 is not permitted to read the oversight report: it "
                                      "needs the %2 or %3 role.")
                        .arg(user.username, Roles::label(Role::Supervisor),
                             Roles::label(Role::Administrator)));
    if (parser.isSet(exact) && !user.roles.has(Role::Administrator))
        throw Error(ErrorKind::NotPermitted,
                    OversightText::tr("%1 is not permitted to see exact counts: --exact needs "
                                      "the %2 role. Leave it out for the suppressed figures.")
                        .arg(user.username, Roles::label(Role::Administrator)));

    const std::optional<OversightReport> report = OversightService(file->db()).build(asOf);
    if (!report)
        throw Error(ErrorKind::Internal, OversightText::tr("The report was stopped."));
    const OversightTables shown(*report, false);
    const OversightTables exactTables(*report, true);
    const OversightTables& summary = parser.isSet(exact) ? exactTables : shown;

    QStringList outputs;
    if (parser.isSet(csv)) {
        OversightOutput::checkCsvDir(parser.value(csv), shown);
        if (parser.isSet(out))
            OversightOutput::checkNewPath(parser.value(out));
    }
    if (parser.isSet(out)) {
        const QByteArray pdf =
            OversightPdf::render(shown, {ProtectiveMarking::of(*file), file->isSynthetic()});
        OversightOutput::writeFile(parser.value(out), pdf);
        outputs << QStringLiteral("pdf");
        Cli::err() << OversightText::tr("Wrote %1.").arg(parser.value(out)) << "\n";
    }
    if (parser.isSet(csv)) {
        const QStringList written = OversightOutput::writeCsv(parser.value(csv), shown);
        outputs << QStringLiteral("csv");
        Cli::err() << OversightText::tr("Wrote %n CSV file(s) in %1.", nullptr,
                                        static_cast<int>(written.size()))
                          .arg(parser.value(csv))
                   << "\n";
    }
    QTextStream& stdOut = Cli::out();
    if (parser.isSet(json)) {
        stdOut << QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented);
        outputs << (parser.isSet(exact) ? QStringLiteral("json exact") : QStringLiteral("json"));
    } else if (!parser.isSet(out) && !parser.isSet(csv)) {
        printText(stdOut, summary);
        outputs << (parser.isSet(exact) ? QStringLiteral("text exact") : QStringLiteral("text"));
    }
    stdOut.flush();
    OversightService::recordConsultation(file->db(), user.username, *report,
                                         outputs.join(QStringLiteral(", ")));
    return 0;
}

} // namespace

void addOversightCommand(CommandRegistry& registry)
{
    registry.add({QStringLiteral("oversight"), kSynopsis,
                  QStringLiteral("The oversight report: the list by "
                                 "status, group, additions and removals "
                                 "(supervisors and administrators)."),
                  true, runOversight});
}

} // namespace corroborate::cli
