#pragma once

#include "core/Nominal.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace corroborate {

class Database;

// One row of a nominal's review history, as a pack prints it.
struct ReviewHistoryEntry
{
    QString reviewedAt; // UTC ISO 8601
    QString reviewer;   // user name
    int policyVersion = 0;
    QString decision; // wire name: retain | propose_removal | defer
    QString reason;
    QDate retainUntil; // null unless retained
};

// A removal proposal awaiting a supervisor's decision.
struct PendingRemoval
{
    qint64 nominalId = 0;
    QString reasonCode;
    QString proposer;
    QString proposedAt; // UTC ISO 8601
};

// The reads review packs need that no shared repository offers (yet): review history as a pack
// prints it and pending removal proposals. Read-only. (Batch selection uses the shared
// whole-list pass, workflow/ThresholdScan.h.)
class PackQueries
{
    Q_DECLARE_TR_FUNCTIONS(PackQueries)
public:
    explicit PackQueries(Database& db)
        : m_db(db)
    {
    }

    // Oldest first.
    QList<ReviewHistoryEntry> reviewHistory(qint64 nominalId);
    // The nominal's pending removal proposal (the oldest when there are several), if any.
    std::optional<PendingRemoval> pendingRemoval(qint64 nominalId);
    // Ids of every nominal with a pending removal proposal.
    QSet<qint64> nominalsWithPendingRemoval();

private:
    Database& m_db;
};

} // namespace corroborate
