#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace corroborate {

// How a spreadsheet's columns feed the exchange format's fields: the mapping JSON document
// that the import wizard saves and `import-csv --mapping` reads (README "Spreadsheet import").
//
// Core keys (fixed): "encoding" ("utf-8", "windows-1252" or "auto"), "delimiter" (",", ";",
// "\t" or "auto"), "rows" ("item": one row per intelligence item, rows grouped by the
// nominal's reference; "nominal": one row per nominal with repeated item column groups),
// "date_format" (a Qt date format such as "dd/MM/yyyy"), "columns" ({FIELD: COLUMN HEADER}),
// "values" ({FIELD: {SPREADSHEET VALUE: EXCHANGE VALUE}}). FIELD is an exchange field name
// (`surname`), `intelligence.` + an item field (`intelligence.originator`), or
// `intelligence.legacy_grading.` + a legacy code (`source_evaluation`,
// `intelligence_evaluation`, `handling_code`).
// Extensions: "two_digit_year_pivot" (0-99; a two-digit year YY at or below it is 20YY, above
// it 19YY; default: this year's last two digits, so no date is read as in the future),
// "defaults" ({FIELD: EXCHANGE VALUE} for a field with no column or an empty cell), and
// "left_out_rows" ([row numbers] deliberately left out of the import).
struct SpreadsheetMapping
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetMapping)
public:
    QString encoding = QStringLiteral("auto");
    QString delimiter = QStringLiteral("auto");
    QString rows = QStringLiteral("item");
    QString dateFormat = QStringLiteral("dd/MM/yyyy");
    QMap<QString, QString> columns;
    QMap<QString, QMap<QString, QString>> values;
    int twoDigitYearPivot = -1; // -1: the default
    QMap<QString, QString> defaults;
    QList<int> leftOutRows;

    bool perNominal() const { return rows == u"nominal"; }

    // Every field a mapping may name, nominal fields first.
    static QStringList fields();
    static bool isItemField(const QString& field) { return field.startsWith(u"intelligence."); }
    static bool isDateField(const QString& field);
    // Fields whose values are a closed vocabulary (offered in the wizard's value step).
    static bool isEnumerationField(const QString& field);
    // The exchange values allowed for an enumeration field.
    static QStringList allowedValues(const QString& field);

    // Reads a mapping document strictly: every problem is appended to *errors (unknown keys,
    // unknown fields, wrong types, values out of range).
    static SpreadsheetMapping fromJson(const QByteArray& json, QStringList* errors);
    QByteArray toJson() const;
};

} // namespace corroborate
