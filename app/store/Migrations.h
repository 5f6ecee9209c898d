#pragma once

namespace corroborate {

class Database;

// The schema's history. Each migration brings the file from version N-1 to N and runs in its
// own transaction; PRAGMA user_version records where a file stands.
class Migrations
{
public:
    static int latestVersion();
    // Runs every migration the file lacks. The caller has checked the file is not newer.
    static void upgrade(Database& db);
};

} // namespace corroborate
