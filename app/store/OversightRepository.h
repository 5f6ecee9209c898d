#pragma once

#include "core/OversightRecords.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <functional>
#include <string_view>

namespace corroborate {

class Database;

// The oversight report's tables and queries (issue 12). Writes join the caller's transaction.
class OversightRepository
{
    Q_DECLARE_TR_FUNCTIONS(OversightRepository)
public:
    explicit OversightRepository(Database& db)
        : m_db(db)
    {
    }

    // Adds one to the tally with these characteristics (t.removed is ignored).
    void addRemoval(const RemovalTally& t);
    // Every tally with fromMonth <= month <= toMonth (YYYY-MM).
    QList<RemovalTally> removals(const QString& fromMonth, const QString& toMonth);

    void replaceBaseline(const QList<BaselineRow>& rows);
    QList<BaselineRow> baseline();

    // One pass over the nominals table in id order; the views are valid during the call only.
    void forEachNominal(const std::function<void(const OversightNominal&)>& visit);

    qint64 awaitingSignOff();
    // Nominals under a restriction (DPA 2018 s.47) in force at the end of `asOf`.
    qint64 restricted(const QDate& asOf);
    // Decisions with fromUtc <= decided (approved: erased) < toUtc.
    QList<SignOffDecision> decisions(const QString& fromUtc, const QString& toUtc);
    // Disclosures with fromUtc <= made_at < toUtc, by recipient and purpose.
    QList<DisclosureGroup> disclosures(const QString& fromUtc, const QString& toUtc);

private:
    Database& m_db;
};

// Holds one read snapshot for the report's several passes (a savepoint: joins a transaction
// already open on the connection, or starts a deferred one), so they all see the same file.
class OversightSnapshot
{
public:
    explicit OversightSnapshot(Database& db);
    ~OversightSnapshot();
    OversightSnapshot(const OversightSnapshot&) = delete;
    OversightSnapshot& operator=(const OversightSnapshot&) = delete;

private:
    Database& m_db;
};

} // namespace corroborate
