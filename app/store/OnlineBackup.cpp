#include "OnlineBackup.h"

#include "Database.h"
#include "SqlError.h"

#include <sqlcipher/sqlite3.h>

namespace corroborate {

void copyOnline(Database& from, Database& to)
{
    constexpr int kPagesPerStep = 1024; // 4 MB
    constexpr int kBusyWaitMs = 50;
    sqlite3_backup* backup = sqlite3_backup_init(to.handle(), "main", from.handle(), "main");
    if (!backup)
        throwSqlError(to.handle(), sqlite3_errcode(to.handle()), "backup");
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, kPagesPerStep);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(kBusyWaitMs);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        throwSqlError(to.handle(), rc, "backup");
    if (finished != SQLITE_OK)
        throwSqlError(to.handle(), finished, "backup");
}

} // namespace corroborate
