#pragma once

// Free-text fields and the mentions of a name found in them.
// Plain values: the store reads and writes them, services and screens pass them around.

#include <QList>
#include <QString>
#include <QStringList>

namespace corroborate {

// One column of free text: anything a person may have typed a name into.
struct FreeTextField
{
    const char* table;
    const char* column;
    const char* key; // the column that identifies a row (an integer)
    // How an erasure treats a mention of the erased person in this field:
    enum class OnErasure
    {
        Redact,          // replaced by "[erased]" in place
        RedactAuditText, // the same, and the audit entry (key = seq) is marked redacted
        ListForReview,   // another nominal's record: listed for a reviewer, never rewritten
    } onErasure = OnErasure::Redact;
    // For ListForReview: SQL giving the owning nominal's reference for the row whose key is
    // bound as ?1.
    const char* ownerSql = nullptr;
};

// One mention of an erased person in another nominal's record, kept for a reviewer: ids and
// references only, never the text.
struct FreeTextMention
{
    qint64 id = 0;
    qint64 erasureId = 0;
    QString nominalReference; // whose record mentions the erased person
    qint64 intelligenceId = 0;
    QString field; // "intelligence.summary"
    QString foundAt;
};

} // namespace corroborate
