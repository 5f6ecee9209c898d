#include "StatusScan.h"

#include "ThresholdScan.h"

namespace corroborate {

StatusScanResult scanStatuses(Database& db, const Policy& policy, const QDate& asOf,
                              const StatusScanProgress& progress)
{
    StatusScanResult result;
    result.asOf = asOf;
    result.policyVersion = policy.version;
    bool stopped = false;
    // The shared whole-list pass (one streaming merge over covering indexes), with names so
    // the lists can sort and search without another query.
    ThresholdScan scan(db, policy);
    scan.run(
        asOf,
        [&](const Nominal& n, const Evaluation& e) {
            ++result.scanned;
            const bool due = !e.nextReviewDue.isValid() || e.nextReviewDue <= asOf;
            if (e.isFlagged() || due) {
                StatusEntry entry;
                entry.id = n.id;
                entry.reference = n.reference;
                entry.surname = n.surname;
                entry.forenames = n.forenames;
                entry.nextReviewDue = e.nextReviewDue;
                entry.flagged = e.isFlagged();
                entry.overdue = e.reviewOverdue;
                entry.reasons = e.reasons;
                if (entry.flagged)
                    result.flagged << entry;
                if (due)
                    result.due << entry;
            }
            if (progress && result.scanned % 2000 == 0 && !progress(result.scanned)) {
                stopped = true;
                return false;
            }
            return true;
        },
        EvaluationStream::Detail::WithNames);
    if (progress && !stopped)
        progress(result.scanned);
    return result;
}

} // namespace corroborate
