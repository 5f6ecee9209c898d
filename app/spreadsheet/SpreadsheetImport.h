#pragma once

#include "CsvReader.h"
#include "SpreadsheetMapping.h"
#include "core/Error.h"
#include "exchange/ExchangeFormat.h"
#include "exchange/Importer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

namespace corroborate {

class Database;

// One thing wrong with a spreadsheet row, as a user finds it in a spreadsheet program: the row
// number (the header is row 1), the column header, the cell's value, what is wrong and what to
// do. Row 1 problems are about the header or the mapping itself.
struct SpreadsheetProblem
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetProblem)
public:
    int row = 0;
    QString column; // the header, or empty when the problem is about the whole row or file
    QString value;  // the cell as written (shortened when long)
    QString message;
    QString action;
    ErrorKind kind = ErrorKind::InvalidData; // Conflict: the reference is already in the file

    // row 5, column "Date of birth", value "31/02/1990": not a date ... What to do: ...
    QString toString() const;
};

// A spreadsheet read and converted through a mapping, ready to import: the exchange document it
// amounts to (checked by the exchange format's rules: the one validation rule set), every
// problem by row and column, and the rows left out.
struct SpreadsheetConversion
{
    CsvTable table;
    ExchangeDocument document;
    QList<SpreadsheetProblem> problems;
    QList<int> leftOut;     // row numbers deliberately left out (mapping "left_out_rows")
    QList<int> nominalRows; // per nominal of the document: the row it starts in
    qint64 items = 0;

    bool isValid() const { return problems.isEmpty(); }
};

struct SpreadsheetImportSummary
{
    ImportSummary import;
    QList<int> leftOut;
};

// Spreadsheet (CSV) import: reading (CsvReader), conversion through a mapping, problems by row
// and column, and the import itself through the exchange Importer (all or nothing in one
// transaction; the audit log records the counts and the left-out row numbers only).
class SpreadsheetImport
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetImport)
public:
    // Progress: (done, total); return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Reads and converts; never throws for a fault in the data. Throws Error(Usage) when
    // `progress` asks to stop.
    static SpreadsheetConversion convert(const QByteArray& csv, const SpreadsheetMapping& mapping,
                                         const Progress& progress = {});
    static SpreadsheetConversion convert(CsvTable table, const SpreadsheetMapping& mapping,
                                         const Progress& progress = {});

    // The conversion's references already in the case file (or retired), as problems of kind
    // Conflict naming the row.
    static QList<SpreadsheetProblem> conflicts(Database& db,
                                               const SpreadsheetConversion& conversion);

    // Imports a valid conversion (throws ImportRejected-style Error listing problems when it is
    // not, or when a reference exists). One transaction.
    static SpreadsheetImportSummary run(Database& db, const SpreadsheetConversion& conversion,
                                        const QString& username, const Progress& progress = {});

    // Parses a date cell under the mapping's format (also accepting YYYY-MM-DD and
    // "3 Mar 2024"); a null date when it is not one.
    static QDate parseDate(const QString& text, const QString& format, int pivot);
    // The pivot used when the mapping gives none: this year's last two digits.
    static int defaultPivot();
};

// The refusal of a spreadsheet import: every problem; nothing written.
class SpreadsheetRejected : public Error
{
public:
    explicit SpreadsheetRejected(QList<SpreadsheetProblem> problems);
    const QList<SpreadsheetProblem>& problems() const { return m_problems; }

private:
    QList<SpreadsheetProblem> m_problems;
};

} // namespace corroborate
