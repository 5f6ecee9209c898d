#include "ReviewService.h"

#include "RemovalService.h"
#include "audit/AuditLog.h"
#include "core/Error.h"
#include "core/Time.h"
#include "policy/Evaluator.h"
#include "rights/RightsService.h"
#include "store/Database.h"
#include "store/NominalRepository.h"
#include "store/RemovalRepository.h"

#include <QJsonDocument>

namespace corroborate {

ReviewService::ReviewService(Database& db, QString username)
    : m_db(db)
    , m_username(std::move(username))
{
}

QString ReviewService::wireName(ReviewDecision d)
{
    switch (d) {
    case ReviewDecision::Retain:
        return QStringLiteral("retain");
    case ReviewDecision::ProposeRemoval:
        return QStringLiteral("propose_removal");
    case ReviewDecision::Defer:
        break;
    }
    return QStringLiteral("defer");
}

QString ReviewService::label(ReviewDecision d)
{
    switch (d) {
    case ReviewDecision::Retain:
        return tr("Retain");
    case ReviewDecision::ProposeRemoval:
        return tr("Propose removal");
    case ReviewDecision::Defer:
        break;
    }
    return tr("Defer");
}

QDate ReviewService::defaultRetainUntil(const Policy& policy, const QDate& today)
{
    return today.addDays(policy.reviewIntervalDays);
}

ReviewSessionRecord ReviewService::startSession(const QStringList& asked)
{
    Transaction tx(m_db);
    // Nominals whose processing is restricted (DPA 2018 s.47) are left out of the queue.
    const QStringList queue = RightsService(m_db).withoutRestricted(asked);
    if (queue.isEmpty())
        throw Error(ErrorKind::Usage, asked.isEmpty()
                                          ? tr("There is nobody to review in this session.")
                                          : tr("There is nobody to review in this session: every "
                                               "nominal chosen is restricted."));
    ReviewRepository repo(m_db);
    const qint64 id = repo.createSession(m_username, queue);
    AuditLog(m_db).append(m_username, AuditAction::Review, QStringLiteral("session:%1").arg(id),
                          QString(), QStringLiteral("started; %1 nominals").arg(queue.size()));
    tx.commit();
    return *repo.session(id);
}

std::optional<ReviewSessionRecord> ReviewService::session(qint64 id)
{
    return ReviewRepository(m_db).session(id);
}

QList<ReviewSessionRecord> ReviewService::openSessions()
{
    return ReviewRepository(m_db).openSessions(m_username);
}

void ReviewService::pause(qint64 sessionId, int position)
{
    Transaction tx(m_db);
    ReviewRepository(m_db).setSessionPosition(sessionId, position);
    tx.commit();
}

void ReviewService::finish(qint64 sessionId)
{
    Transaction tx(m_db);
    ReviewRepository(m_db).finishSession(sessionId);
    AuditLog(m_db).append(m_username, AuditAction::Review,
                          QStringLiteral("session:%1").arg(sessionId), QString(),
                          QStringLiteral("finished"));
    tx.commit();
}

qint64 ReviewService::decide(const DecisionInput& input, const Policy& policy, qint64 sessionId,
                             int nextPosition)
{
    const QDate today = Time::today();
    const QString reason = input.reason.trimmed();
    if (input.decision != ReviewDecision::Retain && reason.isEmpty())
        throw Error(ErrorKind::Usage, input.decision == ReviewDecision::Defer
                                          ? tr("Say why you are deferring this review.")
                                          : tr("Say why you propose removing this person."));
    if (input.decision == ReviewDecision::Retain) {
        if (!input.evaluation.meetsThreshold())
            throw Error(ErrorKind::NotPermitted,
                        tr("Only a nominal who meets the threshold can be retained. Propose "
                           "removal or defer instead."));
        const QDate latest = defaultRetainUntil(policy, today);
        if (!input.retainUntil.isValid() || input.retainUntil <= today ||
            input.retainUntil > latest)
            throw Error(ErrorKind::InvalidData,
                        tr("Choose a retain-until date after today and no later than %1.")
                            .arg(QLocale().toString(latest, QLocale::ShortFormat)));
    }

    Transaction tx(m_db);
    NominalRepository nominals(m_db);
    const std::optional<Nominal> nominal = nominals.findById(input.nominalId);
    if (!nominal)
        throw Error(ErrorKind::Conflict,
                    tr("This nominal was removed by someone else while you were reviewing."));
    const Evaluation now =
        Evaluator(policy).evaluate(*nominal, nominals.intelligenceFor(nominal->id), today);
    if (now.status != input.evaluation.status || now.reasons != input.evaluation.reasons ||
        now.independentSources != input.evaluation.independentSources)
        throw Error(ErrorKind::Conflict,
                    tr("%1's record changed while you were reviewing it, and the threshold "
                       "result is now different. Look at the threshold step again, then "
                       "decide.")
                        .arg(nominal->reference));

    ReviewRecord review;
    review.nominalId = nominal->id;
    review.sessionId = sessionId;
    review.reviewer = m_username;
    review.reviewedAt = Time::nowUtc();
    review.policyVersion = input.evaluation.policyVersion;
    review.evaluationJson = QString::fromUtf8(input.evaluation.canonicalJson());
    review.decision = wireName(input.decision);
    review.reason = reason;
    if (input.decision == ReviewDecision::Retain)
        review.retainUntil = input.retainUntil;
    ReviewRepository repo(m_db);
    const qint64 id = repo.insertReview(review);
    AuditLog audit(m_db);
    audit.append(m_username, AuditAction::Review, nominal->reference,
                 sessionId > 0 ? QStringLiteral("review session %1").arg(sessionId) : QString(),
                 QStringLiteral("decision: %1; policy %2; status %3")
                     .arg(review.decision)
                     .arg(review.policyVersion)
                     .arg(Evaluation::code(input.evaluation.status)));

    switch (input.decision) {
    case ReviewDecision::Retain:
        nominals.setLastReviewed(nominal->id, today, m_username);
        break;
    case ReviewDecision::ProposeRemoval: {
        // The removal workflow's own repository and reason codes, in this transaction, so the
        // review and the proposal land together; its sign-off screens take it from there.
        RemovalRepository requests(m_db);
        if (const std::optional<RemovalRequest> existing = requests.pendingFor(nominal->id))
            throw Error(
                ErrorKind::Conflict,
                tr("A removal of %1 is already awaiting sign-off (proposed by %2 on %3).")
                    .arg(nominal->reference, existing->proposer, existing->proposedAt.left(10)));
        QString code = RemovalService::suggestedReason(input.evaluation);
        if (code.isEmpty())
            code = QStringLiteral("NO_LONGER_NECESSARY");
        const qint64 request =
            requests.insertPending(nominal->id, code, reason, m_username, Time::nowUtc(),
                                   QString::fromLatin1(input.evaluation.canonicalHash().toHex()));
        audit.append(m_username, AuditAction::Removal, nominal->reference, code,
                     QStringLiteral("proposed; request %1").arg(request));
        break;
    }
    case ReviewDecision::Defer:
        break;
    }
    if (sessionId > 0)
        repo.setSessionPosition(sessionId, nextPosition);
    tx.commit();
    return id;
}

} // namespace corroborate
