#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <functional>
#include <string_view>

namespace corroborate {

class Database;

// One anonymous removal tally: how many people were erased in a month with these
// characteristics. Never a reference or anything finer than the month.
struct RemovalTally
{
    QString month; // YYYY-MM
    QString area;
    QString ethnicityGroup;
    QString gender;
    QString ageBand;
    QString reasonCode;
    qint64 removed = 0;
};

struct BaselineRow
{
    QString group; // ONS 2021 high-level group (see oversight/OversightGroups.h)
    qint64 population = 0;
};

// What the report needs of one nominal besides its evaluation, read in id order.
struct OversightNominal
{
    qint64 id = 0;
    QDate dateOfBirth;
    std::string_view gender;
    std::string_view ethnicity;
    std::string_view area;
    std::string_view classification;
    QDate listedOn;
};

// A closed removal request (or an erasure) for the sign-off figures.
struct SignOffDecision
{
    QString outcome;    // approved, rejected, withdrawn
    QString proposedAt; // UTC ISO 8601
    QString decidedAt;  // UTC ISO 8601
};

struct DisclosureGroup
{
    QString recipient;
    QString purpose;
    qint64 disclosures = 0;
    qint64 nominals = 0;      // nominals carried, summed over the disclosures
    qint64 pastDestroyBy = 0; // past their destroy-by date with no destruction confirmed
};

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
