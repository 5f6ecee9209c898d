#pragma once

#include "core/Secret.h"

#include <QString>
#include <memory>

namespace corroborate {

class Database;

// A second connection to an open case file, for a thread that reads it (the windows' data
// worker): opened with the file's passphrase, and closed with its cached pages dropped.
class ReaderConnection
{
public:
    ReaderConnection();
    ~ReaderConnection();
    ReaderConnection(const ReaderConnection&) = delete;
    ReaderConnection& operator=(const ReaderConnection&) = delete;

    // Throws Error when the file cannot be opened with this passphrase.
    void open(const QString& path, const Secret& passphrase);
    Database& db() { return *m_db; }
    // Drops the cached pages and closes.
    void close();

private:
    std::unique_ptr<Database> m_db;
};

} // namespace corroborate
