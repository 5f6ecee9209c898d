#include "Administration.h"

#include "accounts/Accounts.h"
#include "audit/AuditLog.h"
#include "policy/Policy.h"
#include "policy/PolicyStore.h"
#include "store/Database.h"

#include <QJsonObject>

namespace corroborate {

void Administration::addUser(const User& actor, const QString& username, const QString& displayName,
                             const Secret& password, const Roles& roles)
{
    Transaction tx(m_db);
    Accounts(m_db).create(username, displayName, password, roles);
    AuditLog(m_db).append(
        actor.username, AuditAction::UserAdmin, QStringLiteral("user:") + username, QString(),
        QStringLiteral("created; roles: ") + roles.wireNames().join(QStringLiteral(", ")));
    tx.commit();
}

void Administration::disableUser(const User& actor, const QString& username)
{
    Transaction tx(m_db);
    Accounts(m_db).disable(username);
    AuditLog(m_db).append(actor.username, AuditAction::UserAdmin,
                          QStringLiteral("user:") + username, QString(),
                          QStringLiteral("disabled"));
    tx.commit();
}

bool Administration::releaseSignInLock(const User& actor, const QString& username)
{
    Accounts accounts(m_db);
    const std::optional<User> known = accounts.find(username);
    Transaction tx(m_db);
    const bool wasLocked = accounts.unlock(username);
    if (wasLocked)
        AuditLog(m_db).append(actor.username, AuditAction::SignInUnlocked,
                              known ? QStringLiteral("user:") + known->username
                                    : QStringLiteral("sign-in:") +
                                          accounts.nameHash(username).left(16),
                              QString(), QStringLiteral("released by an administrator"));
    tx.commit();
    return wasLocked;
}

int Administration::setPolicy(const User& actor, const Policy& policy)
{
    PolicyStore store(m_db);
    const QJsonObject before = Policy::fromStored(store.active()).toJson();
    const QJsonObject after = policy.toJson();
    QStringList changed;
    for (const QString& key : Policy::keys()) {
        if (before.value(key) != after.value(key))
            changed << key;
    }
    Transaction tx(m_db);
    const int version = store.add(after, actor.username);
    AuditLog(m_db).append(actor.username, AuditAction::PolicyAdmin,
                          QStringLiteral("policy:%1").arg(version), QString(),
                          changed.isEmpty()
                              ? QStringLiteral("new version; no setting changed")
                              : QStringLiteral("changed: ") + changed.join(QStringLiteral(", ")));
    tx.commit();
    return version;
}

void recordListEvaluation(Database& db, const User& user, const QDate& asOf, int policyVersion,
                          qint64 nominals, qint64 belowThreshold)
{
    Transaction tx(db);
    AuditLog(db).append(
        user.username, AuditAction::Consultation, QStringLiteral("list:all"),
        QStringLiteral("evaluation"),
        QStringLiteral("as of %1; policy version %2; %3 nominals; %4 below the threshold")
            .arg(asOf.toString(Qt::ISODate))
            .arg(policyVersion)
            .arg(nominals)
            .arg(belowThreshold));
    tx.commit();
}

} // namespace corroborate
