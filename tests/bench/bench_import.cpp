// Spreadsheet import at 100,000 rows (issue 13): the preview (reading the whole file: encoding
// and delimiter detection, RFC 4180 parsing), the full check (conversion and every rule), and
// the import into a new case file, encrypted beside unkeyed. Targets: preview within 10 s,
// import within 30 s. Prints one table.
//
//   cmake --preset release && cmake --build --preset release --target bench_import
//   build/release/tests/bench/bench_import [--rows N]
#include "spreadsheet/CsvReader.h"
#include "spreadsheet/SpreadsheetImport.h"
#include "store/CaseFile.h"
#include "store/NominalRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/resource.h>

using namespace corroborate;

namespace {

// Rows per item, two items per nominal, a Windows-1252 name now and then and a quoted
// multi-line note, like a real list.
QByteArray sheet(int rows)
{
    QByteArray out = "Ref,Surname,Forenames,DOB,Status,Listed,Source,Unit,Obtained,S,I,H,Shows,"
                     "Notes,Old S,Old I,Old H\r\n";
    out.reserve(rows * 150);
    for (int r = 0; r < rows; ++r) {
        const int n = r / 2;
        const QByteArray ref = "R-" + QByteArray::number(n).rightJustified(7, '0');
        out += ref + ",Surname" + QByteArray::number(n % 5000) + ",Forename" +
               QByteArray::number(n % 700) + "," + QByteArray::number(1 + n % 28) + "/" +
               QByteArray::number(1 + n % 12) + "/" + QByteArray::number(1980 + n % 25) +
               ",Offender,01/02/2025,Police,Unit " + QByteArray::number(r % 40) + "," +
               QByteArray::number(1 + r % 28) + "/0" + QByteArray::number(1 + r % 9) + "/2026,";
        if (r % 3 == 0)
            out += ",,,Member,\"Seen with members,\nnear the park\",B,2,1\r\n";
        else
            out += "1,B,P,Member,Synthetic note,,,\r\n";
    }
    return out;
}

SpreadsheetMapping mapping()
{
    QStringList errors;
    return SpreadsheetMapping::fromJson(R"({"rows": "item", "date_format": "d/M/yyyy",
      "columns": {"reference": "Ref", "surname": "Surname", "forenames": "Forenames",
        "date_of_birth": "DOB", "classification": "Status", "listed_on": "Listed",
        "intelligence.provider": "Source", "intelligence.originator": "Unit",
        "intelligence.obtained_on": "Obtained", "intelligence.source_evaluation": "S",
        "intelligence.intelligence_assessment": "I", "intelligence.handling_code": "H",
        "intelligence.indicates": "Shows", "intelligence.summary": "Notes",
        "intelligence.legacy_grading.source_evaluation": "Old S",
        "intelligence.legacy_grading.intelligence_evaluation": "Old I",
        "intelligence.legacy_grading.handling_code": "Old H"},
      "values": {"classification": {"Offender": "suspected_offender"},
        "intelligence.provider": {"Police": "police"},
        "intelligence.indicates": {"Member": "gang_membership"}}})",
                                        &errors);
}

double seconds(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

double peakMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int rows = 100000;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--rows")); i > 0 && i + 1 < args.size())
        rows = args.at(i + 1).toInt();
    const QByteArray csv = sheet(rows);
    const SpreadsheetMapping m = mapping();

    QElapsedTimer t;
    t.start();
    const CsvTable table = CsvReader::read(csv);
    const double preview = seconds(t);
    t.restart();
    const SpreadsheetConversion conversion = SpreadsheetImport::convert(table, m);
    const double check = seconds(t);
    if (!conversion.isValid()) {
        std::fprintf(stderr, "unexpected problems: %s\n",
                     qPrintable(conversion.problems.first().toString()));
        return 1;
    }

    QTemporaryDir dir;
    double imported[2] = {0, 0};
    for (int encrypted = 1; encrypted >= 0; --encrypted) {
        const QString path = dir.filePath(encrypted ? QStringLiteral("enc.corroborate")
                                                    : QStringLiteral("plain.sqlite"));
        auto file = encrypted ? CaseFile::create(path, Secret(QStringLiteral("bench-passphrase")))
                              : CaseFile::createUnkeyed(path);
        t.restart();
        const SpreadsheetImportSummary s =
            SpreadsheetImport::run(file->db(), conversion, QStringLiteral("bench"));
        imported[encrypted] = seconds(t);
        if (s.import.added != conversion.document.records.size())
            return 1;
    }
    std::printf("Spreadsheet import, %d rows (%lld nominals, %lld items, %.1f MB of CSV)\n", rows,
                static_cast<long long>(conversion.document.records.size()),
                static_cast<long long>(conversion.items), static_cast<double>(csv.size()) / 1e6);
    std::printf("| Step                                   | Encrypted | Unkeyed | Target |\n");
    std::printf("|----------------------------------------|-----------|---------|--------|\n");
    std::printf("| Preview: read the whole file           | %7.2f s |         | <= 10 s |\n",
                preview);
    std::printf("| Check every row (convert + rules)      | %7.2f s |         |        |\n", check);
    std::printf("| Preview + check                        | %7.2f s |         | <= 10 s |\n",
                preview + check);
    std::printf("| Import (one transaction, audit)        | %7.2f s | %5.2f s | <= 30 s |\n",
                imported[1], imported[0]);
    std::printf("Peak memory: %.0f MB\n", peakMb());
    return 0;
}
