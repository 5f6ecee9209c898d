// sar open / list / withhold / pack / close: the subject access request register from the
// command line (issue 11; DPA 2018 s.45). The rules live in rights/RightsService.h and the
// response in rights/SubjectAccessResponse.h; this file parses, signs in and prints.
//
// Exit codes beyond the usual ones: 1 a required option missing; 2 an unknown reference-less
// request, request or item, a bad reason or outcome code, a bad date; 3 not an officer or
// supervisor; 6 the output file exists, or the request was closed meanwhile.
//
// `sar list --json` prints an array of objects:
//   { "id": "SAR-1", "reference": "N-000001", "received": "YYYY-MM-DD", "due": "YYYY-MM-DD",
//     "days_left": 12, "state": "open"|"closed", "overdue": false,
//     "held": true, "outcome": ""|"full"|"partial"|"refused" }
// "days_left" counts from today to the due date (negative when past it); "overdue" is an open
// request past its due date; "held" says whether the reference was in the file when the
// request was received.
#include "CliSupport.h"
#include "Command.h"
#include "core/Error.h"
#include "core/Time.h"
#include "packs/PackOutput.h"
#include "rights/RightsService.h"
#include "rights/SubjectAccessResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace corroborate::cli {
namespace {
struct SarText
{
    Q_DECLARE_TR_FUNCTIONS(SarCommand)
};

const QString kOpenSynopsis =
    QStringLiteral("sar open FILE --nominal REF --received YYYY-MM-DD [--note TEXT]");
const QString kListSynopsis = QStringLiteral("sar list FILE [--json]");
const QString kWithholdSynopsis =
    QStringLiteral("sar withhold FILE --request ID --item ITEMREF --reason CODE");
const QString kPackSynopsis = QStringLiteral("sar pack FILE --request ID --out FILE.pdf");
const QString kCloseSynopsis =
    QStringLiteral("sar close FILE --request ID --outcome full|partial|refused --note TEXT");

QCommandLineOption requestOption()
{
    return QCommandLineOption(QStringLiteral("request"),
                              SarText::tr("The request's identifier, e.g. SAR-3 (or 3)."),
                              QStringLiteral("ID"));
}

qint64 requestId(const QCommandLineParser& parser, const QCommandLineOption& option,
                 const QString& synopsis)
{
    const QString text = Cli::requiredValue(parser, option, synopsis);
    const qint64 id = RightsService::parseRequestId(text);
    if (id == 0)
        throw Error(ErrorKind::InvalidData,
                    SarText::tr("\"%1\" is not a request identifier (SAR-n).").arg(text));
    return id;
}

int runOpen(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption nominal(
        QStringLiteral("nominal"),
        SarText::tr("The reference the request is about, e.g. N-000123 (it need not be in the "
                    "file)."),
        QStringLiteral("REF"));
    const QCommandLineOption received(QStringLiteral("received"),
                                      SarText::tr("The day the request was received."),
                                      QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption note(QStringLiteral("note"),
                                  SarText::tr("A note (never copied into the audit log)."),
                                  QStringLiteral("TEXT"));
    parser.addOptions({nominal, received, note});
    if (!Cli::parse(
            parser, args, kOpenSynopsis,
            SarText::tr("Records a subject access request and prints its identifier "
                        "(SAR-n) alone on standard output. It is due subject_access_months "
                        "calendar months after receipt (policy; default 1). A request about "
                        "a reference not in the file is recorded with no personal details: "
                        "its response says only that nothing is held. Officers and "
                        "supervisors."),
            1))
        return 0;
    const QString reference = Cli::requiredValue(parser, nominal, kOpenSynopsis);
    const QDate day = Cli::dateValue(Cli::requiredValue(parser, received, kOpenSynopsis),
                                     QStringLiteral("received"));
    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    const User actor = Cli::signIn(*file);
    const SubjectAccessRequest r =
        RightsService(file->db()).openRequest(actor, reference, day, parser.value(note));
    Cli::out() << r.identifier() << "\n";
    Cli::out().flush();
    Cli::err() << (r.held ? SarText::tr("Opened %1 about %2; due %3.")
                                .arg(r.identifier(), r.reference, r.dueOn.toString(Qt::ISODate))
                          : SarText::tr("Opened %1; nothing is held about that reference; due %2.")
                                .arg(r.identifier(), r.dueOn.toString(Qt::ISODate)))
               << "\n";
    return 0;
}

int runList(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), SarText::tr("Print JSON."));
    parser.addOption(json);
    if (!Cli::parse(parser, args, kListSynopsis,
                    SarText::tr("Lists the subject access requests with their due dates, days "
                                "left and state; overdue ones are marked. --json prints objects "
                                "with id, reference, received, due, days_left, state, overdue, "
                                "held and outcome."),
                    1))
        return 0;
    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    Cli::signIn(*file);
    const QDate today = Time::today();
    const QList<SubjectAccessStatus> list = RightsService(file->db()).requests(today);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const SubjectAccessStatus& s : list) {
            const SubjectAccessRequest& r = s.request;
            array.append(
                QJsonObject{{QStringLiteral("id"), r.identifier()},
                            {QStringLiteral("reference"), r.reference},
                            {QStringLiteral("received"), r.receivedOn.toString(Qt::ISODate)},
                            {QStringLiteral("due"), r.dueOn.toString(Qt::ISODate)},
                            {QStringLiteral("days_left"), s.daysLeft},
                            {QStringLiteral("state"), r.state},
                            {QStringLiteral("overdue"), s.overdue},
                            {QStringLiteral("held"), r.held},
                            {QStringLiteral("outcome"), r.outcome}});
        }
        Cli::out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    int open = 0;
    int overdue = 0;
    for (const SubjectAccessStatus& s : list) {
        const SubjectAccessRequest& r = s.request;
        open += r.isOpen() ? 1 : 0;
        overdue += s.overdue ? 1 : 0;
        QString state = r.isOpen()
                            ? (s.overdue ? SarText::tr("OVERDUE by %n day(s)", nullptr, -s.daysLeft)
                                         : SarText::tr("open, %n day(s) left", nullptr, s.daysLeft))
                            : SarText::tr("closed: %1").arg(RightsService::outcomeText(r.outcome));
        Cli::out() << QStringLiteral("%1  %2  %3  %4  %5%6\n")
                          .arg(r.identifier(), -7)
                          .arg(r.reference, -10)
                          .arg(SarText::tr("received %1").arg(r.receivedOn.toString(Qt::ISODate)))
                          .arg(SarText::tr("due %1").arg(r.dueOn.toString(Qt::ISODate)))
                          .arg(state)
                          .arg(r.held ? QString()
                                      : QStringLiteral("  ") + SarText::tr("(nothing held)"));
    }
    Cli::err() << SarText::tr("%n request(s)", nullptr, static_cast<int>(list.size())) << "; "
               << SarText::tr("%n open", nullptr, open) << "; "
               << SarText::tr("%n overdue", nullptr, overdue) << ".\n";
    return 0;
}

