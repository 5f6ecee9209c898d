#pragma once

#include "DataWorker.h"
#include "audit/AuditLog.h"
#include "core/Nominal.h"
#include "core/Review.h"
#include "core/Rights.h"
#include "policy/Evaluation.h"

#include <QCoreApplication>
#include <optional>

namespace corroborate::ui {

// Everything the details panel and the review steps show for one nominal, read in one go on
// the worker thread.
struct NominalDetails
{
    Q_DECLARE_TR_FUNCTIONS(NominalDetails)
public:
    bool found = false;
    bool missing = false; // not in the file (erased meanwhile)
    Nominal nominal;
    QList<IntelligenceItem> intelligence;
    Evaluation evaluation;
    Policy policy;
    QList<ReviewRecord> reviews; // newest first
    QList<AuditEntry> recordLog; // newest first: who looked at or changed this record
    bool removalPending = false;
    // The person's rights (issue 11): a restriction in force, and their own statements.
    std::optional<Restriction> restriction;
    QList<SupplementaryStatement> statements;
    QString error;

    // Reads the nominal and, when `justification` is given, first logs the consultation.
    static NominalDetails load(WorkerContext& ctx, qint64 id, const QString& username,
                               const QString& justification);
};

} // namespace corroborate::ui
