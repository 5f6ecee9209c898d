#include "IdleLimit.h"

#include "accounts/User.h"
#include "audit/AuditLog.h"
#include "core/Error.h"
#include "store/CaseFile.h"

#include <algorithm>

namespace corroborate {

namespace {
const QString kKey = QStringLiteral("max_idle_minutes");
}

int IdleLimit::maxMinutes(const CaseFile& file)
{
    bool ok = false;
    const int minutes = file.meta(kKey).toInt(&ok);
    return ok && minutes >= 1 && minutes <= kLongestMinutes ? minutes : kDefaultMinutes;
}

void IdleLimit::setMaxMinutes(CaseFile& file, int minutes, const User& actor)
{
    if (minutes < 1 || minutes > kLongestMinutes)
        throw Error(ErrorKind::InvalidData,
                    tr("The longest idle time is 1 to %1 minutes.").arg(kLongestMinutes));
    if (!actor.roles.has(Role::Administrator))
        throw Error(ErrorKind::NotPermitted,
                    tr("Only an administrator can change the longest idle time allowed."));
    Transaction tx(file.db());
    file.setMeta(kKey, QString::number(minutes));
    AuditLog(file.db()).append(actor.username, AuditAction::CaseFileAdmin,
                               QStringLiteral("case_file"), QString(),
                               QStringLiteral("longest idle time set to %1 minutes").arg(minutes));
    tx.commit();
}

int IdleLimit::effectiveMinutes(int chosen, int maxMinutes)
{
    const int limit = std::clamp(maxMinutes, 1, kLongestMinutes);
    return chosen >= 1 && chosen <= limit ? chosen : limit;
}

} // namespace corroborate
