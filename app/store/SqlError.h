#pragma once

#include <QString>

struct sqlite3;

namespace corroborate {

// Turns a failing SQLite return code into corroborate::Error of the right kind: busy and
// locked are conflicts (another copy holds the file), corruption and "not a database" mean a
// damaged file, full disk and I/O are internal faults. `what` names the operation.
// A full disk (SQLITE_FULL, or an I/O error whose system error is ENOSPC or EDQUOT) says
// the disk is full; a file-size limit (EFBIG) says so too.
[[noreturn]] void throwSqlError(sqlite3* db, int rc, const char* what);
// The message for a system error that has a plain meaning for users (ENOSPC, EDQUOT, EFBIG,
// EROFS), or an empty string.
QString systemErrorMessage(int systemErrno);

} // namespace corroborate
