#include "ProtectiveMarking.h"

#include "accounts/User.h"
#include "audit/AuditLog.h"
#include "core/Error.h"
#include "store/CaseFile.h"

namespace corroborate {

namespace {
const QString kKey = QStringLiteral("protective_marking");
}

QString ProtectiveMarking::of(const CaseFile& file)
{
    const QString marking = file.meta(kKey).simplified();
    return marking.isEmpty() ? defaultMarking() : marking.toUpper();
}

void ProtectiveMarking::set(CaseFile& file, const QString& text, const User& actor)
{
    const QString marking = text.simplified().toUpper();
    if (marking.isEmpty() || marking.size() > 60)
        throw Error(ErrorKind::InvalidData, tr("A protective marking is 1 to 60 characters."));
    if (!actor.roles.has(Role::Administrator))
        throw Error(ErrorKind::NotPermitted,
                    tr("Only an administrator can change the case file's protective marking."));
    Transaction tx(file.db());
    file.setMeta(kKey, marking);
    AuditLog(file.db()).append(actor.username, AuditAction::CaseFileAdmin,
                               QStringLiteral("case_file"), QString(),
                               QStringLiteral("protective marking set to ") + marking);
    tx.commit();
}

} // namespace corroborate
