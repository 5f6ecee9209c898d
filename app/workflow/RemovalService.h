#pragma once

#include "ErasureService.h"
#include "accounts/User.h"
#include "core/Secret.h"
#include "policy/Evaluation.h"
#include "store/RemovalRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace corroborate {

class Database;
class Evaluator;
struct IntelligenceItem;
struct Nominal;

// A pending proposal with how long it has waited for a supervisor.
struct PendingProposal
{
    RemovalRequest request;
    int daysPending = 0;
    bool overdue = false; // pending for more than the policy's proposal_pending_alert_days
};

// A flagged nominal (below the threshold) that has had no removal proposal for more than the
// policy's flagged_without_proposal_alert_days.
struct FlaggedAlert
{
    qint64 nominalId = 0;
    QString reference;
    QDate flaggedSince; // see RemovalService::flaggedSince()
    QDate since;        // the later of flaggedSince and the last rejected/withdrawn proposal
    int daysWithoutProposal = 0;
    QStringList reasons; // the evaluation's reason codes today
};

// What a supervisor's approval did.
struct ApprovalResult
{
    ErasureRecord erasure;
    QStringList scrubProblems; // see ErasureService::scrub(); empty when nothing remains
    // Other nominals' intelligence that mentions the erased person, for a reviewer to edit.
    QList<FreeTextMention> mentions;
    // One line per mention: "N-000124: intelligence item 17 (summary)".
    static QStringList describe(const QList<FreeTextMention>& mentions);
};

// The removal workflow (issue 5; docs/DESIGN.md §6.3): proposals, the four-eyes sign-off with a
// signed decision, and erasure on approval. Every write is one transaction with its audit
// entries (references and reason codes only; notes are never copied into the log).
//
// Rules:
// - propose: an officer or supervisor; a reason code from reasonCodes(), a note required for
//   OTHER; one pending proposal per nominal (a second: Conflict).
// - withdraw: only the proposer.
// - reject: a supervisor who is not the proposer, with a note; the proposal goes back to the
//   proposer (state rejected; it shows in returned()).
// - approve: a supervisor who is not the proposer, whose password is checked again and opens
//   their Ed25519 signing key. The nominal is evaluated under the active policy and the
//   decision (RemovalDecision) signed; then, in the same transaction, the nominal is erased
//   (ErasureService). The erasure register keeps the signed decision.
// - The person's rights (rights/RightsService.h): a nominal whose processing is restricted
//   cannot be proposed; approval is refused while the nominal has an open subject access
//   request (DPA 2018 s.173) or is restricted (Conflict naming the request; the proposal
//   stays pending).
// Errors: NotPermitted (a role missing, the proposer deciding, someone else withdrawing, a
// wrong password), InvalidData (unknown or erased nominal, unknown reason code, missing note,
// no pending proposal), Conflict (already pending; decided meanwhile; the evaluation changed
// since it was shown).
//
// While a proposal is pending the nominal is restricted, like every nominal below the
// threshold: isRestricted(), restrictedReferences(), restrictedAmong().
class RemovalService
{
    Q_DECLARE_TR_FUNCTIONS(RemovalService)
public:
    explicit RemovalService(Database& db)
        : m_db(db)
    {
    }

    // BELOW_THRESHOLD, VICTIM_OR_AT_RISK, ZERO_HARM, NO_LONGER_NECESSARY, INACCURATE,
    // SUBJECT_REQUEST, OTHER: stable wire codes.
    static const QStringList& reasonCodes();
    static bool isReasonCode(const QString& code);
    static QString reasonText(const QString& code); // translated plain words
    // The reason to offer for a flagged nominal (its evaluation's reasons fill the note).
    static QString suggestedReason(const Evaluation& evaluation);
    static QString suggestedNote(const Evaluation& evaluation);
    static constexpr int kMaxNoteLength = 2000;

    RemovalRequest propose(const User& actor, const QString& reference, const QString& reasonCode,
                           const QString& note);
    // The same rules inside the caller's write transaction (a review saving its decision and
    // the proposal together); `evaluation` is the one the proposer saw, whose hash is stored.
    RemovalRequest proposeWithin(const User& actor, const Nominal& nominal,
                                 const QString& reasonCode, const QString& note,
                                 const Evaluation& evaluation);
    void withdraw(const User& actor, const QString& reference);
    void reject(const User& actor, const QString& reference, const QString& note);
    // `shownEvaluationHash` (hex), when given, is the hash of the evaluation the supervisor
    // was shown; if the evaluation is different now, nothing happens (Conflict).
    ApprovalResult approve(const User& actor, const Secret& password, const QString& reference,
                           const QString& shownEvaluationHash = {});

    // The nominal's evaluation today under the active policy (what a decision shows and signs).
    Evaluation currentEvaluation(const QString& reference);

    std::optional<RemovalRequest> pendingFor(const QString& reference);
    QList<RemovalRequest> history(const QString& reference);
    QList<PendingProposal> pending(const QDate& asOf);
    QList<RemovalRequest> returned(const QString& proposer = {});
    // One streaming pass over every nominal (EvaluationStream).
    QList<FlaggedAlert> flaggedWithoutProposal(const QDate& asOf);

    bool isPending(const QString& reference);
    // Pending proposal, or below the threshold under the active policy today. An unknown
    // reference is not restricted (there is nothing to share).
    bool isRestricted(const QString& reference);
    // Every restricted reference (one streaming pass).
    QSet<QString> restrictedReferences();
    // The restricted ones among `references` (partner packs of a batch), in their order.
    QStringList restrictedAmong(const QStringList& references);

    // See ErasureService::verifySignatures().
    QStringList verifySignatures();

    // When the nominal became flagged, approximately: the earliest day from which it has been
    // below the threshold on every day up to asOf, judged with its current details and
    // intelligence under `evaluator`'s policy. Its status can only change on the listing day,
    // on the day an item that can qualify was obtained, or on the day it became too old, so
    // only those days are evaluated (each with only the items obtained by then). Changes of
    // classification or harm score are not dated in the file: a nominal flagged for its
    // classification or a zero harm score counts as flagged since its listing. Null when the
    // nominal meets the threshold on asOf.
    static QDate flaggedSince(const Evaluator& evaluator, const Nominal& nominal,
                              const QList<IntelligenceItem>& intelligence, const QDate& asOf,
                              int maxIntelligenceAgeMonths);
    // The same, given the nominal's evaluation on asOf (made with `evaluator`).
    static QDate flaggedSince(const Evaluator& evaluator, const Nominal& nominal,
                              const QList<IntelligenceItem>& intelligence, const Evaluation& now,
                              int maxIntelligenceAgeMonths);

private:
    User currentUser(const User& actor);
    void checkProposal(const User& actor, const QString& reasonCode, const QString& note);
    Nominal requireNominal(const QString& reference);
    RemovalRequest requirePending(const Nominal& nominal);

    Database& m_db;
};

} // namespace corroborate
