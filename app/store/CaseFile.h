#pragma once

#include "Database.h"
#include "core/Secret.h"

#include <QString>
#include <memory>

namespace corroborate {

// A Corroborate case file: an encrypted SQLCipher database with our application id and
// schema. Opening checks, before anything is written, that the path is a readable regular
// file, that it is not empty nor plain SQLite, that the passphrase opens it, that it is ours
// and not from a newer version; only then are migrations run. Each failure throws Error with
// its own message and kind, and leaves the file's bytes unchanged.
class CaseFile
{
public:
    // How another copy of the app may share the file. Shared for ordinary work (several copies
    // may have the file open and edits are checked by row version); Exclusive for operations
    // that must be alone, such as rekey.
    enum class Access
    {
        Shared,
        Exclusive
    };

    static constexpr int kApplicationId = 0x43524f42; // "CROB"

    ~CaseFile();
    CaseFile(const CaseFile&) = delete;
    CaseFile& operator=(const CaseFile&) = delete;

    static std::unique_ptr<CaseFile> open(const QString& path, const Secret& passphrase,
                                          Access access = Access::Shared);
    // Creates a new case file; refuses (Conflict) if anything exists at the path.
    static std::unique_ptr<CaseFile> create(const QString& path, const Secret& passphrase);
    // Only for benchmarks and tests: the same schema in an unkeyed (plain SQLite) file.
    static std::unique_ptr<CaseFile> createUnkeyed(const QString& path);
    static std::unique_ptr<CaseFile> openUnkeyed(const QString& path);

    // Throws NotACaseFile, with words saying what the file is, wherever the file's bytes show
    // that it is not a case file (missing, a folder, empty, plain SQLite, a PDF or another
    // known document, text, cut short). Needs no passphrase: run it before asking for one.
    static void checkReadableFile(const QString& path);
    // True when another copy of Corroborate (any process, this one included) has the file
    // open. Needs no passphrase.
    static bool isOpenElsewhere(const QString& path);

    Database& db() { return m_db; }
    const QString& path() const { return m_path; }

    QString meta(const QString& key) const;
    void setMeta(const QString& key, const QString& value); // within the caller's transaction
    bool isSynthetic() const;
    int schemaVersion() const;

    // Changes the passphrase in place. Needs Exclusive access.
    void rekey(const Secret& newPassphrase);
    // Runs SQLite's integrity check and SQLCipher's page authentication check; returns the
    // problems found (empty when sound).
    QStringList integrityProblems();

private:
    CaseFile() = default;
    void lock(Access access);
    void checkIdentityAndVersion();

    mutable Database m_db;
    QString m_path;
    int m_lockFd = -1;
    Access m_access = Access::Shared;
};

} // namespace corroborate
