// Spreadsheet (CSV) import (issue 13): encodings, delimiters, RFC 4180 quoting and row
// numbers as a spreadsheet shows them; dates in four styles; mappings with value maps, one row
// per item or per nominal, legacy 5x5x5 grades; every defect reported by row and column with
// nothing written; left-out rows recorded by number only.
#include "TestCaseFiles.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "core/Time.h"
#include "spreadsheet/CsvReader.h"
#include "spreadsheet/SpreadsheetImport.h"
#include "spreadsheet/SpreadsheetMapping.h"
#include "store/NominalRepository.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace corroborate;
using namespace corroborate::test;

namespace {
// A UTF-8 literal as a QString, for short test values.
QString operator""_t(const char* text, std::size_t size)
{
    return QString::fromUtf8(text, static_cast<qsizetype>(size));
}
} // namespace

namespace {

const QDate kToday(2026, 10, 1);

// One row per item, UK spellings as an informal list has them.
const QByteArray kItemRows =
    "Ref,Surname,First names,DOB,Ethnicity,Status,Listed,Source,Unit,Date,Grade S,Grade I,"
    "Handling,Shows,Notes,Old S,Old I,Old H\r\n"
    "N-001,Example,Sam,01/03/2004,Black British,Offender,10/01/2025,Police,Gangs Unit,"
    "01/05/2026,1,B,P,Member,\"Seen with members, twice\",,,\r\n"
    "N-001,,,,,,,Council,Youth Services,02/06/2026,2,C,P,Member,\"Said \"\"I run with them\"\"\nat "
    "school\",,,\r\n"
    "N-002,Sample,Alex,,Not stated,Offender,12/02/2025,Police,Intel Cell,03/03/2026,,,,Member,"
    "Old record,B,2,1\r\n";

SpreadsheetMapping itemMapping()
{
    QStringList errors;
    const SpreadsheetMapping m = SpreadsheetMapping::fromJson(R"({
      "encoding": "auto", "delimiter": "auto", "rows": "item", "date_format": "dd/MM/yyyy",
      "columns": {"reference": "Ref", "surname": "Surname", "forenames": "First names",
        "date_of_birth": "DOB", "ethnicity": "Ethnicity", "classification": "Status",
        "listed_on": "Listed", "intelligence.provider": "Source",
        "intelligence.originator": "Unit", "intelligence.obtained_on": "Date",
        "intelligence.source_evaluation": "Grade S",
        "intelligence.intelligence_assessment": "Grade I",
        "intelligence.handling_code": "Handling", "intelligence.indicates": "Shows",
        "intelligence.summary": "Notes",
        "intelligence.legacy_grading.source_evaluation": "Old S",
        "intelligence.legacy_grading.intelligence_evaluation": "Old I",
        "intelligence.legacy_grading.handling_code": "Old H"},
      "values": {
        "ethnicity": {"Black British": "Black, Black British, Black Welsh, Caribbean or African: Other Black"},
        "classification": {"Offender": "suspected_offender"},
        "intelligence.provider": {"Police": "police", "Council": "partner_agency"},
        "intelligence.indicates": {"member": "gang_membership"}}
    })",
                                                              &errors);
    if (!errors.isEmpty())
        qWarning() << errors;
    return m;
}

QStringList lines(const QList<SpreadsheetProblem>& problems)
{
    QStringList out;
    for (const SpreadsheetProblem& p : problems)
        out << p.toString();
    return out;
}

QByteArray toCp1252(const QString& text)
{
    QByteArray out;
    for (const QChar c : text) {
        if (c.unicode() < 0x100)
            out += static_cast<char>(c.unicode());
        else if (c == QChar(0x2019))
            out += '\x92';
        else if (c == QChar(0x20AC))
            out += '\x80';
        else
            out += '?';
    }
    return out;
}

} // namespace

class SpreadsheetImportTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<CaseFile> newCaseFile()
    {
        return makeCaseFile(m_dir.filePath(QStringLiteral("c%1.cf").arg(++m_files)));
    }

    // Converts, imports and expects a refusal that wrote nothing; returns the problems.
    QStringList refused(const QByteArray& csv, const SpreadsheetMapping& mapping)
    {
        auto file = newCaseFile();
        const qint64 auditBefore = AuditLog(file->db()).page(0, 1000).size();
        const SpreadsheetConversion c = SpreadsheetImport::convert(csv, mapping);
        try {
            SpreadsheetImport::run(file->db(), c, kAdmin);
            qWarning("the import was accepted");
            return {};
        } catch (const SpreadsheetRejected& e) {
            if (NominalRepository(file->db()).count() != 0 ||
                AuditLog(file->db()).page(0, 1000).size() != auditBefore)
                return {QStringLiteral("something was written")};
            return lines(e.problems());
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Time::pin(QDateTime(kToday, QTime(12, 0), QTimeZone::utc()));
    }
    void cleanupTestCase() { Time::pin(QDateTime()); }

    void readsQuotedCellsAndCountsRowsLikeASpreadsheet()
    {
        const CsvTable t = CsvReader::read("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n"
                                           "2,\"line one\r\nline two\",z\n\n3,,\n");
        QCOMPARE(t.header, (QStringList{"a"_t, "b"_t, "c"_t}));
        QCOMPARE(t.rows.size(), 3);
        QCOMPARE(t.rows[0].cells, (QStringList{"1"_t, "x, y"_t, "say \"hi\""_t}));
        QCOMPARE(t.rows[1].cells, (QStringList{"2"_t, "line one\r\nline two"_t, "z"_t}));
        QCOMPARE(t.rows[1].number, 3);
        // The empty line is row 4 in a spreadsheet; the next row is 5.
        QCOMPARE(t.rows[2].number, 5);
        QCOMPARE(t.rows[2].cells, (QStringList{"3"_t, ""_t, ""_t}));
        const CsvTable open = CsvReader::read("a\n\"never closed\n");
        QCOMPARE(open.faultRow, 2);
    }

    void detectsEncodingsAndDelimiters()
    {
        const QString name = QStringLiteral("O\u2019Brien;Zo\u00EB");
        QCOMPARE(CsvReader::detectEncoding("\xEF\xBB\xBF" + name.toUtf8()),
                 QStringLiteral("utf-8"));
        QCOMPARE(CsvReader::detectEncoding(name.toUtf8()), QStringLiteral("utf-8"));
        QCOMPARE(CsvReader::detectEncoding(toCp1252(name)), QStringLiteral("windows-1252"));
        QCOMPARE(CsvReader::read("h\n" + toCp1252(name) + "\n", "auto"_t, ";"_t).rows[0].cells,
                 (QStringList{QStringLiteral("O\u2019Brien"), QStringLiteral("Zo\u00EB")}));
        QCOMPARE(CsvReader::read("\xEF\xBB\xBFh1,h2\n").header.first(), QStringLiteral("h1"));
        QCOMPARE(CsvReader::detectDelimiter(u"a;b;c\n1,5;2;3"), QChar(u';'));
        QCOMPARE(CsvReader::detectDelimiter(u"a\tb\tc"), QChar(u'\t'));
        QCOMPARE(CsvReader::detectDelimiter(u"\"a;b\",c"), QChar(u','));
    }

    void readsFourDateStyles()
    {
        const int pivot = 26;
        QCOMPARE(SpreadsheetImport::parseDate("03/04/2024"_t, "dd/MM/yyyy"_t, pivot),
                 QDate(2024, 4, 3));
        QCOMPARE(SpreadsheetImport::parseDate("3/4/2024"_t, "dd/MM/yyyy"_t, pivot),
                 QDate(2024, 4, 3));
        QCOMPARE(SpreadsheetImport::parseDate("3/4/24"_t, "d/M/yy"_t, pivot), QDate(2024, 4, 3));
        QCOMPARE(SpreadsheetImport::parseDate("3/4/27"_t, "d/M/yy"_t, pivot), QDate(1927, 4, 3));
        QCOMPARE(SpreadsheetImport::parseDate("3/4/99"_t, "d/M/yy"_t, 50), QDate(1999, 4, 3));
        QCOMPARE(SpreadsheetImport::parseDate("2024-04-03"_t, "dd/MM/yyyy"_t, pivot),
                 QDate(2024, 4, 3));
        QCOMPARE(SpreadsheetImport::parseDate("3 Mar 2024"_t, "dd/MM/yyyy"_t, pivot),
                 QDate(2024, 3, 3));
        QVERIFY(!SpreadsheetImport::parseDate("31/02/2024"_t, "dd/MM/yyyy"_t, pivot).isValid());
        QVERIFY(!SpreadsheetImport::parseDate("tomorrow"_t, "dd/MM/yyyy"_t, pivot).isValid());
    }

    void importsRowsPerItemGroupedByReference()
    {
        auto file = newCaseFile();
        const SpreadsheetConversion c = SpreadsheetImport::convert(kItemRows, itemMapping());
        QVERIFY2(c.isValid(), qPrintable(lines(c.problems).join(u'\n')));
        QCOMPARE(c.table.encoding, QStringLiteral("utf-8"));
        QCOMPARE(c.document.records.size(), 2);
        QCOMPARE(c.items, qint64(3));
        const SpreadsheetImportSummary s = SpreadsheetImport::run(file->db(), c, kAdmin);
        QCOMPARE(s.import.added, 2);
        NominalRepository repo(file->db());
        const Nominal n = *repo.find(QStringLiteral("N-001"));
        QCOMPARE(n.surname, QStringLiteral("Example"));
        QCOMPARE(n.dateOfBirth, QDate(2004, 3, 1));
        QCOMPARE(
            n.ethnicity,
            QStringLiteral("Black, Black British, Black Welsh, Caribbean or African: Other Black"));
        QCOMPARE(n.classification, Classification::SuspectedOffender);
        const QList<IntelligenceItem> items = repo.intelligenceFor(n.id);
        QCOMPARE(items.size(), 2);
        bool sawQuote = false;
        for (const IntelligenceItem& i : items) {
            QVERIFY(!i.legacy);
            if (i.originator == u"Youth Services") {
                QCOMPARE(i.provider, Provider::PartnerAgency);
                QCOMPARE(i.summary, QStringLiteral("Said \"I run with them\"\nat school"));
                sawQuote = true;
            }
        }
        QVERIFY(sawQuote);
        const IntelligenceItem old =
            repo.intelligenceFor(repo.find(QStringLiteral("N-002"))->id).first();
        QVERIFY(old.legacy);
        QCOMPARE(old.legacy->codes(), QStringLiteral("B2 1"));
    }

    void sameDataInOtherEncodingsAndDelimiters()
    {
        // Semicolons and Windows-1252; tabs and a byte order mark: the same result.
        QByteArray semicolons = kItemRows;
        semicolons.replace(",", ";");
        semicolons.replace("Seen with members; twice", "Seen with members, twice");
        semicolons.replace("Example", "O\x92"
                                      "Example");
        SpreadsheetConversion c = SpreadsheetImport::convert(semicolons, itemMapping());
        QVERIFY2(c.isValid(), qPrintable(lines(c.problems).join(u'\n')));
        QCOMPARE(c.table.encoding, QStringLiteral("windows-1252"));
        QCOMPARE(c.table.delimiter, QChar(u';'));
        QCOMPARE(c.document.records.first().nominal.surname, QStringLiteral("O\u2019Example"));

        QByteArray tabs = kItemRows;
        tabs.replace(",", "\t");
        c = SpreadsheetImport::convert("\xEF\xBB\xBF" + tabs, itemMapping());
        QVERIFY2(c.isValid(), qPrintable(lines(c.problems).join(u'\n')));
        QCOMPARE(c.table.delimiter, QChar(u'\t'));
        QCOMPARE(c.document.records.size(), 2);
        QCOMPARE(c.items, qint64(3));
    }

    void rowsPerNominalWithNumberedItemColumns()
    {
        QStringList errors;
        const SpreadsheetMapping m = SpreadsheetMapping::fromJson(R"({
          "rows": "nominal", "date_format": "d/M/yy", "two_digit_year_pivot": 30,
          "columns": {"reference": "Ref", "surname": "Name", "classification": "Type",
            "listed_on": "Listed", "intelligence.originator": "Originator",
            "intelligence.obtained_on": "Obtained",
            "intelligence.legacy_grading.source_evaluation": "Src",
            "intelligence.legacy_grading.intelligence_evaluation": "Int",
            "intelligence.legacy_grading.handling_code": "HC"},
          "defaults": {"intelligence.provider": "police", "intelligence.indicates": "gang_membership"},
          "values": {"classification": {"Y": "suspected_offender", "N": "at_risk"}}
        })",
                                                                  &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        const QByteArray csv = "Ref,Name,Type,Listed,Originator 1,Obtained 1,Src 1,Int 1,HC 1,"
                               "Originator 2,Obtained 2,Src 2,Int 2,HC 2\n"
                               "N-1,Able,Y,3/1/25,Unit A,4/5/26,A,1,1,Unit B,5/5/26,C,3,4\n"
                               "N-2,Baker,n,3/1/25,Unit A,4/5/26,E,2,1,,,,,\n";
        const SpreadsheetConversion c = SpreadsheetImport::convert(csv, m);
        QVERIFY2(c.isValid(), qPrintable(lines(c.problems).join(u'\n')));
        QCOMPARE(c.document.records.size(), 2);
        QCOMPARE(c.document.records[0].intelligence.size(), 2);
        QCOMPARE(c.document.records[1].intelligence.size(), 1);
        QCOMPARE(c.document.records[1].nominal.classification, Classification::AtRisk);
        QCOMPARE(c.document.records[0].nominal.listedOn, QDate(2025, 1, 3));
        QCOMPARE(c.document.records[0].intelligence[1].legacy->codes(), QStringLiteral("C3 4"));
    }

    void eachDefectIsReportedByRowAndColumnWithNothingWritten()
    {
        QByteArray badDate = kItemRows;
        badDate.replace("02/06/2026", "31/06/2026");
        QCOMPARE(refused(badDate, itemMapping()),
                 QStringList{QStringLiteral(
                     "row 3, column \"Date\", value \"31/06/2026\": not a date in the form "
                     "dd/MM/yyyy (or YYYY-MM-DD, or like 3 Mar 2024). What to do: Correct the "
                     "date in the spreadsheet, or set the mapping's \"date_format\", or leave "
                     "row 3 out.")});

        QByteArray unknown = kItemRows;
        unknown.replace(",Council,", ",Neighbour,");
        const QStringList u = refused(unknown, itemMapping());
        QCOMPARE(u.size(), 1);
        QVERIFY2(
            u.first().startsWith(u"row 3, column \"Source\", value \"Neighbour\": \"Neighbour\" "
                                 u"is not one of: police, partner_agency, community. What to "
                                 u"do: Add the spreadsheet's value to the mapping's \"values\" "
                                 u"for intelligence.provider"),
            qPrintable(u.first()));

        QByteArray missing = kItemRows;
        missing.replace("Listed,", "Listing date,");
        const QStringList m = refused(missing, itemMapping());
        QCOMPARE(m.size(), 1);
        QVERIFY2(m.first().startsWith(u"row 1, column \"Listed\": the mapping reads listed_on from "
                                      u"the column \"Listed\", but the header row has no such "
                                      u"column"),
                 qPrintable(m.first()));

        QByteArray longName = kItemRows;
        longName.replace("Sample", QByteArray(201, 'x'));
        const QStringList l = refused(longName, itemMapping());
        QCOMPARE(l.size(), 1);
        QVERIFY2(l.first().startsWith(u"row 4, column \"Surname\", value \"xxxx"),
                 qPrintable(l.first()));
        QVERIFY2(
            l.first().contains(u": is 201 characters long; the limit is 200. Shorten it. What "
                               u"to do: Correct the cell in the spreadsheet, or leave row 4 out."),
            qPrintable(l.first()));

        // A control character from a Windows-1252 file's unassigned byte, and a zero-width
        // space in a reference.
        QByteArray zeroWidth = kItemRows;
        zeroWidth.replace("N-002", "N-\xE2\x80\x8B"
                                   "002");
        const QStringList z = refused(zeroWidth, itemMapping());
        QCOMPARE(z.size(), 1);
        QVERIFY2(z.first().startsWith(u"row 4, column \"Ref\""), qPrintable(z.first()));
        QVERIFY(z.first().contains(u"invisible format character (U+200B"));

        // Details that disagree between two rows of one reference.
        QByteArray disagree = kItemRows;
        disagree.replace("N-001,,,,,,", "N-001,Exemple,,,,,");
        const QStringList d = refused(disagree, itemMapping());
        QCOMPARE(d.size(), 1);
        QVERIFY2(d.first().startsWith(u"row 3, column \"Surname\", value \"Exemple\": differs from "
                                      u"row 2 (Example)"),
                 qPrintable(d.first()));
    }

    void aMultiLineCellKeepsLaterRowNumbersRight()
    {
        // The defect is in the spreadsheet's row 4, after a cell spanning two lines in row 3.
        QByteArray csv = kItemRows;
        csv.replace("12/02/2025", "12/13/2025");
        const QStringList p = refused(csv, itemMapping());
        QCOMPARE(p.size(), 1);
        QVERIFY2(p.first().startsWith(u"row 4, column \"Listed\", value \"12/13/2025\""),
                 qPrintable(p.first()));
    }

    void leftOutRowsAreRecordedByNumberOnly()
    {
        QByteArray csv = kItemRows;
        csv.replace("12/02/2025", "12/13/2025"); // row 4 is wrong
        SpreadsheetMapping m = itemMapping();
        m.leftOutRows = {4};
        auto file = newCaseFile();
        const SpreadsheetConversion c = SpreadsheetImport::convert(csv, m);
        QVERIFY2(c.isValid(), qPrintable(lines(c.problems).join(u'\n')));
        const SpreadsheetImportSummary s = SpreadsheetImport::run(file->db(), c, kAdmin);
        QCOMPARE(s.import.added, 1);
        QCOMPARE(s.leftOut, QList<int>{4});
        const QList<AuditEntry> audit = AuditLog(file->db()).page(0, 10);
        QCOMPARE(audit.first().object, QStringLiteral("import"));
        QVERIFY2(audit.first().details.endsWith(u"; spreadsheet import; rows left out: 4"),
                 qPrintable(audit.first().details));
        QVERIFY(!audit.first().details.contains(u"Sample"));
    }

    void aReferenceAlreadyInTheFileIsAConflictByRow()
    {
        auto file = newCaseFile();
        SpreadsheetImport::run(file->db(), SpreadsheetImport::convert(kItemRows, itemMapping()),
                               kAdmin);
        const SpreadsheetConversion again = SpreadsheetImport::convert(kItemRows, itemMapping());
        const QList<SpreadsheetProblem> clash = SpreadsheetImport::conflicts(file->db(), again);
        QCOMPARE(clash.size(), 2);
        QCOMPARE(clash.first().row, 2);
        QCOMPARE(clash.last().row, 4);
        QCOMPARE(clash.first().kind, ErrorKind::Conflict);
    }

    void mappingRoundTripsAndIsStrict()
    {
        const SpreadsheetMapping m = itemMapping();
        QStringList errors;
        const SpreadsheetMapping again = SpreadsheetMapping::fromJson(m.toJson(), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(again.columns, m.columns);
        QCOMPARE(again.values, m.values);
        SpreadsheetMapping::fromJson(R"({"columns": {"reference": "R", "surnme": "S"},
                                         "rows": "sheet"})",
                                     &errors);
        QCOMPARE(errors.size(), 2);
    }
};

QTEST_GUILESS_MAIN(SpreadsheetImportTest)
#include "tst_spreadsheet_import.moc"
