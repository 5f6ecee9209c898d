// disclosures / disclosure confirm: what left the file, its destroy-by date and the
// recipients' confirmations of destruction (issue 10).
#include "CliSupport.h"
#include "Command.h"
#include "accounts/User.h"
#include "core/Error.h"
#include "core/Time.h"
#include "sharing/DisclosureRegister.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace corroborate::cli {
namespace {
struct DisclosuresText
{
    Q_DECLARE_TR_FUNCTIONS(DisclosuresCommand)
};

const QString kListSynopsis =
    QStringLiteral("disclosures FILE [--overdue] [--as-of YYYY-MM-DD] [--json]");
const QString kConfirmSynopsis =
    QStringLiteral("disclosure confirm FILE --disclosure ID --note TEXT [--on YYYY-MM-DD]");

QDate dateValue(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    if (!parser.isSet(option))
        return Time::today();
    const QDate d = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!d.isValid())
        throw Error(ErrorKind::InvalidData,
                    DisclosuresText::tr("--%1 must be a date written YYYY-MM-DD, not \"%2\".")
                        .arg(option.names().constFirst(), parser.value(option)));
    return d;
}

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

int runList(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption overdue(QStringLiteral("overdue"),
                                     DisclosuresText::tr("Only those past their destroy-by date "
                                                         "and not confirmed destroyed."));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  DisclosuresText::tr("Judge overdue as at this date (default: "
                                                      "today)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  DisclosuresText::tr("Print JSON: a list of objects."));
    parser.addOptions({overdue, asOf, json});
    if (!Cli::parse(parser, args, kListSynopsis,
                    DisclosuresText::tr("Lists every disclosure (packs and exports): when, to "
                                        "whom, under which agreement, for what, how many "
                                        "nominals, the destroy-by date and whether destruction "
                                        "was confirmed; overdue ones first. Supervisors and "
                                        "administrators."),
                    1))
        return 0;
    const QDate day = dateValue(parser, asOf);
    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    const User user = Cli::signIn(*file);
    DisclosureRegister::requireManager(user);
    DisclosureRegister reg(file->db());
    const QList<DisclosureStatus> rows = reg.list(day, parser.isSet(overdue));
    DisclosureLog log(file->db());
    if (parser.isSet(json)) {
        QJsonArray out;
        for (const DisclosureStatus& s : rows) {
            const Disclosure& d = s.disclosure;
            out << QJsonObject{
                {QStringLiteral("id"), d.id},
                {QStringLiteral("pack"), d.identifier},
                {QStringLiteral("made_at"), d.madeAt},
                {QStringLiteral("recipient"), d.recipient},
                {QStringLiteral("agreement"), orNull(d.agreement)},
                {QStringLiteral("purpose"), d.purpose},
                {QStringLiteral("references"), QJsonArray::fromStringList(log.referencesOf(d.id))},
                {QStringLiteral("destroy_by"), orNull(d.destroyBy.toString(Qt::ISODate))},
                {QStringLiteral("destroyed_confirmed_on"),
                 orNull(d.destroyedConfirmedOn.toString(Qt::ISODate))},
                {QStringLiteral("overdue"), s.overdue}};
        }
        Cli::out() << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const DisclosureStatus& s : rows) {
        const Disclosure& d = s.disclosure;
        Cli::out() << d.id << "\t" << d.identifier << "\t" << d.madeAt << "\t" << d.recipient
                   << "\t" << (d.agreement.isEmpty() ? QStringLiteral("-") : d.agreement) << "\t"
                   << d.purpose << "\t"
                   << DisclosuresText::tr("%n nominal(s)", nullptr, d.referenceCount) << "\t"
                   << DisclosuresText::tr("destroy by %1").arg(d.destroyBy.toString(Qt::ISODate))
                   << "\t"
                   << (d.destroyedConfirmedOn.isValid()
                           ? DisclosuresText::tr("destroyed %1 (recorded by %2)")
                                 .arg(d.destroyedConfirmedOn.toString(Qt::ISODate),
                                      d.destroyedConfirmedBy)
                       : s.overdue ? DisclosuresText::tr("OVERDUE")
                                   : DisclosuresText::tr("not yet confirmed"))
                   << "\n";
    }
    Cli::err() << DisclosuresText::tr("%n overdue as at %1.", nullptr, reg.overdueCount(day))
                      .arg(day.toString(Qt::ISODate))
               << "\n";
    return 0;
}

int runConfirm(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption disclosure(QStringLiteral("disclosure"),
                                        DisclosuresText::tr("The disclosure's number (from "
                                                            "`disclosures`)."),
                                        QStringLiteral("ID"));
    const QCommandLineOption note(
        QStringLiteral("note"),
        DisclosuresText::tr("How the recipient confirmed destruction (required)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption on(QStringLiteral("on"),
                                DisclosuresText::tr("The day it was destroyed (default: today)."),
                                QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({disclosure, note, on});
    if (!Cli::parse(parser, args, kConfirmSynopsis,
                    DisclosuresText::tr("Records that the recipient of a disclosure confirmed "
                                        "destroying every copy. Supervisors and "
                                        "administrators."),
                    1))
        return 0;
    if (!parser.isSet(disclosure) || !parser.isSet(note))
        throw Error(ErrorKind::Usage,
                    DisclosuresText::tr("--disclosure ID and --note TEXT are required.\nUsage: "
                                        "corroborate-cli %1")
                        .arg(kConfirmSynopsis));
    bool ok = false;
    const qint64 id = parser.value(disclosure).trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        throw Error(ErrorKind::InvalidData,
                    DisclosuresText::tr("--disclosure must be a disclosure's number, not \"%1\".")
                        .arg(parser.value(disclosure)));
    const QDate day = dateValue(parser, on);
    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    DisclosureRegister reg(file->db());
    // Refusals that need nobody signed in are told first, so they leave the file unchanged.
    reg.checkConfirmation(id, parser.value(note), day);
    const User user = Cli::signIn(*file);
    reg.confirm(id, parser.value(note), day, user);
    Cli::err() << DisclosuresText::tr("Recorded that disclosure %1 was destroyed on %2.")
                      .arg(id)
                      .arg(day.toString(Qt::ISODate))
               << "\n";
    return 0;
}

} // namespace

void addDisclosureCommands(CommandRegistry& registry)
{
    registry.add({QStringLiteral("disclosures"), kListSynopsis,
                  QStringLiteral("List disclosures, their destroy-by dates and "
                                 "confirmations (overdue first)."),
                  false, runList});
    registry.add({QStringLiteral("disclosure confirm"), kConfirmSynopsis,
                  QStringLiteral("Record that a recipient destroyed a "
                                 "disclosure."),
                  false, runConfirm});
}

} // namespace corroborate::cli
