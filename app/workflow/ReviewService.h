#pragma once

#include "policy/Evaluation.h"
#include "policy/Policy.h"
#include "store/ReviewRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace corroborate {

class Database;

enum class ReviewDecision
{
    Retain,         // "retain": only when the threshold is met; until a date
    ProposeRemoval, // "propose_removal": with a reason; a supervisor decides later
    Defer,          // "defer": with a reason; nothing changes
};

// What a reviewer decided about one nominal, with the evaluation they were shown.
struct DecisionInput
{
    qint64 nominalId = 0;
    ReviewDecision decision = ReviewDecision::Defer;
    QString reason;        // required for removal and defer; optional note for retain
    QDate retainUntil;     // retain only: after today and at most one review interval ahead
    Evaluation evaluation; // the one on screen when deciding
};

// Review sessions and decisions (docs/DESIGN.md §6.2). Each decision is one transaction: the
// review row with the evaluation JSON and policy version, the nominal's last review date (on
// retain), a pending removal proposal (on propose), the session's position, and the audit
// entries. Before saving, the nominal is evaluated again on the stored data: if the result
// differs from what the reviewer saw, nothing is saved (Conflict) and they look again.
class ReviewService
{
    Q_DECLARE_TR_FUNCTIONS(ReviewService)
public:
    ReviewService(Database& db, QString username);

    static QString wireName(ReviewDecision d);
    static QString label(ReviewDecision d);
    // The latest allowed retain-until date and the default one: one review interval ahead.
    static QDate defaultRetainUntil(const Policy& policy, const QDate& today);

    // Starts a session over `queue`, leaving out restricted nominals (RightsService); Usage
    // when nobody is left.
    ReviewSessionRecord startSession(const QStringList& queue);
    std::optional<ReviewSessionRecord> session(qint64 id);
    QList<ReviewSessionRecord> openSessions();
    void pause(qint64 sessionId, int position);
    void finish(qint64 sessionId);

    // Records the decision; returns the review id. `sessionId` 0 outside a session;
    // `nextPosition` is stored as the session's position.
    qint64 decide(const DecisionInput& input, const Policy& policy, qint64 sessionId = 0,
                  int nextPosition = 0);

private:
    Database& m_db;
    QString m_username;
};

} // namespace corroborate
