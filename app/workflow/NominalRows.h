#pragma once

#include "core/Nominal.h"
#include "core/NominalSummary.h"
#include "policy/Evaluation.h"
#include "policy/Policy.h"

#include <QDate>
#include <QList>
#include <optional>

namespace corroborate {

class Database;

// One row of a nominal list: the summary and its threshold result, evaluated when the page
// was loaded.
struct NominalRow
{
    NominalSummary summary;
    ThresholdStatus status = ThresholdStatus::BelowThreshold;
    NominalReasons reasons;
    bool overdue = false;
    bool awaitingSignOff = false; // a removal proposal is pending: restricted until decided
    QDate nextReviewDue;
    int independentSources = 0;
    int age = -1;
};

// The rows of the nominal lists, read on a worker thread's own connection: pages in name or
// reference order, a search, or the rows of given ids, each evaluated against the policy on
// `today`.
class NominalRows
{
public:
    NominalRows(Database& db, const Policy& policy, const QDate& today)
        : m_db(db)
        , m_policy(policy)
        , m_today(today)
    {
    }

    qint64 count();
    // The page after `after` (the last row of the previous page) in the given order.
    QList<NominalRow> pageAfter(NominalOrder order, bool descending,
                                const std::optional<NominalSummary>& after, int limit);
    // The page starting at row `offset`, counted from the nearer end when `total` is given.
    QList<NominalRow> pageAt(NominalOrder order, bool descending, qint64 offset, int limit,
                             qint64 total = -1);
    // Nominals matching `text`, at most `limit`, not yet evaluated.
    QList<NominalSummary> search(const QString& text, int limit);
    // The rows of these ids (those still in the file).
    QList<NominalRow> byIds(const QList<qint64>& ids);
    QList<NominalRow> evaluate(const QList<NominalSummary>& summaries);

private:
    Database& m_db;
    Policy m_policy;
    QDate m_today;
};

} // namespace corroborate
