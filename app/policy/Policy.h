#pragma once

#include "core/Enums.h"
#include "core/Grading.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace corroborate {

struct StoredPolicy;

// The threshold policy (docs/threshold.md lists every key) as typed settings. The JSON document
// (the form stored in the case file and shipped as resources/policy/default-policy.json) uses the
// snake_case keys named beside each member; every member's initial value is the documented default.
//
// A Policy is plain data: copy it freely. Evaluation reads it through an Evaluator
// (policy/Evaluator.h).
struct Policy
{
    Q_DECLARE_TR_FUNCTIONS(Policy)
public:
    // "eligible_classifications": only these classifications can meet the threshold.
    // Default: suspected_offender.
    QList<Classification> eligibleClassifications = defaultEligibleClassifications();
    // "qualifying_source_evaluations": source evaluation codes ("1", "2", "3") that qualify.
    // Default: 1, 2.
    QList<SourceEvaluation> qualifyingSourceEvaluations = defaultQualifyingSourceEvaluations();
    // "qualifying_assessments": intelligence assessment codes ("A".."E") that qualify.
    // Default: A, B, C.
    QList<IntelligenceAssessment> qualifyingAssessments = defaultQualifyingAssessments();
    // "qualifying_legacy_source_evaluations": legacy 5x5x5 source evaluations ("A".."E") that
    // qualify, for items still graded under 5x5x5. Default: A, B, E — the grades at least as
    // strong as what the 3x5x2 default admits (A always and B mostly reliable match "1
    // reliable"; E untested matches "2 untested", admitted because another originator must
    // corroborate); C sometimes reliable and D unreliable are nearer "3 not reliable".
    QList<LegacySourceEvaluation> qualifyingLegacySourceEvaluations =
        defaultQualifyingLegacySourceEvaluations();
    // "qualifying_legacy_assessments": legacy intelligence evaluations ("1".."5") that qualify.
    // Default: 1, 2, 3 (known true; known personally to the source; corroborated), the
    // counterparts of 3x5x2 A-C; 4 cannot be judged and 5 suspected false do not.
    QList<LegacyIntelligenceEvaluation> qualifyingLegacyAssessments =
        defaultQualifyingLegacyAssessments();
    // "qualifying_indications": what an item must indicate to qualify. Default: gang_membership.
    QList<Indication> qualifyingIndications = defaultQualifyingIndications();
    // "max_intelligence_age_months": an item qualifies while obtained on or after the
    // evaluation date minus this many months (QDate::addMonths, so the first day counts).
    int maxIntelligenceAgeMonths = 24;
    // "min_independent_sources": distinct normalised originators needed among qualifying items.
    int minIndependentSources = 2;
    // "require_distinct_provider_categories": the counting items must also come from at least
    // two provider categories.
    bool requireDistinctProviderCategories = false;
    // "remove_zero_harm": a harm score of exactly 0 puts a nominal below the threshold.
    bool removeZeroHarm = true;
    // "review_interval_days": days from the last review (or the listing) to the next review.
    int reviewIntervalDays = 90;
    // "flagged_without_proposal_alert_days": alert when a flagged nominal has had no removal
    // proposal for this many days (used by the review queue, not by evaluation).
    int flaggedWithoutProposalAlertDays = 28;
    // "proposal_pending_alert_days": alert when a removal proposal has waited this many days
    // for a supervisor (used by the sign-off queue, not by evaluation).
    int proposalPendingAlertDays = 14;
    // "subject_access_months": a subject access request is due this many calendar months
    // after it was received (DPA 2018 s.45; used by the request register, not by evaluation).
    int subjectAccessMonths = 1;
    // "disclosure_retention_days": how long recipients of internal packs and exports may keep
    // them: their destroy-by date is this many days after the disclosure (issue 10).
    int disclosureRetentionDays = 28;

    // The stored version this policy was read from; 0 when it is not a stored version. It is
    // metadata, not a setting: toJson() and fromJson() neither write nor read it. Evaluations
    // carry it so that each names the version it was made under.
    int version = 0;

    // The default lists. (Built by appending: GCC 12 at -O3 reports a false
    // "may be used uninitialized" for initializer lists of enums copied into a QList.)
    static QList<Classification> defaultEligibleClassifications();
    static QList<SourceEvaluation> defaultQualifyingSourceEvaluations();
    static QList<IntelligenceAssessment> defaultQualifyingAssessments();
    static QList<Indication> defaultQualifyingIndications();
    static QList<LegacySourceEvaluation> defaultQualifyingLegacySourceEvaluations();
    static QList<LegacyIntelligenceEvaluation> defaultQualifyingLegacyAssessments();

    // Inclusive limits of the integer settings, checked by fromJson().
    static constexpr int kMaxAgeMonthsLimit = 1200; // 100 years
    static constexpr int kMinIndependentSourcesLimit = 100;
    static constexpr int kDaysLimit = 3660; // about 10 years
    static constexpr int kSubjectAccessMonthsLimit = 12;

    // Reads a policy document, strictly. Every problem is appended to *errors as one
    // translated message naming the key: unknown keys, wrong JSON types, integers out of
    // range (or not whole numbers), empty lists, list members that are not valid wire codes
    // (core/Enums.h, core/Grading.h), and members listed twice.
    // A key that is absent takes its default: a document may set only what it changes, and
    // documents written before a setting existed stay valid. The result is meaningful only
    // when no error was added; settings with errors keep their defaults.
    // With errors == nullptr, any problem throws Error(InvalidData) listing all of them.
    static Policy fromJson(const QJsonObject& document, QStringList* errors);
    // Parses a stored version (validating it, throwing Error(InvalidData) when the stored
    // document is not valid) and sets version.
    static Policy fromStored(const StoredPolicy& stored);
    // The full document, every key present, lists in their stored order.
    QJsonObject toJson() const;
    // The JSON keys fromJson() accepts, in document order.
    static QStringList keys();

    // The threshold rule under this policy in plain, translated words, for partner packs'
    // interpretation notice and the GUI. Several sentences, no trailing line break.
    QString describeInWords() const;

    bool isEligible(Classification c) const { return eligibleClassifications.contains(c); }
    bool qualifies(SourceEvaluation s) const { return qualifyingSourceEvaluations.contains(s); }
    bool qualifies(IntelligenceAssessment a) const { return qualifyingAssessments.contains(a); }
    bool qualifies(Indication i) const { return qualifyingIndications.contains(i); }
    bool qualifies(LegacySourceEvaluation s) const
    {
        return qualifyingLegacySourceEvaluations.contains(s);
    }
    bool qualifies(LegacyIntelligenceEvaluation e) const
    {
        return qualifyingLegacyAssessments.contains(e);
    }

    // Compares every member, version included.
    friend bool operator==(const Policy&, const Policy&) = default;
};

} // namespace corroborate
