// The threshold policy document (docs/threshold.md, issue 3): defaults, strict validation naming
// the key, the JSON round trip, and the rule in words.

#include "TestSupport.h"
#include "core/Error.h"
#include "policy/Policy.h"
#include "policy/PolicyStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace corroborate;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(corroborate::Policy)

namespace {

QJsonObject parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("bad JSON in test: %s", json.constData());
    return doc.object();
}

QJsonObject shippedDefault()
{
    QFile file(test::sourceDir() + u"/resources/policy/default-policy.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("default policy not found");
    return parse(file.readAll());
}

} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreThoseOfTheDesign();
    void shippedDefaultDocumentIsTheDefaultPolicy();
    void embeddedDefaultDocumentIsTheShippedOne();
    void missingKeysTakeDefaults_data();
    void missingKeysTakeDefaults();
    void validDocumentsAreAccepted_data();
    void validDocumentsAreAccepted();
    void invalidSettingIsAnErrorNamingItsKey_data();
    void invalidSettingIsAnErrorNamingItsKey();
    void everyProblemIsReported();
    void withoutAnErrorListProblemsThrow();
    void nonObjectDocumentIsRefusedByTheCaller();
    void roundTrip_data();
    void roundTrip();
    void toJsonWritesEveryKeyInItsOrder();
    void fromStoredSetsTheVersion();
    void fromStoredRefusesAnInvalidDocument();
    void describeInWords_data();
    void describeInWords();
    void describeInWordsDefaultSentence();
};

void TestPolicy::defaultsAreThoseOfTheDesign()
{
    const Policy p;
    QCOMPARE(p.eligibleClassifications, QList<Classification>{Classification::SuspectedOffender});
    QCOMPARE(p.qualifyingSourceEvaluations,
             (QList<SourceEvaluation>{SourceEvaluation::Reliable1, SourceEvaluation::Untested2}));
    QCOMPARE(p.qualifyingAssessments,
             (QList<IntelligenceAssessment>{IntelligenceAssessment::A, IntelligenceAssessment::B,
                                            IntelligenceAssessment::C}));
    QCOMPARE(p.qualifyingIndications, QList<Indication>{Indication::GangMembership});
    QCOMPARE(p.maxIntelligenceAgeMonths, 24);
    QCOMPARE(p.minIndependentSources, 2);
    QCOMPARE(p.requireDistinctProviderCategories, false);
    QCOMPARE(p.removeZeroHarm, true);
    QCOMPARE(p.reviewIntervalDays, 90);
    QCOMPARE(p.flaggedWithoutProposalAlertDays, 28);
    QCOMPARE(p.proposalPendingAlertDays, 14);
    QCOMPARE(p.version, 0);
}

void TestPolicy::shippedDefaultDocumentIsTheDefaultPolicy()
{
    QStringList errors;
    const Policy p = Policy::fromJson(shippedDefault(), &errors);
    QCOMPARE(errors, QStringList());
    QCOMPARE(p, Policy());
    // Every key is present in the shipped file, so it documents every setting.
    QCOMPARE(shippedDefault(), Policy().toJson());
}

void TestPolicy::embeddedDefaultDocumentIsTheShippedOne()
{
    QCOMPARE(PolicyStore::defaultDocument(), shippedDefault());
}

void TestPolicy::missingKeysTakeDefaults_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Policy>("expected");

    QTest::newRow("empty document is the default policy") << "{}"_ba << Policy();
    Policy months6;
    months6.maxIntelligenceAgeMonths = 6;
    QTest::newRow("one key changes only that setting")
        << R"({"max_intelligence_age_months": 6})"_ba << months6;
    Policy strict;
    strict.requireDistinctProviderCategories = true;
    strict.qualifyingSourceEvaluations = {SourceEvaluation::Reliable1};
    QTest::newRow("two keys change only those settings")
        << R"({"require_distinct_provider_categories": true,
               "qualifying_source_evaluations": ["1"]})"_ba
        << strict;
    Policy oldDoc;
    QTest::newRow("document without the alert settings takes their defaults")
        << R"({"eligible_classifications": ["suspected_offender"],
               "qualifying_source_evaluations": ["1", "2"],
               "qualifying_assessments": ["A", "B", "C"],
               "qualifying_indications": ["gang_membership"],
               "max_intelligence_age_months": 24, "min_independent_sources": 2,
               "require_distinct_provider_categories": false, "remove_zero_harm": true,
               "review_interval_days": 90})"_ba
        << oldDoc;
}

