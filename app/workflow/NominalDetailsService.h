#pragma once

#include "audit/AuditLog.h"
#include "core/Nominal.h"
#include "core/Review.h"
#include "core/Rights.h"
#include "policy/Evaluation.h"
#include "policy/Policy.h"

#include <QDate>
#include <QList>
#include <optional>

namespace corroborate {

class Database;

// Everything the details panel and the review steps show for one nominal.
struct NominalRecordView
{
    Nominal nominal;
    QList<IntelligenceItem> intelligence;
    Evaluation evaluation;
    QList<ReviewRecord> reviews; // newest first
    QList<AuditEntry> recordLog; // newest first: who looked at or changed this record
    bool removalPending = false;
    std::optional<Restriction> restriction;
    QList<SupplementaryStatement> statements;
};

// Reads one nominal for the details panel, in one go on a worker thread's own connection.
class NominalDetailsService
{
public:
    NominalDetailsService(Database& db, const Policy& policy, const QDate& today)
        : m_db(db)
        , m_policy(policy)
        , m_today(today)
    {
    }
    // Empty when the nominal is not in the file. When `justification` is given, the
    // consultation is logged first (as `username`).
    std::optional<NominalRecordView> load(qint64 id, const QString& username,
                                          const QString& justification);
    // The id of the nominal with this reference, if it is in the file.
    std::optional<qint64> idOf(const QString& reference);

private:
    Database& m_db;
    Policy m_policy;
    QDate m_today;
};

} // namespace corroborate
