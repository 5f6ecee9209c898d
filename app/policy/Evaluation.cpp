#include "Evaluation.h"

#include "core/Grading.h"

#include "CanonicalJson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <array>
#include <utility>

namespace corroborate {

namespace {

constexpr std::array<std::pair<NominalReason, const char*>, 8> kNominalReasons{{
    {NominalReason::RecordedAsVictim, "RECORDED_AS_VICTIM"},
    {NominalReason::RecordedAsAtRisk, "RECORDED_AS_AT_RISK"},
    {NominalReason::ClassificationNotEligible, "CLASSIFICATION_NOT_ELIGIBLE"},
    {NominalReason::NoQualifyingIntelligence, "NO_QUALIFYING_INTELLIGENCE"},
    {NominalReason::InsufficientIndependentSources, "INSUFFICIENT_INDEPENDENT_SOURCES"},
    {NominalReason::SingleProviderCategory, "SINGLE_PROVIDER_CATEGORY"},
    {NominalReason::ZeroHarmScore, "ZERO_HARM_SCORE"},
    {NominalReason::ReviewOverdue, "REVIEW_OVERDUE"},
}};

constexpr std::array<std::pair<ItemReason, const char*>, 7> kItemReasons{{
    {ItemReason::SourceNotReliableEnough, "SOURCE_NOT_RELIABLE_ENOUGH"},
    {ItemReason::AssessmentTooWeak, "ASSESSMENT_TOO_WEAK"},
    {ItemReason::IntelligenceTooOld, "INTELLIGENCE_TOO_OLD"},
    {ItemReason::NotEvidenceOfMembership, "NOT_EVIDENCE_OF_MEMBERSHIP"},
    {ItemReason::DuplicateOriginator, "DUPLICATE_ORIGINATOR"},
    {ItemReason::LegacySourceNotReliableEnough, "LEGACY_SOURCE_NOT_RELIABLE_ENOUGH"},
    {ItemReason::LegacyAssessmentTooWeak, "LEGACY_ASSESSMENT_TOO_WEAK"},
}};

QJsonArray toArray(const QStringList& list)
{
    QJsonArray out;
    for (const QString& s : list)
        out.append(s);
    return out;
}

QJsonValue dateValue(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QStringList ItemEvaluation::reasonCodes() const
{
    return Evaluation::codes(reasons);
}

QJsonObject ItemEvaluation::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("reference"), reference);
    o.insert(QLatin1String("counts"), counts);
    o.insert(QLatin1String("reasons"), toArray(reasonCodes()));
    if (const auto legacy = Grading::unpackLegacy(legacyGrade))
        o.insert(QLatin1String("legacy_grading"),
                 Grading::code(legacy->source) + Grading::code(legacy->intelligence));
    return o;
}

QStringList Evaluation::reasonCodes() const
{
    return codes(reasons);
}

QJsonObject Evaluation::toJson() const
{
    QJsonArray items;
    for (const ItemEvaluation& item : intelligence)
        items.append(item.toJson());
    QJsonObject o;
    o.insert(QLatin1String("reference"), reference);
    o.insert(QLatin1String("status"), code(status));
    o.insert(QLatin1String("review_overdue"), reviewOverdue);
    o.insert(QLatin1String("next_review_due"), dateValue(nextReviewDue));
    o.insert(QLatin1String("independent_sources"), independentSources);
    o.insert(QLatin1String("reasons"), toArray(reasonCodes()));
    o.insert(QLatin1String("intelligence"), items);
    return o;
}

QByteArray Evaluation::canonicalJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("format"), QStringLiteral("corroborate-evaluation"));
    o.insert(QLatin1String("version"), 1);
    o.insert(QLatin1String("as_of"), dateValue(asOf));
    o.insert(QLatin1String("policy_version"), policyVersion);
    o.insert(QLatin1String("evaluation"), toJson());
    return CanonicalJson::serialise(o);
}

QByteArray Evaluation::canonicalHash() const
{
    return QCryptographicHash::hash(canonicalJson(), QCryptographicHash::Sha256);
}

QString Evaluation::code(ThresholdStatus s)
{
    return s == ThresholdStatus::MeetsThreshold ? QStringLiteral("meets_threshold")
                                                : QStringLiteral("below_threshold");
}