void TestPolicy::missingKeysTakeDefaults()
{
    QFETCH(QByteArray, json);
    QFETCH(Policy, expected);
    QStringList errors;
    const Policy p = Policy::fromJson(parse(json), &errors);
    QCOMPARE(errors, QStringList());
    QCOMPARE(p, expected);
}

void TestPolicy::validDocumentsAreAccepted_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Policy>("expected");

    Policy p;
    p.minIndependentSources = 1;
    QTest::newRow("min_independent_sources lower bound 1")
        << R"({"min_independent_sources": 1})"_ba << p;
    p = {};
    p.minIndependentSources = Policy::kMinIndependentSourcesLimit;
    QTest::newRow("min_independent_sources upper bound")
        << R"({"min_independent_sources": 100})"_ba << p;
    p = {};
    p.maxIntelligenceAgeMonths = 1;
    QTest::newRow("max_intelligence_age_months lower bound 1")
        << R"({"max_intelligence_age_months": 1})"_ba << p;
    p = {};
    p.maxIntelligenceAgeMonths = Policy::kMaxAgeMonthsLimit;
    QTest::newRow("max_intelligence_age_months upper bound")
        << R"({"max_intelligence_age_months": 1200})"_ba << p;
    p = {};
    p.reviewIntervalDays = 1;
    QTest::newRow("review_interval_days lower bound 1") << R"({"review_interval_days": 1})"_ba << p;
    p = {};
    p.reviewIntervalDays = Policy::kDaysLimit;
    QTest::newRow("review_interval_days upper bound")
        << R"({"review_interval_days": 3660})"_ba << p;
    p = {};
    p.flaggedWithoutProposalAlertDays = 1;
    p.proposalPendingAlertDays = 3660;
    QTest::newRow("alert days at their bounds")
        << R"({"flagged_without_proposal_alert_days": 1, "proposal_pending_alert_days": 3660})"_ba
        << p;
    p = {};
    QTest::newRow("whole number written with a fraction part is a whole number")
        << R"({"max_intelligence_age_months": 24.0})"_ba << p;
    p = {};
    p.eligibleClassifications = {Classification::Victim, Classification::AtRisk,
                                 Classification::SuspectedOffender};
    p.qualifyingSourceEvaluations = {SourceEvaluation::NotReliable3, SourceEvaluation::Reliable1,
                                     SourceEvaluation::Untested2};
    p.qualifyingAssessments = {IntelligenceAssessment::E, IntelligenceAssessment::D,
                               IntelligenceAssessment::C, IntelligenceAssessment::B,
                               IntelligenceAssessment::A};
    p.qualifyingIndications = {Indication::Other, Indication::Victimisation,
                               Indication::Association, Indication::GangMembership};
    QTest::newRow("every wire code accepted, list order kept")
        << R"({"eligible_classifications": ["victim", "at_risk", "suspected_offender"],
               "qualifying_source_evaluations": ["3", "1", "2"],
               "qualifying_assessments": ["E", "D", "C", "B", "A"],
               "qualifying_indications": ["other", "victimisation", "association",
                                          "gang_membership"]})"_ba
        << p;
    p = {};
    p.requireDistinctProviderCategories = true;
    p.removeZeroHarm = false;
    QTest::newRow("booleans both ways")
        << R"({"require_distinct_provider_categories": true, "remove_zero_harm": false})"_ba << p;
}

void TestPolicy::validDocumentsAreAccepted()
{
    QFETCH(QByteArray, json);
    QFETCH(Policy, expected);
    QStringList errors;
    const Policy p = Policy::fromJson(parse(json), &errors);
    QCOMPARE(errors, QStringList());
    QCOMPARE(p, expected);
}

