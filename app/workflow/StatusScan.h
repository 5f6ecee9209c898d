#pragma once

#include "policy/Evaluation.h"
#include "policy/Policy.h"

#include <QDate>
#include <QList>
#include <QString>
#include <functional>

namespace corroborate {

class Database;

// One nominal's place in the whole-list status: what the "Below threshold" and "Due for
// review" lists and the review queue need, without personal details beyond the name they sort
// by.
struct StatusEntry
{
    qint64 id = 0;
    QString reference;
    QString surname;
    QString forenames;
    QDate nextReviewDue;
    bool flagged = false; // below the threshold
    bool overdue = false;
    NominalReasons reasons;
};

struct StatusScanResult
{
    QDate asOf;
    int policyVersion = 0;
    qint64 scanned = 0;
    QList<StatusEntry> flagged; // below the threshold
    QList<StatusEntry> due;     // next review due on or before asOf (overdue or due today)
};

// Progress callback: (nominals done so far). Return false to stop early (the result is then
// incomplete and should be thrown away).
using StatusScanProgress = std::function<bool(qint64 done)>;

// The whole-list evaluation the lists are built on. This is the seam where a faster pass (one
// query over a covering index, or a stored status kept current) plugs in: anything with this
// signature will do.
using StatusScanFunction = std::function<StatusScanResult(
    Database& db, const Policy& policy, const QDate& asOf, const StatusScanProgress& progress)>;

// The simple, correct pass: streams every nominal with its intelligence (covering index) in
// chunks and evaluates each with Evaluator.
StatusScanResult scanStatuses(Database& db, const Policy& policy, const QDate& asOf,
                              const StatusScanProgress& progress = {});

} // namespace corroborate
