#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QFlags>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace corroborate {

// The result of evaluating one nominal under a threshold policy (docs/threshold.md), made by
// Evaluator (policy/Evaluator.h). Plain data; the JSON form and the reason codes are stable
// wire vocabulary (CLI --json, stored reviews, signed removal decisions): never rename a code.

enum class ThresholdStatus
{
    MeetsThreshold, // "meets_threshold"
    BelowThreshold  // "below_threshold": flagged for removal and restricted
};

// Why a nominal is below the threshold (or, for ReviewOverdue, what else needs attention).
// The numeric order is the stable order in which codes are listed.
enum class NominalReason : quint16
{
    RecordedAsVictim = 0x01,               // "RECORDED_AS_VICTIM"
    RecordedAsAtRisk = 0x02,               // "RECORDED_AS_AT_RISK"
    ClassificationNotEligible = 0x04,      // "CLASSIFICATION_NOT_ELIGIBLE" (see Evaluator.h)
    NoQualifyingIntelligence = 0x08,       // "NO_QUALIFYING_INTELLIGENCE"
    InsufficientIndependentSources = 0x10, // "INSUFFICIENT_INDEPENDENT_SOURCES"
    SingleProviderCategory = 0x20,         // "SINGLE_PROVIDER_CATEGORY"
    ZeroHarmScore = 0x40,                  // "ZERO_HARM_SCORE"
    ReviewOverdue = 0x80,                  // "REVIEW_OVERDUE" (never by itself below)
};
Q_DECLARE_FLAGS(NominalReasons, NominalReason)
Q_DECLARE_OPERATORS_FOR_FLAGS(NominalReasons)

// Why an intelligence item does not count. Listed in this order.
enum class ItemReason : quint8
{
    SourceNotReliableEnough = 0x01, // "SOURCE_NOT_RELIABLE_ENOUGH"
    AssessmentTooWeak = 0x02,       // "ASSESSMENT_TOO_WEAK"
    IntelligenceTooOld = 0x04,      // "INTELLIGENCE_TOO_OLD"
    NotEvidenceOfMembership = 0x08, // "NOT_EVIDENCE_OF_MEMBERSHIP"
    DuplicateOriginator = 0x10,     // "DUPLICATE_ORIGINATOR" (only when no other reason applies)
    // Items still graded under the legacy 5x5x5 scheme, judged by the policy's legacy lists:
    LegacySourceNotReliableEnough = 0x20, // "LEGACY_SOURCE_NOT_RELIABLE_ENOUGH"
    LegacyAssessmentTooWeak = 0x40,       // "LEGACY_ASSESSMENT_TOO_WEAK"
};
Q_DECLARE_FLAGS(ItemReasons, ItemReason)
Q_DECLARE_OPERATORS_FOR_FLAGS(ItemReasons)

// One intelligence item's part in an evaluation.
struct ItemEvaluation
{
    qint64 itemId = 0;   // IntelligenceItem::id (0 when not stored)
    QString reference;   // IntelligenceItem::reference
    bool counts = false; // true: this item counts as one independent qualifying source
    ItemReasons reasons; // empty exactly when counts is true
    // LegacyGrading::packed() of the grade it was judged by when it is still graded under the
    // legacy 5x5x5 scheme (its reasons then name the legacy grade), 0 for a 3x5x2 item.
    quint8 legacyGrade = 0;

    QStringList reasonCodes() const;
    // {"reference": "...", "counts": true, "reasons": []}; a legacy item also carries
    // "legacy_grading": "B2" (source and intelligence codes it was judged by).
    QJsonObject toJson() const;
    friend bool operator==(const ItemEvaluation&, const ItemEvaluation&) = default;
};

struct Evaluation
{
    Q_DECLARE_TR_FUNCTIONS(Evaluation)
public:
    qint64 nominalId = 0;  // Nominal::id (0 when not stored)
    QString reference;     // Nominal::reference
    QDate asOf;            // the evaluation date
    int policyVersion = 0; // Policy::version the evaluation was made under (0: not stored)
    ThresholdStatus status = ThresholdStatus::BelowThreshold;
    bool reviewOverdue = false;
    QDate nextReviewDue; // null only when the nominal has neither a listing nor a review date
    int independentSources = 0;         // distinct normalised originators among counting items
    NominalReasons reasons;             // every reason that applies
    QList<ItemEvaluation> intelligence; // one per input item, in the input's order

    bool meetsThreshold() const { return status == ThresholdStatus::MeetsThreshold; }
    // Below the threshold: flagged for removal and restricted (kept out of anything shared
    // outside the force) until a supervisor decides.
    bool isFlagged() const { return status == ThresholdStatus::BelowThreshold; }
    QStringList reasonCodes() const; // in the stable order

    // The per-nominal JSON of `evaluate --json` (issue 3):
    // {"reference", "status", "review_overdue", "next_review_due" (YYYY-MM-DD or null),
    //  "independent_sources", "reasons": [codes], "intelligence": [ItemEvaluation::toJson()]}
    QJsonObject toJson() const;
    // What a decision signs: {"format": "corroborate-evaluation", "version": 1,
    // "as_of": "YYYY-MM-DD", "policy_version": N, "evaluation": toJson()} serialised by
    // CanonicalJson (sorted keys, no white space, UTF-8): the same bytes for the same
    // evaluation on every machine and Qt version.
    QByteArray canonicalJson() const;
    // SHA-256 of canonicalJson(): 32 raw bytes (toHex() for display).
    QByteArray canonicalHash() const;

    friend bool operator==(const Evaluation&, const Evaluation&) = default;

    // Wire codes.
    static QString code(ThresholdStatus status);
    static QString code(NominalReason reason);
    static QString code(ItemReason reason);
    static QStringList codes(NominalReasons reasons); // stable order
    static QStringList codes(ItemReasons reasons);    // stable order
    static QStringList allNominalReasonCodes();
    static QStringList allItemReasonCodes();

    // Plain translated words for any nominal or item reason code (an unknown code is named as
    // unknown), and for a status.
    static QString reasonText(const QString& code);
    static QString statusText(ThresholdStatus status);
};

} // namespace corroborate
