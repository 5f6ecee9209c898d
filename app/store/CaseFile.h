#pragma once

#include "Database.h"
#include "core/Secret.h"

#include <QString>
#include <QStringList>
#include <functional>
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

    // A file cut short by an interrupted write (its size not a whole number of pages) is
    // recovered when SQLite reads every page of it (the rest is in the write-ahead log, or
    // the tail lies past the database's end): notices() then says so. One that has lost data
    // is refused as damaged.
    static std::unique_ptr<CaseFile> open(const QString& path, const Secret& passphrase,
                                          Access access = Access::Shared);
    // Fills a new file before it is given its name (accounts, policy, first audit entries),
    // inside or outside transactions of its own.
    using Builder = std::function<void(CaseFile&)>;
    // Creates a new case file; refuses (Conflict) if anything exists at the path. The file is
    // built whole under a temporary name beside the target (see temporaryPathFor) and renamed
    // into place only when `build` has finished: a failure or a kill never leaves a partial
    // file at `path` (the temporary is removed on failure; a kill leaves only it). Returns the
    // file opened at `path`.
    static std::unique_ptr<CaseFile> create(const QString& path, const Secret& passphrase,
                                            const Builder& build = {});
    // "<path>.partial-XXXXXX": where create() and rekey() build a file before renaming it.
    static QString temporaryPathFor(const QString& path);
    // Only for benchmarks and tests: the same schema in an unkeyed (plain SQLite) file.
    static std::unique_ptr<CaseFile> createUnkeyed(const QString& path);
    static std::unique_ptr<CaseFile> openUnkeyed(const QString& path);

    // Throws NotACaseFile, with words saying what the file is, wherever the file's bytes show
    // that it is not a case file (missing, a folder, empty, plain SQLite, a PDF or another
    // known document, text, cut short). Needs no passphrase: run it before asking for one.
    // Returns false when the file is not a whole number of pages (recovery is tried later).
    static bool checkReadableFile(const QString& path);
    // True when another copy of Corroborate (any process, this one included) has the file
    // open. Needs no passphrase.
    static bool isOpenElsewhere(const QString& path);

    Database& db() { return m_db; }
    const QString& path() const { return m_path; }

    QString meta(const QString& key) const;
    void setMeta(const QString& key, const QString& value); // within the caller's transaction
    bool isSynthetic() const;
    int schemaVersion() const;

    // Changes the passphrase. Needs Exclusive access. Checks the whole file first and refuses
    // a damaged one (NotACaseFile; nothing changes). The re-encrypted copy is built under a
    // temporary name, `record` writes into it (the audit entry, in the copy's transaction),
    // and it replaces the file by one rename: the new passphrase and its record take effect
    // together or not at all. Any failure (a full disk included) leaves the old file and
    // passphrase in force, and says so.
    void rekey(const Secret& newPassphrase, const std::function<void(Database&)>& record = {});
    // Runs SQLite's integrity check and SQLCipher's page authentication check; returns the
    // problems found (empty when sound). The logical checks read one snapshot (one read
    // transaction); the page check reads the file itself, and a page that fails is checked
    // again, so a page another process is writing at that instant is not reported as damage.
    QStringList integrityProblems();
    // What opening the file did that the user should hear about (a recovery), one line each.
    const QStringList& notices() const { return m_notices; }

private:
    CaseFile() = default;
    void lock(Access access);
    void checkIdentityAndVersion();
    void recoverPartialPage();
    QStringList pageAuthenticationProblems();

    mutable Database m_db;
    QString m_path;
    int m_lockFd = -1;
    Access m_access = Access::Shared;
    QStringList m_notices;
};

} // namespace corroborate