void TestPolicy::invalidSettingIsAnErrorNamingItsKey_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");

    QTest::newRow("unknown key") << R"({"min_sources": 2})"_ba << u"min_sources"_s;
    QTest::newRow("unknown key differing only in case")
        << R"({"Remove_Zero_Harm": true})"_ba << u"Remove_Zero_Harm"_s;
    QTest::newRow("list setting given as text")
        << R"({"qualifying_assessments": "A"})"_ba << u"qualifying_assessments"_s;
    QTest::newRow("list setting given as object")
        << R"({"qualifying_indications": {"gang_membership": true}})"_ba
        << u"qualifying_indications"_s;
    QTest::newRow("empty eligible_classifications")
        << R"({"eligible_classifications": []})"_ba << u"eligible_classifications"_s;
    QTest::newRow("empty qualifying_source_evaluations")
        << R"({"qualifying_source_evaluations": []})"_ba << u"qualifying_source_evaluations"_s;
    QTest::newRow("empty qualifying_assessments")
        << R"({"qualifying_assessments": []})"_ba << u"qualifying_assessments"_s;
    QTest::newRow("empty qualifying_indications")
        << R"({"qualifying_indications": []})"_ba << u"qualifying_indications"_s;
    QTest::newRow("list member a number, not a text code")
        << R"({"qualifying_source_evaluations": [1, "2"]})"_ba
        << u"qualifying_source_evaluations"_s;
    QTest::newRow("unknown classification code")
        << R"({"eligible_classifications": ["offender"]})"_ba << u"eligible_classifications"_s;
    QTest::newRow("unknown source evaluation code 4")
        << R"({"qualifying_source_evaluations": ["1", "4"]})"_ba
        << u"qualifying_source_evaluations"_s;
    QTest::newRow("assessment code in lower case")
        << R"({"qualifying_assessments": ["a"]})"_ba << u"qualifying_assessments"_s;
    QTest::newRow("unknown assessment code F")
        << R"({"qualifying_assessments": ["A", "F"]})"_ba << u"qualifying_assessments"_s;
    QTest::newRow("handling code is not an indication")
        << R"({"qualifying_indications": ["P"]})"_ba << u"qualifying_indications"_s;
    QTest::newRow("list member given twice")
        << R"({"qualifying_assessments": ["A", "B", "A"]})"_ba << u"qualifying_assessments"_s;
    QTest::newRow("min_independent_sources 0")
        << R"({"min_independent_sources": 0})"_ba << u"min_independent_sources"_s;
    QTest::newRow("min_independent_sources negative")
        << R"({"min_independent_sources": -2})"_ba << u"min_independent_sources"_s;
    QTest::newRow("min_independent_sources not whole")
        << R"({"min_independent_sources": 1.5})"_ba << u"min_independent_sources"_s;
    QTest::newRow("min_independent_sources as text")
        << R"({"min_independent_sources": "2"})"_ba << u"min_independent_sources"_s;
    QTest::newRow("min_independent_sources above limit")
        << R"({"min_independent_sources": 101})"_ba << u"min_independent_sources"_s;
    QTest::newRow("max_intelligence_age_months 0")
        << R"({"max_intelligence_age_months": 0})"_ba << u"max_intelligence_age_months"_s;
    QTest::newRow("max_intelligence_age_months above limit")
        << R"({"max_intelligence_age_months": 1201})"_ba << u"max_intelligence_age_months"_s;
    QTest::newRow("max_intelligence_age_months huge")
        << R"({"max_intelligence_age_months": 1e300})"_ba << u"max_intelligence_age_months"_s;
    QTest::newRow("review_interval_days 0")
        << R"({"review_interval_days": 0})"_ba << u"review_interval_days"_s;
    QTest::newRow("review_interval_days above limit")
        << R"({"review_interval_days": 3661})"_ba << u"review_interval_days"_s;
    QTest::newRow("review_interval_days null")
        << R"({"review_interval_days": null})"_ba << u"review_interval_days"_s;
    QTest::newRow("flagged_without_proposal_alert_days 0")
        << R"({"flagged_without_proposal_alert_days": 0})"_ba
        << u"flagged_without_proposal_alert_days"_s;
    QTest::newRow("proposal_pending_alert_days negative")
        << R"({"proposal_pending_alert_days": -1})"_ba << u"proposal_pending_alert_days"_s;
    QTest::newRow("disclosure_retention_days zero")
        << R"({"disclosure_retention_days": 0})"_ba << u"disclosure_retention_days"_s;
    QTest::newRow("remove_zero_harm as text")
        << R"({"remove_zero_harm": "yes"})"_ba << u"remove_zero_harm"_s;
    QTest::newRow("require_distinct_provider_categories as number")
        << R"({"require_distinct_provider_categories": 1})"_ba
        << u"require_distinct_provider_categories"_s;
}

void TestPolicy::invalidSettingIsAnErrorNamingItsKey()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    QStringList errors;
    const Policy p = Policy::fromJson(parse(json), &errors);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(u'"' + key + u'"'), qPrintable(errors.first()));
    // The setting in error keeps its default: nothing half-read leaks out.
    QCOMPARE(p, Policy());
}

