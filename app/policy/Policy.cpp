#include "Policy.h"

#include "PolicyStore.h"
#include "core/Error.h"

#include <QJsonArray>
#include <QJsonValue>
#include <array>
#include <cmath>
#include <optional>

namespace corroborate {

namespace {

// The document's keys, in the order toJson() writes them and errors list them.
constexpr const char* kEligible = "eligible_classifications";
constexpr const char* kSources = "qualifying_source_evaluations";
constexpr const char* kAssessments = "qualifying_assessments";
constexpr const char* kIndications = "qualifying_indications";
constexpr const char* kMaxAge = "max_intelligence_age_months";
constexpr const char* kMinSources = "min_independent_sources";
constexpr const char* kDistinctProviders = "require_distinct_provider_categories";
constexpr const char* kRemoveZeroHarm = "remove_zero_harm";
constexpr const char* kReviewInterval = "review_interval_days";
constexpr const char* kFlaggedAlert = "flagged_without_proposal_alert_days";
constexpr const char* kProposalAlert = "proposal_pending_alert_days";
constexpr const char* kSubjectAccess = "subject_access_months";
constexpr const char* kDisclosureRetention = "disclosure_retention_days";
constexpr const char* kLegacySources = "qualifying_legacy_source_evaluations";
constexpr const char* kLegacyAssessments = "qualifying_legacy_assessments";

constexpr std::array<const char*, 15> kKeys{
    kEligible,      kSources,           kAssessments,         kIndications,    kMaxAge,
    kMinSources,    kDistinctProviders, kRemoveZeroHarm,      kReviewInterval, kFlaggedAlert,
    kProposalAlert, kSubjectAccess,     kDisclosureRetention, kLegacySources,  kLegacyAssessments};

QString key(const char* k)
{
    return QLatin1String(k);
}

// Reads one list of wire codes. Keeps the fallback when the key is absent or has errors.
template <typename E, typename From>
QList<E> readList(const QJsonObject& doc, const char* k, const QList<E>& fallback, From from,
                  const QStringList& valid, QStringList& errors)
{
    const QJsonValue value = doc.value(key(k));
    if (value.isUndefined())
        return fallback;
    const QString validText = valid.join(QStringLiteral(", "));
    if (!value.isArray()) {
        errors << Policy::tr("Policy setting \"%1\" must be a list of codes (from: %2).")
                      .arg(key(k), validText);
        return fallback;
    }
    const QJsonArray array = value.toArray();
    if (array.isEmpty()) {
        errors << Policy::tr("Policy setting \"%1\" must not be empty: list at least one of %2.")
                      .arg(key(k), validText);
        return fallback;
    }
    QList<E> out;
    bool ok = true;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue member = array.at(i);
        if (!member.isString()) {
            errors << Policy::tr("Policy setting \"%1\": entry %2 is not a text code; use codes "
                                 "from: %3.")
                          .arg(key(k))
                          .arg(i + 1)
                          .arg(validText);
            ok = false;
            continue;
        }
        const QString code = member.toString();
        const std::optional<E> parsed = from(code);
        if (!parsed) {
            errors << Policy::tr("Policy setting \"%1\": \"%2\" is not a valid code; use codes "
                                 "from: %3.")
                          .arg(key(k), code, validText);
            ok = false;
            continue;
        }
        if (out.contains(*parsed)) {
            errors << Policy::tr("Policy setting \"%1\" lists \"%2\" more than once; list each "
                                 "code once.")
                          .arg(key(k), code);
            ok = false;
            continue;
        }
        out << *parsed;
    }
    return ok ? out : fallback;
}

int readInt(const QJsonObject& doc, const char* k, int fallback, int min, int max,
            QStringList& errors)
{
    const QJsonValue value = doc.value(key(k));
    if (value.isUndefined())
        return fallback;
    // JSON has one number type: accept 24 and 24.0, refuse 24.5, "24" and anything out of range.
    const double d = value.toDouble(std::nan(""));
    if (!value.isDouble() || !std::isfinite(d) || std::floor(d) != d || d < min || d > max) {
        errors << Policy::tr("Policy setting \"%1\" must be a whole number from %2 to %3.")
                      .arg(key(k))
                      .arg(min)
                      .arg(max);
        return fallback;
    }
    return static_cast<int>(d);
}

bool readBool(const QJsonObject& doc, const char* k, bool fallback, QStringList& errors)
{
    const QJsonValue value = doc.value(key(k));
    if (value.isUndefined())
        return fallback;
    if (!value.isBool()) {
        errors << Policy::tr("Policy setting \"%1\" must be true or false.").arg(key(k));
        return fallback;
    }
    return value.toBool();
}

template <typename E, typename Name> QJsonArray writeList(const QList<E>& values, Name name)
{
    QJsonArray out;
    for (E v : values)
        out.append(name(v));
    return out;
}

// "a", "a or b", "a, b or c".
QString joinOr(const QStringList& parts)
{
    if (parts.isEmpty())
        return {};
    QString out = parts.first();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        out = i + 1 == parts.size() ? Policy::tr("%1 or %2").arg(out, parts.at(i))
                                    : Policy::tr("%1, %2").arg(out, parts.at(i));
    }
    return out;
}

