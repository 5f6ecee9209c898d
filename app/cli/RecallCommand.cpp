// recall: pending recall notices (DPA 2018 s.48) to recipients of earlier disclosures, listed
// or written as PDFs and recorded as issued (issue 10).
#include "CliSupport.h"
#include "Command.h"
#include "accounts/User.h"
#include "core/Error.h"
#include "sharing/DisclosureRegister.h"
#include "sharing/RecallService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace corroborate::cli {
namespace {
struct RecallText
{
    Q_DECLARE_TR_FUNCTIONS(RecallCommand)
};

const QString kSynopsis = QStringLiteral("recall FILE [--json] | recall FILE --out DIR");

int runRecall(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  RecallText::tr("Print the pending notices as JSON."));
    const QCommandLineOption out(QStringLiteral("out"),
                                 RecallText::tr("Write each pending notice as a PDF in this folder "
                                                "(created when missing; files are never "
                                                "overwritten) and record it as issued."),
                                 QStringLiteral("DIR"));
    parser.addOptions({json, out});
    if (!Cli::parse(parser, args, kSynopsis,
                    RecallText::tr("Lists the pending recall notices: when a nominal is erased, "
                                   "restricted or corrected, every earlier disclosure that "
                                   "included them and is not confirmed destroyed owes its "
                                   "recipient a notice. With --out, writes each as a marked PDF "
                                   "naming the pack and the reference only, and records it as "
                                   "issued. Supervisors and administrators."),
                    1))
        return 0;
    if (parser.isSet(json) && parser.isSet(out))
        throw Error(ErrorKind::Usage, RecallText::tr("Use either --json or --out DIR, not both."));
    if (parser.isSet(out) && parser.value(out).trimmed().isEmpty())
        throw Error(ErrorKind::Usage, RecallText::tr("--out needs a folder."));

    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    const User user = Cli::signIn(*file);
    DisclosureRegister::requireManager(user);
    RecallService service(file->db());
    if (parser.isSet(out)) {
        const QList<RecallService::Issued> issued = service.issue(*file, parser.value(out), user);
        for (const RecallService::Issued& i : issued)
            Cli::out() << i.path << "\n";
        Cli::out().flush();
        Cli::err() << RecallText::tr("Issued %n recall notice(s).", nullptr,
                                     static_cast<int>(issued.size()))
                   << "\n";
        return 0;
    }
    const QList<RecallNotice> pending = service.pending();
    if (parser.isSet(json)) {
        QJsonArray arr;
        for (const RecallNotice& n : pending)
            arr << QJsonObject{{QStringLiteral("id"), n.id},
                               {QStringLiteral("disclosure"), n.disclosureId},
                               {QStringLiteral("pack"), n.pack},
                               {QStringLiteral("made_at"), n.madeAt},
                               {QStringLiteral("recipient"), n.recipient},
                               {QStringLiteral("agreement"),
                                n.agreement.isEmpty() ? QJsonValue() : QJsonValue(n.agreement)},
                               {QStringLiteral("references"), QJsonArray{n.reference}},
                               {QStringLiteral("event"), n.event},
                               {QStringLiteral("raised_at"), n.raisedAt}};
        Cli::out() << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const RecallNotice& n : pending)
        Cli::out() << n.id << "\t" << n.disclosureId << "\t" << n.pack << "\t" << n.recipient
                   << "\t" << n.reference << "\t" << n.event << "\n";
    Cli::err() << RecallText::tr("%n recall notice(s) pending.", nullptr,
                                 static_cast<int>(pending.size()))
               << "\n";
    return 0;
}

} // namespace

void addRecallCommand(CommandRegistry& registry)
{
    registry.add({QStringLiteral("recall"), kSynopsis,
                  QStringLiteral("List pending recall notices, or write "
                                 "them as PDFs and record them as issued."),
                  true, runRecall});
}

} // namespace corroborate::cli
