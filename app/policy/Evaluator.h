#pragma once

#include "Evaluation.h"
#include "Policy.h"
#include "core/IntelligenceItem.h"
#include "core/Nominal.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

namespace corroborate {

// The threshold rule (docs/threshold.md, in this repository): a pure function of (nominal, its
// intelligence, policy, evaluation date). No I/O, no clock, no globals; safe to call from several
// threads at once.
//
// Fields read. Nominal: id, reference, classification, harmScore, listedOn, lastReviewedOn.
// IntelligenceItem: id, reference, provider, originator, obtainedOn, sourceEvaluation,
// assessment, indicates. A streaming pass only needs to fill these (and an index covering
// their columns).
//
// The rules, exactly:
// - Item reasons, all that apply, computed for every item whatever the nominal's
//   classification: SOURCE_NOT_RELIABLE_ENOUGH (source evaluation not in
//   qualifying_source_evaluations), ASSESSMENT_TOO_WEAK (not in qualifying_assessments),
//   INTELLIGENCE_TOO_OLD (obtainedOn < asOf.addMonths(-max_intelligence_age_months); the first
//   day of the window counts: on 2026-11-27 with 24 months, 2024-11-27 counts and 2024-11-26 does
//   not; addMonths clamps to month ends, so on 2026-02-28 with 24 months the window starts
//   2024-02-28; an item without a valid date is too old), NOT_EVIDENCE_OF_MEMBERSHIP (indication
//   not in qualifying_indications).
//   An item graded under the legacy 5x5x5 scheme (item.legacy) is judged by its legacy grade
//   instead of the two 3x5x2 tests: LEGACY_SOURCE_NOT_RELIABLE_ENOUGH (legacy source not in
//   qualifying_legacy_source_evaluations), LEGACY_ASSESSMENT_TOO_WEAK (legacy intelligence
//   evaluation not in qualifying_legacy_assessments); its result carries the grade
//   (ItemEvaluation::legacyGrade), so whether it counts or not is shown as due to a legacy
//   grade. The legacy handling code plays no part, as the 3x5x2 one plays none.
//   Items dated after asOf are not too old: they count like any other (the vocabulary has no
//   code for them, and an evaluation must say why anything does not count). Keeping future
//   dates out of the file is the job of import and editing.
// - An item with none of those reasons qualifies. Qualifying items are taken most recent
//   first: obtainedOn descending, then id ascending, then reference ascending (ordinal), then
//   input position. The first item of each normalised originator counts (counts = true); each
//   later one gets DUPLICATE_ORIGINATOR and counts = false: it adds no independent source.
//   DUPLICATE_ORIGINATOR is never combined with another item reason.
// - Originators are normalised as normalisedOriginator() says: white space (QChar::isSpace)
//   at either end dropped, each inner run of it one space, every character case-folded. A
//   blank originator is one originator like any other: all blank ones are the same.
// - independentSources = number of counting items (= distinct originators among qualifying
//   items).
// - Nominal reasons, every one that applies, in this order:
//   RECORDED_AS_VICTIM / RECORDED_AS_AT_RISK: the classification is victim / at risk and not
//     in eligible_classifications.
//   CLASSIFICATION_NOT_ELIGIBLE: the classification is suspected offender and a policy left it
//     out of eligible_classifications (a code beyond the list in docs/threshold.md, which never
//     reaches this case under the default policy).
//   NO_QUALIFYING_INTELLIGENCE: no item qualifies.
//   INSUFFICIENT_INDEPENDENT_SOURCES: at least one item qualifies but independentSources <
//     min_independent_sources.
//   SINGLE_PROVIDER_CATEGORY: require_distinct_provider_categories is true, at least one item
//     counts, and the counting items (one per originator, its most recent qualifying item)
//     come from fewer than two provider categories. One counting originator therefore always
//     gives this reason under that setting. Not given when no item qualifies (that is
//     NO_QUALIFYING_INTELLIGENCE).
//   ZERO_HARM_SCORE: remove_zero_harm is true and the harm score is recorded and exactly 0
//     (no score recorded: no effect).
//   REVIEW_OVERDUE: asOf > nextReviewDue. nextReviewDue = lastReviewedOn, or listedOn when never
//     reviewed, + review_interval_days; on the due day itself the review is not overdue. With
//     neither date known, nextReviewDue is null and the review is overdue.
// - status = below_threshold when any reason other than REVIEW_OVERDUE applies, otherwise
//   meets_threshold.
//
// Speed (issue 3: the whole-file pass, 250,000 nominals, must take <= 1 s with its query):
// about 0.5 microseconds a nominal of ten items in a Release build (tst_evaluator's
// speedAt250000Nominals prints the figure). No heap allocation per item once the result is
// reused (the evaluate() overload that fills an existing Evaluation); originators compared
// in place, rejected early by their first and last characters, never copied to build a
// normalised string; the window's start date remembered per thread. Construct one Evaluator
// per pass and call evaluate() per nominal.
class Evaluator
{
    Q_DECLARE_TR_FUNCTIONS(Evaluator)
public:
    explicit Evaluator(const Policy& policy);

    // Throws Error(Usage) when asOf is not a valid date.
    Evaluation evaluate(const Nominal& nominal, const QList<IntelligenceItem>& intelligence,
                        const QDate& asOf) const;
    // The same, into an existing result whose storage is reused (for a streaming pass).
    void evaluate(const Nominal& nominal, const QList<IntelligenceItem>& intelligence,
                  const QDate& asOf, Evaluation& out) const;

    // The normalised form of an originator, for display and tests; sameOriginator(a, b) is
    // true exactly when normalisedOriginator(a) == normalisedOriginator(b).
    static QString normalisedOriginator(QStringView originator);
    static bool sameOriginator(QStringView a, QStringView b);

private:
    quint8 m_eligible = 0;          // bit per Classification
    quint8 m_sources = 0;           // bit per SourceEvaluation
    quint8 m_assessments = 0;       // bit per IntelligenceAssessment
    quint8 m_indications = 0;       // bit per Indication
    quint8 m_legacySources = 0;     // bit per LegacySourceEvaluation
    quint8 m_legacyAssessments = 0; // bit per LegacyIntelligenceEvaluation
    int m_maxAgeMonths = 0;
    int m_minSources = 0;
    int m_reviewIntervalDays = 0;
    int m_policyVersion = 0;
    bool m_requireDistinctProviders = false;
    bool m_removeZeroHarm = false;
};

// Convenience: Evaluator(policy).evaluate(nominal, intelligence, asOf).
Evaluation evaluate(const Nominal& nominal, const QList<IntelligenceItem>& intelligence,
                    const Policy& policy, const QDate& asOf);

} // namespace corroborate
