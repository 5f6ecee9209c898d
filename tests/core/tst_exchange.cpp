// The exchange format (app/exchange/README.md): one test row per validation rule, every problem in
// a document reported with its JSON path, writing in the §9 shape, round trips through a real case
// file, import all or nothing, update mode, and export recorded as a disclosure.
#include "TestCaseFiles.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "audit/DisclosureLog.h"
#include "core/Time.h"
#include "exchange/ExchangeFormat.h"
#include "exchange/Exporter.h"
#include "exchange/Importer.h"
#include "store/NominalRepository.h"
#include "workflow/EditService.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <functional>

using namespace corroborate;
using namespace corroborate::test;

namespace {

// Every test runs on this date, so "in the future" is fixed.
const QDate kToday(2026, 10, 1);

QJsonObject baseItem()
{
    return QJsonObject{
        {QStringLiteral("provider"), QStringLiteral("police")},
        {QStringLiteral("originator"), QStringLiteral("Synthetic Gangs Unit")},
        {QStringLiteral("reference"), QStringLiteral("INT/2026/0001")},
        {QStringLiteral("obtained_on"), QStringLiteral("2026-05-01")},
        {QStringLiteral("source_evaluation"), QStringLiteral("1")},
        {QStringLiteral("intelligence_assessment"), QStringLiteral("B")},
        {QStringLiteral("handling_code"), QStringLiteral("P")},
        {QStringLiteral("handling_conditions"), QStringLiteral("")},
        {QStringLiteral("indicates"), QStringLiteral("gang_membership")},
        {QStringLiteral("summary"), QStringLiteral("Synthetic: seen with members.")}};
}

QJsonObject baseNominal(const QString& reference)
{
    return QJsonObject{
        {QStringLiteral("reference"), reference},
        {QStringLiteral("surname"), QStringLiteral("Example")},
        {QStringLiteral("forenames"), QStringLiteral("Sam")},
        {QStringLiteral("date_of_birth"), QStringLiteral("2004-03-01")},
        {QStringLiteral("gender"), QStringLiteral("male")},
        {QStringLiteral("ethnicity"), QStringLiteral("Mixed: White and Black Caribbean")},
        {QStringLiteral("area"), QStringLiteral("Synthetic North")},
        {QStringLiteral("group"), QStringLiteral("Example Road")},
        {QStringLiteral("classification"), QStringLiteral("suspected_offender")},
        {QStringLiteral("harm_score"), 12},
        {QStringLiteral("listed_on"), QStringLiteral("2025-01-10")},
        {QStringLiteral("last_reviewed_on"), QStringLiteral("2026-09-01")},
        {QStringLiteral("intelligence"), QJsonArray{baseItem()}}};
}

QJsonObject baseDocument()
{
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("corroborate-exchange")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("nominals"), QJsonArray{baseNominal(QStringLiteral("N-000001")),
                                                baseNominal(QStringLiteral("N-000002"))}}};
}

using Edit = std::function<void(QJsonObject&)>;

QByteArray document(const Edit& edit = {})
{
    QJsonObject doc = baseDocument();
    if (edit)
        edit(doc);
    return QJsonDocument(doc).toJson();
}

// Edits of the first nominal, or of its first intelligence item.
Edit onNominal(const std::function<void(QJsonObject&)>& f, int index = 0)
{
    return [f, index](QJsonObject& doc) {
        QJsonArray list = doc.value(QStringLiteral("nominals")).toArray();
        QJsonObject n = list.at(index).toObject();
        f(n);
        list[index] = n;
        doc[QStringLiteral("nominals")] = list;
    };
}
Edit setNominal(const QString& key, const QJsonValue& value, int index = 0)
{
    return onNominal([key, value](QJsonObject& n) { n[key] = value; }, index);
}
Edit removeNominal(const QString& key)
{
    return onNominal([key](QJsonObject& n) { n.remove(key); });
}
Edit onItem(const std::function<void(QJsonObject&)>& f)
{
    return onNominal([f](QJsonObject& n) {
        QJsonArray items = n.value(QStringLiteral("intelligence")).toArray();
        QJsonObject i = items.at(0).toObject();
        f(i);
        items[0] = i;
        n[QStringLiteral("intelligence")] = items;
    });
}
Edit setItem(const QString& key, const QJsonValue& value)
{
    return onItem([key, value](QJsonObject& i) { i[key] = value; });
}
Edit removeItem(const QString& key)
{
    return onItem([key](QJsonObject& i) { i.remove(key); });
}
Edit setTop(const QString& key, const QJsonValue& value)
{
    return [key, value](QJsonObject& doc) {
        doc[key] = value;
    };
}
Edit removeTop(const QString& key)
{
    return [key](QJsonObject& doc) {
        doc.remove(key);
    };
}

