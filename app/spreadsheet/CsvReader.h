#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace corroborate {

// A spreadsheet saved as CSV, read into rows of cells: the header row and the data rows, each
// with the row number a spreadsheet program shows (the header is row 1; a quoted cell holding
// line breaks stays in its row, so row numbers count records, not lines).
struct CsvTable
{
    struct Row
    {
        int number = 0; // as a spreadsheet shows it
        QStringList cells;
    };
    QString encoding; // "utf-8" or "windows-1252": what the bytes were read as
    bool byteOrderMark = false;
    QChar delimiter; // ',', ';' or '\t'
    QStringList header;
    QList<Row> rows; // data rows, wholly empty ones left out
    // A fault in the file itself (a quote never closed), with the row it starts in; the rows
    // before it are read.
    QString fault;
    int faultRow = 0;
};

// RFC 4180 reading: cells separated by the delimiter, records by CRLF or LF (or CR); a cell in
// double quotes may hold the delimiter, line breaks and doubled quotes (""). Characters after
// a closing quote are kept, as spreadsheet programs do. Encodings: UTF-8 with or without a
// byte order mark, and Windows-1252 (the encoding Excel uses for "CSV" on English Windows).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    // "utf-8" when the bytes start with a UTF-8 byte order mark or are valid UTF-8, else
    // "windows-1252" (every byte sequence is valid Windows-1252).
    static QString detectEncoding(const QByteArray& bytes);
    // The text, the byte order mark dropped. `encoding` is "utf-8" (invalid sequences become
    // U+FFFD) or "windows-1252" (the five unassigned bytes become C1 control characters,
    // which the field rules then refuse).
    static QString decode(const QByteArray& bytes, const QString& encoding);
    // The delimiter that splits the first record (outside quotes) into the most cells:
    // comma, semicolon or tab; comma when none appears.
    static QChar detectDelimiter(QStringView text);

    // Reads everything. `encoding` "auto" detects; `delimiter` as a one-character string, or
    // "auto". At most `maxRows` data rows (-1: all), for a preview.
    static CsvTable read(const QByteArray& bytes, const QString& encoding = QStringLiteral("auto"),
                         const QString& delimiter = QStringLiteral("auto"), int maxRows = -1);
};

} // namespace corroborate
