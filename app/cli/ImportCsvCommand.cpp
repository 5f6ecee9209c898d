#include "CliSupport.h"
#include "Command.h"
#include "core/Error.h"
#include "spreadsheet/SpreadsheetImport.h"

#include <QFile>

namespace corroborate::cli {
namespace {
struct ImportCsvText
{
    Q_DECLARE_TR_FUNCTIONS(ImportCsvCommand)
};

QByteArray readFile(const QString& path, const QString& what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::InvalidData, ImportCsvText::tr("Cannot read the %1 %2 (%3). Check "
                                                              "the path.")
                                                .arg(what, path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        throw Error(ErrorKind::InvalidData,
                    ImportCsvText::tr("Cannot read %1 (%2).").arg(path, file.errorString()));
    return bytes;
}

// Every problem on its own line, then one line saying nothing was written.
int refuse(const QList<SpreadsheetProblem>& problems, const QString& dataPath)
{
    const SpreadsheetRejected rejected(problems);
    for (const SpreadsheetProblem& p : problems)
        Cli::err() << p.toString() << "\n";
    Cli::err() << ImportCsvText::tr("Nothing was imported from %1: %n problem(s) found. Correct "
                                    "them, or leave the rows out (the mapping's "
                                    "\"left_out_rows\"), and import again.",
                                    nullptr, static_cast<int>(problems.size()))
                      .arg(dataPath)
               << "\n";
    Cli::err().flush();
    return static_cast<int>(rejected.kind());
}

QString rowList(const QList<int>& rows)
{
    QStringList out;
    for (int r : rows)
        out << QString::number(r);
    return out.join(QStringLiteral(", "));
}

int runImportCsv(const QStringList& args)
{
    const QString synopsis =
        QStringLiteral("import-csv FILE DATA.csv --mapping MAPPING.json [--dry-run]");
    QCommandLineParser parser;
    const QCommandLineOption mappingOption(
        QStringLiteral("mapping"),
        ImportCsvText::tr("The mapping document: which column feeds which field, value maps, "
                          "date format (README \"Spreadsheet import\")."),
        QStringLiteral("MAPPING.json"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        ImportCsvText::tr("Check everything and report what would be imported; write nothing "
                          "(no sign-in needed)."));
    parser.addOption(mappingOption);
    parser.addOption(dryRun);
    if (!Cli::parse(parser, args, synopsis,
                    ImportCsvText::tr("Imports nominals and their intelligence from a spreadsheet "
                                      "saved as CSV (UTF-8 or Windows-1252; comma, semicolon or "
                                      "tab), through a mapping document: all of it or, if "
                                      "anything is wrong, none of it. Every problem is listed "
                                      "by row and column. Needs the officer role."),
                    2))
        return 0;
    if (!parser.isSet(mappingOption))
        throw Error(ErrorKind::Usage,
                    ImportCsvText::tr("Give the mapping document with --mapping MAPPING.json "
                                      "(see \"corroborate-cli import-csv --help\")."));
    const QString path = parser.positionalArguments().at(0);
    const QString dataPath = parser.positionalArguments().at(1);
    const QString mappingPath = parser.value(mappingOption);

    // Everything is read and checked, and against the case file, before anyone signs in: a
    // refused import writes nothing at all.
    QStringList mappingErrors;
    const SpreadsheetMapping mapping = SpreadsheetMapping::fromJson(
        readFile(mappingPath, ImportCsvText::tr("mapping")), &mappingErrors);
    if (!mappingErrors.isEmpty()) {
        for (const QString& e : mappingErrors)
            Cli::err() << mappingPath << ": " << e << "\n";
        Cli::err() << ImportCsvText::tr("Nothing was imported: the mapping %1 is not valid. "
                                        "Correct it and import again.")
                          .arg(mappingPath)
                   << "\n";
        Cli::err().flush();
        return static_cast<int>(ErrorKind::InvalidData);
    }
    const SpreadsheetConversion conversion =
        SpreadsheetImport::convert(readFile(dataPath, ImportCsvText::tr("spreadsheet")), mapping);
    if (!conversion.isValid())
        return refuse(conversion.problems, dataPath);
    auto file = Cli::openCaseFile(path);
    if (const QList<SpreadsheetProblem> clash =
            SpreadsheetImport::conflicts(file->db(), conversion);
        !clash.isEmpty())
        return refuse(clash, dataPath);

    const QString read = ImportCsvText::tr("read as %1, delimiter %2")
                             .arg(conversion.table.encoding,
                                  conversion.table.delimiter == u'\t'
                                      ? ImportCsvText::tr("tab")
                                      : QStringLiteral("\"%1\"").arg(conversion.table.delimiter));
    const QString leftOut =
        conversion.leftOut.isEmpty()
            ? QString()
            : ImportCsvText::tr(" Rows left out: %1.").arg(rowList(conversion.leftOut));
    if (parser.isSet(dryRun)) {
        Cli::err() << ImportCsvText::tr("Dry run: %n nominal(s) and %1 intelligence item(s) from "
                                        "%2 (%3) would be imported into %4; nothing was written.",
                                        nullptr,
                                        static_cast<int>(conversion.document.records.size()))
                          .arg(conversion.items)
                          .arg(dataPath, read, path)
                   << leftOut << "\n";
        Cli::err().flush();
        return 0;
    }
    const User user = Cli::signIn(*file, Role::Officer);
    SpreadsheetImportSummary summary;
    try {
        summary = SpreadsheetImport::run(file->db(), conversion, user.username);
    } catch (const SpreadsheetRejected& rejected) {
        return refuse(rejected.problems(), dataPath); // a reference added meanwhile
    }
    Cli::err() << ImportCsvText::tr("Imported %n nominal(s) from %1 (%2) into %3 with %4 "
                                    "intelligence item(s).",
                                    nullptr, summary.import.added)
                      .arg(dataPath, read, path)
                      .arg(summary.import.intelligenceItems)
               << leftOut << "\n";
    Cli::err().flush();
    return 0;
}

} // namespace

void addImportCsvCommand(CommandRegistry& registry)
{
    registry.add(
        {QStringLiteral("import-csv"),
         QStringLiteral("import-csv FILE DATA.csv --mapping MAPPING.json [--dry-run]"),
         QStringLiteral("Import nominals from a spreadsheet saved as CSV (all or nothing)."), false,
         runImportCsv});
}

} // namespace corroborate::cli
