#include "FreeTextRegistry.h"

namespace corroborate {

namespace {
using E = FreeTextField::OnErasure;
constexpr const char* kIntelligenceOwner =
    "SELECT n.reference FROM intelligence i JOIN nominals n ON n.id = i.nominal_id "
    "WHERE i.id = ?1;";
constexpr const char* kStatementOwner =
    "SELECT n.reference FROM supplementary_statements s JOIN nominals n ON n.id = s.nominal_id "
    "WHERE s.id = ?1;";
} // namespace

const QList<FreeTextField>& freeTextFields()
{
    // table, column, key, what an erasure does. Add new free-text columns here.
    static const QList<FreeTextField> fields{
        {"audit_text", "justification", "seq", E::RedactAuditText},
        {"audit_text", "details", "seq", E::RedactAuditText},
        // Entries written by the first release keep their text in audit_log itself.
        {"audit_log", "justification", "seq", E::RedactAuditText},
        {"audit_log", "details", "seq", E::RedactAuditText},
        {"disclosures", "recipient", "id"},
        {"disclosures", "lawful_basis", "id"},
        {"disclosures", "purpose", "id"},
        {"disclosures", "identifier", "id"},
        {"disclosures", "destroyed_note", "id"},
        {"subject_access_requests", "note", "id"},
        {"subject_access_requests", "close_note", "id"},
        {"restrictions", "note", "id"},
        {"restrictions", "lift_note", "id"},
        {"drafts", "payload", "id"},
        {"reviews", "reason", "id"},
        {"review_sessions", "queue", "id"},
        {"removal_requests", "note", "id"},
        {"removal_requests", "decision_note", "id"},
        {"intelligence", "summary", "id", E::ListForReview, kIntelligenceOwner},
        {"intelligence", "handling_conditions", "id", E::ListForReview, kIntelligenceOwner},
        {"intelligence", "reference", "id", E::ListForReview, kIntelligenceOwner},
        {"intelligence", "originator", "id", E::ListForReview, kIntelligenceOwner},
        // Another person's own statement: theirs to keep, so listed, never rewritten.
        {"supplementary_statements", "text", "id", E::ListForReview, kStatementOwner},
    };
    return fields;
}

} // namespace corroborate