void TestPolicy::everyProblemIsReported()
{
    QStringList errors;
    Policy::fromJson(parse(R"({"min_independent_sources": 0, "colour": "red",
                               "qualifying_assessments": ["A", "Z"],
                               "remove_zero_harm": null})"_ba),
                     &errors);
    QCOMPARE(errors.size(), 4);
    for (const QString& key : {u"min_independent_sources"_s, u"colour"_s,
                               u"qualifying_assessments"_s, u"remove_zero_harm"_s}) {
        const bool named = std::any_of(errors.cbegin(), errors.cend(), [&](const QString& e) {
            return e.contains(u'"' + key + u'"');
        });
        QVERIFY2(named, qPrintable(key));
    }
    // Messages say what to do, not only what is wrong.
    QVERIFY(errors.join(u'\n').contains(u"from 1 to 100"_s));
}

void TestPolicy::withoutAnErrorListProblemsThrow()
{
    try {
        Policy::fromJson(parse(R"({"review_interval_days": -5})"_ba), nullptr);
        QFAIL("no exception");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), ErrorKind::InvalidData);
        QVERIFY(e.message().contains(u"\"review_interval_days\""_s));
    }
    // And a valid document does not throw.
    QCOMPARE(Policy::fromJson(shippedDefault(), nullptr), Policy());
}

void TestPolicy::nonObjectDocumentIsRefusedByTheCaller()
{
    // fromJson takes an object; a JSON array or text parses to an empty object, which is the
    // default policy. Callers (policy set) must check QJsonDocument::isObject() first: this
    // test pins that an empty object is not an error, so that they know to.
    QStringList errors;
    QCOMPARE(Policy::fromJson(QJsonDocument::fromJson("[1,2]").object(), &errors), Policy());
    QCOMPARE(errors, QStringList());
}

void TestPolicy::roundTrip_data()
{
    QTest::addColumn<Policy>("policy");
    QTest::newRow("default") << Policy();
    Policy p;
    p.eligibleClassifications = {Classification::AtRisk, Classification::SuspectedOffender};
    p.qualifyingSourceEvaluations = {SourceEvaluation::Reliable1};
    p.qualifyingAssessments = {IntelligenceAssessment::B, IntelligenceAssessment::A};
    p.qualifyingIndications = {Indication::GangMembership, Indication::Association};
    p.maxIntelligenceAgeMonths = 6;
    p.minIndependentSources = 3;
    p.requireDistinctProviderCategories = true;
    p.removeZeroHarm = false;
    p.reviewIntervalDays = 30;
    p.flaggedWithoutProposalAlertDays = 7;
    p.proposalPendingAlertDays = 3;
    QTest::newRow("every setting changed") << p;
    Policy limits;
    limits.maxIntelligenceAgeMonths = Policy::kMaxAgeMonthsLimit;
    limits.minIndependentSources = Policy::kMinIndependentSourcesLimit;
    limits.reviewIntervalDays = Policy::kDaysLimit;
    limits.flaggedWithoutProposalAlertDays = 1;
    limits.proposalPendingAlertDays = 1;
    QTest::newRow("limits") << limits;
}

void TestPolicy::roundTrip()
{
    QFETCH(Policy, policy);
    QStringList errors;
    const QJsonObject json = policy.toJson();
    QCOMPARE(Policy::fromJson(json, &errors), policy);
    QCOMPARE(errors, QStringList());
    // Through text as well, as it is stored.
    const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QCOMPARE(Policy::fromJson(parse(text), &errors), policy);
    QCOMPARE(errors, QStringList());
}

void TestPolicy::toJsonWritesEveryKeyInItsOrder()
{
    const QJsonObject json = Policy().toJson();
    QStringList keys = json.keys();
    QStringList expected = Policy::keys();
    QCOMPARE(expected.size(), 15);
    std::sort(keys.begin(), keys.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(keys, expected);
    QCOMPARE(Policy::keys().first(), u"eligible_classifications"_s);
    QCOMPARE(Policy::keys().last(), u"qualifying_legacy_assessments"_s);
    // The version is metadata, never part of the document.
    Policy v;
    v.version = 7;
    QCOMPARE(v.toJson(), json);
}

void TestPolicy::fromStoredSetsTheVersion()
{
    StoredPolicy stored;
    stored.version = 3;
    stored.document = parse(R"({"min_independent_sources": 3})"_ba);
    const Policy p = Policy::fromStored(stored);
    QCOMPARE(p.version, 3);
    QCOMPARE(p.minIndependentSources, 3);
}

void TestPolicy::fromStoredRefusesAnInvalidDocument()
{
    StoredPolicy stored;
    stored.version = 4;
    stored.document = parse(R"({"min_independent_sources": 0})"_ba);
    try {
        Policy::fromStored(stored);
        QFAIL("no exception");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), ErrorKind::InvalidData);
        QVERIFY(e.message().contains(u"version 4"_s));
        QVERIFY(e.message().contains(u"\"min_independent_sources\""_s));
    }
}

