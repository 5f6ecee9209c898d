#include "DisclosureRegister.h"

#include "accounts/User.h"
#include "audit/AuditLog.h"
#include "core/Error.h"
#include "core/Time.h"
#include "store/Database.h"
#include "store/SharingRepository.h"

#include <algorithm>

namespace corroborate {

bool DisclosureRegister::isOverdue(const Disclosure& d, const QDate& asOf)
{
    return !d.destroyedConfirmedOn.isValid() && d.destroyBy.isValid() && d.destroyBy < asOf;
}

bool DisclosureRegister::mayManage(const User& user)
{
    return user.roles.has(Role::Supervisor) || user.roles.has(Role::Administrator);
}

void DisclosureRegister::requireManager(const User& user)
{
    if (!mayManage(user))
        throw Error(ErrorKind::NotPermitted,
                    tr("%1 is not permitted to see or confirm disclosures: it needs the %2 or %3 "
                       "role.")
                        .arg(user.username, Roles::label(Role::Supervisor),
                             Roles::label(Role::Administrator)));
}

QList<DisclosureStatus> DisclosureRegister::list(const QDate& asOf, bool overdueOnly)
{
    QList<DisclosureStatus> out;
    for (const Disclosure& d : DisclosureLog(m_db).all()) {
        DisclosureStatus s{d, isOverdue(d, asOf)};
        if (!overdueOnly || s.overdue)
            out << s;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const DisclosureStatus& a, const DisclosureStatus& b) {
                         if (a.overdue != b.overdue)
                             return a.overdue;
                         if (a.overdue)
                             return a.disclosure.destroyBy < b.disclosure.destroyBy;
                         return a.disclosure.id > b.disclosure.id;
                     });
    return out;
}

int DisclosureRegister::overdueCount(const QDate& asOf)
{
    int n = 0;
    for (const Disclosure& d : DisclosureLog(m_db).all())
        n += isOverdue(d, asOf) ? 1 : 0;
    return n;
}

Disclosure DisclosureRegister::checkConfirmation(qint64 id, const QString& note, const QDate& on)
{
    if (note.trimmed().isEmpty())
        throw Error(ErrorKind::InvalidData,
                    tr("Say how the recipient confirmed destruction (a note), for example "
                       "\"email from the panel secretary: shredded\"."));
    if (!on.isValid() || on > Time::today())
        throw Error(ErrorKind::InvalidData,
                    tr("The date of the confirmation must be a date written YYYY-MM-DD, today "
                       "or earlier."));
    std::optional<Disclosure> found;
    for (const Disclosure& d : DisclosureLog(m_db).all())
        if (d.id == id)
            found = d;
    if (!found)
        throw Error(ErrorKind::InvalidData,
                    tr("There is no disclosure %1; `disclosures` lists them.").arg(id));
    const QDate made = QDateTime::fromString(found->madeAt, Qt::ISODate).date();
    if (made.isValid() && on < made)
        throw Error(ErrorKind::InvalidData,
                    tr("Disclosure %1 was made on %2: it cannot have been destroyed on %3.")
                        .arg(id)
                        .arg(made.toString(Qt::ISODate), on.toString(Qt::ISODate)));
    if (found->destroyedConfirmedOn.isValid())
        throw Error(ErrorKind::Conflict,
                    tr("Destruction of disclosure %1 was already confirmed on %2 by %3; nothing "
                       "was changed.")
                        .arg(id)
                        .arg(found->destroyedConfirmedOn.toString(Qt::ISODate),
                             found->destroyedConfirmedBy));
    return *found;
}

void DisclosureRegister::confirm(qint64 id, const QString& note, const QDate& on, const User& actor)
{
    requireManager(actor);
    Transaction tx(m_db);
    SharingRepository repo(m_db);
    const Disclosure found = checkConfirmation(id, note, on);
    if (!repo.confirmDestroyed(id, on, actor.username, note.trimmed()))
        throw Error(ErrorKind::Conflict,
                    tr("Destruction of disclosure %1 was confirmed meanwhile by someone else; "
                       "nothing was changed.")
                        .arg(id));
    AuditLog(m_db).append(
        actor.username, AuditAction::Sharing, QStringLiteral("disclosure:%1").arg(id),
        QStringLiteral("destruction confirmed"),
        QStringLiteral("%1 (%2), destroy by %3: confirmed destroyed on %4")
            .arg(found.identifier, found.recipient, found.destroyBy.toString(Qt::ISODate),
                 on.toString(Qt::ISODate)));
    tx.commit();
}

} // namespace corroborate
