// The one set of field limits and text rules (core/FieldRules.h) for every way in: the exchange
// import names the JSON path of each refused text, the edit dialogs' checks
// (RecordValidation) refuse the same texts, and what is accepted is stored in NFC.
#include "TestCaseFiles.h"
#include "TestSupport.h"
#include "core/FieldRules.h"
#include "core/Time.h"
#include "exchange/ExchangeFormat.h"
#include "exchange/Importer.h"
#include "store/NominalRepository.h"
#include "workflow/EditService.h"
#include "workflow/RecordValidation.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace corroborate;
using namespace corroborate::test;

namespace {

// One nominal with one item; `surname`, `reference` and `originator` are spliced in as raw
// JSON string bodies (so a test can write \u0000 or a raw NUL byte).
QByteArray document(const QByteArray& reference, const QByteArray& surname,
                    const QByteArray& originator = "Gangs Unit")
{
    return R"({"format": "corroborate-exchange", "version": 1, "nominals": [{
      "reference": ")" +
           reference + R"(", "surname": ")" + surname +
           R"(", "classification": "suspected_offender", "listed_on": "2025-01-10",
      "intelligence": [{"provider": "police", "originator": ")" +
           originator +
           R"(", "obtained_on": "2026-05-01", "source_evaluation": "1",
        "intelligence_assessment": "B", "handling_code": "P", "indicates": "gang_membership"}]}]})";
}

QStringList problemsOf(const QByteArray& json)
{
    QStringList out;
    for (const ExchangeProblem& p : ExchangeFormat::parse(json).problems)
        out << p.toString();
    return out;
}

} // namespace

class FieldRulesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Time::pin(QDateTime(QDate(2026, 10, 1), QTime(12, 0), QTimeZone::utc()));
    }
    void cleanupTestCase() { Time::pin(QDateTime()); }

    void aGoodDocumentPasses() { QCOMPARE(problemsOf(document("N-1", "Example")), QStringList()); }

    void tenMebibyteSurnameIsRefusedWithItsPath()
    {
        const QByteArray huge(10 * 1024 * 1024, 'a');
        const QStringList problems = problemsOf(document("N-1", huge));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(u"nominals[0].surname: is 10485760 characters long; "
                                             u"the limit is 200"),
                 qPrintable(problems.first()));
        // The same limit for a summary, through the edit dialogs' checks.
        IntelligenceItem item;
        item.originator = QStringLiteral("Unit");
        item.obtainedOn = QDate(2026, 1, 1);
        item.summary = QString(FieldRules::kMaxFreeTextLength + 1, u'x');
        QVERIFY(RecordValidation::check(item, Time::today()).contains(QStringLiteral("summary")));
        item.summary = QString(FieldRules::kMaxFreeTextLength, u'x');
        QVERIFY(!RecordValidation::check(item, Time::today()).contains(QStringLiteral("summary")));
    }

    void nulIsRefusedRawAndEscaped()
    {
        // \u0000 escaped in JSON.
        QStringList problems = problemsOf(document("N-\\u00001", "Example"));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(u"nominals[0].reference: holds a control character "
                                             u"(U+0000) at position 3"),
                 qPrintable(problems.first()));
        // A raw NUL byte inside the string: not valid JSON, refused as a whole document.
        QByteArray raw = document("N-1", QByteArray("Exa\0mple", 8));
        problems = problemsOf(raw);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().startsWith(u"(document): ") ||
                problems.first().startsWith(u"nominals[0].surname: holds a control character"));
        // In a surname typed in the editor.
        Nominal n;
        n.reference = QStringLiteral("N-1");
        n.surname = QStringLiteral("Exa") + QChar(u'\0') + QStringLiteral("mple");
        n.listedOn = QDate(2025, 1, 1);
        QVERIFY(RecordValidation::check(n, Time::today())
                    .value(QStringLiteral("surname"))
                    .contains(QStringLiteral("control character (U+0000)")));
    }

    void loneSurrogateIsRefused()
    {
        const QStringList problems = problemsOf(document("N-1", "Exa\\ud800mple"));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(u"nominals[0].surname: holds a broken character (a "
                                             u"lone surrogate"),
                 qPrintable(problems.first()));
        Nominal n;
        n.reference = QStringLiteral("N-1");
        n.surname = QStringLiteral("Exa") + QChar(char16_t(0xDC00));
        n.listedOn = QDate(2025, 1, 1);
        QVERIFY(RecordValidation::check(n, Time::today()).contains(QStringLiteral("surname")));
    }

    void zeroWidthInAReferenceIsRefusedWithThePath()
    {
        QStringList problems = problemsOf(document("N-\\u200b1", "Example"));
        QCOMPARE(problems,
                 QStringList{QStringLiteral(
                     "nominals[0].reference: holds an invisible format character (U+200B, such "
                     "as a zero-width space or joiner) at position 3; remove it: references and "
                     "names are compared exactly")});
        // In an originator (two "different" originators that look the same would count twice).
        problems = problemsOf(document("N-1", "Example", "Gangs\\u200dUnit"));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().startsWith(
            u"nominals[0].intelligence[0].originator: holds an invisible format character"));
        // A byte order mark inside a name (raw UTF-8 EF BB BF).
        problems = problemsOf(document("N-1", "Ex\xEF\xBB\xBF"
                                              "ample"));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().startsWith(u"nominals[0].surname: holds an invisible format"));
    }

    void textIsStoredInNfc()
    {
        // "Zoë" decomposed (e + combining diaeresis) reads back composed.
        const ExchangeDocument doc = ExchangeFormat::parse(document("N-1", "Zoe\\u0308"));
        QVERIFY(doc.isValid());
        QCOMPARE(doc.records.first().nominal.surname, QStringLiteral("Zo\u00EB"));

        QTemporaryDir dir;
        auto file = makeCaseFile(dir.filePath(QStringLiteral("c.cf")));
        Nominal n;
        n.reference = QStringLiteral("N-2");
        n.surname = QStringLiteral("Zoe\u0308");
        n.listedOn = QDate(2025, 1, 1);
        EditService(file->db(), kAdmin).createNominal(n, QStringLiteral("test"));
        QCOMPARE(NominalRepository(file->db()).find(QStringLiteral("N-2"))->surname,
                 QStringLiteral("Zo\u00EB"));
    }

    void refusedImportWritesNothing()
    {
        QTemporaryDir dir;
        auto file = makeCaseFile(dir.filePath(QStringLiteral("c.cf")));
        QVERIFY_THROWS_EXCEPTION(ImportRejected, Importer(file->db())
                                                     .run(document("N-\\u200b1", "Example"),
                                                          ImportOptions{kAdmin, false}));
        QCOMPARE(NominalRepository(file->db()).count(), 0);
    }

    void limitsAreTheEditorsLimits()
    {
        QCOMPARE(FieldRules::maxLength(u"surname"), 200);
        QCOMPARE(FieldRules::maxLength(u"intelligence.originator"), 200);
        QCOMPARE(FieldRules::maxLength(u"intelligence.summary"), 2000);
        QCOMPARE(FieldRules::maxLength(u"intelligence.handling_conditions"), 2000);
        QCOMPARE(FieldRules::maxLength(u"reference"), 32);
        // Free text keeps its line breaks.
        QString problem;
        QCOMPARE(FieldRules::normalise(u"intelligence.summary", QStringLiteral("a\nb"), &problem),
                 QStringLiteral("a\nb"));
        QVERIFY(problem.isEmpty());
        FieldRules::normalise(u"surname", QStringLiteral("a\nb"), &problem);
        QVERIFY(!problem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(FieldRulesTest)
#include "tst_field_rules.moc"
