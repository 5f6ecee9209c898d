#pragma once

struct sqlite3;

namespace corroborate {

// Turns a failing SQLite return code into corroborate::Error of the right kind: busy and
// locked are conflicts (another copy holds the file), corruption and "not a database" mean a
// damaged file, full disk and I/O are internal faults. `what` names the operation.
[[noreturn]] void throwSqlError(sqlite3* db, int rc, const char* what);

} // namespace corroborate
