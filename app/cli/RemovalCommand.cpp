// removal propose / approve / reject / withdraw / list: the removal workflow from the command
// line (issue 5). The rules live in workflow/RemovalService.h; this file parses, signs in and
// prints.
//
// Exit codes beyond the usual ones (main.cpp): 1 a required option missing; 2 an unknown or
// erased nominal, an unknown reason code, OTHER without a note, or no pending proposal to
// decide or withdraw; 3 the acting user may not do it (an officer approving or rejecting,
// anyone deciding their own proposal, anyone but the proposer withdrawing, a wrong password);
// 6 a proposal is already pending for the nominal, or it was decided meanwhile.
//
// `removal list --json` prints one object:
// {
//   "as_of": "YYYY-MM-DD", "policy_version": 1,
//   "proposal_pending_alert_days": 14, "flagged_without_proposal_alert_days": 28,
//   "pending": [ { "request_id": 3, "reference": "N-000001", "reason_code": "BELOW_THRESHOLD",
//                  "note": "...", "proposer": "olive", "proposed_at": "...Z",
//                  "days_pending": 15, "overdue": true, "evaluation_hash": "<hex>" } ],
//   "flagged_without_proposal": [ { "reference": "N-000002", "flagged_since": "YYYY-MM-DD",
//                  "since": "YYYY-MM-DD", "days_without_proposal": 40,
//                  "reasons": ["NO_QUALIFYING_INTELLIGENCE"] } ],
//   "returned": [ { "request_id": 2, "reference": "N-000003", "reason_code": "...",
//                   "note": "...", "proposer": "olive", "proposed_at": "...Z",
//                   "rejected_by": "sam", "rejected_at": "...Z", "rejection_note": "..." } ]
// }
// "overdue": pending for more than proposal_pending_alert_days. "flagged_without_proposal"
// lists only nominals below the threshold with no pending proposal for more than
// flagged_without_proposal_alert_days, counted from "since": the later of "flagged_since"
// (approximated: see RemovalService::flaggedSince) and the last rejection or withdrawal.
// "returned": rejected proposals with nothing proposed since, back with their proposer.
#include "CliSupport.h"
#include "Command.h"
#include "accounts/Accounts.h"
#include "core/Error.h"
#include "core/Time.h"
#include "policy/Policy.h"
#include "policy/PolicyStore.h"
#include "workflow/RemovalService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace corroborate::cli {
namespace {
struct RemovalText
{
    Q_DECLARE_TR_FUNCTIONS(RemovalCommand)
};

const QString kProposeSynopsis =
    QStringLiteral("removal propose FILE --nominal REF --reason CODE [--note TEXT]");
const QString kApproveSynopsis = QStringLiteral("removal approve FILE --nominal REF");
const QString kRejectSynopsis = QStringLiteral("removal reject FILE --nominal REF --note TEXT");
const QString kWithdrawSynopsis = QStringLiteral("removal withdraw FILE --nominal REF");
const QString kListSynopsis = QStringLiteral("removal list FILE [--json]");

QCommandLineOption nominalOption()
{
    return QCommandLineOption(QStringLiteral("nominal"),
                              RemovalText::tr("The nominal's reference, e.g. N-000123."),
                              QStringLiteral("REF"));
}

QString requireValue(const QCommandLineParser& parser, const QCommandLineOption& option,
                     const QString& synopsis)
{
    if (!parser.isSet(option))
        throw Error(ErrorKind::Usage,
                    RemovalText::tr("--%1 is required.\nUsage: corroborate-cli %2")
                        .arg(option.names().constFirst(), synopsis));
    return parser.value(option);
}

void printProblems(const QStringList& problems)
{
    for (const QString& p : problems)
        Cli::err() << RemovalText::tr("Warning: %1").arg(p) << "\n";
    Cli::err().flush();
}

int runPropose(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption nominal = nominalOption();
    const QCommandLineOption reason(
        QStringLiteral("reason"),
        RemovalText::tr("Reason code: %1.")
            .arg(RemovalService::reasonCodes().join(QStringLiteral(", "))),
        QStringLiteral("CODE"));
    const QCommandLineOption note(QStringLiteral("note"),
                                  RemovalText::tr("Why (required for OTHER). Never copied into "
                                                  "the audit log or the erasure register."),
                                  QStringLiteral("TEXT"));
    parser.addOptions({nominal, reason, note});
    if (!Cli::parse(parser, args, kProposeSynopsis,
                    RemovalText::tr("Proposes removing a nominal (officers and supervisors). "
                                    "While the proposal is pending the nominal is restricted: "
                                    "left out of partner packs and extracts. One pending "
                                    "proposal per nominal (a second: exit 6). An unknown "
                                    "nominal or reason code, or OTHER without a note: exit 2."),
                    1))
        return 0;
    const QString reference = requireValue(parser, nominal, kProposeSynopsis);
    const QString code = requireValue(parser, reason, kProposeSynopsis);
    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    const User actor = Cli::signIn(*file);
    const RemovalRequest r =
        RemovalService(file->db()).propose(actor, reference, code, parser.value(note));
    Cli::err() << RemovalText::tr("Proposed the removal of %1 (%2), request %3. It awaits a "
                                  "supervisor's sign-off; until then %1 is restricted.")
                      .arg(r.reference, r.reasonCode)
                      .arg(r.id)
               << "\n";
    return 0;
}

int runApprove(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption nominal = nominalOption();
    parser.addOption(nominal);
    if (!Cli::parse(parser, args, kApproveSynopsis,
                    RemovalText::tr("Approves a pending removal and erases the nominal "
                                    "(supervisors, never their own proposal: exit 3). "
                                    "CORROBORATE_PASSWORD is the supervisor's own password: it "
                                    "is checked again and opens their key, which signs the "
                                    "decision (request, reference, reason, proposer, approver, "
                                    "time, and the hash of the nominal's evaluation now). The "
                                    "erasure register keeps the signed decision. No pending "
                                    "proposal: exit 2."),
                    1))
        return 0;
    const QString reference = requireValue(parser, nominal, kApproveSynopsis);
    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    const QString username = Cli::actingUsername();
    const Secret password =
        Cli::secret("CORROBORATE_PASSWORD", RemovalText::tr("Password for %1").arg(username));
    const User actor = Accounts(file->db()).signIn(username, password);
    const ApprovalResult result = RemovalService(file->db()).approve(actor, password, reference);
    // Erased only when the file and its log hold nothing of the person; otherwise pending.
    Cli::err() << (result.scrubProblems.isEmpty()
                       ? RemovalText::tr("Approved the removal of %1 and erased it. Erasure "
                                         "register entry %2, signed by %3.")
                       : RemovalText::tr("Approved the removal of %1 (erasure register entry %2, "
                                         "signed by %3); its erasure is pending."))
                      .arg(result.erasure.reference)
                      .arg(result.erasure.id)
                      .arg(result.erasure.approver)
               << "\n";
    printProblems(result.scrubProblems);
    if (!result.mentions.isEmpty()) {
        Cli::err() << RemovalText::tr("Other nominals' intelligence mentions the erased person; "
                                      "a reviewer should edit it (it was not changed):")
                   << "\n";
        for (const QString& line : ApprovalResult::describe(result.mentions))
            Cli::err() << "  " << line << "\n";
        Cli::err().flush();
    }
    return 0;
}

int runReject(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption nominal = nominalOption();
    const QCommandLineOption note(QStringLiteral("note"),
                                  RemovalText::tr("Why, for the proposer (required)."),
                                  QStringLiteral("TEXT"));
    parser.addOptions({nominal, note});
    if (!Cli::parse(parser, args, kRejectSynopsis,
                    RemovalText::tr("Rejects a pending removal with a note that goes back to the "
                                    "proposer (supervisors, never their own proposal: exit 3). "
                                    "No pending proposal: exit 2."),
                    1))
        return 0;
    const QString reference = requireValue(parser, nominal, kRejectSynopsis);
    const QString text = requireValue(parser, note, kRejectSynopsis);
    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    const User actor = Cli::signIn(*file);
    RemovalService(file->db()).reject(actor, reference, text);
    Cli::err() << RemovalText::tr("Rejected the removal of %1; it is back with its proposer.")
                      .arg(reference)
               << "\n";
    return 0;
}

int runWithdraw(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption nominal = nominalOption();
    parser.addOption(nominal);
    if (!Cli::parse(parser, args, kWithdrawSynopsis,
                    RemovalText::tr("Withdraws your own pending removal proposal (only the "
                                    "proposer: exit 3 for anyone else). No pending proposal: "
                                    "exit 2."),
                    1))
        return 0;
    const QString reference = requireValue(parser, nominal, kWithdrawSynopsis);
    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    const User actor = Cli::signIn(*file);
    RemovalService(file->db()).withdraw(actor, reference);
    Cli::err() << RemovalText::tr("Withdrew the removal proposal for %1.").arg(reference) << "\n";
    return 0;
}

int runList(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  RemovalText::tr("Print JSON (shape in RemovalCommand.cpp): "
                                                  "{as_of, policy_version, "
                                                  "proposal_pending_alert_days, "
                                                  "flagged_without_proposal_alert_days, "
                                                  "pending[{request_id, reference, "
                                                  "reason_code, note, proposer, proposed_at, "
                                                  "days_pending, overdue, evaluation_hash}], "
                                                  "flagged_without_proposal[{reference, "
                                                  "flagged_since, since, "
                                                  "days_without_proposal, reasons}], "
                                                  "returned[{request_id, reference, "
                                                  "reason_code, note, proposer, proposed_at, "
                                                  "rejected_by, rejected_at, "
                                                  "rejection_note}]}."));
    parser.addOption(json);
    if (!Cli::parse(parser, args, kListSynopsis,
                    RemovalText::tr("Lists removals awaiting sign-off (\"overdue\" when pending "
                                    "longer than the policy's proposal_pending_alert_days), "
                                    "flagged nominals with no proposal for longer than "
                                    "flagged_without_proposal_alert_days, and rejected "
                                    "proposals returned to their proposers."),
                    1))
        return 0;
    auto file = Cli::openCaseFile(parser.positionalArguments().first());
    const User actor = Cli::signIn(*file);
    RemovalService service(file->db());
    const QDate today = Time::today();
    const Policy policy = Policy::fromStored(PolicyStore(file->db()).active());
    const QList<PendingProposal> pending = service.pending(today);
    const QList<FlaggedAlert> flagged = service.flaggedWithoutProposal(today);
    const QList<RemovalRequest> returned = service.returned();
    QTextStream& out = Cli::out();

