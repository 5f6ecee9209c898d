#pragma once

namespace corroborate {

class Database;

// Drops the connection's page cache (decrypted pages) so that nothing read from the file
// lingers in memory: on lock and on close.
void releaseConnectionMemory(Database& db);

} // namespace corroborate
