#include "CaseFileAccess.h"

#include "CaseFileCreation.h"
#include "accounts/Accounts.h"
#include "store/CaseFile.h"
#include "store/Database.h"
#include "store/MemoryRelease.h"

namespace corroborate {

void CaseFileDeleter::operator()(CaseFile* file) const
{
    delete file;
}

namespace CaseFileAccess {

bool checkReadableFile(const QString& path)
{
    return CaseFile::checkReadableFile(path);
}

bool isOpenElsewhere(const QString& path)
{
    return CaseFile::isOpenElsewhere(path);
}

CaseFileHandle open(const QString& path, const Secret& passphrase)
{
    return CaseFile::open(path, passphrase);
}

CaseFileHandle create(const QString& path, const Secret& passphrase, const QString& username,
                      const QString& displayName, const Secret& password)
{
    // The one way a case file is made (CaseFileCreation, as `init` and `demo` make theirs).
    return CaseFileCreation::create(
        {path, passphrase, {{username, displayName, password, Roles::all()}}, false, {}});
}

User signIn(CaseFile& file, const QString& username, const Secret& password)
{
    return Accounts(file.db()).signIn(username, password);
}

Database& connection(CaseFile& file)
{
    return file.db();
}

const QString& path(const CaseFile& file)
{
    return file.path();
}

bool isSynthetic(const CaseFile& file)
{
    return file.isSynthetic();
}

void releaseMemory(Database& db)
{
    releaseConnectionMemory(db);
}

} // namespace CaseFileAccess

} // namespace corroborate
