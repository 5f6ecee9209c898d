#pragma once

namespace corroborate {

class Database;

// SQLite's online backup (sqlite3_backup_*): copies every page of `from` into `to` in steps,
// so that other connections may keep reading and writing `from` meanwhile (a step that finds
// the source busy waits and retries; a write by another connection restarts the copy, as
// SQLite documents). `to` must be an open, keyed, empty database with the same cipher
// settings. Throws Error on failure.
void copyOnline(Database& from, Database& to);

} // namespace corroborate