QString Evaluation::code(NominalReason reason)
{
    for (const auto& [value, name] : kNominalReasons) {
        if (value == reason)
            return QLatin1String(name);
    }
    return {};
}

QString Evaluation::code(ItemReason reason)
{
    for (const auto& [value, name] : kItemReasons) {
        if (value == reason)
            return QLatin1String(name);
    }
    return {};
}

QStringList Evaluation::codes(NominalReasons reasons)
{
    QStringList out;
    for (const auto& [value, name] : kNominalReasons) {
        if (reasons.testFlag(value))
            out << QLatin1String(name);
    }
    return out;
}

QStringList Evaluation::codes(ItemReasons reasons)
{
    QStringList out;
    for (const auto& [value, name] : kItemReasons) {
        if (reasons.testFlag(value))
            out << QLatin1String(name);
    }
    return out;
}

QStringList Evaluation::allNominalReasonCodes()
{
    QStringList out;
    for (const auto& entry : kNominalReasons)
        out << QLatin1String(entry.second);
    return out;
}

QStringList Evaluation::allItemReasonCodes()
{
    QStringList out;
    for (const auto& entry : kItemReasons)
        out << QLatin1String(entry.second);
    return out;
}

QString Evaluation::reasonText(const QString& c)
{
    // Nominal reasons.
    if (c == QLatin1String("RECORDED_AS_VICTIM"))
        return tr("Recorded as a victim: under this policy a victim cannot meet the threshold.");
    if (c == QLatin1String("RECORDED_AS_AT_RISK"))
        return tr("Recorded as at risk: under this policy a person at risk cannot meet the "
                  "threshold.");
    if (c == QLatin1String("CLASSIFICATION_NOT_ELIGIBLE"))
        return tr("Recorded as a suspected offender, but this policy does not let suspected "
                  "offenders meet the threshold.");
    if (c == QLatin1String("NO_QUALIFYING_INTELLIGENCE"))
        return tr("No intelligence item qualifies: none has the grading, the age and the "
                  "indication the policy requires.");
    if (c == QLatin1String("INSUFFICIENT_INDEPENDENT_SOURCES"))
        return tr("The qualifying intelligence comes from fewer independent originators than the "
                  "policy requires.");
    if (c == QLatin1String("SINGLE_PROVIDER_CATEGORY"))
        return tr("The intelligence that counts comes from only one provider category (police, "
                  "partner agency or community); the policy requires at least two.");
    if (c == QLatin1String("ZERO_HARM_SCORE"))
        return tr("The harm score is 0.");
    if (c == QLatin1String("REVIEW_OVERDUE"))
        return tr("The review is overdue. This alone does not put the nominal below the "
                  "threshold.");
    // Item reasons.
    if (c == QLatin1String("SOURCE_NOT_RELIABLE_ENOUGH"))
        return tr("The source evaluation is not one the policy accepts.");
    if (c == QLatin1String("ASSESSMENT_TOO_WEAK"))
        return tr("The intelligence assessment is not one the policy accepts.");
    if (c == QLatin1String("INTELLIGENCE_TOO_OLD"))
        return tr("It was obtained before the period the policy counts (or its date is not "
                  "known).");
    if (c == QLatin1String("NOT_EVIDENCE_OF_MEMBERSHIP"))
        return tr("What it indicates is not what the policy counts as evidence of gang "
                  "membership.");
    if (c == QLatin1String("LEGACY_SOURCE_NOT_RELIABLE_ENOUGH"))
        return tr("It is graded under the legacy 5x5x5 scheme, and its legacy source evaluation "
                  "is not one the policy accepts.");
    if (c == QLatin1String("LEGACY_ASSESSMENT_TOO_WEAK"))
        return tr("It is graded under the legacy 5x5x5 scheme, and its legacy intelligence "
                  "evaluation is not one the policy accepts.");
    if (c == QLatin1String("DUPLICATE_ORIGINATOR"))
        return tr("Its originator is already counted through a more recent item, so it adds no "
                  "independent source.");
    return tr("Unknown reason code \"%1\".").arg(c);
}

QString Evaluation::statusText(ThresholdStatus s)
{
    return s == ThresholdStatus::MeetsThreshold
               ? tr("Meets the threshold")
               : tr("Below the threshold: flagged for removal and restricted");
}

} // namespace corroborate
