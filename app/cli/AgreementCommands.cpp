// agreement add / agreement list / agreement end: the information-sharing agreements register
// (issue 10) from the command line.
#include "CliSupport.h"
#include "Command.h"
#include "accounts/User.h"
#include "core/Error.h"
#include "core/Time.h"
#include "sharing/AgreementService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace corroborate::cli {
namespace {
struct AgreementText
{
    Q_DECLARE_TR_FUNCTIONS(AgreementCommands)
};

const QString kAddSynopsis = QStringLiteral(
    "agreement add FILE --partner NAME --basis TEXT --purpose TEXT [--purpose TEXT ...] "
    "--retention-days N --from YYYY-MM-DD --until YYYY-MM-DD");
const QString kListSynopsis = QStringLiteral("agreement list FILE [--json]");
const QString kEndSynopsis = QStringLiteral("agreement end FILE --agreement ID [--on YYYY-MM-DD]");

QDate dateOption(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    const QString text = parser.value(option);
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        throw Error(ErrorKind::InvalidData,
                    AgreementText::tr("--%1 must be a date written YYYY-MM-DD, not \"%2\".")
                        .arg(option.names().constFirst(), text));
    return d;
}

int runAdd(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption partner(QStringLiteral("partner"),
                                     AgreementText::tr("The partner organisation."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption basis(QStringLiteral("basis"),
                                   AgreementText::tr("The lawful basis for sharing."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption purpose(
        QStringLiteral("purpose"),
        AgreementText::tr("A permitted purpose, in a few words; repeat for several."),
        QStringLiteral("TEXT"));
    const QCommandLineOption retention(
        QStringLiteral("retention-days"),
        AgreementText::tr("How many days the partner may keep a pack before destroying it."),
        QStringLiteral("N"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  AgreementText::tr("The first day the agreement is in force."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption until(QStringLiteral("until"),
                                   AgreementText::tr("The last day the agreement is in force."),
                                   QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({partner, basis, purpose, retention, from, until});
    if (!Cli::parse(parser, args, kAddSynopsis,
                    AgreementText::tr("Records a new information-sharing agreement and prints "
                                      "its identifier (ISA-n) alone on standard output. "
                                      "Administrators only."),
                    1))
        return 0;
    QStringList missing;
    for (const QCommandLineOption* o : {&partner, &basis, &purpose, &retention, &from, &until})
        if (!parser.isSet(*o))
            missing << QStringLiteral("--") + o->names().constFirst();
    if (!missing.isEmpty())
        throw Error(ErrorKind::Usage, AgreementText::tr("Missing: %1.\nUsage: corroborate-cli %2")
                                          .arg(missing.join(QStringLiteral(", ")), kAddSynopsis));
    AgreementDraft draft;
    draft.partner = parser.value(partner);
    draft.lawfulBasis = parser.value(basis);
    draft.purposes = parser.values(purpose);
    bool ok = false;
    draft.retentionDays = parser.value(retention).trimmed().toInt(&ok);
    if (!ok)
        throw Error(ErrorKind::InvalidData,
                    AgreementText::tr("--retention-days must be a whole number of days, not "
                                      "\"%1\".")
                        .arg(parser.value(retention)));
    draft.startsOn = dateOption(parser, from);
    draft.until = dateOption(parser, until);
    AgreementService::validate(draft);

    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    const User user = Cli::signIn(*file, Role::Administrator);
    const Agreement a = AgreementService(file->db()).add(draft, user);
    Cli::out() << a.identifier() << "\n";
    Cli::out().flush();
    Cli::err() << AgreementText::tr("Recorded %1 with %2, in force %3 to %4.")
                      .arg(a.identifier(), a.partner, a.startsOn.toString(Qt::ISODate),
                           a.until.toString(Qt::ISODate))
               << "\n";
    return 0;
}

QJsonValue dateJson(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

int runList(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  AgreementText::tr("Print JSON: a list of objects."));
    parser.addOption(json);
    if (!Cli::parse(parser, args, kListSynopsis,
                    AgreementText::tr("Lists the information-sharing agreements (their latest "
                                      "versions) and whether each is in force today."),
                    1))
        return 0;
    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    Cli::signIn(*file);
    const QList<Agreement> all = AgreementService(file->db()).list();
    const QDate today = Time::today();
    if (parser.isSet(json)) {
        QJsonArray out;
        for (const Agreement& a : all)
            out << QJsonObject{{QStringLiteral("id"), a.identifier()},
                               {QStringLiteral("version"), a.version},
                               {QStringLiteral("partner"), a.partner},
                               {QStringLiteral("basis"), a.lawfulBasis},
                               {QStringLiteral("purposes"), QJsonArray::fromStringList(a.purposes)},
                               {QStringLiteral("retention_days"), a.retentionDays},
                               {QStringLiteral("from"), dateJson(a.startsOn)},
                               {QStringLiteral("until"), dateJson(a.until)},
                               {QStringLiteral("ended_on"), dateJson(a.endedOn)},
                               {QStringLiteral("in_force"), a.inForceOn(today)},
                               {QStringLiteral("recorded_by"), a.recordedBy},
                               {QStringLiteral("recorded_at"), a.recordedAt}};
        Cli::out() << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (all.isEmpty()) {
        Cli::err() << AgreementText::tr("No information-sharing agreement is recorded.") << "\n";
        return 0;
    }
    for (const Agreement& a : all) {
        Cli::out() << a.identifier() << "\t" << a.partner << "\t"
                   << a.startsOn.toString(Qt::ISODate) << ".." << a.until.toString(Qt::ISODate)
                   << "\t"
                   << (a.inForceOn(today) ? AgreementText::tr("in force")
                       : a.endedOn.isValid()
                           ? AgreementText::tr("ended from %1").arg(a.endedOn.toString(Qt::ISODate))
                           : AgreementText::tr("not in force"))
                   << "\t" << AgreementText::tr("keep %n day(s)", nullptr, a.retentionDays) << "\t"
                   << a.lawfulBasis << "\t" << a.purposes.join(QStringLiteral("; ")) << "\n";
    }
    return 0;
}

int runEnd(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption agreement(QStringLiteral("agreement"),
                                       AgreementText::tr("The agreement to end (ISA-n)."),
                                       QStringLiteral("ID"));
    const QCommandLineOption on(
        QStringLiteral("on"),
        AgreementText::tr("The day from which it is no longer in force (default: today)."),
        QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({agreement, on});
    if (!Cli::parse(parser, args, kEndSynopsis,
                    AgreementText::tr("Ends an agreement: no partner pack may be made under it "
                                      "from that day. The earlier version is kept. "
                                      "Administrators only."),
                    1))
        return 0;
    if (!parser.isSet(agreement))
        throw Error(ErrorKind::Usage, AgreementText::tr("--agreement ID is required."));
    const QDate day = parser.isSet(on) ? dateOption(parser, on) : Time::today();
    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    AgreementService service(file->db());
    service.get(parser.value(agreement)); // unknown: InvalidData before signing in
    const User user = Cli::signIn(*file, Role::Administrator);
    const Agreement a = service.end(parser.value(agreement), day, user);
    Cli::err() << AgreementText::tr("%1 with %2 is no longer in force from %3.")
                      .arg(a.identifier(), a.partner, a.endedOn.toString(Qt::ISODate))
               << "\n";
    return 0;
}

} // namespace

void addAgreementCommands(CommandRegistry& registry)
{
    registry.add({QStringLiteral("agreement add"), kAddSynopsis,
                  QStringLiteral("Record an information-sharing agreement "
                                 "(administrators only)."),
                  false, runAdd});
    registry.add({QStringLiteral("agreement list"), kListSynopsis,
                  QStringLiteral("List the information-sharing agreements."), false, runList});
    registry.add({QStringLiteral("agreement end"), kEndSynopsis,
                  QStringLiteral("End an information-sharing agreement "
                                 "(administrators only)."),
                  false, runEnd});
}

} // namespace corroborate::cli
