#include "CaseFileCreation.h"

#include "accounts/Accounts.h"
#include "audit/AuditLog.h"
#include "core/Error.h"
#include "policy/PolicyStore.h"
#include "store/CaseFile.h"
#include "store/Database.h"

namespace corroborate {

std::unique_ptr<CaseFile> CaseFileCreation::create(const Request& request)
{
    if (request.accounts.isEmpty())
        throw Error(ErrorKind::Internal, QStringLiteral("A new case file needs an administrator."));
    const QString& creator = request.accounts.first().username;
    return CaseFile::create(request.path, request.passphrase, [&request, &creator](CaseFile& file) {
        Database& db = file.db();
        {
            Transaction tx(db);
            Accounts accounts(db);
            for (const Account& a : request.accounts)
                accounts.create(a.username, a.displayName, a.password, a.roles);
            PolicyStore(db).installDefault(creator);
            if (request.synthetic)
                file.setMeta(QStringLiteral("synthetic"), QStringLiteral("true"));
            AuditLog audit(db);
            audit.append(creator, AuditAction::CaseFileAdmin, QStringLiteral("case_file"),
                         QString(),
                         request.synthetic ? QStringLiteral("created (synthetic demo data)")
                                           : QStringLiteral("created"));
            for (const Account& a : request.accounts)
                // The demo's entries have always been plain "created".
                audit.append(creator, AuditAction::UserAdmin, QStringLiteral("user:") + a.username,
                             QString(),
                             request.synthetic
                                 ? QStringLiteral("created")
                                 : QStringLiteral("created; roles: ") +
                                       a.roles.wireNames().join(QStringLiteral(", ")));
            tx.commit();
        }
        if (request.fill)
            request.fill(file);
    });
}

} // namespace corroborate
