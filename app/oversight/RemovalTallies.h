#pragma once

#include <QString>

namespace corroborate {

class Database;
struct Nominal;

// The anonymous tallies an erasure leaves for the oversight report (issue 12): the person is
// counted by month of erasure, area, ethnicity group, gender, age band at erasure and the
// removal's reason code, and nothing else (no reference, no date finer than the month).
class RemovalTallies
{
public:
    // Within the erasure's write transaction, before or after the nominal's row is deleted.
    // `erasedAtUtc` is the erasure's UTC ISO 8601 time.
    static void recordErasure(Database& db, const Nominal& nominal, const QString& reasonCode,
                              const QString& erasedAtUtc);
};

} // namespace corroborate