    if (parser.isSet(json)) {
        QJsonArray pendingJson;
        for (const PendingProposal& p : pending) {
            pendingJson.append(
                QJsonObject{{QStringLiteral("request_id"), p.request.id},
                            {QStringLiteral("reference"), p.request.reference},
                            {QStringLiteral("reason_code"), p.request.reasonCode},
                            {QStringLiteral("note"), p.request.note},
                            {QStringLiteral("proposer"), p.request.proposer},
                            {QStringLiteral("proposed_at"), p.request.proposedAt},
                            {QStringLiteral("days_pending"), p.daysPending},
                            {QStringLiteral("overdue"), p.overdue},
                            {QStringLiteral("evaluation_hash"), p.request.evaluationHash}});
        }
        QJsonArray flaggedJson;
        for (const FlaggedAlert& a : flagged) {
            flaggedJson.append(
                QJsonObject{{QStringLiteral("reference"), a.reference},
                            {QStringLiteral("flagged_since"), a.flaggedSince.toString(Qt::ISODate)},
                            {QStringLiteral("since"), a.since.toString(Qt::ISODate)},
                            {QStringLiteral("days_without_proposal"), a.daysWithoutProposal},
                            {QStringLiteral("reasons"), QJsonArray::fromStringList(a.reasons)}});
        }
        QJsonArray returnedJson;
        for (const RemovalRequest& r : returned) {
            returnedJson.append(QJsonObject{{QStringLiteral("request_id"), r.id},
                                            {QStringLiteral("reference"), r.reference},
                                            {QStringLiteral("reason_code"), r.reasonCode},
                                            {QStringLiteral("note"), r.note},
                                            {QStringLiteral("proposer"), r.proposer},
                                            {QStringLiteral("proposed_at"), r.proposedAt},
                                            {QStringLiteral("rejected_by"), r.decidedBy},
                                            {QStringLiteral("rejected_at"), r.decidedAt},
                                            {QStringLiteral("rejection_note"), r.decisionNote}});
        }
        const QJsonObject root{
            {QStringLiteral("as_of"), today.toString(Qt::ISODate)},
            {QStringLiteral("policy_version"), policy.version},
            {QStringLiteral("proposal_pending_alert_days"), policy.proposalPendingAlertDays},
            {QStringLiteral("flagged_without_proposal_alert_days"),
             policy.flaggedWithoutProposalAlertDays},
            {QStringLiteral("pending"), pendingJson},
            {QStringLiteral("flagged_without_proposal"), flaggedJson},
            {QStringLiteral("returned"), returnedJson}};
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        out.flush();
        return 0;
    }