QString recordedAs(Classification c)
{
    switch (c) {
    case Classification::SuspectedOffender:
        return Policy::tr("a suspected offender");
    case Classification::AtRisk:
        return Policy::tr("at risk");
    case Classification::Victim:
        return Policy::tr("a victim");
    }
    return {};
}

QString indicationPhrase(Indication i)
{
    switch (i) {
    case Indication::GangMembership:
        return Policy::tr("gang membership");
    case Indication::Association:
        return Policy::tr("association with a gang");
    case Indication::Victimisation:
        return Policy::tr("victimisation");
    case Indication::Other:
        return Policy::tr("something other than membership, association or victimisation");
    }
    return {};
}

} // namespace

QList<Classification> Policy::defaultEligibleClassifications()
{
    QList<Classification> out;
    out.append(Classification::SuspectedOffender);
    return out;
}

QList<SourceEvaluation> Policy::defaultQualifyingSourceEvaluations()
{
    QList<SourceEvaluation> out;
    out.append(SourceEvaluation::Reliable1);
    out.append(SourceEvaluation::Untested2);
    return out;
}

QList<IntelligenceAssessment> Policy::defaultQualifyingAssessments()
{
    QList<IntelligenceAssessment> out;
    out.append(IntelligenceAssessment::A);
    out.append(IntelligenceAssessment::B);
    out.append(IntelligenceAssessment::C);
    return out;
}

QList<Indication> Policy::defaultQualifyingIndications()
{
    QList<Indication> out;
    out.append(Indication::GangMembership);
    return out;
}

QList<LegacySourceEvaluation> Policy::defaultQualifyingLegacySourceEvaluations()
{
    QList<LegacySourceEvaluation> out;
    out.append(LegacySourceEvaluation::A);
    out.append(LegacySourceEvaluation::B);
    out.append(LegacySourceEvaluation::E);
    return out;
}

QList<LegacyIntelligenceEvaluation> Policy::defaultQualifyingLegacyAssessments()
{
    QList<LegacyIntelligenceEvaluation> out;
    out.append(LegacyIntelligenceEvaluation::E1);
    out.append(LegacyIntelligenceEvaluation::E2);
    out.append(LegacyIntelligenceEvaluation::E3);
    return out;
}

QStringList Policy::keys()
{
    QStringList out;
    for (const char* k : kKeys)
        out << key(k);
    return out;
}

