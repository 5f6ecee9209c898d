#include "Database.h"

#include "SqlError.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <sqlcipher/sqlite3.h>

namespace corroborate {

namespace {
struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// SQLCipher 4's settings, set explicitly so that a future library default cannot orphan a
// file. Must run after keying and before the first read.
constexpr const char* kCipherSettings = "PRAGMA cipher_page_size = 4096;"
                                        "PRAGMA kdf_iter = 256000;"
                                        "PRAGMA cipher_hmac_algorithm = HMAC_SHA512;"
                                        "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512;";

// Per-connection settings. 128 MB page cache: a page outside SQLite's cache costs about 10 µs
// to authenticate and decrypt. Never cipher_memory_security: 4-11x slower, process-wide.
constexpr const char* kConnectionSettings = "PRAGMA temp_store = MEMORY;"
                                            "PRAGMA secure_delete = ON;"
                                            "PRAGMA foreign_keys = ON;"
                                            "PRAGMA cache_size = -131072;";
} // namespace

Database::~Database()
{
    close();
}

void Database::open(const QString& path, const Secret& passphrase, Mode mode)
{
    // Memory statistics take a global mutex on every allocation; we never read them. Must be
    // set before the library initialises, which the first open does.
    static const bool configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(configured);
    close();
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) |
                      SQLITE_OPEN_NOMUTEX;
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        throw Error(ErrorKind::NotACaseFile,
                    DatabaseText::tr("Cannot open %1: %2.").arg(path, detail));
    }
    m_db = db;
    m_path = path;
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    try {
        if (!passphrase.isEmpty()) {
            rc = sqlite3_key_v2(m_db, "main", passphrase.data(),
                                static_cast<int>(passphrase.size()));
            if (rc != SQLITE_OK)
                throwSqlError(m_db, rc, "key");
            // Only effective after the first key in the process; keeps a wrong key from
            // printing SQLCipher's own lines on standard error.
            exec("PRAGMA cipher_log_level = NONE;");
            exec(kCipherSettings);
        }
        // The first read is where a wrong key shows.
        rc = sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_schema;", nullptr, nullptr, nullptr);
        if ((rc & 0xff) == SQLITE_NOTADB)
            throw Error(ErrorKind::NotPermitted,
                        DatabaseText::tr("The passphrase does not open %1. Check the passphrase "
                                         "(it is case-sensitive) and try again. If the file is "
                                         "not a Corroborate case file, no passphrase opens it.")
                            .arg(path));
        if (rc != SQLITE_OK)
            throwSqlError(m_db, rc, "open");
        exec(kConnectionSettings);
    } catch (...) {
        close();
        throw;
    }
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::exec(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        throwSqlError(m_db, rc, "exec");
}

QString Database::scalarText(const char* sql)
{
    Statement st = prepare(sql);
    return st.step() ? st.text(0) : QString();
}

qint64 Database::scalarInt(const char* sql)
{
    Statement st = prepare(sql);
    return st.step() ? st.integer(0) : 0;
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

void Database::rekey(const Secret& newPassphrase)
{
    const int rc = sqlite3_rekey_v2(m_db, "main", newPassphrase.data(),
                                    static_cast<int>(newPassphrase.size()));
    if (rc != SQLITE_OK)
        throwSqlError(m_db, rc, "rekey");
}

void Database::exportEncrypted(const QString& path, const Secret& passphrase)
{
    sqlite3_stmt* attach = nullptr;
    int rc =
        sqlite3_prepare_v2(m_db, "ATTACH DATABASE ?1 AS exported KEY ?2;", -1, &attach, nullptr);
    if (rc != SQLITE_OK)
        throwSqlError(m_db, rc, "export");
    const QByteArray file = path.toUtf8();
    sqlite3_bind_text(attach, 1, file.constData(), static_cast<int>(file.size()), SQLITE_STATIC);
    sqlite3_bind_blob(attach, 2, passphrase.data(), static_cast<int>(passphrase.size()),
                      SQLITE_STATIC);
    rc = sqlite3_step(attach);
    sqlite3_finalize(attach);
    if (rc != SQLITE_DONE)
        throwSqlError(m_db, rc, "export");
    try {
        exec("SELECT sqlcipher_export('exported');");
    } catch (...) {
        sqlite3_exec(m_db, "DETACH DATABASE exported;", nullptr, nullptr, nullptr);
        throw;
    }
    exec("DETACH DATABASE exported;");
}

QString Database::cipherVersion()
{
    return scalarText("PRAGMA cipher_version;");
}

QString Database::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

Transaction::Transaction(Database& db)
    : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE;");
}

Transaction::~Transaction()
{
    if (!m_done && m_db.isOpen())
        sqlite3_exec(m_db.handle(), "ROLLBACK;", nullptr, nullptr, nullptr);
}

ReadTransaction::ReadTransaction(Database& db)
    : m_db(db)
{
    for (int attempt = 0;; ++attempt) {
        try {
            m_db.exec("BEGIN DEFERRED;");
            // The first read takes the snapshot.
            m_db.scalarInt("SELECT count(*) FROM sqlite_schema;");
            return;
        } catch (const Error& e) {
            sqlite3_exec(m_db.handle(), "ROLLBACK;", nullptr, nullptr, nullptr);
            if (e.kind() != ErrorKind::Conflict || attempt >= 10)
                throw;
        }
    }
}

ReadTransaction::~ReadTransaction()
{
    if (m_db.isOpen())
        sqlite3_exec(m_db.handle(), "ROLLBACK;", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_db.exec("COMMIT;");
    m_done = true;
}

} // namespace corroborate