int runWithhold(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption request = requestOption();
    const QCommandLineOption item(
        QStringLiteral("item"),
        SarText::tr("The intelligence item: its reference (e.g. an intelligence log number) or "
                    "its number in the app."),
        QStringLiteral("ITEMREF"));
    const QCommandLineOption reason(
        QStringLiteral("reason"),
        SarText::tr("Why (DPA 2018 s.45(4)): %1.")
            .arg(RightsService::withholdReasonCodes().join(QStringLiteral(", "))),
        QStringLiteral("CODE"));
    parser.addOptions({request, item, reason});
    QString codes;
    for (const QString& code : RightsService::withholdReasonCodes())
        codes += QStringLiteral("\n  %1: %2").arg(code, RightsService::withholdReasonText(code));
    if (!Cli::parse(parser, args, kWithholdSynopsis,
                    SarText::tr("Withholds an item from an open request's response, with a reason "
                                "from the Data Protection Act 2018, section 45(4):%1")
                        .arg(codes),
                    1))
        return 0;
    const qint64 id = requestId(parser, request, kWithholdSynopsis);
    const QString itemRef = Cli::requiredValue(parser, item, kWithholdSynopsis);
    const QString code = Cli::requiredValue(parser, reason, kWithholdSynopsis);
    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    const User actor = Cli::signIn(*file);
    const QList<qint64> items = RightsService(file->db()).withhold(actor, id, itemRef, code);
    Cli::err() << SarText::tr("Withheld %n item(s) from the response to SAR-%1: %2.", nullptr,
                              static_cast<int>(items.size()))
                      .arg(id)
                      .arg(RightsService::withholdReasonText(code))
               << "\n";
    return 0;
}

