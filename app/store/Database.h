#pragma once

#include "Statement.h"
#include "core/Secret.h"

#include <QString>

struct sqlite3;

namespace corroborate {

// One keyed SQLCipher connection. Knows nothing of Corroborate's schema: it opens, keys,
// applies the fixed cipher and connection settings, and runs SQL. Keep it long-lived: keying
// runs the key derivation (about 0.3 s).
//
// Threads: SQLite's multi-thread mode (SQLITE_OPEN_NOMUTEX). A connection may move between
// threads but must never be used by two at once: give each worker thread its own connection.
// (Serialised mode locks a mutex on every column read, which made the whole-list evaluation
// three times slower.)
class Database
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };

    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens an existing file (never creates one) and keys it. An empty passphrase opens the
    // file unkeyed (plain SQLite), which only the benchmark and tests use. Throws Error:
    // NotPermitted when the key does not decrypt the file, NotACaseFile when it cannot be read.
    void open(const QString& path, const Secret& passphrase, Mode mode = Mode::ReadWrite);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3* handle() const { return m_db; }
    const QString& path() const { return m_path; }

    void exec(const char* sql);
    Statement prepare(const char* sql) { return Statement(m_db, sql); }
    // The first column of the first row as text, or a null string when there is no row.
    QString scalarText(const char* sql);
    qint64 scalarInt(const char* sql);
    qint64 lastInsertId() const;
    int changes() const;

    void rekey(const Secret& newPassphrase);
    // Copies the whole database into the empty file at `path`, encrypted with `passphrase`
    // (SQLCipher's export: ATTACH with a key bound as a parameter, never spelled in SQL).
    void exportEncrypted(const QString& path, const Secret& passphrase);

    // "4.6.1 community", or empty when the library is not SQLCipher.
    QString cipherVersion();
    static QString sqliteVersion();

private:
    sqlite3* m_db = nullptr;
    QString m_path;
};

// A write transaction (BEGIN IMMEDIATE, so the write lock is taken up front and a busy file
// fails before any work). Rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

// A read transaction: every read until it ends sees one snapshot of the file, whatever other
// processes commit meanwhile. Starting it is retried while the file is busy (a writer
// recovering or resetting the write-ahead log), for up to about ten seconds.
class ReadTransaction
{
public:
    explicit ReadTransaction(Database& db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    Database& m_db;
};

} // namespace corroborate
