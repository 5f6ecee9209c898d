#pragma once

#include "store/OversightRepository.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace corroborate {

// One group's row of a breakdown (exact counts; suppression is applied when the report is
// shown: see OversightTables.h).
struct GroupCounts
{
    QString group;
    qint64 listed = 0;
    qint64 belowThreshold = 0;
    qint64 added12m = 0;
    qint64 removed12m = 0;
};

struct Breakdown
{
    QString key; // the JSON key and CSV name: by_ethnicity, by_gender, ...
    QList<GroupCounts> rows;
    GroupCounts total; // group "Total"
};

struct OversightTotals
{
    qint64 listed = 0;
    qint64 meetsThreshold = 0;
    qint64 belowThreshold = 0;
    qint64 overdue = 0;
    std::optional<double> overdueMedianDays; // none when nobody is overdue
    qint64 juveniles = 0;                    // under 18 on the as-at date
    qint64 victims = 0;                      // classified as victims, still listed
    qint64 atRisk = 0;                       // classified as at risk, still listed
    qint64 awaitingSignOff = 0;
    qint64 restricted = 0; // under a restriction (DPA 2018 s.47) on the as-at date
    qint64 added12m = 0;
    qint64 removed12m = 0;
};

struct MonthFlow
{
    QString month; // YYYY-MM
    qint64 added = 0;
    qint64 removed = 0;
};

struct OutcomeCount
{
    QString outcome; // approved, rejected, withdrawn
    qint64 decisions = 0;
};

// The oversight report as at a date (issue 12; docs/DESIGN.md §14): plain data, exact counts.
//
// Definitions:
// - listed: nominals in the file listed on or before the as-at date; statuses are the
//   threshold evaluation on that date under the active policy (ThresholdScan).
// - added_12m: listed in the 12 months up to the as-at date (after the same day a year
//   before, up to and including it), of those still in the file.
// - removed_12m: from the removal tallies taken at erasure, which know only the month: the
//   12 calendar months ending with the as-at date's month.
// - monthly: the 24 calendar months ending with the as-at date's month.
// - sign-off decisions and disclosures: decided or made in the 12 months up to the as-at date.
struct OversightReport
{
    QDate asOf;
    int policyVersion = 0;
    OversightTotals totals;
    Breakdown byEthnicity;
    Breakdown byGender;
    Breakdown byAgeBand;
    Breakdown byArea;
    Breakdown byReason;
    QList<MonthFlow> monthly; // oldest first
    QList<OutcomeCount> signOff;
    qint64 decisionsTimed = 0;
    std::optional<double> daysToDecisionMedian; // proposal to decision, days
    std::optional<double> daysToDecisionP90;
    QList<DisclosureGroup> disclosures;
    QList<BaselineRow> baseline; // empty when none is set

    QList<const Breakdown*> breakdowns() const
    {
        return {&byEthnicity, &byGender, &byAgeBand, &byArea, &byReason};
    }
    std::optional<qint64> populationOf(const QString& group) const
    {
        for (const BaselineRow& r : baseline)
            if (r.group == group)
                return r.population;
        return std::nullopt;
    }
};

} // namespace corroborate
