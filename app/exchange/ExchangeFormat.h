#pragma once

#include "core/Error.h"
#include "core/Nominal.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;
class QJsonObject;

namespace corroborate {

class ExchangeObject;

// One thing wrong with an exchange document: where (a JSON path such as
// `nominals[3].intelligence[0].obtained_on`, or "(document)" for the whole document) and what.
// `kind` is InvalidData for a fault in the document itself and Conflict for a clash with the
// case file (a reference that already exists).
struct ExchangeProblem
{
    QString path;
    QString message;
    ErrorKind kind = ErrorKind::InvalidData;

    QString toString() const { return path + QStringLiteral(": ") + message; }
    bool operator==(const ExchangeProblem&) const = default;
};

// A parsed exchange document. `records` has one entry per element of the `nominals` array, in
// order (an element that is not an object gives an empty record), so records[i] is
// `nominals[i]`. The records are only meaningful when `problems` is empty.
struct ExchangeDocument
{
    QList<NominalRecord> records;
    QList<ExchangeProblem> problems;

    bool isValid() const { return problems.isEmpty(); }
};

// The exchange format (app/exchange/README.md, beside this file): reading with every problem
// collected, and writing.
//
// Reading rules (app/exchange/README.md lists them, with the decisions behind them):
// - The document is a JSON object with exactly the keys `format` ("corroborate-exchange"),
//   `version` (the number 1) and `nominals` (an array).
// - Each nominal requires `reference`, `surname`, `classification`, `listed_on` (non-empty
//   strings; a reference must not start or end with white space); `forenames`,
//   `date_of_birth`, `gender`, `ethnicity`, `area`, `group`, `harm_score` (a whole number, 0
//   or more), `last_reviewed_on` and `intelligence` (an array) are optional: absent or null
//   means not known (or no intelligence).
// - Each intelligence item requires `provider`, `originator` (not blank), `obtained_on`,
//   `source_evaluation`, `intelligence_assessment`, `handling_code`, `indicates`;
//   `reference`, `summary` and `handling_conditions` are optional, but a handling code C needs
//   non-blank conditions.
// - Dates are strict YYYY-MM-DD calendar dates, none later than Time::today(); a date of birth
//   is on or after 1900-01-01 and at least ten years before `listed_on`.
// - Enumerations are case-sensitive wire names; a wrong one lists the allowed values.
// - Unknown keys are errors (a typo such as "surnme" would otherwise drop data silently).
// - A reference may appear only once in a document; the later one names the earlier path.
class ExchangeFormat
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeFormat)
public:
    static QString formatName() { return QStringLiteral("corroborate-exchange"); }
    // The version written. Version 1 documents are read unchanged; version 2 adds an item's
    // optional "legacy_grading" object (then it has no 3x5x2 codes).
    static constexpr int kVersion = 2;
    static QString documentPath() { return QStringLiteral("(document)"); }

    // Parses and validates; never throws for a fault in the document.
    static ExchangeDocument parse(const QByteArray& json);
    // The same rules for a document already in memory (the spreadsheet import builds one).
    static ExchangeDocument parse(const QJsonObject& document);
    // The same rules for the `nominals` of a version 2 document built in memory (the
    // spreadsheet import builds them row by row, without JSON: ExchangeObject.h).
    static ExchangeDocument parse(const QList<ExchangeObject>& nominals);

    // The whole document for these records (small sets and tests; export streams through
    // ExchangeWriter instead).
    static QByteArray serialise(const QList<NominalRecord>& records);
};

// Writes an exchange document to a device one nominal at a time, so an export never holds
// the whole list in memory. Keys are written in the order app/exchange/README.md lists them; every
// key is always present (unknown values as null, empty texts as ""). Throws Error(Internal) when
// the device refuses a write.
class ExchangeWriter
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeWriter)
public:
    explicit ExchangeWriter(QIODevice& device)
        : m_device(device)
    {
    }
    void begin();
    void write(const NominalRecord& record);
    void end();

    static QByteArray recordJson(const NominalRecord& record, int indent);
    // JSON text for a string: quotes, escapes for quote, backslash and control characters, and
    // UTF-8 for everything else.
    static QByteArray jsonString(const QString& text);

private:
    void put(const QByteArray& bytes);

    QIODevice& m_device;
    qint64 m_written = 0;
};

} // namespace corroborate
