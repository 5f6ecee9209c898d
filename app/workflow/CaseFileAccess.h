#pragma once

#include "accounts/User.h"
#include "core/Secret.h"

#include <QString>
#include <memory>

namespace corroborate {

class CaseFile;
class Database;

// Deletes a case file where it is known only by name (the windows hold it so). Made from the
// default deleter, so that a std::unique_ptr<CaseFile> moves into a CaseFileHandle.
struct CaseFileDeleter
{
    CaseFileDeleter() = default;
    CaseFileDeleter(std::default_delete<CaseFile> /*unused*/) {
    } // NOLINT(google-explicit-constructor)
    void operator()(CaseFile* file) const;
};
using CaseFileHandle = std::unique_ptr<CaseFile, CaseFileDeleter>;

// Opening, creating and signing in to a case file, for the windows, which hold the file as a
// CaseFileHandle and never include the store.
namespace CaseFileAccess {
// Throws NotACaseFile where the file's bytes show it is not a case file (CaseFile.h).
bool checkReadableFile(const QString& path);
bool isOpenElsewhere(const QString& path);
CaseFileHandle open(const QString& path, const Secret& passphrase);
// A new case file, built whole before it takes its name: its first user (every role), the
// default policy, and the audit entries saying so, in one transaction.
CaseFileHandle create(const QString& path, const Secret& passphrase, const QString& username,
                      const QString& displayName, const Secret& password);
// Checks the password (slow on purpose) and returns the signed-in user; throws Error.
User signIn(CaseFile& file, const QString& username, const Secret& password);

Database& connection(CaseFile& file);
const QString& path(const CaseFile& file);
bool isSynthetic(const CaseFile& file);
// Drops the connection's cached pages (decrypted data): on lock and on close.
void releaseMemory(Database& db);
} // namespace CaseFileAccess

} // namespace corroborate
