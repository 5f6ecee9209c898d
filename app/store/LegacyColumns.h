#pragma once

#include "Statement.h"
#include "core/IntelligenceItem.h"

namespace corroborate::legacy_columns {

// How an item's legacy 5x5x5 grade is kept in table intelligence (Migrations.cpp,
// kLegacyGradingSchema), shared by the repository and the bulk loader so both write the same.
// A legacy item's three 3x5x2 columns hold '' (it has no 3x5x2 grade); legacy_source,
// legacy_intelligence and legacy_handling hold its codes and legacy_grade its packed() form,
// which the evaluation index covers. A regraded item keeps its original legacy codes, with
// legacy_regraded_at set and legacy_grade 0.

// The 3x5x2 code to store: '' for a legacy item.
inline QString stored(const IntelligenceItem& i, const QString& code)
{
    return i.legacy ? QString(QLatin1String("")) : code;
}

// Binds legacy_source, legacy_intelligence, legacy_handling and legacy_grade at
// first..first+3.
inline void bind(Statement& st, int first, const IntelligenceItem& i)
{
    const std::optional<LegacyGrading>& kept = i.legacy ? i.legacy : i.regradedFrom;
    if (kept) {
        st.bind(first, Grading::code(kept->source))
            .bind(first + 1, Grading::code(kept->intelligence))
            .bind(first + 2, Grading::code(kept->handling));
    } else {
        st.bindNull(first).bindNull(first + 1).bindNull(first + 2);
    }
    st.bind(first + 3, i.legacy ? i.legacy->packed() : 0);
}

// Reads legacy_source, legacy_intelligence, legacy_handling, legacy_regraded_at from
// first..first+3.
inline void read(const Statement& st, int first, IntelligenceItem& i)
{
    if (st.isNull(first))
        return;
    const auto s = Grading::legacySourceFrom(st.text(first));
    const auto e = Grading::legacyIntelligenceFrom(st.text(first + 1));
    const auto h = Grading::legacyHandlingFrom(st.text(first + 2));
    if (!s || !e || !h)
        return;
    const LegacyGrading g{*s, *e, *h};
    if (st.isNull(first + 3))
        i.legacy = g;
    else
        i.regradedFrom = g;
}

} // namespace corroborate::legacy_columns
