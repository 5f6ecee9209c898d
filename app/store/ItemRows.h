#pragma once

#include "Statement.h"
#include "core/IntelligenceItem.h"

namespace corroborate::item_rows {

// The columns of an intelligence item as every store query reads them, in the order readItem()
// expects (NominalRepository, NominalRowQueries). Store-internal.
inline constexpr const char* kItemColumns =
    "id, nominal_id, provider, originator, reference, obtained_on, source_evaluation, "
    "assessment, handling_code, handling_conditions, indicates, summary, recorded_by, version, "
    "legacy_source, legacy_intelligence, legacy_handling, legacy_regraded_at";

// Reads one item from a statement whose columns begin with kItemColumns.
IntelligenceItem readItem(const Statement& st);

} // namespace corroborate::item_rows
