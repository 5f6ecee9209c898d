#pragma once

#include "core/Review.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace corroborate {

class Database;

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
