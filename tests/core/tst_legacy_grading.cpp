// Legacy 5x5x5 grading (issue 13): read from exchange version 2 and kept as graded in a real
// case file, written back by export, never mapped to 3x5x2; evaluated under the policy's legacy
// settings with item reasons that say so; the whole-list pass gives the evaluator's answer;
// regrading to 3x5x2 is one logged action that keeps the original grade.
#include "TestCaseFiles.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "core/Error.h"
#include "core/Time.h"
#include "exchange/ExchangeFormat.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "policy/Evaluator.h"
#include "policy/Policy.h"
#include "store/BulkLoader.h"
#include "store/Database.h"
#include "store/NominalRepository.h"
#include "workflow/EditService.h"
#include "workflow/ThresholdScan.h"

#include <QBuffer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace corroborate;
using namespace corroborate::test;

namespace {

const QDate kToday(2026, 10, 1);

QByteArray item(const QByteArray& originator, const QByteArray& grading,
                const QByteArray& obtained = "2026-05-01")
{
    return R"({"provider": "police", "originator": ")" + originator + R"(", "obtained_on": ")" +
           obtained + R"(", "indicates": "gang_membership", )" + grading + "}";
}

QByteArray legacy(const char* s, const char* e, const char* h)
{
    return QByteArray(R"("legacy_grading": {"source_evaluation": ")") + s +
           R"(", "intelligence_evaluation": ")" + e + R"(", "handling_code": ")" + h + "\"}";
}

const QByteArray k3x5x2 =
    R"("source_evaluation": "1", "intelligence_assessment": "B", "handling_code": "P")";

QByteArray document(int version, const QList<QByteArray>& items)
{
    QByteArray list;
    for (const QByteArray& i : items)
        list += (list.isEmpty() ? "" : ",") + i;
    return R"({"format": "corroborate-exchange", "version": )" + QByteArray::number(version) +
           R"(, "nominals": [{"reference": "N-1", "surname": "Example",
           "classification": "suspected_offender", "listed_on": "2025-01-10",
           "last_reviewed_on": "2026-09-01", "intelligence": [)" +
           list + "]}]}";
}

QStringList problems(const QByteArray& json)
{
    QStringList out;
    for (const ExchangeProblem& p : ExchangeFormat::parse(json).problems)
        out << p.toString();
    return out;
}

} // namespace

class LegacyGradingTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<CaseFile> newCaseFile()
    {
        return makeCaseFile(m_dir.filePath(QStringLiteral("c%1.cf").arg(++m_files)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Time::pin(QDateTime(kToday, QTime(12, 0), QTimeZone::utc()));
    }
    void cleanupTestCase() { Time::pin(QDateTime()); }

    void version2ReadsLegacyGrading()
    {
        const ExchangeDocument doc = ExchangeFormat::parse(
            document(2, {item("Unit A", legacy("B", "2", "4")), item("Unit B", k3x5x2)}));
        QVERIFY2(doc.isValid(), qPrintable(doc.problems.value(0).toString()));
        const IntelligenceItem& a = doc.records.at(0).intelligence.at(0);
        QVERIFY(a.legacy.has_value());
        QCOMPARE(a.legacy->source, LegacySourceEvaluation::B);
        QCOMPARE(a.legacy->intelligence, LegacyIntelligenceEvaluation::E2);
        QCOMPARE(a.legacy->handling, LegacyHandlingCode::H4);
        QVERIFY(!doc.records.at(0).intelligence.at(1).legacy.has_value());
    }

    void version1IsUnchanged()
    {
        QCOMPARE(problems(document(1, {item("Unit A", k3x5x2)})), QStringList());
        const QStringList p = problems(document(1, {item("Unit A", legacy("B", "2", "4"))}));
        QVERIFY(!p.isEmpty());
        QVERIFY2(p.first().startsWith(u"nominals[0].intelligence[0].legacy_grading: unknown field"),
                 qPrintable(p.first()));
        QVERIFY(problems(document(3, {item("Unit A", k3x5x2)}))
                    .first()
                    .startsWith(u"version: 3 is not supported"));
    }

    void legacyDefectsAreNamedByPath()
    {
        QCOMPARE(problems(document(2, {item("Unit A", legacy("F", "2", "1"))})),
                 QStringList{QStringLiteral("nominals[0].intelligence[0].legacy_grading."
                                            "source_evaluation: \"F\" is not one of: A, B, C, D, "
                                            "E")});
        QCOMPARE(problems(document(2, {item("Unit A", legacy("A", "6", "1"))})),
                 QStringList{QStringLiteral("nominals[0].intelligence[0].legacy_grading."
                                            "intelligence_evaluation: \"6\" is not one of: 1, 2, "
                                            "3, 4, 5")});
        // Both schemes at once: refused, never one silently preferred.
        const QStringList both =
            problems(document(2, {item("Unit A", legacy("A", "1", "1") + ", " + k3x5x2)}));
        QCOMPARE(both.size(), 3);
        QVERIFY(both.first().contains(u"graded under 5x5x5 (legacy_grading) has no 3x5x2 code"));
        // Neither: the 3x5x2 codes are required as before.
        QVERIFY(problems(document(2, {item("Unit A", "\"summary\": \"\"")}))
                    .contains(QStringLiteral(
                        "nominals[0].intelligence[0].source_evaluation: is required but missing")));
    }

    void keptAsGradedAndExportedAsVersion2()
    {
        auto file = newCaseFile();
        const QByteArray json =
            document(2, {item("Unit A", legacy("B", "2", "4")), item("Unit B", k3x5x2)});
        Importer(file->db()).run(json, ImportOptions{kAdmin, false});
        NominalRepository repo(file->db());
        const QList<IntelligenceItem> items =
            repo.intelligenceFor(repo.find(QStringLiteral("N-1"))->id);
        QCOMPARE(items.size(), 2);
        int legacyItems = 0;
        for (const IntelligenceItem& i : items) {
            if (i.originator == u"Unit A") {
                QVERIFY(i.legacy.has_value());
                QCOMPARE(i.legacy->codes(), QStringLiteral("B2 4"));
                ++legacyItems;
            } else {
                QVERIFY(!i.legacy.has_value());
            }
        }
        QCOMPARE(legacyItems, 1);
        // Never mapped: the 3x5x2 columns of the legacy item hold nothing.
        Statement st = file->db().prepare(
            "SELECT source_evaluation, assessment, handling_code, legacy_source, "
            "legacy_intelligence, legacy_handling, legacy_grade FROM intelligence "
            "WHERE originator = 'Unit A';");
        QVERIFY(st.step());
        QCOMPARE(st.text(0) + st.text(1) + st.text(2), QString());
        QCOMPARE(st.text(3) + st.text(4) + st.text(5), QStringLiteral("B24"));
        QCOMPARE(st.integer(6), 1 + 1 + 5 * 1);

        QByteArray out;
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly);
        Exporter(file->db()).run(buffer, ExportOptions{kAdmin, {}, {}, {}, {}});
        QVERIFY(out.contains("\"version\": 2"));
        QVERIFY(out.contains(R"("legacy_grading": {"source_evaluation": "B", )"
                             R"("intelligence_evaluation": "2", "handling_code": "4"})"));
        // And back in: the same grade.
        const ExchangeDocument again = ExchangeFormat::parse(out);
        QVERIFY(again.isValid());
        auto second = newCaseFile();
        Importer(second->db()).run(again, ImportOptions{kAdmin, false});
        QVERIFY(
            Importer::sameIntelligence(NominalRepository(second->db()).intelligenceFor(1), items));
    }

    void evaluatedUnderTheLegacyPolicy()
    {
        const ExchangeDocument doc = ExchangeFormat::parse(document(
            2, {item("Unit A", legacy("B", "2", "1")), item("Unit B", legacy("D", "1", "1")),
                item("Unit C", legacy("A", "4", "1")), item("Unit D", k3x5x2)}));
        QVERIFY(doc.isValid());
        NominalRecord r = doc.records.first();
        for (int i = 0; i < r.intelligence.size(); ++i)
            r.intelligence[i].id = i + 1;
        const Policy defaults;
        Evaluation e = evaluate(r.nominal, r.intelligence, defaults, kToday);
        QCOMPARE(e.intelligence.at(0).counts, true);
        QCOMPARE(e.intelligence.at(0).toJson().value(u"legacy_grading").toString(),
                 QStringLiteral("B2"));
        QCOMPARE(e.intelligence.at(1).reasonCodes(),
                 QStringList{QStringLiteral("LEGACY_SOURCE_NOT_RELIABLE_ENOUGH")});
        QCOMPARE(e.intelligence.at(2).reasonCodes(),
                 QStringList{QStringLiteral("LEGACY_ASSESSMENT_TOO_WEAK")});
        QVERIFY(Evaluation::reasonText(QStringLiteral("LEGACY_ASSESSMENT_TOO_WEAK"))
                    .contains(QStringLiteral("legacy 5x5x5")));
        QCOMPARE(e.intelligence.at(3).counts, true);
        QVERIFY(!e.intelligence.at(3).toJson().contains(u"legacy_grading"));
        QCOMPARE(e.independentSources, 2);
        QVERIFY(e.meetsThreshold());

        // A policy that admits D and 4 counts them; one that admits only A drops B2.
        Policy wide;
        wide.qualifyingLegacySourceEvaluations << LegacySourceEvaluation::D;
        wide.qualifyingLegacyAssessments << LegacyIntelligenceEvaluation::E4;
        QCOMPARE(evaluate(r.nominal, r.intelligence, wide, kToday).independentSources, 4);
        QStringList errors;
        const Policy narrow =
            Policy::fromJson(QJsonObject{{QStringLiteral("qualifying_legacy_source_evaluations"),
                                          QJsonArray{QStringLiteral("A")}}},
                             &errors);
        QVERIFY(errors.isEmpty());
        e = evaluate(r.nominal, r.intelligence, narrow, kToday);
        QCOMPARE(e.intelligence.at(0).reasonCodes(),
                 QStringList{QStringLiteral("LEGACY_SOURCE_NOT_RELIABLE_ENOUGH")});
        QCOMPARE(e.reasonCodes(), QStringList{QStringLiteral("INSUFFICIENT_INDEPENDENT_SOURCES")});
        // The policy settings are read strictly and written back.
        Policy::fromJson(QJsonObject{{QStringLiteral("qualifying_legacy_assessments"),
                                      QJsonArray{QStringLiteral("6")}}},
                         &errors);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(defaults.toJson().value(u"qualifying_legacy_source_evaluations").toArray(),
                 (QJsonArray{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("E")}));
        QCOMPARE(defaults.toJson().value(u"qualifying_legacy_assessments").toArray(),
                 (QJsonArray{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    }

    void wholeListPassAgreesWithTheEvaluator()
    {
        auto file = newCaseFile();
        Database& db = file->db();
        QRandomGenerator rng(13);
        {
            Transaction tx(db);
            BulkLoader loader(db, kAdmin);
            for (int n = 0; n < 300; ++n) {
                NominalRecord r =
                    syntheticNominal(QStringLiteral("N-%1").arg(n, 4, 10, QLatin1Char('0')), 0);
                const int items = rng.bounded(0, 6);
                for (int k = 0; k < items; ++k) {
                    IntelligenceItem i;
                    i.originator = QStringLiteral("Unit %1").arg(rng.bounded(0, 4));
                    i.obtainedOn = kToday.addDays(-rng.bounded(0, 1200));
                    i.indicates =
                        rng.bounded(0, 5) ? Indication::GangMembership : Indication::Other;
                    i.provider = static_cast<Provider>(rng.bounded(0, 3));
                    if (rng.bounded(0, 2)) {
                        i.legacy = LegacyGrading{
                            static_cast<LegacySourceEvaluation>(rng.bounded(0, 5)),
                            static_cast<LegacyIntelligenceEvaluation>(rng.bounded(0, 5)),
                            static_cast<LegacyHandlingCode>(rng.bounded(0, 5))};
                    } else {
                        i.sourceEvaluation = static_cast<SourceEvaluation>(rng.bounded(0, 3));
                        i.assessment = static_cast<IntelligenceAssessment>(rng.bounded(0, 5));
                    }
                    r.intelligence << i;
                }
                loader.add(r);
            }
            tx.commit();
        }
        const Policy policy;
        NominalRepository repo(db);
        int compared = 0;
        int legacyCounted = 0;
        int legacyRefused = 0;
        ThresholdScan(db, policy)
            .run(
                kToday,
                [&](const Nominal& n, const Evaluation& streamed) {
                    // The stream gives items in id order; the repository newest first.
                    QList<IntelligenceItem> items = repo.intelligenceFor(n.id);
                    std::sort(items.begin(), items.end(),
                              [](const IntelligenceItem& a, const IntelligenceItem& b) {
                                  return a.id < b.id;
                              });
                    const Evaluation direct =
                        Evaluator(policy).evaluate(*repo.findById(n.id), items, kToday);
                    [&] {
                        QCOMPARE(streamed.status, direct.status);
                        QCOMPARE(streamed.reasons, direct.reasons);
                        QCOMPARE(streamed.independentSources, direct.independentSources);
                        QCOMPARE(streamed.intelligence.size(), direct.intelligence.size());
                        for (qsizetype i = 0; i < direct.intelligence.size(); ++i) {
                            const ItemEvaluation& a = streamed.intelligence.at(i);
                            const ItemEvaluation& b = direct.intelligence.at(i);
                            QCOMPARE(a.itemId, b.itemId);
                            QCOMPARE(a.counts, b.counts);
                            QCOMPARE(a.reasons, b.reasons);
                            QCOMPARE(a.legacyGrade, b.legacyGrade);
                            if (b.legacyGrade && b.counts)
                                ++legacyCounted;
                            if (b.reasons & (ItemReason::LegacySourceNotReliableEnough |
                                             ItemReason::LegacyAssessmentTooWeak))
                                ++legacyRefused;
                        }
                    }();
                    ++compared;
                    return !QTest::currentTestFailed();
                },
                EvaluationStream::Detail::WithItemReferences);
        QCOMPARE(compared, 300);
        QVERIFY(legacyCounted > 10);
        QVERIFY(legacyRefused > 10);
    }

    void regradeIsOneLoggedActionKeepingTheOriginal()
    {
        auto file = newCaseFile();
        Database& db = file->db();
        Importer(db).run(document(2, {item("Unit A", legacy("C", "2", "5"))}),
                         ImportOptions{kAdmin, false});
        NominalRepository repo(db);
        const Nominal n = *repo.find(QStringLiteral("N-1"));
        IntelligenceItem it = repo.intelligenceFor(n.id).first();
        QVERIFY(it.legacy);
        // Under the default policy C is not a qualifying legacy source.
        QCOMPARE(evaluate(n, {it}, Policy(), kToday).intelligence.first().reasonCodes(),
                 QStringList{QStringLiteral("LEGACY_SOURCE_NOT_RELIABLE_ENOUGH")});
        const qint64 auditBefore = AuditLog(db).page(0, 1000).size();

        IntelligenceItem regraded = it;
        regraded.sourceEvaluation = SourceEvaluation::Untested2;
        regraded.assessment = IntelligenceAssessment::B;
        regraded.handlingCode = HandlingCode::P;
        try {
            EditService(db, kAdmin).regradeIntelligence(n, regraded, QStringLiteral("review 2026"));
        } catch (const Error& e) {
            QFAIL(qPrintable(e.message()));
        }

        const IntelligenceItem after = repo.intelligenceItem(it.id).value();
        QVERIFY(!after.legacy);
        QVERIFY(after.regradedFrom);
        QCOMPARE(after.regradedFrom->codes(), QStringLiteral("C2 5"));
        QCOMPARE(after.sourceEvaluation, SourceEvaluation::Untested2);
        QCOMPARE(after.assessment, IntelligenceAssessment::B);
        QCOMPARE(evaluate(n, {after}, Policy(), kToday).intelligence.first().reasonCodes(),
                 QStringList());
        const QList<AuditEntry> audit = AuditLog(db).page(0, 1000);
        QCOMPARE(audit.size(), auditBefore + 1);
        QCOMPARE(audit.first().object, QStringLiteral("N-1"));
        QCOMPARE(audit.first().justification, QStringLiteral("review 2026"));
        QCOMPARE(audit.first().details,
                 QStringLiteral("intelligence %1 regraded from legacy 5x5x5 C2 5 to 3x5x2 2BP")
                     .arg(it.id));

        // Not twice, and not from a stale copy.
        try {
            EditService(db, kAdmin).regradeIntelligence(n, after, QStringLiteral("again"));
            QFAIL("a 3x5x2 item was regraded");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::InvalidData);
        }
        try {
            EditService(db, kAdmin).regradeIntelligence(n, regraded, QStringLiteral("again"));
            QFAIL("a stale item was regraded");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::Conflict);
        }
        QCOMPARE(AuditLog(db).page(0, 1000).size(), auditBefore + 1);
        // An ordinary edit later keeps the original grade too.
        IntelligenceItem edited = after;
        edited.summary = QStringLiteral("Synthetic: corrected.");
        EditService(db, kAdmin).updateIntelligence(n, edited, QStringLiteral("typo"));
        QCOMPARE(repo.intelligenceItem(it.id)->regradedFrom->codes(), QStringLiteral("C2 5"));
    }
};

QTEST_GUILESS_MAIN(LegacyGradingTest)
#include "tst_legacy_grading.moc"
