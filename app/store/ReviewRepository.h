#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace corroborate {

class Database;

// One stored review (docs/DESIGN.md §3): the evaluation the reviewer saw and what they decided.
struct ReviewRecord
{
    qint64 id = 0;
    qint64 nominalId = 0;
    qint64 sessionId = 0; // 0 when not part of a session
    QString reviewer;
    QString reviewedAt; // UTC ISO 8601
    int policyVersion = 0;
    QString evaluationJson;
    QString decision; // retain | propose_removal | defer
    QString reason;
    QDate retainUntil; // retain only
};

// A review session: its queue of references and how far the reviewer has gone.
struct ReviewSessionRecord
{
    qint64 id = 0;
    QString reviewer;
    QString startedAt;
    QStringList queue;
    int position = 0;
    QString finishedAt; // empty while open
};

// Reviews and review sessions. Writes join the caller's transaction.
class ReviewRepository
{
public:
    explicit ReviewRepository(Database& db)
        : m_db(db)
    {
    }

    qint64 insertReview(const ReviewRecord& review);
    // Newest first.
    QList<ReviewRecord> historyFor(qint64 nominalId, int limit);

    qint64 createSession(const QString& reviewer, const QStringList& queue);
    void setSessionPosition(qint64 sessionId, int position);
    void finishSession(qint64 sessionId);
    std::optional<ReviewSessionRecord> session(qint64 sessionId);
    // The reviewer's unfinished sessions, newest first.
    QList<ReviewSessionRecord> openSessions(const QString& reviewer);

private:
    Database& m_db;
};

} // namespace corroborate
