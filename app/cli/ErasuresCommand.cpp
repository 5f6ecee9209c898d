// erasures: the erasure register (issue 5). It holds no personal details: references, dates,
// the reason code, the proposer, the approver and the signed decision, plus the disclosures
// made earlier that included the nominal, so their recipients can be asked to destroy what
// they hold (DPA 2018 s.48).
//
// `erasures FILE --json` prints one object:
// {
//   "erasures": [ {
//     "id": 1, "reference": "N-000123", "listed_on": "YYYY-MM-DD" | null,
//     "proposed_at": "...Z", "approved_at": "...Z", "erased_at": "...Z",
//     "reason_code": "BELOW_THRESHOLD", "proposer": "olive", "approver": "sam",
//     "signed_payload": "<the exact signed text: canonical JSON, see ErasureService.h>",
//     "signature": "<Ed25519 signature, 128 hex digits>",
//     "signature_valid": true, "signature_problem": "" ,
//     "disclosures": [ { "id": 4, "made_at": "...Z", "made_by": "olive", "kind": "pack_pdf",
//                        "audience": "partner", "recipient": "...", "lawful_basis": "...",
//                        "purpose": "...", "identifier": "..." } ]
//   } ]
// }
// Anyone can check a signature without Corroborate: Ed25519-verify the UTF-8 bytes of
// signed_payload with the approver_public_key it names (which `verify` also checks against
// the approver's stored key).
#include "CliSupport.h"
#include "Command.h"
#include "core/Error.h"
#include "workflow/ErasureService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace corroborate::cli {
namespace {
struct ErasuresText
{
    Q_DECLARE_TR_FUNCTIONS(ErasuresCommand)
};

const QString kSynopsis = QStringLiteral("erasures FILE [--json]");

QJsonObject disclosureJson(const Disclosure& d)
{
    return QJsonObject{{QStringLiteral("id"), d.id},
                       {QStringLiteral("made_at"), d.madeAt},
                       {QStringLiteral("made_by"), d.madeBy},
                       {QStringLiteral("kind"), d.kind},
                       {QStringLiteral("audience"), d.audience},
                       {QStringLiteral("recipient"), d.recipient},
                       {QStringLiteral("lawful_basis"), d.lawfulBasis},
                       {QStringLiteral("purpose"), d.purpose},
                       {QStringLiteral("identifier"), d.identifier}};
}

int runErasures(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(
        QStringLiteral("json"),
        ErasuresText::tr("Print JSON (shape in ErasuresCommand.cpp): {erasures[{id, reference, "
                         "listed_on, proposed_at, approved_at, erased_at, reason_code, "
                         "proposer, approver, signed_payload, signature (hex), "
                         "signature_valid, signature_problem, disclosures[{id, made_at, "
                         "made_by, kind, audience, recipient, lawful_basis, purpose, "
                         "identifier}]}]}."));
    parser.addOption(json);
    if (!Cli::parse(parser, args, kSynopsis,
                    ErasuresText::tr("Prints the erasure register: for each erased nominal its "
                                     "reference, dates, reason code, proposer, approver and "
                                     "signed decision, with the earlier disclosures that "
                                     "included it, whose recipients should be asked to destroy "
                                     "them. No personal details are kept."),
                    1))
        return 0;
    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    const User actor = Cli::signIn(*file);
    const QList<ErasureRegisterEntry> entries = ErasureService(file->db()).registerEntries();
    QTextStream& out = Cli::out();

    if (parser.isSet(json)) {
        QJsonArray list;
        for (const ErasureRegisterEntry& e : entries) {
            const ErasureRecord& r = e.record;
            QJsonArray disclosures;
            for (const Disclosure& d : e.disclosures)
                disclosures.append(disclosureJson(d));
            list.append(
                QJsonObject{{QStringLiteral("id"), r.id},
                            {QStringLiteral("reference"), r.reference},
                            {QStringLiteral("listed_on"),
                             r.listedOn.isValid() ? QJsonValue(r.listedOn.toString(Qt::ISODate))
                                                  : QJsonValue(QJsonValue::Null)},
                            {QStringLiteral("proposed_at"), r.proposedAt},
                            {QStringLiteral("approved_at"), r.approvedAt},
                            {QStringLiteral("erased_at"), r.erasedAt},
                            {QStringLiteral("reason_code"), r.reasonCode},
                            {QStringLiteral("proposer"), r.proposer},
                            {QStringLiteral("approver"), r.approver},
                            {QStringLiteral("signed_payload"), r.signedPayload},
                            {QStringLiteral("signature"), QString::fromLatin1(r.signature.toHex())},
                            {QStringLiteral("signature_valid"), e.signatureProblem.isEmpty()},
                            {QStringLiteral("signature_problem"), e.signatureProblem},
                            {QStringLiteral("disclosures"), disclosures}});
        }
        out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("erasures"), list}}).toJson());
        out.flush();
        return 0;
    }

    out << ErasuresText::tr("Erasure register (%1):").arg(entries.size()) << "\n";
    for (const ErasureRegisterEntry& e : entries) {
        const ErasureRecord& r = e.record;
        out << r.reference << "  " << r.reasonCode << "\n"
            << "    "
            << ErasuresText::tr("listed %1; proposed %2 by %3; approved and erased %4 by %5")
                   .arg(r.listedOn.isValid() ? r.listedOn.toString(Qt::ISODate)
                                             : ErasuresText::tr("(unknown)"),
                        r.proposedAt, r.proposer, r.erasedAt, r.approver)
            << "\n"
            << "    "
            << ErasuresText::tr("signature: %1").arg(QString::fromLatin1(r.signature.toHex()))
            << "  "
            << (e.signatureProblem.isEmpty()
                    ? ErasuresText::tr("(verifies)")
                    : ErasuresText::tr("(DOES NOT VERIFY: %1)").arg(e.signatureProblem))
            << "\n";
        if (e.disclosures.isEmpty())
            out << "    " << ErasuresText::tr("no earlier disclosures included it") << "\n";
        for (const Disclosure& d : e.disclosures)
            out << "    "
                << ErasuresText::tr("disclosed %1 by %2: %3 to %4 (%5), purpose: %6; %7 — ask "
                                    "the recipient to destroy it")
                       .arg(d.madeAt, d.madeBy, d.kind, d.recipient, d.audience, d.purpose,
                            d.identifier)
                << "\n";
    }
    out.flush();
    return 0;
}

} // namespace

void addErasuresCommand(CommandRegistry& registry)
{
    registry.add({QStringLiteral("erasures"), kSynopsis,
                  QStringLiteral("Print the erasure register."), false, runErasures});
}

} // namespace corroborate::cli
