#pragma once

#include "core/Removal.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace corroborate {

class Database;

// Removal requests in the case file. Writes join the caller's transaction; the workflow
// (workflow/RemovalService.h) holds the rules.
class RemovalRepository
{
    Q_DECLARE_TR_FUNCTIONS(RemovalRepository)
public:
    explicit RemovalRepository(Database& db)
        : m_db(db)
    {
    }

    // Inserts a pending request and returns its id. The caller has checked that the nominal
    // has no pending request (within the same write transaction).
    qint64 insertPending(qint64 nominalId, const QString& reasonCode, const QString& note,
                         const QString& proposer, const QString& proposedAt,
                         const QString& evaluationHash);

    std::optional<RemovalRequest> find(qint64 id);
    std::optional<RemovalRequest> pendingFor(qint64 nominalId);
    // Every request for one nominal, oldest first.
    QList<RemovalRequest> history(qint64 nominalId);
    // Every pending request, oldest proposal first.
    QList<RemovalRequest> pending();
    // Rejected requests that were the nominal's latest (nothing proposed since), oldest first;
    // only those of `proposer` when given. These are "back with the proposer".
    QList<RemovalRequest> returned(const QString& proposer = {});

    // Moves a pending request at `version` to `state` (rejected, withdrawn or approved).
    // Throws Conflict when it is no longer pending or was changed meanwhile.
    void close(qint64 id, int version, const QString& state, const QString& decidedBy,
               const QString& decidedAt, const QString& decisionNote);
    void setEvaluationHash(qint64 id, const QString& evaluationHash);

    bool isPending(const QString& reference);
    // References of every nominal with a pending request.
    QSet<QString> pendingReferences();
    // For each nominal whose latest request was rejected or withdrawn, when that happened
    // (UTC ISO 8601). Small: only nominals with such a request.
    QHash<qint64, QString> lastClosedAt();

private:
    QList<RemovalRequest> query(const char* where, const QString& bindValue, bool bind);

    Database& m_db;
};

} // namespace corroborate