void TestPolicy::describeInWords_data()
{
    QTest::addColumn<Policy>("policy");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("lacks");

    QTest::newRow("default policy in words")
        << Policy()
        << QStringList{u"A nominal recorded as a suspected offender meets the threshold"_s,
                       u"at least 2 different originators"_s,
                       u"indicates gang membership"_s,
                       u"1 (Reliable) or 2 (Untested)"_s,
                       u"A (Known directly to the source), B (Known indirectly to the source "
                       u"but corroborated) or C (Known indirectly to the source)"_s,
                       u"within the 24 months before the evaluation date"_s,
                       u"first day of that period included"_s,
                       u"A nominal recorded as at risk or a victim never meets the threshold"_s,
                       u"harm score is 0"_s,
                       u"no harm score recorded is not affected"_s,
                       u"flagged for removal and restricted"_s,
                       u"90 days after its last review"_s,
                       u"does not by itself put anyone below the threshold"_s}
        << QStringList{u"provider categories"_s, u"%"_s};
    Policy one;
    one.minIndependentSources = 1;
    one.maxIntelligenceAgeMonths = 1;
    one.reviewIntervalDays = 1;
    QTest::newRow("singular forms")
        << one
        << QStringList{u"at least one originator"_s, u"within the month before"_s,
                       u"the day after its last review"_s}
        << QStringList{u"1 different"_s, u"1 months"_s, u"1 days"_s};
    Policy strict;
    strict.requireDistinctProviderCategories = true;
    strict.removeZeroHarm = false;
    strict.qualifyingSourceEvaluations = {SourceEvaluation::Reliable1};
    strict.qualifyingIndications = {Indication::GangMembership, Indication::Association};
    strict.minIndependentSources = 3;
    QTest::newRow("distinct provider categories and no zero-harm rule")
        << strict
        << QStringList{u"at least two provider categories"_s,
                       u"The harm score does not affect the threshold"_s,
                       u"graded 1 (Reliable) for the source"_s,
                       u"gang membership or association with a gang"_s,
                       u"at least 3 different originators"_s}
        << QStringList{u"harm score is 0"_s, u"2 (Untested)"_s};
    Policy all;
    all.eligibleClassifications = {Classification::SuspectedOffender, Classification::AtRisk,
                                   Classification::Victim};
    QTest::newRow("every classification eligible")
        << all << QStringList{u"a suspected offender, at risk or a victim meets"_s}
        << QStringList{u"never meets"_s};
}

void TestPolicy::describeInWords()
{
    QFETCH(Policy, policy);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, lacks);
    const QString words = policy.describeInWords();
    for (const QString& s : contains)
        QVERIFY2(words.contains(s), qPrintable(u"missing \""_s + s + u"\" in: "_s + words));
    for (const QString& s : lacks)
        QVERIFY2(!words.contains(s), qPrintable(u"unexpected \""_s + s + u"\" in: "_s + words));
    QVERIFY(!words.endsWith(u'\n'));
}

void TestPolicy::describeInWordsDefaultSentence()
{
    // The whole first sentence, as partner packs print it.
    const QString words = Policy().describeInWords();
    const QString first = words.left(words.indexOf(u". "_s) + 1);
    QCOMPARE(first,
             u"A nominal recorded as a suspected offender meets the threshold when at least 2 "
             u"different originators (the units, agencies or sources the intelligence came "
             u"from, compared ignoring capitals and spacing) have provided intelligence that "
             u"indicates gang membership, graded 1 (Reliable) or 2 (Untested) for the source and "
             u"A (Known directly to the source), B (Known indirectly to the source but "
             u"corroborated) or C (Known indirectly to the source) for the intelligence, and "
             u"obtained within the 24 months before the evaluation date (the first day of that "
             u"period included)."_s);
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
