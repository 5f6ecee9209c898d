#include "CaseFileAccess.h"

#include "accounts/Accounts.h"
#include "audit/AuditLog.h"
#include "policy/PolicyStore.h"
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
    return CaseFile::create(path, passphrase, [&](CaseFile& made) {
        Transaction tx(made.db());
        Accounts(made.db()).create(username, displayName, password, Roles::all());
        PolicyStore(made.db()).installDefault(username);
        AuditLog audit(made.db());
        audit.append(username, AuditAction::CaseFileAdmin, QStringLiteral("case_file"), QString(),
                     QStringLiteral("created"));
        audit.append(username, AuditAction::UserAdmin, QStringLiteral("user:") + username,
                     QString(),
                     QStringLiteral("created; roles: officer, supervisor, administrator"));
        tx.commit();
    });
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