QString problemsText(const QList<ExchangeProblem>& problems)
{
    QStringList lines;
    for (const ExchangeProblem& p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

// Records are equal in every exchanged field; intelligence in any order.
QString differences(const NominalRecord& a, const NominalRecord& b)
{
    QStringList out = NominalRepository::changedFields(a.nominal, b.nominal);
    if (!Importer::sameIntelligence(a.intelligence, b.intelligence))
        out << QStringLiteral("intelligence");
    return out.isEmpty() ? QString() : a.nominal.reference + QStringLiteral(": ") + out.join(u',');
}

QList<NominalRecord> sampleRecords(int count, const QString& prefix = QStringLiteral("S-"))
{
    QList<NominalRecord> out;
    for (int i = 0; i < count; ++i) {
        NominalRecord r =
            syntheticNominal(prefix + QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0')), i % 4);
        r.nominal.surname = QStringLiteral("Surname%1").arg(i);
        r.nominal.classification = static_cast<Classification>(i % 3);
        if (i % 5 == 0)
            r.nominal.harmScore.reset();
        if (i % 7 == 0)
            r.nominal.dateOfBirth = QDate();
        if (i % 2 == 0)
            r.nominal.lastReviewedOn = kToday.addDays(-i);
        for (qsizetype k = 0; k < r.intelligence.size(); ++k) {
            IntelligenceItem& item = r.intelligence[k];
            item.provider = static_cast<Provider>(k % 3);
            item.obtainedOn = kToday.addDays(-static_cast<int>(10 * k + i));
            item.sourceEvaluation = static_cast<SourceEvaluation>((i + k) % 3);
            item.assessment = static_cast<IntelligenceAssessment>((i + k) % 5);
            item.indicates = static_cast<Indication>(k % 4);
            if (k == 1) {
                item.handlingCode = HandlingCode::C;
                item.handlingConditions = QStringLiteral("Synthetic condition %1").arg(i);
            }
        }
        out << r;
    }
    return out;
}

qint64 auditCount(Database& db)
{
    return AuditLog(db).count();
}

} // namespace

class TestExchange : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<CaseFile> newCaseFile()
    {
        return makeCaseFile(
            m_dir.filePath(QStringLiteral("exchange-%1.corroborate").arg(++m_files)));
    }

    static QByteArray exportAll(Database& db, ExportOptions options = {})
    {
        if (options.username.isEmpty())
            options.username = kAdmin;
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        Exporter(db).run(buffer, options);
        return bytes;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Time::pin(QDateTime(kToday, QTime(12, 0), QTimeZone::utc()));
    }
    void cleanupTestCase() { Time::pin(QDateTime()); }

    // ---- Reading: one row per rule, each document with exactly one defect. ----

    void rejectsEachDefect_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("says");

        const QString doc = ExchangeFormat::documentPath();
        QTest::newRow("not JSON") << QByteArray("{\n  \"version\": 1,\n  \"format\": x,\n}") << doc
                                  << QStringLiteral("at offset 30 (line 3, column 13)");
        QTest::newRow("cut short")
            << QByteArray("{\n  \"format\": \"corroborate-exchange\",\n  x") << doc
            << QStringLiteral(
                   "not valid JSON: unterminated object at offset 41 (line 3, column 4)");
        QTest::newRow("empty document") << QByteArray(" \n") << doc << QStringLiteral("empty");
        QTest::newRow("not an object")
            << QByteArray("[1, 2]") << doc << QStringLiteral("must be a JSON object");
        QTest::newRow("wrong format")
            << document(setTop(QStringLiteral("format"), QStringLiteral("gangs-matrix")))
            << QStringLiteral("format") << QStringLiteral("\"gangs-matrix\" is not a Corroborate");
        QTest::newRow("format missing") << document(removeTop(QStringLiteral("format")))
                                        << QStringLiteral("format") << QStringLiteral("missing");
        QTest::newRow("unsupported version")
            << document(setTop(QStringLiteral("version"), 3)) << QStringLiteral("version")
            << QStringLiteral("3 is not supported");
        QTest::newRow("version as string")
            << document(setTop(QStringLiteral("version"), QStringLiteral("1")))
            << QStringLiteral("version") << QStringLiteral("must be a number, but is a string");
        QTest::newRow("version missing") << document(removeTop(QStringLiteral("version")))
                                         << QStringLiteral("version") << QStringLiteral("missing");
        QTest::newRow("nominals missing")
            << document(removeTop(QStringLiteral("nominals"))) << QStringLiteral("nominals")
            << QStringLiteral("missing");
        QTest::newRow("nominals not an array")
            << document(setTop(QStringLiteral("nominals"), QJsonObject()))
            << QStringLiteral("nominals") << QStringLiteral("must be an array, but is an object");
        QTest::newRow("nominal not an object")
            << document(setTop(QStringLiteral("nominals"), QJsonArray{QStringLiteral("N-1")}))
            << QStringLiteral("nominals[0]") << QStringLiteral("must be an object");
        QTest::newRow("unknown top-level field")
            << document(setTop(QStringLiteral("nominal"), QJsonArray()))
            << QStringLiteral("nominal") << QStringLiteral("unknown field");

        // Required nominal fields: missing, empty, blank.
        for (const char* key : {"reference", "surname", "classification", "listed_on"}) {
            const QString k = QLatin1String(key);
            const QString path = QStringLiteral("nominals[0].") + k;
            QTest::addRow("%s missing", key)
                << document(removeNominal(k)) << path << QStringLiteral("required but missing");
            QTest::addRow("%s null", key) << document(setNominal(k, QJsonValue::Null)) << path
                                          << QStringLiteral("required but missing");
            QTest::addRow("%s empty", key) << document(setNominal(k, QStringLiteral(""))) << path
                                           << QStringLiteral("required but empty");
        }
        QTest::newRow("surname blank")
            << document(setNominal(QStringLiteral("surname"), QStringLiteral("  \t")))
            << QStringLiteral("nominals[0].surname") << QStringLiteral("required but empty");
        QTest::newRow("reference with surrounding space")
            << document(setNominal(QStringLiteral("reference"), QStringLiteral(" N-000009")))
            << QStringLiteral("nominals[0].reference") << QStringLiteral("white space");

        QTest::newRow("reference twice")
            << document(setNominal(QStringLiteral("reference"), QStringLiteral("N-000001"), 1))
            << QStringLiteral("nominals[1].reference")
            << QStringLiteral("\"N-000001\" appears twice in the document: also at "
                              "nominals[0].reference");

        // Dates: strict YYYY-MM-DD, real calendar dates.
        const auto badDate = [](const char* name, const Edit& edit, const QString& path,
                                const QString& text) {
            QTest::newRow(name) << document(edit) << path
                                << QStringLiteral("\"%1\" is not a date (YYYY-MM-DD)").arg(text);
        };
        const QString listed = QStringLiteral("nominals[0].listed_on");
        badDate("month 13", setNominal(QStringLiteral("listed_on"), QStringLiteral("2026-13-01")),
                listed, QStringLiteral("2026-13-01"));
        badDate("30 February",
                setNominal(QStringLiteral("listed_on"), QStringLiteral("2025-02-30")), listed,
                QStringLiteral("2025-02-30"));
        badDate("29 February, not a leap year",
                setItem(QStringLiteral("obtained_on"), QStringLiteral("2026-02-29")),
                QStringLiteral("nominals[0].intelligence[0].obtained_on"),
                QStringLiteral("2026-02-29"));
        badDate("no leading zeros",
                setNominal(QStringLiteral("listed_on"), QStringLiteral("2025-1-9")), listed,
                QStringLiteral("2025-1-9"));
        badDate("day first", setNominal(QStringLiteral("listed_on"), QStringLiteral("10/01/2025")),
                listed, QStringLiteral("10/01/2025"));
        badDate("with a time",
                setNominal(QStringLiteral("listed_on"), QStringLiteral("2025-01-10T00:00:00")),
                listed, QStringLiteral("2025-01-10T00:00:00"));
        badDate("Arabic-Indic digits",
                setNominal(QStringLiteral("listed_on"), QStringLiteral("٢٠٢٥-٠١-١٠")), listed,
                QStringLiteral("٢٠٢٥-٠١-١٠"));
        badDate("empty last_reviewed_on",
                setNominal(QStringLiteral("last_reviewed_on"), QStringLiteral("")),
                QStringLiteral("nominals[0].last_reviewed_on"), QString());
        badDate("date of birth with slashes",
                setNominal(QStringLiteral("date_of_birth"), QStringLiteral("2004/03/01")),
                QStringLiteral("nominals[0].date_of_birth"), QStringLiteral("2004/03/01"));
        QTest::newRow("date as a number")
            << document(setItem(QStringLiteral("obtained_on"), 20260501))
            << QStringLiteral("nominals[0].intelligence[0].obtained_on")
            << QStringLiteral("must be a date written as a string");

        // Dates in the future (today is pinned to 2026-10-01).
        QTest::newRow("listed tomorrow")
            << document(setNominal(QStringLiteral("listed_on"), QStringLiteral("2026-10-02")))
            << listed << QStringLiteral("2026-10-02 is in the future (today is 2026-10-01)");
        QTest::newRow("obtained tomorrow")
            << document(setItem(QStringLiteral("obtained_on"), QStringLiteral("2026-10-02")))
            << QStringLiteral("nominals[0].intelligence[0].obtained_on")
            << QStringLiteral("is in the future");
        QTest::newRow("reviewed next year")
            << document(
                   setNominal(QStringLiteral("last_reviewed_on"), QStringLiteral("2027-01-01")))
            << QStringLiteral("nominals[0].last_reviewed_on") << QStringLiteral("is in the future");
        QTest::newRow("born tomorrow")
            << document(setNominal(QStringLiteral("date_of_birth"), QStringLiteral("2026-10-02")))
            << QStringLiteral("nominals[0].date_of_birth") << QStringLiteral("is in the future");

        // Date of birth: from 1900, at least ten years before listing.
        const QString dob = QStringLiteral("nominals[0].date_of_birth");
        QTest::newRow("born 1899")
            << document(setNominal(QStringLiteral("date_of_birth"), QStringLiteral("1899-12-31")))
            << dob << QStringLiteral("before 1900-01-01");
        QTest::newRow("nine on listing (a day short of ten)")
            << document(setNominal(QStringLiteral("date_of_birth"), QStringLiteral("2015-01-11")))
            << dob << QStringLiteral("9 year(s) old on listed_on (2025-01-10)");
        QTest::newRow("born after listing")
            << document(setNominal(QStringLiteral("date_of_birth"), QStringLiteral("2025-06-01")))
            << dob << QStringLiteral("after listed_on (2025-01-10)");

        // Closed vocabularies: each names the allowed values.
        QTest::newRow("unknown classification")
            << document(setNominal(QStringLiteral("classification"), QStringLiteral("offender")))
            << QStringLiteral("nominals[0].classification")
            << QStringLiteral("\"offender\" is not one of: suspected_offender, at_risk, victim");
        QTest::newRow("classification in capitals")
            << document(setNominal(QStringLiteral("classification"), QStringLiteral("Victim")))
            << QStringLiteral("nominals[0].classification") << QStringLiteral("is not one of");
        const QString item = QStringLiteral("nominals[0].intelligence[0].");
        QTest::newRow("unknown provider")
            << document(setItem(QStringLiteral("provider"), QStringLiteral("council")))
            << item + QStringLiteral("provider")
            << QStringLiteral("\"council\" is not one of: police, partner_agency, community");
        QTest::newRow("unknown indication")
            << document(setItem(QStringLiteral("indicates"), QStringLiteral("membership")))
            << item + QStringLiteral("indicates")
            << QStringLiteral("is not one of: gang_membership, association, victimisation, other");
        QTest::newRow("unknown source evaluation")
            << document(setItem(QStringLiteral("source_evaluation"), QStringLiteral("4")))
            << item + QStringLiteral("source_evaluation")
            << QStringLiteral("\"4\" is not one of: 1, 2, 3");
        QTest::newRow("source evaluation as a number")
            << document(setItem(QStringLiteral("source_evaluation"), 1))
            << item + QStringLiteral("source_evaluation")
            << QStringLiteral("must be a string, but is a number");
        QTest::newRow("unknown assessment")
            << document(setItem(QStringLiteral("intelligence_assessment"), QStringLiteral("F")))
            << item + QStringLiteral("intelligence_assessment")
            << QStringLiteral("\"F\" is not one of: A, B, C, D, E");
        QTest::newRow("unknown handling code")
            << document(setItem(QStringLiteral("handling_code"), QStringLiteral("R")))
            << item + QStringLiteral("handling_code")
            << QStringLiteral("\"R\" is not one of: P, C");

        // Handling code C needs its conditions.
        QTest::newRow("handling C, empty conditions")
            << document(setItem(QStringLiteral("handling_code"), QStringLiteral("C")))
            << item + QStringLiteral("handling_conditions")
            << QStringLiteral("needs the conditions");
        QTest::newRow("handling C, blank conditions") << document(onItem([](QJsonObject& i) {
            i[QStringLiteral("handling_code")] = QStringLiteral("C");
            i[QStringLiteral("handling_conditions")] = QStringLiteral("  ");
        })) << item + QStringLiteral("handling_conditions")
                                                      << QStringLiteral("needs the conditions");
        QTest::newRow("handling C, conditions absent") << document(onItem([](QJsonObject& i) {
            i[QStringLiteral("handling_code")] = QStringLiteral("C");
            i.remove(QStringLiteral("handling_conditions"));
        })) << item + QStringLiteral("handling_conditions")
                                                       << QStringLiteral("needs the conditions");

        // Originator and the other required item fields.
        QTest::newRow("originator blank")
            << document(setItem(QStringLiteral("originator"), QStringLiteral(" \t ")))
            << item + QStringLiteral("originator") << QStringLiteral("required but empty");
        for (const char* key : {"provider", "originator", "obtained_on", "source_evaluation",
                                "intelligence_assessment", "handling_code", "indicates"}) {
            QTest::addRow("item %s missing", key)
                << document(removeItem(QLatin1String(key))) << item + QLatin1String(key)
                << QStringLiteral("required but missing");
        }

        // Harm score: a whole number, 0 or more.
        const QString harm = QStringLiteral("nominals[0].harm_score");
        QTest::newRow("negative harm score")
            << document(setNominal(QStringLiteral("harm_score"), -1)) << harm
            << QStringLiteral("-1 is negative");
        QTest::newRow("fractional harm score")
            << document(setNominal(QStringLiteral("harm_score"), 2.5)) << harm
            << QStringLiteral("2.5 is not a whole number");
        QTest::newRow("harm score as string")
            << document(setNominal(QStringLiteral("harm_score"), QStringLiteral("12"))) << harm
            << QStringLiteral("must be a whole number or null, but is a string");

        // Other wrong types.
        QTest::newRow("intelligence not an array")
            << document(setNominal(QStringLiteral("intelligence"), QJsonObject()))
            << QStringLiteral("nominals[0].intelligence")
            << QStringLiteral("must be an array, but is an object");
        QTest::newRow("intelligence item not an object")
            << document(setNominal(QStringLiteral("intelligence"), QJsonArray{1}))
            << QStringLiteral("nominals[0].intelligence[0]")
            << QStringLiteral("must be an object, but is a number");
        QTest::newRow("surname as number")
            << document(setNominal(QStringLiteral("surname"), 5))
            << QStringLiteral("nominals[0].surname") << QStringLiteral("must be a string");
        QTest::newRow("forenames as true")
            << document(setNominal(QStringLiteral("forenames"), true))
            << QStringLiteral("nominals[0].forenames")
            << QStringLiteral("must be a string, but is true/false");
        QTest::newRow("summary as array")
            << document(setItem(QStringLiteral("summary"), QJsonArray()))
            << item + QStringLiteral("summary") << QStringLiteral("must be a string");

        // Unknown keys are errors: a typo would otherwise drop data silently.
        QTest::newRow("unknown nominal field")
            << document(setNominal(QStringLiteral("nickname"), QStringLiteral("x")))
            << QStringLiteral("nominals[0].nickname") << QStringLiteral("unknown field");
        QTest::newRow("unknown item field")
            << document(setItem(QStringLiteral("grading"), QStringLiteral("1B")))
            << item + QStringLiteral("grading") << QStringLiteral("unknown field");
    }

    void rejectsEachDefect()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, says);
        const ExchangeDocument doc = ExchangeFormat::parse(json);
        QVERIFY2(doc.problems.size() == 1, qPrintable(problemsText(doc.problems)));
        QCOMPARE(doc.problems.first().path, path);
        QVERIFY2(doc.problems.first().message.contains(says),
                 qPrintable(doc.problems.first().message));
        QCOMPARE(doc.problems.first().kind, ErrorKind::InvalidData);
        QVERIFY(!doc.problems.first().message.contains(u'\n'));
    }

    void aTypoInAKeyIsReportedTwice()
    {
        // "surnme": an unknown field and a missing surname, both named.
        const ExchangeDocument doc = ExchangeFormat::parse(document(onNominal([](QJsonObject& n) {
            n[QStringLiteral("surnme")] = n.take(QStringLiteral("surname"));
        })));
        QCOMPARE(doc.problems.size(), 2);
        QStringList paths;
        for (const ExchangeProblem& p : doc.problems)
            paths << p.path;
        paths.sort();
        QCOMPARE(paths, (QStringList{QStringLiteral("nominals[0].surname"),
                                     QStringLiteral("nominals[0].surnme")}));
    }

    void everyProblemIsReported()
    {
        // Nine defects across two nominals and an item: all nine come back, none twice.
        const QByteArray json = document([](QJsonObject& doc) {
            setTop(QStringLiteral("version"), 3)(doc);
            setNominal(QStringLiteral("surname"), QStringLiteral(""))(doc);
            setNominal(QStringLiteral("harm_score"), -4)(doc);
            setItem(QStringLiteral("obtained_on"), QStringLiteral("2026-13-01"))(doc);
            setItem(QStringLiteral("handling_code"), QStringLiteral("C"))(doc);
            setItem(QStringLiteral("originator"), QStringLiteral(""))(doc);
            setNominal(QStringLiteral("reference"), QStringLiteral("N-000001"), 1)(doc);
            setNominal(QStringLiteral("classification"), QStringLiteral("x"), 1)(doc);
            setNominal(QStringLiteral("listed_on"), QStringLiteral("2030-01-01"), 1)(doc);
        });
        const ExchangeDocument doc = ExchangeFormat::parse(json);
        QStringList paths;
        for (const ExchangeProblem& p : doc.problems)
            paths << p.path;
        QStringList expected{QStringLiteral("version"),
                             QStringLiteral("nominals[0].surname"),
                             QStringLiteral("nominals[0].harm_score"),
                             QStringLiteral("nominals[0].intelligence[0].obtained_on"),
                             QStringLiteral("nominals[0].intelligence[0].handling_conditions"),
                             QStringLiteral("nominals[0].intelligence[0].originator"),
                             QStringLiteral("nominals[1].reference"),
                             QStringLiteral("nominals[1].classification"),
                             QStringLiteral("nominals[1].listed_on")};
        std::sort(paths.begin(), paths.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(paths, expected);
    }

    void problemsInLargeDocumentsAreAllListed()
    {
        // A systematic fault in 300 nominals gives 300 problems, each with its own path.
        QJsonArray list;
        for (int i = 0; i < 300; ++i) {
            QJsonObject n = baseNominal(QStringLiteral("N-%1").arg(i));
            n[QStringLiteral("listed_on")] = QStringLiteral("01/01/2025");
            list.append(n);
        }
        const ExchangeDocument doc =
            ExchangeFormat::parse(document(setTop(QStringLiteral("nominals"), list)));
        QCOMPARE(doc.problems.size(), 300);
        QCOMPARE(doc.problems.last().path, QStringLiteral("nominals[299].listed_on"));
    }

    // ---- Reading: what is accepted. ----

    void acceptsValidVariants_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("as in app/exchange/README.md") << document();
        QTest::newRow("harm score null")
            << document(setNominal(QStringLiteral("harm_score"), QJsonValue::Null));
        QTest::newRow("harm score absent") << document(removeNominal(QStringLiteral("harm_score")));
        QTest::newRow("harm score zero") << document(setNominal(QStringLiteral("harm_score"), 0));
        QTest::newRow("last review null")
            << document(setNominal(QStringLiteral("last_reviewed_on"), QJsonValue::Null));
        QTest::newRow("last review absent")
            << document(removeNominal(QStringLiteral("last_reviewed_on")));
        QTest::newRow("only required fields") << document(onNominal([](QJsonObject& n) {
            for (const char* key : {"forenames", "date_of_birth", "gender", "ethnicity", "area",
                                    "group", "harm_score", "last_reviewed_on", "intelligence"})
                n.remove(QLatin1String(key));
        }));
        QTest::newRow("optional texts null") << document(onNominal([](QJsonObject& n) {
            for (const char* key : {"forenames", "date_of_birth", "gender", "ethnicity", "area",
                                    "group", "intelligence"})
                n[QLatin1String(key)] = QJsonValue::Null;
        }));
        QTest::newRow("item with required fields only") << document(onItem([](QJsonObject& i) {
            for (const char* key : {"reference", "summary", "handling_conditions"})
                i.remove(QLatin1String(key));
        }));
        QTest::newRow("handling C with conditions") << document(onItem([](QJsonObject& i) {
            i[QStringLiteral("handling_code")] = QStringLiteral("C");
            i[QStringLiteral("handling_conditions")] = QStringLiteral("Only to the named worker.");
        }));
        QTest::newRow("29 February in a leap year")
            << document(setItem(QStringLiteral("obtained_on"), QStringLiteral("2024-02-29")));
        QTest::newRow("dated today")
            << document(setItem(QStringLiteral("obtained_on"), QStringLiteral("2026-10-01")));
        QTest::newRow("ten on the day of listing")
            << document(setNominal(QStringLiteral("date_of_birth"), QStringLiteral("2015-01-10")));
        QTest::newRow("born 1 January 1900") << document(onNominal([](QJsonObject& n) {
            n[QStringLiteral("date_of_birth")] = QStringLiteral("1900-01-01");
        }));
        QTest::newRow("no nominals") << document(setTop(QStringLiteral("nominals"), QJsonArray()));
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF") + document();
        QTest::newRow("harm score written 12.0")
            << QByteArray(document()).replace("\"harm_score\": 12", "\"harm_score\": 12.0");
    }

    void acceptsValidVariants()
    {
        QFETCH(QByteArray, json);
        const ExchangeDocument doc = ExchangeFormat::parse(json);
        QVERIFY2(doc.isValid(), qPrintable(problemsText(doc.problems)));
    }

    void readsEveryField()
    {
        const ExchangeDocument doc = ExchangeFormat::parse(document(onItem([](QJsonObject& i) {
            i[QStringLiteral("provider")] = QStringLiteral("partner_agency");
            i[QStringLiteral("source_evaluation")] = QStringLiteral("3");
            i[QStringLiteral("intelligence_assessment")] = QStringLiteral("E");
            i[QStringLiteral("handling_code")] = QStringLiteral("C");
            i[QStringLiteral("handling_conditions")] = QStringLiteral("Named worker only.");
            i[QStringLiteral("indicates")] = QStringLiteral("victimisation");
        })));
        QVERIFY2(doc.isValid(), qPrintable(problemsText(doc.problems)));
        QCOMPARE(doc.records.size(), 2);
        const Nominal& n = doc.records[0].nominal;
        QCOMPARE(n.reference, QStringLiteral("N-000001"));
        QCOMPARE(n.surname, QStringLiteral("Example"));
        QCOMPARE(n.forenames, QStringLiteral("Sam"));
        QCOMPARE(n.dateOfBirth, QDate(2004, 3, 1));
        QCOMPARE(n.gender, QStringLiteral("male"));
        QCOMPARE(n.ethnicity, QStringLiteral("Mixed: White and Black Caribbean"));
        QCOMPARE(n.area, QStringLiteral("Synthetic North"));
        QCOMPARE(n.group, QStringLiteral("Example Road"));
        QCOMPARE(n.classification, Classification::SuspectedOffender);
        QCOMPARE(n.harmScore, std::optional<int>(12));
        QCOMPARE(n.listedOn, QDate(2025, 1, 10));
        QCOMPARE(n.lastReviewedOn, QDate(2026, 9, 1));
        QCOMPARE(doc.records[0].intelligence.size(), 1);
        const IntelligenceItem& i = doc.records[0].intelligence[0];
        QCOMPARE(i.provider, Provider::PartnerAgency);
        QCOMPARE(i.originator, QStringLiteral("Synthetic Gangs Unit"));
        QCOMPARE(i.reference, QStringLiteral("INT/2026/0001"));
        QCOMPARE(i.obtainedOn, QDate(2026, 5, 1));
        QCOMPARE(i.sourceEvaluation, SourceEvaluation::NotReliable3);
        QCOMPARE(i.assessment, IntelligenceAssessment::E);
        QCOMPARE(i.handlingCode, HandlingCode::C);
        QCOMPARE(i.handlingConditions, QStringLiteral("Named worker only."));
        QCOMPARE(i.indicates, Indication::Victimisation);
        QCOMPARE(i.summary, QStringLiteral("Synthetic: seen with members."));

        const ExchangeDocument absent =
            ExchangeFormat::parse(document(onNominal([](QJsonObject& o) {
                o[QStringLiteral("harm_score")] = QJsonValue::Null;
                o.remove(QStringLiteral("last_reviewed_on"));
                o.remove(QStringLiteral("date_of_birth"));
            })));
        QVERIFY(absent.isValid());
        QVERIFY(!absent.records[0].nominal.harmScore.has_value());
        QVERIFY(!absent.records[0].nominal.lastReviewedOn.isValid());
        QVERIFY(!absent.records[0].nominal.dateOfBirth.isValid());
    }

    void readsTheFixture()
    {
        QFile f(sourceDir() + QStringLiteral("/tests/data/exchange/valid-three.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const ExchangeDocument doc = ExchangeFormat::parse(f.readAll());
        QVERIFY2(doc.isValid(), qPrintable(problemsText(doc.problems)));
        QCOMPARE(doc.records.size(), 3);
        QCOMPARE(doc.records[1].nominal.forenames, QStringLiteral("Bea \"Bee\""));
        QCOMPARE(doc.records[2].nominal.surname, QStringLiteral("Llŷr-Testname"));
    }

    // ---- Writing. ----

    void writesTheDesignShape()
    {
        const QList<NominalRecord> records = sampleRecords(6);
        const QByteArray json = ExchangeFormat::serialise(records);
        const QJsonObject top = QJsonDocument::fromJson(json).object();
        QCOMPARE(top.keys(), (QStringList{QStringLiteral("format"), QStringLiteral("nominals"),
                                          QStringLiteral("version")}));
        QCOMPARE(top.value(QStringLiteral("format")).toString(),
                 QStringLiteral("corroborate-exchange"));
        QCOMPARE(top.value(QStringLiteral("version")).toInt(), 2);
        // Every key of §9, always present, nothing else.
        QSet<QString> nominalKeys;
        for (const QString& k : baseNominal(QString()).keys())
            nominalKeys << k;
        QSet<QString> itemKeys;
        for (const QString& k : baseItem().keys())
            itemKeys << k;
        const QJsonArray list = top.value(QStringLiteral("nominals")).toArray();
        QCOMPARE(list.size(), records.size());
        for (const QJsonValue& v : list) {
            const QStringList keys = v.toObject().keys();
            QCOMPARE(QSet<QString>(keys.begin(), keys.end()), nominalKeys);
            for (const QJsonValue& i :
                 v.toObject().value(QStringLiteral("intelligence")).toArray()) {
                const QStringList ik = i.toObject().keys();
                QCOMPARE(QSet<QString>(ik.begin(), ik.end()), itemKeys);
            }
        }
        // Unknowns are null; format, version and nominals come first, in that order.
        QVERIFY(json.startsWith("{\n  \"format\": \"corroborate-exchange\",\n  \"version\": 2,\n"
                                "  \"nominals\": ["));
        QVERIFY(json.contains("\"harm_score\": null"));
        QVERIFY(json.contains("\"date_of_birth\": null"));
        QVERIFY(json.contains("\"last_reviewed_on\": null"));
        QCOMPARE(ExchangeFormat::serialise({}),
                 QByteArray("{\n  \"format\": "
                            "\"corroborate-exchange\",\n  "
                            "\"version\": 2,\n  \"nominals\": []\n}\n"));
    }

    void writeThenReadIsLossless()
    {
        QList<NominalRecord> records = sampleRecords(12);
        // Texts that need escaping, and text beyond Latin-1.
        records[0].nominal.surname = QStringLiteral("O'Quote \"Q\" Back\\slash");
        // Control characters only where the field rules allow them (free text: tab and line
        // breaks); elsewhere they are refused (tst_field_rules).
        records[0].nominal.forenames = QStringLiteral("Plain");
        records[1].intelligence[0].handlingConditions = QStringLiteral("Tab\tNew\nLine");
        records[1].nominal.surname = QStringLiteral("Llŷr Ŵyn 测试 😀");
        records[1].intelligence[0].summary = QStringLiteral("Line one\r\nline two </script>");
        const QByteArray json = ExchangeFormat::serialise(records);
        const ExchangeDocument doc = ExchangeFormat::parse(json);
        QVERIFY2(doc.isValid(), qPrintable(problemsText(doc.problems)));
        QCOMPARE(doc.records.size(), records.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QString diff = differences(records[i], doc.records[i]);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        QCOMPARE(ExchangeFormat::serialise(doc.records), json); // stable, byte for byte
    }

    // ---- Import into a real case file. ----

    void roundTripThroughCaseFiles()
    {
        QList<NominalRecord> records = sampleRecords(40);
        records[3].nominal.surname = QStringLiteral("Quote \" and \\ and ŷ");
        const QByteArray original = ExchangeFormat::serialise(records);

        auto first = newCaseFile();
        const ImportSummary summary =
            Importer(first->db()).run(original, ImportOptions{kAdmin, false});
        QCOMPARE(summary.added, 40);
        QCOMPARE(NominalRepository(first->db()).count(), 40);
        const QByteArray exported = exportAll(first->db());

        // The export holds the same data (the file keeps intelligence newest first).
        const ExchangeDocument doc = ExchangeFormat::parse(exported);
        QVERIFY2(doc.isValid(), qPrintable(problemsText(doc.problems)));
        QCOMPARE(doc.records.size(), records.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QString diff = differences(records[i], doc.records[i]);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }

        // Importing the export elsewhere and exporting again gives the same bytes.
        auto second = newCaseFile();
        Importer(second->db()).run(exported, ImportOptions{kAdmin, false});
        QCOMPARE(exportAll(second->db()), exported);
        QVERIFY(first->integrityProblems().isEmpty());
        QVERIFY(second->integrityProblems().isEmpty());
    }

    // An item regraded to 3x5x2 in a review is exported with its 3x5x2 codes; its original
    // legacy grade stays in the case file (app/exchange/README.md, version 2), exporting it
    // changes nothing there, and the export imports elsewhere as a 3x5x2 item.
    void exportOfARegradedItemKeepsItsOriginalGrade()
    {
        const QByteArray document = R"({"format": "corroborate-exchange", "version": 2,
          "nominals": [{"reference": "RG-1", "surname": "Regrade", "classification":
            "suspected_offender", "listed_on": "2025-01-10", "intelligence": [{"provider":
            "police", "originator": "Unit A", "obtained_on": "2026-05-01", "legacy_grading":
            {"source_evaluation": "C", "intelligence_evaluation": "2", "handling_code": "5"},
            "indicates": "gang_membership"}]}]})";
        auto file = newCaseFile();
        Database& db = file->db();
        Importer(db).run(document, ImportOptions{kAdmin, false});
        NominalRepository repo(db);
        const Nominal n = *repo.find(QStringLiteral("RG-1"));
        const IntelligenceItem original = repo.intelligenceFor(n.id).first();
        QVERIFY(original.legacy);
        IntelligenceItem regraded = original;
        regraded.sourceEvaluation = SourceEvaluation::Untested2;
        regraded.assessment = IntelligenceAssessment::B;
        regraded.handlingCode = HandlingCode::P;
        EditService(db, kAdmin).regradeIntelligence(n, regraded, QStringLiteral("review 2026"));

        const QByteArray exported = exportAll(db);
        const QJsonObject item = QJsonDocument::fromJson(exported)
                                     .object()
                                     .value(QStringLiteral("nominals"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("intelligence"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QVERIFY(!item.contains(QStringLiteral("legacy_grading")));
        QCOMPARE(item.value(QStringLiteral("source_evaluation")).toString(), QStringLiteral("2"));
        QCOMPARE(item.value(QStringLiteral("intelligence_assessment")).toString(),
                 QStringLiteral("B"));
        QCOMPARE(item.value(QStringLiteral("handling_code")).toString(), QStringLiteral("P"));

        // The case file still holds the original grade after the export.
        const IntelligenceItem kept = repo.intelligenceItem(original.id).value();
        QVERIFY(!kept.legacy);
        QVERIFY(kept.regradedFrom);
        QCOMPARE(kept.regradedFrom->codes(), QStringLiteral("C2 5"));

        // Imported elsewhere, the item is a 3x5x2 item with the new codes.
        auto second = newCaseFile();
        Importer(second->db()).run(exported, ImportOptions{kAdmin, false});
        NominalRepository other(second->db());
        const IntelligenceItem copy =
            other.intelligenceFor(other.find(QStringLiteral("RG-1"))->id).first();
        QVERIFY(!copy.legacy);
        QVERIFY(!copy.regradedFrom);
        QCOMPARE(copy.sourceEvaluation, SourceEvaluation::Untested2);
        QCOMPARE(copy.handlingCode, HandlingCode::P);
    }

    void importIsAllOrNothing()
    {
        auto file = newCaseFile();
        Database& db = file->db();
        const qint64 auditBefore = auditCount(db);
        // 40 good nominals and one bad one in the middle: nothing is written.
        QList<NominalRecord> records = sampleRecords(41);
        QJsonDocument json = QJsonDocument::fromJson(ExchangeFormat::serialise(records));
        QJsonObject top = json.object();
        setNominal(QStringLiteral("listed_on"), QStringLiteral("2025-02-30"), 20)(top);
        try {
            Importer(db).run(QJsonDocument(top).toJson(), ImportOptions{kAdmin, false});
            QFAIL("the import was accepted");
        } catch (const ImportRejected& e) {
            QCOMPARE(e.kind(), ErrorKind::InvalidData);
            QCOMPARE(e.problems().size(), 1);
            QCOMPARE(e.problems().first().path, QStringLiteral("nominals[20].listed_on"));
            QCOMPARE(e.message(), e.problems().first().toString());
        }
        QCOMPARE(NominalRepository(db).count(), 0);
        QCOMPARE(auditCount(db), auditBefore);
    }

    void existingReferencesAreConflictsWithPaths()
    {
        auto file = newCaseFile();
        Database& db = file->db();
        const QList<NominalRecord> records = sampleRecords(5);
        Importer(db).run(ExchangeFormat::serialise(records.mid(0, 3)),
                         ImportOptions{kAdmin, false});
        const qint64 auditBefore = auditCount(db);

        // Nominals 1 and 2 exist; the three others are new. Nothing is written.
        const QList<NominalRecord> second{records[3], records[1], records[4], records[2]};
        try {
            Importer(db).run(ExchangeFormat::serialise(second), ImportOptions{kAdmin, false});
            QFAIL("the import was accepted");
        } catch (const ImportRejected& e) {
            QCOMPARE(e.kind(), ErrorKind::Conflict);
            QCOMPARE(e.problems().size(), 2);
            QCOMPARE(e.problems()[0].path, QStringLiteral("nominals[1].reference"));
            QCOMPARE(e.problems()[1].path, QStringLiteral("nominals[3].reference"));
            QVERIFY(e.problems()[0].message.contains(records[1].nominal.reference));
            QVERIFY(e.problems()[0].message.contains(QStringLiteral("already exists")));
        }
        QCOMPARE(NominalRepository(db).count(), 3);
        QCOMPARE(auditCount(db), auditBefore);

        // With an invalid document as well, every problem is listed and it is invalid data.
        QJsonObject top = QJsonDocument::fromJson(ExchangeFormat::serialise(second)).object();
        setNominal(QStringLiteral("harm_score"), -2, 0)(top);
        try {
            Importer(db).run(QJsonDocument(top).toJson(), ImportOptions{kAdmin, false});
            QFAIL("the import was accepted");
        } catch (const ImportRejected& e) {
            QCOMPARE(e.kind(), ErrorKind::InvalidData);
            QCOMPARE(e.problems().size(), 3);
        }
        QCOMPARE(NominalRepository(db).count(), 3);
        QCOMPARE(auditCount(db), auditBefore);
    }

    void updateReplacesAndLogsFieldNames()
    {
        auto file = newCaseFile();
        Database& db = file->db();
        QList<NominalRecord> records = sampleRecords(4);
        Importer(db).run(ExchangeFormat::serialise(records.mid(0, 3)),
                         ImportOptions{kAdmin, false});

        records[0].nominal.surname = QStringLiteral("Changedsurname");
        records[0].nominal.harmScore = 99;
        records[1].intelligence << records[2].intelligence.value(0,
                                                                 records[1].intelligence.value(0));
        records[1].intelligence.last().originator = QStringLiteral("Another Synthetic Unit");
        std::reverse(records[2].intelligence.begin(), records[2].intelligence.end()); // same items
        const ImportSummary summary =
            Importer(db).run(ExchangeFormat::serialise(records), ImportOptions{kAdmin, true});
        QCOMPARE(summary.added, 1);
        QCOMPARE(summary.updated, 2);
        QCOMPARE(summary.unchanged, 1);

        NominalRepository repo(db);
        QCOMPARE(repo.count(), 4);
        QCOMPARE(repo.find(records[0].nominal.reference)->surname,
                 QStringLiteral("Changedsurname"));
        QCOMPARE(repo.intelligenceFor(repo.find(records[1].nominal.reference)->id).size(),
                 records[1].intelligence.size());
        QCOMPARE(repo.find(records[2].nominal.reference)->version, 1); // untouched

        const QList<AuditEntry> first = AuditLog(db).page(0, 10, records[0].nominal.reference);
        QCOMPARE(first.first().action, AuditAction::Alteration);
        QVERIFY(first.first().details.contains(QStringLiteral("surname")));
        QVERIFY(first.first().details.contains(QStringLiteral("harm_score")));
        QVERIFY(!first.first().details.contains(QStringLiteral("Changedsurname"))); // names only
        const QList<AuditEntry> second = AuditLog(db).page(0, 10, records[1].nominal.reference);
        QCOMPARE(second.first().action, AuditAction::Alteration);
        QVERIFY(second.first().details.contains(QStringLiteral("intelligence")));
        QCOMPARE(AuditLog(db).page(0, 10, records[2].nominal.reference).size(), 1); // import only
        QCOMPARE(AuditLog(db).page(0, 10, records[3].nominal.reference).first().action,
                 AuditAction::Collection);
        QVERIFY(AuditLog(db).verify().ok);
    }

    void auditHoldsReferencesNotDetails()
    {
        auto file = newCaseFile();
        Database& db = file->db();
        QList<NominalRecord> records = sampleRecords(3);
        records[1].nominal.surname = QStringLiteral("Uniquesyntheticsurname");
        Importer(db).run(ExchangeFormat::serialise(records), ImportOptions{kAdmin, false});
        exportAll(db);
        const QList<AuditEntry> entries = AuditLog(db).page(0, 1000);
        const QList<AuditEntry> own = AuditLog(db).page(0, 10, records[1].nominal.reference);
        QCOMPARE(own.size(), 1);
        QCOMPARE(own.first().action, AuditAction::Collection);
        QCOMPARE(own.first().details, QStringLiteral("imported"));
        QCOMPARE(own.first().username, kAdmin);
        for (const AuditEntry& e : entries) {
            for (const QString& text : {e.object, e.justification, e.details}) {
                QVERIFY(!text.contains(QStringLiteral("Uniquesyntheticsurname")));
                QVERIFY(!text.contains(QStringLiteral("Synthetic summary")));
            }
        }
        QVERIFY(AuditLog(db).verify().ok);
    }

    // ---- Export. ----

    void exportIsRecordedAsDisclosure()
    {
        auto file = newCaseFile();
        Database& db = file->db();
        const QList<NominalRecord> records = sampleRecords(7);
        Importer(db).run(ExchangeFormat::serialise(records), ImportOptions{kAdmin, false});

        exportAll(db, ExportOptions{kAdmin, {}, {}, {}, QStringLiteral("backup.json")});
        QList<Disclosure> all = DisclosureLog(db).all();
        QCOMPARE(all.size(), 1);
        const Disclosure& d = all.first();
        QCOMPARE(d.kind, QStringLiteral("export"));
        QCOMPARE(d.audience, QStringLiteral("backup"));
        QCOMPARE(d.madeBy, kAdmin);
        QCOMPARE(d.recipient, Exporter::defaultRecipient());
        QCOMPARE(d.purpose, Exporter::defaultPurpose());
        QVERIFY(d.identifier.startsWith(QStringLiteral("backup.json")));
        QStringList references;
        for (const NominalRecord& r : records)
            references << r.nominal.reference;
        QCOMPARE(DisclosureLog(db).referencesOf(d.id), references);
        const AuditEntry last = AuditLog(db).page(0, 1).first();
        QCOMPARE(last.action, AuditAction::Disclosure);
        QVERIFY2(last.details.contains(
                     QStringLiteral("flagged nominals included, restricted (s.47) ones left out")),
                 qPrintable(last.details));

        exportAll(db, ExportOptions{kAdmin,
                                    QStringLiteral("Synthetic Archive Service"),
                                    QStringLiteral("migration to the new system"),
                                    QStringLiteral("DPA 2018 s.35"),
                                    {}});
        all = DisclosureLog(db).all();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.last().recipient, QStringLiteral("Synthetic Archive Service"));
        QCOMPARE(all.last().purpose, QStringLiteral("migration to the new system"));
        QCOMPARE(all.last().lawfulBasis, QStringLiteral("DPA 2018 s.35"));
        QVERIFY(AuditLog(db).verify().ok);
    }

    void failedExportRecordsNothing()
    {
        auto file = newCaseFile();
        Database& db = file->db();
        Importer(db).run(ExchangeFormat::serialise(sampleRecords(3)), ImportOptions{kAdmin, false});
        const qint64 auditBefore = auditCount(db);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY_THROWS_EXCEPTION(
            Error, Exporter(db).run(buffer, ExportOptions{kAdmin, {}, {}, {}, {}}, [] {
                throw Error(ErrorKind::Internal, QStringLiteral("disk full (simulated)"));
            }));
        QVERIFY(DisclosureLog(db).all().isEmpty());
        QCOMPARE(auditCount(db), auditBefore);

        // A device that refuses writes: an error, and no disclosure.
        QBuffer closed;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("device not open")));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 Exporter(db).run(closed, ExportOptions{kAdmin, {}, {}, {}, {}}));
        QVERIFY(DisclosureLog(db).all().isEmpty());
    }

    void exportPagesThroughEverything_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("none") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("exactly one page") << Exporter::kPageSize;
        QTest::newRow("a page and one") << Exporter::kPageSize + 1;
        QTest::newRow("two pages and a bit") << 2 * Exporter::kPageSize + 7;
    }

    void exportPagesThroughEverything()
    {
        QFETCH(int, count);
        auto file = newCaseFile();
        Database& db = file->db();
        Importer(db).run(ExchangeFormat::serialise(sampleRecords(count)),
                         ImportOptions{kAdmin, false});
        const ExchangeDocument doc = ExchangeFormat::parse(exportAll(db));
        QVERIFY2(doc.isValid(), qPrintable(problemsText(doc.problems)));
        QCOMPARE(doc.records.size(), count);
        QStringList references;
        for (const NominalRecord& r : doc.records)
            references << r.nominal.reference;
        QStringList sorted = references;
        sorted.sort();
        sorted.removeDuplicates();
        QCOMPARE(references, sorted); // in reference order, each once
        QCOMPARE(DisclosureLog(db).referencesOf(DisclosureLog(db).all().last().id).size(), count);
    }
};

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
