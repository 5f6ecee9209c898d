#include "StatusScan.h"

#include "ThresholdScan.h"
#include "store/NominalListQueries.h"
#include "store/RightsRepository.h"

#include <QHash>

namespace corroborate {

StatusScanResult scanStatuses(Database& db, const Policy& policy, const QDate& asOf,
                              const StatusScanProgress& progress)
{
    StatusScanResult result;
    result.asOf = asOf;
    result.policyVersion = policy.version;
    bool stopped = false;
    // The shared whole-list pass (one streaming merge over covering indexes); the names the
    // lists sort and search by come after, from the name index alone. (Asking the pass for
    // names makes it read every intelligence row's table page too: 30 times slower.)
    // Nominals whose processing is restricted (DPA 2018 s.47) are out of the review queue.
    const QSet<qint64> restricted = RightsRepository(db).restrictedIds();
    ThresholdScan scan(db, policy);
    scan.run(
        asOf,
        [&](const Nominal& n, const Evaluation& e) {
            ++result.scanned;
            const bool due = (!e.nextReviewDue.isValid() || e.nextReviewDue <= asOf) &&
                             !restricted.contains(n.id);
            if (e.isFlagged() || due) {
                StatusEntry entry;
                entry.id = n.id;
                entry.reference = n.reference;
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
        EvaluationStream::Detail::Evaluation);
    if (stopped)
        return result;
    QHash<qint64, qsizetype> flagged;
    QHash<qint64, qsizetype> due;
    flagged.reserve(result.flagged.size());
    due.reserve(result.due.size());
    for (qsizetype i = 0; i < result.flagged.size(); ++i)
        flagged.insert(result.flagged[i].id, i);
    for (qsizetype i = 0; i < result.due.size(); ++i)
        due.insert(result.due[i].id, i);
    NominalListQueries(db).forEachName(
        [&](qint64 id, const QString& surname, const QString& forenames) {
            if (const auto it = flagged.constFind(id); it != flagged.constEnd()) {
                result.flagged[*it].surname = surname;
                result.flagged[*it].forenames = forenames;
            }
            if (const auto it = due.constFind(id); it != due.constEnd()) {
                result.due[*it].surname = surname;
                result.due[*it].forenames = forenames;
            }
        });
    if (progress)
        progress(result.scanned);
    return result;
}

} // namespace corroborate
