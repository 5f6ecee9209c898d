#include "MemoryRelease.h"

#include "Database.h"

#include <sqlcipher/sqlite3.h>

namespace corroborate {

void releaseConnectionMemory(Database& db)
{
    if (db.isOpen())
        sqlite3_db_release_memory(db.handle());
}

} // namespace corroborate