int runPack(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption request = requestOption();
    const QCommandLineOption out(QStringLiteral("out"),
                                 SarText::tr("The PDF to write; an existing file is never "
                                             "overwritten (exit 6)."),
                                 QStringLiteral("FILE.pdf"));
    parser.addOptions({request, out});
    if (!Cli::parse(parser, args, kPackSynopsis,
                    SarText::tr("Writes the response to a request as a marked PDF: everything held "
                                "on the person except the items withheld, every earlier "
                                "disclosure that included them, the purposes, lawful basis and "
                                "retention, and their rights. Never names a community source. "
                                "Recorded as a disclosure to the person. Prints the response's "
                                "identifier."),
                    1))
        return 0;
    const qint64 id = requestId(parser, request, kPackSynopsis);
    const QString outPath = Cli::requiredValue(parser, out, kPackSynopsis);
    PackOutput::checkNewPath(outPath);
    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    const User actor = Cli::signIn(*file);
    const SubjectAccessContent content = SubjectAccessResponse::build(*file, actor, id);
    int pages = 0;
    const qint64 disclosure = SubjectAccessResponse::writePdf(*file, content, outPath, &pages);
    Cli::out() << content.pack.identifier << "\n";
    Cli::out().flush();
    Cli::err() << SarText::tr("Wrote the response to %1 (%2, %n page(s)) to %3; recorded as "
                              "disclosure %4.",
                              nullptr, pages)
                      .arg(content.request.identifier(), content.pack.identifier, outPath)
                      .arg(disclosure)
               << "\n";
    return 0;
}

int runClose(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption request = requestOption();
    const QCommandLineOption outcome(QStringLiteral("outcome"),
                                     SarText::tr("full, partial or refused."),
                                     QStringLiteral("OUTCOME"));
    const QCommandLineOption note(QStringLiteral("note"), SarText::tr("Required: what was done."),
                                  QStringLiteral("TEXT"));
    parser.addOptions({request, outcome, note});
    if (!Cli::parse(parser, args, kCloseSynopsis,
                    SarText::tr("Closes a request with its outcome. While a request is open the "
                                "person cannot be erased (DPA 2018 s.173)."),
                    1))
        return 0;
    const qint64 id = requestId(parser, request, kCloseSynopsis);
    const QString code = Cli::requiredValue(parser, outcome, kCloseSynopsis).trimmed().toLower();
    const QString text = Cli::requiredValue(parser, note, kCloseSynopsis);
    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    const User actor = Cli::signIn(*file);
    RightsService(file->db()).closeRequest(actor, id, code, text);
    Cli::err() << SarText::tr("Closed SAR-%1: %2.").arg(id).arg(RightsService::outcomeText(code))
               << "\n";
    return 0;
}

} // namespace

void addSarCommands(CommandRegistry& registry)
{
    registry.add({QStringLiteral("sar open"), kOpenSynopsis,
                  QStringLiteral("Record a subject access request (prints SAR-n)."), false,
                  runOpen});
    registry.add({QStringLiteral("sar list"), kListSynopsis,
                  QStringLiteral("List subject access requests, due dates and "
                                 "overdue ones."),
                  false, runList});
    registry.add({QStringLiteral("sar withhold"), kWithholdSynopsis,
                  QStringLiteral("Withhold an item from a request's response "
                                 "(DPA 2018 s.45(4))."),
                  false, runWithhold});
    registry.add({QStringLiteral("sar pack"), kPackSynopsis,
                  QStringLiteral("Write the response to a subject access request "
                                 "(PDF); recorded as a disclosure."),
                  true, runPack});
    registry.add({QStringLiteral("sar close"), kCloseSynopsis,
                  QStringLiteral("Close a subject access request with its "
                                 "outcome."),
                  false, runClose});
}

} // namespace corroborate::cli