Policy Policy::fromJson(const QJsonObject& document, QStringList* errors)
{
    QStringList problems;
    const QStringList known = keys();
    for (auto it = document.begin(); it != document.end(); ++it) {
        if (!known.contains(it.key()))
            problems << tr("\"%1\" is not a policy setting: remove it or correct its spelling "
                           "(the settings are %2).")
                            .arg(it.key(), known.join(QStringLiteral(", ")));
    }

    // Absent keys keep the defaults set in Policy.h (see fromJson's comment there).
    const Policy defaults;
    Policy p;
    p.eligibleClassifications =
        readList(document, kEligible, defaults.eligibleClassifications,
                 &Vocabulary::classificationFrom, Vocabulary::classificationWireNames(), problems);
    p.qualifyingSourceEvaluations =
        readList(document, kSources, defaults.qualifyingSourceEvaluations,
                 &Grading::sourceEvaluationFrom, Grading::sourceEvaluationCodes(), problems);
    p.qualifyingAssessments =
        readList(document, kAssessments, defaults.qualifyingAssessments, &Grading::assessmentFrom,
                 Grading::assessmentCodes(), problems);
    p.qualifyingIndications =
        readList(document, kIndications, defaults.qualifyingIndications,
                 &Vocabulary::indicationFrom, Vocabulary::indicationWireNames(), problems);
    p.maxIntelligenceAgeMonths = readInt(document, kMaxAge, defaults.maxIntelligenceAgeMonths, 1,
                                         kMaxAgeMonthsLimit, problems);
    p.minIndependentSources = readInt(document, kMinSources, defaults.minIndependentSources, 1,
                                      kMinIndependentSourcesLimit, problems);
    p.requireDistinctProviderCategories = readBool(
        document, kDistinctProviders, defaults.requireDistinctProviderCategories, problems);
    p.removeZeroHarm = readBool(document, kRemoveZeroHarm, defaults.removeZeroHarm, problems);
    p.reviewIntervalDays =
        readInt(document, kReviewInterval, defaults.reviewIntervalDays, 1, kDaysLimit, problems);
    p.flaggedWithoutProposalAlertDays = readInt(
        document, kFlaggedAlert, defaults.flaggedWithoutProposalAlertDays, 1, kDaysLimit, problems);
    p.proposalPendingAlertDays = readInt(
        document, kProposalAlert, defaults.proposalPendingAlertDays, 1, kDaysLimit, problems);
    p.subjectAccessMonths = readInt(document, kSubjectAccess, defaults.subjectAccessMonths, 1,
                                    kSubjectAccessMonthsLimit, problems);
    p.disclosureRetentionDays = readInt(document, kDisclosureRetention,
                                        defaults.disclosureRetentionDays, 1, kDaysLimit, problems);
    p.qualifyingLegacySourceEvaluations =
        readList(document, kLegacySources, defaults.qualifyingLegacySourceEvaluations,
                 &Grading::legacySourceFrom, Grading::legacySourceCodes(), problems);
    p.qualifyingLegacyAssessments =
        readList(document, kLegacyAssessments, defaults.qualifyingLegacyAssessments,
                 &Grading::legacyIntelligenceFrom, Grading::legacyIntelligenceCodes(), problems);

    if (errors) {
        *errors << problems;
    } else if (!problems.isEmpty()) {
        throw Error(
            ErrorKind::InvalidData,
            tr("The threshold policy is not valid:\n%1").arg(problems.join(QLatin1Char('\n'))));
    }
    return p;
}

Policy Policy::fromStored(const StoredPolicy& stored)
{
    QStringList problems;
    Policy p = fromJson(stored.document, &problems);
    if (!problems.isEmpty())
        throw Error(ErrorKind::InvalidData,
                    tr("Stored policy version %1 is not valid: %2 Set a corrected policy as a "
                       "new version.")
                        .arg(stored.version)
                        .arg(problems.join(QLatin1Char(' '))));
    p.version = stored.version;
    return p;
}

