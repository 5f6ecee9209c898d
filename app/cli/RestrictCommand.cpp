// restrict / restrict lift / restrict list: restriction of processing (issue 11; DPA 2018
// s.47(2)), instead of erasure, when the data is needed as evidence or its accuracy is
// contested. While restricted a nominal is out of the review queue and out of every pack
// (backups and subject access responses excepted), and cannot be proposed for removal or
// erased. Supervisors only (an officer: exit 3).
//
// `restrict list --json` prints an array of objects:
//   { "reference": "N-000001", "reason": "EVIDENCE", "until": "YYYY-MM-DD",
//     "past_date": false, "restricted_by": "sam", "restricted_at": "...Z" }
#include "CliSupport.h"
#include "Command.h"
#include "core/Time.h"
#include "rights/RightsService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace corroborate::cli {
namespace {
struct RestrictText
{
    Q_DECLARE_TR_FUNCTIONS(RestrictCommand)
};

const QString kRestrictSynopsis = QStringLiteral(
    "restrict FILE --nominal REF --reason EVIDENCE|ACCURACY_CONTESTED --until YYYY-MM-DD "
    "--note TEXT");
const QString kLiftSynopsis = QStringLiteral("restrict lift FILE --nominal REF --note TEXT");
const QString kListSynopsis = QStringLiteral("restrict list FILE [--json]");

QCommandLineOption nominalOption()
{
    return QCommandLineOption(QStringLiteral("nominal"),
                              RestrictText::tr("The nominal's reference, e.g. N-000123."),
                              QStringLiteral("REF"));
}

QCommandLineOption noteOption()
{
    return QCommandLineOption(QStringLiteral("note"),
                              RestrictText::tr("Required: why (never copied into the audit "
                                               "log)."),
                              QStringLiteral("TEXT"));
}

int runRestrict(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption nominal = nominalOption();
    const QCommandLineOption reason(
        QStringLiteral("reason"),
        RestrictText::tr("EVIDENCE (the data must be kept as evidence) or ACCURACY_CONTESTED (the "
                         "person contests its accuracy and it cannot be settled)."),
        QStringLiteral("CODE"));
    const QCommandLineOption until(QStringLiteral("until"),
                                   RestrictText::tr("The day it should be looked at again (after "
                                                    "today); it is flagged once past."),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption note = noteOption();
    parser.addOptions({nominal, reason, until, note});
    if (!Cli::parse(parser, args, kRestrictSynopsis,
                    RestrictText::tr("Restricts a nominal's processing instead of erasing it "
                                     "(supervisors only; an officer: exit 3). While restricted it "
                                     "is out of the review queue and every pack (backups and "
                                     "subject access responses excepted) and cannot be proposed "
                                     "for removal or erased. Already restricted: exit 6; an "
                                     "unknown reference, a bad code or date: exit 2."),
                    1))
        return 0;
    const QString reference = Cli::requiredValue(parser, nominal, kRestrictSynopsis);
    const QString code = Cli::requiredValue(parser, reason, kRestrictSynopsis).trimmed();
    const QDate day = Cli::dateValue(Cli::requiredValue(parser, until, kRestrictSynopsis),
                                     QStringLiteral("until"));
    const QString text = Cli::requiredValue(parser, note, kRestrictSynopsis);
    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    const User actor = Cli::signIn(*file);
    const Restriction r = RightsService(file->db()).restrict(actor, reference, code, day, text);
    Cli::err() << RestrictText::tr("Restricted %1 until %2: %3.")
                      .arg(r.reference, r.until.toString(Qt::ISODate),
                           RightsService::restrictionReasonText(r.reasonCode))
               << "\n";
    return 0;
}

int runLift(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption nominal = nominalOption();
    const QCommandLineOption note = noteOption();
    parser.addOptions({nominal, note});
    if (!Cli::parse(parser, args, kLiftSynopsis,
                    RestrictText::tr("Lifts a nominal's restriction (supervisors only; an officer: "
                                     "exit 3). Not restricted: exit 2."),
                    1))
        return 0;
    const QString reference = Cli::requiredValue(parser, nominal, kLiftSynopsis);
    const QString text = Cli::requiredValue(parser, note, kLiftSynopsis);
    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    const User actor = Cli::signIn(*file);
    RightsService(file->db()).liftRestriction(actor, reference, text);
    Cli::err() << RestrictText::tr("Lifted the restriction of %1.").arg(reference.trimmed())
               << "\n";
    return 0;
}

int runList(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), RestrictText::tr("Print JSON."));
    parser.addOption(json);
    if (!Cli::parse(parser, args, kListSynopsis,
                    RestrictText::tr("Lists the restricted nominals with reason and date; those "
                                     "past their date are flagged."),
                    1))
        return 0;
    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    Cli::signIn(*file);
    const QList<RestrictionStatus> list = RightsService(file->db()).restrictions(Time::today());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const RestrictionStatus& s : list)
            array.append(
                QJsonObject{{QStringLiteral("reference"), s.restriction.reference},
                            {QStringLiteral("reason"), s.restriction.reasonCode},
                            {QStringLiteral("until"), s.restriction.until.toString(Qt::ISODate)},
                            {QStringLiteral("past_date"), s.pastDate},
                            {QStringLiteral("restricted_by"), s.restriction.restrictedBy},
                            {QStringLiteral("restricted_at"), s.restriction.restrictedAt}});
        Cli::out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const RestrictionStatus& s : list)
        Cli::out()
            << QStringLiteral("%1  %2  %3%4\n")
                   .arg(s.restriction.reference, -10)
                   .arg(s.restriction.reasonCode, -18)
                   .arg(RestrictText::tr("until %1").arg(s.restriction.until.toString(Qt::ISODate)))
                   .arg(s.pastDate ? QStringLiteral("  ") + RestrictText::tr("PAST ITS DATE")
                                   : QString());
    Cli::err() << RestrictText::tr("%n restricted nominal(s).", nullptr,
                                   static_cast<int>(list.size()))
               << "\n";
    return 0;
}

} // namespace

void addRestrictCommands(CommandRegistry& registry)
{
    registry.add({QStringLiteral("restrict"), kRestrictSynopsis,
                  QStringLiteral("Restrict a nominal's processing "
                                 "instead of erasing it (supervisors)."),
                  false, runRestrict});
    registry.add({QStringLiteral("restrict lift"), kLiftSynopsis,
                  QStringLiteral("Lift a nominal's restriction (supervisors)."), false, runLift});
    registry.add({QStringLiteral("restrict list"), kListSynopsis,
                  QStringLiteral("List the restricted nominals, reason and date."), false,
                  runList});
}

} // namespace corroborate::cli
