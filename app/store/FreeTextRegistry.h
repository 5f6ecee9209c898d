#pragma once

#include <QList>

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

// Every free-text field of the case file (docs/DESIGN.md 15). A feature that adds a free-text
// column adds ONE line here (app/store/FreeTextRegistry.cpp) and erasure reaches it: the
// scrubber finds the erased person's names, reference and date of birth in it and redacts
// them, or lists the row for review.
const QList<FreeTextField>& freeTextFields();

} // namespace corroborate