QJsonObject Policy::toJson() const
{
    QJsonObject o;
    o.insert(key(kEligible), writeList(eligibleClassifications,
                                       [](Classification c) { return Vocabulary::wireName(c); }));
    o.insert(key(kSources), writeList(qualifyingSourceEvaluations,
                                      [](SourceEvaluation s) { return Grading::code(s); }));
    o.insert(key(kAssessments), writeList(qualifyingAssessments, [](IntelligenceAssessment a) {
                 return Grading::code(a);
             }));
    o.insert(key(kIndications), writeList(qualifyingIndications,
                                          [](Indication i) { return Vocabulary::wireName(i); }));
    o.insert(key(kMaxAge), maxIntelligenceAgeMonths);
    o.insert(key(kMinSources), minIndependentSources);
    o.insert(key(kDistinctProviders), requireDistinctProviderCategories);
    o.insert(key(kRemoveZeroHarm), removeZeroHarm);
    o.insert(key(kReviewInterval), reviewIntervalDays);
    o.insert(key(kFlaggedAlert), flaggedWithoutProposalAlertDays);
    o.insert(key(kProposalAlert), proposalPendingAlertDays);
    o.insert(key(kSubjectAccess), subjectAccessMonths);
    o.insert(key(kDisclosureRetention), disclosureRetentionDays);
    o.insert(key(kLegacySources),
             writeList(qualifyingLegacySourceEvaluations,
                       [](LegacySourceEvaluation s) { return Grading::code(s); }));
    o.insert(key(kLegacyAssessments),
             writeList(qualifyingLegacyAssessments,
                       [](LegacyIntelligenceEvaluation e) { return Grading::code(e); }));
    return o;
}

QString Policy::describeInWords() const
{
    QStringList eligible;
    QStringList ineligible;
    for (const QString& wire : Vocabulary::classificationWireNames()) {
        const Classification c = *Vocabulary::classificationFrom(wire);
        (isEligible(c) ? eligible : ineligible) << recordedAs(c);
    }
    QStringList sources;
    for (SourceEvaluation s : qualifyingSourceEvaluations)
        sources << Grading::describe(s);
    QStringList assessments;
    for (IntelligenceAssessment a : qualifyingAssessments)
        assessments << Grading::describe(a);
    QStringList indications;
    for (Indication i : qualifyingIndications)
        indications << indicationPhrase(i);

    const QString originators = minIndependentSources == 1 ? tr("at least one originator")
                                                           : tr("at least %n different originators",
                                                                nullptr, minIndependentSources);
    const QString window = maxIntelligenceAgeMonths == 1
                               ? tr("within the month before the evaluation date")
                               : tr("within the %n months before the evaluation date", nullptr,
                                    maxIntelligenceAgeMonths);

    QStringList sentences;
    sentences << tr("A nominal recorded as %1 meets the threshold when %2 (the units, agencies "
                    "or sources the intelligence came from, compared ignoring capitals and "
                    "spacing) have provided intelligence that indicates %3, graded %4 for the "
                    "source and %5 for the intelligence, and obtained %6 (the first day of that "
                    "period included).")
                     .arg(joinOr(eligible), originators, joinOr(indications), joinOr(sources),
                          joinOr(assessments), window);
    sentences << tr("Each originator counts once, through its most recent qualifying item.");
    QStringList legacySources;
    for (LegacySourceEvaluation ls : qualifyingLegacySourceEvaluations)
        legacySources << Grading::describe(ls);
    QStringList legacyAssessments;
    for (LegacyIntelligenceEvaluation le : qualifyingLegacyAssessments)
        legacyAssessments << Grading::describe(le);
    sentences << tr("Intelligence still graded under the legacy 5x5x5 scheme qualifies when "
                    "graded %1 for the source and %2 for the intelligence.")
                     .arg(joinOr(legacySources), joinOr(legacyAssessments));
    if (requireDistinctProviderCategories)
        sentences << tr("The counted originators must also come from at least two provider "
                        "categories (police, partner agency, community).");
    if (!ineligible.isEmpty())
        sentences
            << tr("A nominal recorded as %1 never meets the threshold.").arg(joinOr(ineligible));
    sentences << (removeZeroHarm
                      ? tr("A nominal whose harm score is 0 is below the threshold whatever the "
                           "intelligence; a nominal with no harm score recorded is not affected.")
                      : tr("The harm score does not affect the threshold."));
    sentences << tr("A nominal below the threshold is flagged for removal and restricted: it is "
                    "left out of anything shared outside the force until a supervisor decides.");
    const QString due = reviewIntervalDays == 1 ? tr("the day after")
                                                : tr("%n days after", nullptr, reviewIntervalDays);
    sentences << tr("Each nominal is due for review %1 its last review (or its listing, if never "
                    "reviewed); an overdue review is shown but does not by itself put anyone "
                    "below the threshold.")
                     .arg(due);
    return sentences.join(QLatin1Char(' '));
}

} // namespace corroborate