    out << RemovalText::tr("Awaiting sign-off (%1):").arg(pending.size()) << "\n";
    for (const PendingProposal& p : pending) {
        out << "  " << p.request.reference << "  " << p.request.reasonCode << "  "
            << RemovalText::tr("proposed by %1 on %2, %n day(s) ago", nullptr, p.daysPending)
                   .arg(p.request.proposer, p.request.proposedAt.left(10));
        if (p.overdue)
            out << "  "
                << RemovalText::tr("OVERDUE (more than %n day(s))", nullptr,
                                   policy.proposalPendingAlertDays);
        out << "\n";
        if (!p.request.note.isEmpty())
            out << "      " << RemovalText::tr("note: %1").arg(p.request.note) << "\n";
    }
    out << RemovalText::tr("Flagged with no removal proposal for more than %n day(s) (%1):",
                           nullptr, policy.flaggedWithoutProposalAlertDays)
               .arg(flagged.size())
        << "\n";
    for (const FlaggedAlert& a : flagged) {
        out << "  " << a.reference << "  "
            << RemovalText::tr("flagged since %1, %n day(s) without a proposal", nullptr,
                               a.daysWithoutProposal)
                   .arg(a.flaggedSince.toString(Qt::ISODate))
            << "  " << a.reasons.join(QStringLiteral(", ")) << "\n";
    }
    out << RemovalText::tr("Rejected and returned to the proposer (%1):").arg(returned.size())
        << "\n";
    for (const RemovalRequest& r : returned) {
        out << "  " << r.reference << "  " << r.reasonCode << "  "
            << RemovalText::tr("proposed by %1, rejected by %2 on %3: %4")
                   .arg(r.proposer, r.decidedBy, r.decidedAt.left(10), r.decisionNote)
            << "\n";
    }
    out.flush();
    return 0;
}

} // namespace

void addRemovalCommands(CommandRegistry& registry)
{
    registry.add({QStringLiteral("removal propose"), kProposeSynopsis,
                  QStringLiteral("Propose removing a nominal."), false, runPropose});
    registry.add({QStringLiteral("removal approve"), kApproveSynopsis,
                  QStringLiteral("Approve (sign) a removal and erase the "
                                 "nominal (supervisors)."),
                  false, runApprove});
    registry.add({QStringLiteral("removal reject"), kRejectSynopsis,
                  QStringLiteral("Reject a removal with a note (supervisors)."), false, runReject});
    registry.add({QStringLiteral("removal withdraw"), kWithdrawSynopsis,
                  QStringLiteral("Withdraw your own removal proposal."), false, runWithdraw});
    registry.add({QStringLiteral("removal list"), kListSynopsis,
                  QStringLiteral("List removals awaiting sign-off and alerts."), false, runList});
}

} // namespace corroborate::cli
