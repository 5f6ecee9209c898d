#include "RemovalService.h"

#include "accounts/Accounts.h"
#include "audit/AuditLog.h"
#include "core/Error.h"
#include "core/Time.h"
#include "policy/Evaluator.h"
#include "policy/Policy.h"
#include "policy/PolicyStore.h"
#include "rights/RightsService.h"
#include "store/Database.h"
#include "store/ErasureRepository.h"
#include "store/EvaluationStream.h"
#include "store/NominalRepository.h"

#include <QDateTime>
#include <algorithm>
#include <sodium.h>

namespace corroborate {

namespace {
const QString kOther = QStringLiteral("OTHER");

bool sameUser(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0; // user names are unique without case
}

// The local calendar day of a stored UTC time stamp.
QDate localDayOf(const QString& utc)
{
    return QDateTime::fromString(utc, Qt::ISODate).toLocalTime().date();
}

Policy activePolicy(Database& db)
{
    return Policy::fromStored(PolicyStore(db).active());
}
} // namespace

const QStringList& RemovalService::reasonCodes()
{
    static const QStringList codes{QStringLiteral("BELOW_THRESHOLD"),
                                   QStringLiteral("VICTIM_OR_AT_RISK"),
                                   QStringLiteral("ZERO_HARM"),
                                   QStringLiteral("NO_LONGER_NECESSARY"),
                                   QStringLiteral("INACCURATE"),
                                   QStringLiteral("SUBJECT_REQUEST"),
                                   kOther};
    return codes;
}

bool RemovalService::isReasonCode(const QString& code)
{
    return reasonCodes().contains(code);
}

QString RemovalService::reasonText(const QString& code)
{
    if (code == u"BELOW_THRESHOLD")
        return tr("Below the threshold under the current policy");
    if (code == u"VICTIM_OR_AT_RISK")
        return tr("Recorded as a victim or as at risk, not as a suspected offender");
    if (code == u"ZERO_HARM")
        return tr("Harm score of zero");
    if (code == u"NO_LONGER_NECESSARY")
        return tr("No longer necessary for a policing purpose");
    if (code == u"INACCURATE")
        return tr("Inaccurate: the person should not have been listed");
    if (code == u"SUBJECT_REQUEST")
        return tr("Erasure requested by the person");
    if (code == kOther)
        return tr("Other reason (see the note)");
    return tr("Unknown reason code %1").arg(code);
}

QString RemovalService::suggestedReason(const Evaluation& evaluation)
{
    if (!evaluation.isFlagged())
        return {};
    const NominalReasons r = evaluation.reasons;
    if (r.testFlag(NominalReason::RecordedAsVictim) || r.testFlag(NominalReason::RecordedAsAtRisk))
        return QStringLiteral("VICTIM_OR_AT_RISK");
    NominalReasons rest = r;
    rest.setFlag(NominalReason::ReviewOverdue, false);
    if (rest == NominalReasons(NominalReason::ZeroHarmScore))
        return QStringLiteral("ZERO_HARM");
    return QStringLiteral("BELOW_THRESHOLD");
}

QString RemovalService::suggestedNote(const Evaluation& evaluation)
{
    QStringList words;
    // Why the person is below the threshold; an overdue review is not a reason to remove.
    for (const QString& code : evaluation.reasonCodes())
        if (code != Evaluation::code(NominalReason::ReviewOverdue))
            words << Evaluation::reasonText(code);
    return words.join(QStringLiteral("; "));
}

User RemovalService::currentUser(const User& actor)
{
    // Roles and the disabled flag as they are now, not as they were at sign-in.
    const std::optional<User> user = Accounts(m_db).find(actor.username);
    if (!user || user->disabled)
        throw Error(ErrorKind::NotPermitted,
                    tr("%1 is not an enabled user of this case file.").arg(actor.username));
    return *user;
}

Nominal RemovalService::requireNominal(const QString& reference)
{
    if (std::optional<Nominal> n = NominalRepository(m_db).find(reference))
        return *n;
    if (const std::optional<ErasureRecord> e = ErasureRepository(m_db).forReference(reference))
        throw Error(
            ErrorKind::InvalidData,
            tr("%1 was erased on %2 (see the erasure register); there is nothing left "
               "to decide.")
                .arg(reference,
                     Time::longDate(
                         QDateTime::fromString(e->erasedAt, Qt::ISODate).toLocalTime().date())));
    throw Error(ErrorKind::InvalidData,
                tr("There is no nominal with reference %1. Check the reference.").arg(reference));
}

RemovalRequest RemovalService::requirePending(const Nominal& nominal)
{
    if (std::optional<RemovalRequest> r = RemovalRepository(m_db).pendingFor(nominal.id))
        return *r;
    throw Error(ErrorKind::InvalidData,
                tr("There is no pending removal proposal for %1. Propose one first with "
                   "\"removal propose\".")
                    .arg(nominal.reference));
}

Evaluation RemovalService::currentEvaluation(const QString& reference)
{
    const Nominal nominal = requireNominal(reference);
    return evaluate(nominal, NominalRepository(m_db).intelligenceFor(nominal.id),
                    activePolicy(m_db), Time::today());
}

void RemovalService::checkProposal(const User& actorIn, const QString& reasonCode,
                                   const QString& note)
{
    const User actor = currentUser(actorIn);
    if (!actor.roles.has(Role::Officer) && !actor.roles.has(Role::Supervisor))
        throw Error(ErrorKind::NotPermitted,
                    tr("%1 may not propose removals: that needs the Officer or Supervisor role.")
                        .arg(actor.username));
    if (!isReasonCode(reasonCode))
        throw Error(ErrorKind::InvalidData,
                    tr("\"%1\" is not a removal reason code. Use one of: %2.")
                        .arg(reasonCode, reasonCodes().join(QStringLiteral(", "))));
    if (reasonCode == kOther && note.trimmed().isEmpty())
        throw Error(ErrorKind::InvalidData,
                    tr("A removal for reason OTHER needs a note saying why."));
    if (note.trimmed().size() > kMaxNoteLength)
        throw Error(ErrorKind::InvalidData, tr("The note is too long (%1 characters; at most %2).")
                                                .arg(note.trimmed().size())
                                                .arg(kMaxNoteLength));
}

RemovalRequest RemovalService::propose(const User& actor, const QString& reference,
                                       const QString& reasonCode, const QString& note)
{
    checkProposal(actor, reasonCode, note); // before anything is read: the caller's mistakes first
    Transaction tx(m_db);
    const Nominal nominal = requireNominal(reference);
    const Evaluation evaluation =
        evaluate(nominal, NominalRepository(m_db).intelligenceFor(nominal.id), activePolicy(m_db),
                 Time::today());
    RemovalRequest request = proposeWithin(actor, nominal, reasonCode, note, evaluation);
    tx.commit();
    return request;
}

RemovalRequest RemovalService::proposeWithin(const User& actor, const Nominal& nominal,
                                             const QString& reasonCode, const QString& note,
                                             const Evaluation& evaluation)
{
    checkProposal(actor, reasonCode, note);
    RightsService(m_db).checkMayPropose(nominal); // restricted (s.47): not while it holds
    RemovalRepository requests(m_db);
    if (const std::optional<RemovalRequest> existing = requests.pendingFor(nominal.id))
        throw Error(ErrorKind::Conflict,
                    tr("A removal of %1 is already awaiting sign-off (proposed by %2 on %3). "
                       "Only one proposal per nominal can be pending.")
                        .arg(nominal.reference, existing->proposer,
                             Time::longDate(QDateTime::fromString(existing->proposedAt, Qt::ISODate)
                                                .toLocalTime()
                                                .date())));
    const qint64 id = requests.insertPending(
        nominal.id, reasonCode, note.trimmed(), actor.username, Time::nowUtc(),
        QString::fromLatin1(evaluation.canonicalHash().toHex()));
    AuditLog(m_db).append(actor.username, AuditAction::Removal, nominal.reference, reasonCode,
                          QStringLiteral("proposed; request %1").arg(id));
    return *requests.find(id);
}

void RemovalService::withdraw(const User& actorIn, const QString& reference)
{
    const User actor = currentUser(actorIn);
    Transaction tx(m_db);
    const Nominal nominal = requireNominal(reference);
    const RemovalRequest request = requirePending(nominal);
    if (!sameUser(request.proposer, actor.username))
        throw Error(ErrorKind::NotPermitted,
                    tr("Only %1, who proposed the removal of %2, may withdraw it. A supervisor "
                       "may reject it instead.")
                        .arg(request.proposer, nominal.reference));
    RemovalRepository(m_db).close(request.id, request.version, RemovalState::Withdrawn,
                                  actor.username, Time::nowUtc(), {});
    AuditLog(m_db).append(actor.username, AuditAction::Removal, nominal.reference,
                          request.reasonCode,
                          QStringLiteral("withdrawn; request %1").arg(request.id));
    tx.commit();
}

void RemovalService::reject(const User& actorIn, const QString& reference, const QString& noteIn)
{
    const User actor = currentUser(actorIn);
    if (!actor.roles.has(Role::Supervisor))
        throw Error(
            ErrorKind::NotPermitted,
            tr("%1 may not reject removals: that needs the Supervisor role.").arg(actor.username));
    const QString note = noteIn.trimmed();
    if (note.isEmpty())
        throw Error(ErrorKind::InvalidData,
                    tr("Rejecting a removal needs a note for the proposer saying why."));
    if (note.size() > kMaxNoteLength)
        throw Error(ErrorKind::InvalidData, tr("The note is too long (%1 characters; at most %2).")
                                                .arg(note.size())
                                                .arg(kMaxNoteLength));
    Transaction tx(m_db);
    const Nominal nominal = requireNominal(reference);
    const RemovalRequest request = requirePending(nominal);
    if (sameUser(request.proposer, actor.username))
        throw Error(ErrorKind::NotPermitted,
                    tr("%1 proposed the removal of %2, so another supervisor must decide it. "
                       "To take it back, withdraw it.")
                        .arg(actor.username, nominal.reference));
    RemovalRepository(m_db).close(request.id, request.version, RemovalState::Rejected,
                                  actor.username, Time::nowUtc(), note);
    AuditLog(m_db).append(actor.username, AuditAction::Removal, nominal.reference,
                          request.reasonCode,
                          QStringLiteral("rejected; request %1; returned to %2")
                              .arg(request.id)
                              .arg(request.proposer));
    tx.commit();
}

ApprovalResult RemovalService::approve(const User& actorIn, const Secret& password,
                                       const QString& reference, const QString& shownEvaluationHash)
{
    const User actor = currentUser(actorIn);
    if (!actor.roles.has(Role::Supervisor))
        throw Error(
            ErrorKind::NotPermitted,
            tr("%1 may not approve removals: that needs the Supervisor role.").arg(actor.username));
    // Cheap checks first, so the wrong person is told before any key derivation.
    {
        const Nominal nominal = requireNominal(reference);
        const RemovalRequest request = requirePending(nominal);
        if (sameUser(request.proposer, actor.username))
            throw Error(ErrorKind::NotPermitted,
                        tr("%1 proposed the removal of %2, so another supervisor must approve "
                           "it.")
                            .arg(actor.username, nominal.reference));
        // An open subject access request (s.173) or a restriction (s.47): not now.
        RightsService(m_db).checkMayErase(nominal);
    }
    Accounts accounts(m_db);
    if (!accounts.checkPassword(actor.username, password))
        throw Error(ErrorKind::NotPermitted,
                    tr("The password is not right. Approving a removal needs your own password "
                       "again: it opens the key that signs the decision."));
    Secret secretKey = accounts.unsealSigningKey(actor.username, password);
    if (secretKey.size() != static_cast<qsizetype>(crypto_sign_SECRETKEYBYTES) ||
        actor.signPublicKey.size() != static_cast<qsizetype>(crypto_sign_PUBLICKEYBYTES))
        throw Error(ErrorKind::Verification,
                    tr("The signing key of %1 is damaged.").arg(actor.username));
    if (sodium_init() < 0)
        throw Error(ErrorKind::Internal, QStringLiteral("libsodium could not be initialised."));

    Transaction tx(m_db);
    // Again under the write lock: someone may have decided meanwhile.
    const Nominal nominal = requireNominal(reference);
    const RemovalRequest request = requirePending(nominal);
    if (sameUser(request.proposer, actor.username))
        throw Error(ErrorKind::NotPermitted,
                    tr("%1 proposed the removal of %2, so another supervisor must approve it.")
                        .arg(actor.username, nominal.reference));
    RightsService(m_db).checkMayErase(nominal); // again under the write lock
    const Policy policy = activePolicy(m_db);
    const Evaluation evaluation = evaluate(
        nominal, NominalRepository(m_db).intelligenceFor(nominal.id), policy, Time::today());
    const QString evaluationHash = QString::fromLatin1(evaluation.canonicalHash().toHex());
    if (!shownEvaluationHash.isEmpty() &&
        shownEvaluationHash.compare(evaluationHash, Qt::CaseInsensitive) != 0)
        throw Error(ErrorKind::Conflict,
                    tr("The evaluation of %1 has changed since it was shown to you (its "
                       "intelligence, details or the policy changed). Review it again before "
                       "deciding.")
                        .arg(nominal.reference));

    RemovalDecision decision;
    decision.requestId = request.id;
    decision.reference = nominal.reference;
    decision.listedOn = nominal.listedOn;
    decision.reasonCode = request.reasonCode;
    decision.proposer = request.proposer;
    decision.proposedAt = request.proposedAt;
    decision.approver = actor.username;
    decision.approvedAt = Time::nowUtc();
    decision.approverPublicKey = actor.signPublicKey;
    decision.evaluationHash = evaluationHash;
    decision.policyVersion = evaluation.policyVersion;
    const QByteArray payload = decision.canonicalPayload();

    QByteArray signature(static_cast<qsizetype>(crypto_sign_BYTES), Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(payload.constData()),
                         static_cast<unsigned long long>(payload.size()),
                         reinterpret_cast<const unsigned char*>(secretKey.data()));
    secretKey.wipe();
    // The sealed secret and the stored public key must belong together, or verify would fail
    // for ever after: check before anything is erased.
    if (crypto_sign_verify_detached(
            reinterpret_cast<const unsigned char*>(signature.constData()),
            reinterpret_cast<const unsigned char*>(payload.constData()),
            static_cast<unsigned long long>(payload.size()),
            reinterpret_cast<const unsigned char*>(actor.signPublicKey.constData())) != 0)
        throw Error(ErrorKind::Verification,
                    tr("The signing key of %1 does not match their public key; nothing was "
                       "erased. Report this fault.")
                        .arg(actor.username));

    RemovalRepository requests(m_db);
    requests.setEvaluationHash(request.id, evaluationHash);
    requests.close(request.id, request.version, RemovalState::Approved, actor.username,
                   decision.approvedAt, {});
    AuditLog(m_db).append(actor.username, AuditAction::Removal, nominal.reference,
                          request.reasonCode,
                          QStringLiteral("approved; request %1 proposed by %2; signed decision; "
                                         "evaluation %3 under policy %4")
                              .arg(request.id)
                              .arg(request.proposer)
                              .arg(evaluationHash.left(16))
                              .arg(decision.policyVersion));
    ApprovalResult result;
    result.erasure = ErasureService(m_db).erase(nominal, decision, QString::fromUtf8(payload),
                                                signature, actor.username);
    tx.commit();
    // The erasure has happened; a failure from here on is reported, not thrown, so nobody is
    // told that an approval failed when it did not.
    try {
        result.scrubProblems = ErasureService(m_db).scrub();
        result.mentions = ErasureService(m_db).mentionsFor(result.erasure.id);
    } catch (const Error& e) {
        result.scrubProblems << e.message();
    }
    return result;
}

QStringList ApprovalResult::describe(const QList<FreeTextMention>& mentions)
{
    QStringList lines;
    for (const FreeTextMention& m : mentions)
        lines << RemovalService::tr("%1: intelligence item %2 (%3)")
                     .arg(m.nominalReference)
                     .arg(m.intelligenceId)
                     .arg(m.field.section(QLatin1Char('.'), 1));
    return lines;
}

std::optional<RemovalRequest> RemovalService::pendingFor(const QString& reference)
{
    const std::optional<Nominal> n = NominalRepository(m_db).find(reference);
    if (!n)
        return std::nullopt;
    return RemovalRepository(m_db).pendingFor(n->id);
}

QList<RemovalRequest> RemovalService::history(const QString& reference)
{
    const std::optional<Nominal> n = NominalRepository(m_db).find(reference);
    if (!n)
        return {};
    return RemovalRepository(m_db).history(n->id);
}

QList<PendingProposal> RemovalService::pending(const QDate& asOf)
{
    const Policy policy = activePolicy(m_db);
    QList<PendingProposal> out;
    for (const RemovalRequest& r : RemovalRepository(m_db).pending()) {
        PendingProposal p;
        p.request = r;
        p.daysPending = static_cast<int>(localDayOf(r.proposedAt).daysTo(asOf));
        p.overdue = p.daysPending > policy.proposalPendingAlertDays;
        out << p;
    }
    return out;
}

QList<RemovalRequest> RemovalService::returned(const QString& proposer)
{
    return RemovalRepository(m_db).returned(proposer);
}

QDate RemovalService::flaggedSince(const Evaluator& evaluator, const Nominal& nominal,
                                   const QList<IntelligenceItem>& intelligence, const QDate& asOf,
                                   int maxIntelligenceAgeMonths)
{
    return flaggedSince(evaluator, nominal, intelligence,
                        evaluator.evaluate(nominal, intelligence, asOf), maxIntelligenceAgeMonths);
}

QDate RemovalService::flaggedSince(const Evaluator& evaluator, const Nominal& nominal,
                                   const QList<IntelligenceItem>& intelligence,
                                   const Evaluation& now, int maxIntelligenceAgeMonths)
{
    if (!now.isFlagged())
        return {};
    const QDate asOf = now.asOf;
    const QDate start =
        nominal.listedOn.isValid() && nominal.listedOn <= asOf ? nominal.listedOn : asOf;
    // Reasons that no date of any item can change: flagged since the listing, as far as the
    // file can tell.
    const NominalReasons undated =
        NominalReason::RecordedAsVictim | NominalReason::RecordedAsAtRisk |
        NominalReason::ClassificationNotEligible | NominalReason::ZeroHarmScore;
    if (now.reasons & undated)
        return start;
    // The status changes only when an item that can qualify arrives or ages out.
    const ItemReasons undatedItem =
        ItemReason::SourceNotReliableEnough | ItemReason::AssessmentTooWeak |
        ItemReason::NotEvidenceOfMembership | ItemReason::LegacySourceNotReliableEnough |
        ItemReason::LegacyAssessmentTooWeak;
    QList<QDate> days{start};
    for (qsizetype i = 0; i < intelligence.size(); ++i) {
        const IntelligenceItem& item = intelligence[i];
        if (!item.obtainedOn.isValid())
            continue;
        if (i < now.intelligence.size() && (now.intelligence[i].reasons & undatedItem))
            continue; // never qualifies, whatever the date
        days << item.obtainedOn << item.obtainedOn.addMonths(maxIntelligenceAgeMonths).addDays(1);
    }
    days.erase(std::remove_if(days.begin(), days.end(),
                              [&](const QDate& d) { return d < start || d > asOf; }),
               days.end());
    std::sort(days.begin(), days.end(), std::greater<>());
    days.erase(std::unique(days.begin(), days.end()), days.end());

    // Walking back in time, the items known on a day are a shrinking prefix of the items in
    // date order (undated ones first: they are always there, and always too old).
    QList<IntelligenceItem> known = intelligence;
    std::stable_sort(known.begin(), known.end(),
                     [](const IntelligenceItem& a, const IntelligenceItem& b) {
                         return a.obtainedOn < b.obtainedOn;
                     });
    QDate since = days.isEmpty() ? asOf : days.first();
    Evaluation scratch;
    for (const QDate& day : days) {
        qsizetype n = known.size();
        while (n > 0 && known[n - 1].obtainedOn.isValid() && known[n - 1].obtainedOn > day)
            --n;
        known.resize(n);
        evaluator.evaluate(nominal, known, day, scratch);
        if (!scratch.isFlagged())
            break;
        since = day;
    }
    return since;
}

QList<FlaggedAlert> RemovalService::flaggedWithoutProposal(const QDate& asOf)
{
    const Policy policy = activePolicy(m_db);
    const Evaluator evaluator(policy);
    RemovalRepository requests(m_db);
    const QSet<QString> pendingRefs = requests.pendingReferences();
    const QHash<qint64, QString> lastClosed = requests.lastClosedAt();
    QList<FlaggedAlert> out;
    Evaluation scratch;
    EvaluationStream(m_db).run(
        [&](const Nominal& nominal, const QList<IntelligenceItem>& intelligence) {
            evaluator.evaluate(nominal, intelligence, asOf, scratch);
            if (!scratch.isFlagged() || pendingRefs.contains(nominal.reference))
                return true;
            FlaggedAlert a;
            a.nominalId = nominal.id;
            a.reference = nominal.reference;
            a.flaggedSince = flaggedSince(evaluator, nominal, intelligence, scratch,
                                          policy.maxIntelligenceAgeMonths);
            a.since = a.flaggedSince;
            if (const auto it = lastClosed.constFind(nominal.id); it != lastClosed.constEnd()) {
                const QDate closed = localDayOf(*it);
                if (closed.isValid() && closed > a.since)
                    a.since = closed;
            }
            a.daysWithoutProposal = static_cast<int>(a.since.daysTo(asOf));
            if (a.daysWithoutProposal > policy.flaggedWithoutProposalAlertDays) {
                a.reasons = scratch.reasonCodes();
                out << a;
            }
            return true;
        });
    std::sort(out.begin(), out.end(), [](const FlaggedAlert& a, const FlaggedAlert& b) {
        return a.daysWithoutProposal != b.daysWithoutProposal
                   ? a.daysWithoutProposal > b.daysWithoutProposal
                   : a.reference < b.reference;
    });
    return out;
}

bool RemovalService::isPending(const QString& reference)
{
    return RemovalRepository(m_db).isPending(reference);
}

bool RemovalService::isRestricted(const QString& reference)
{
    const std::optional<Nominal> n = NominalRepository(m_db).find(reference);
    if (!n)
        return false;
    if (RemovalRepository(m_db).pendingFor(n->id))
        return true;
    return evaluate(*n, NominalRepository(m_db).intelligenceFor(n->id), activePolicy(m_db),
                    Time::today())
        .isFlagged();
}

QSet<QString> RemovalService::restrictedReferences()
{
    const Evaluator evaluator(activePolicy(m_db));
    const QDate today = Time::today();
    QSet<QString> out = RemovalRepository(m_db).pendingReferences();
    Evaluation scratch;
    EvaluationStream(m_db).run(
        [&](const Nominal& nominal, const QList<IntelligenceItem>& intelligence) {
            evaluator.evaluate(nominal, intelligence, today, scratch);
            if (scratch.isFlagged())
                out.insert(nominal.reference);
            return true;
        });
    return out;
}

QStringList RemovalService::restrictedAmong(const QStringList& references)
{
    QStringList out;
    for (const QString& reference : references) {
        if (isRestricted(reference))
            out << reference;
    }
    return out;
}

QStringList RemovalService::verifySignatures()
{
    return ErasureService(m_db).verifySignatures();
}

} // namespace corroborate
