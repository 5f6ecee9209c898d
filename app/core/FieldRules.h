#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace corroborate {

// The one set of limits and text rules for every field a person can type or import, shared by
// the exchange import (app/exchange), the spreadsheet import (app/spreadsheet) and the edit
// dialogs (through RecordValidation). Fields are named by their exchange-format names
// (app/exchange/README.md), items' fields prefixed "intelligence." (the spreadsheet mapping's
// names).
//
// On the way in every text is normalised to Unicode NFC. Refused, never silently repaired:
// - a lone surrogate (the text is not Unicode and cannot be normalised);
// - a control character (U+0000–U+001F, U+007F–U+009F), in any field; the two free-text
//   fields (summary, handling_conditions) may hold line breaks and tabs;
// - a format character (Unicode category Cf: zero-width space and joiners, byte order mark,
//   bidirectional controls, soft hyphen) in a reference or a name (the one-line fields below):
//   an invisible character makes two equal-looking references or originators differ;
// - more characters than the field's limit (counted in UTF-16 code units after NFC, as the
//   editors count them).
class FieldRules
{
    Q_DECLARE_TR_FUNCTIONS(FieldRules)
public:
    static constexpr int kMaxReferenceLength = 32;  // a nominal's reference
    static constexpr int kMaxTextLength = 200;      // names, originator, area, group...
    static constexpr int kMaxFreeTextLength = 2000; // summary, handling conditions

    // The limit for a field, in characters; 0 for a field that has no text limit (dates,
    // codes, numbers: their own syntax bounds them).
    static int maxLength(QStringView field);
    // True for the free-text fields that may hold line breaks and format characters.
    static bool isFreeText(QStringView field);

    // `value` normalised to NFC, or the reason it is refused (then `problem` is non-empty and
    // the returned text must not be used). The message says what is wrong and what to do; it
    // never quotes the value.
    static QString normalise(QStringView field, const QString& value, QString* problem);
};

} // namespace corroborate
