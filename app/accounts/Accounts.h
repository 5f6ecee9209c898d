#pragma once

#include "User.h"
#include "core/Error.h"
#include "core/Secret.h"

#include <QList>

namespace corroborate {

class Database;

// User accounts: Argon2id password hashes, roles, and each user's Ed25519 signing key, its
// secret sealed under a key derived from the user's own password (so knowing the case
// passphrase alone cannot sign). Users are disabled, never deleted: the log refers to them.
class Accounts
{
    Q_DECLARE_TR_FUNCTIONS(Accounts)
public:
    explicit Accounts(Database& db)
        : m_db(db)
    {
    }

    // Creates a user inside the caller's transaction. Throws InvalidData for a bad user name
    // or a weak password, Conflict when the name is taken.
    User create(const QString& username, const QString& displayName, const Secret& password,
                Roles roles);
    // After this many failed sign-ins in a row with one user name (counted in the file, so
    // across every process), that name is locked for kLockMinutes or until an administrator
    // unlocks it. Unknown names are counted, slowed and locked the same way.
    static constexpr int kLockAfterFailures = 10;
    static constexpr int kLockMinutes = 15;

    // Checks a sign-in; throws NotPermitted with one message for every failure (unknown user,
    // wrong password, disabled) so a failure says nothing about which part was wrong, or a
    // message saying the name is locked. Each failure is logged (a name that is not a user's
    // only as a keyed hash), as are a lock and its release; repeated failures slow further
    // attempts. Success is logged too and clears the count.
    User signIn(const QString& username, const Secret& password);
    // Unlocks a locked window: checked exactly as signIn is (the same failure count, lock,
    // delay and message), its audit entries saying that they were an unlock of a locked
    // window. Returns the user; throws as signIn does.
    User unlock(const QString& username, const Secret& password);
    // True when `error` is the refusal of a wrong user name or password (not a lockout nor a
    // failure of the file): the lock page answers it in its own words.
    static bool isWrongPassword(const Error& error);
    // Releases a lock (administrators; the caller logs it). True when the name was locked.
    bool unlock(const QString& username);
    // The keyed hash (BLAKE2b, per-file key) that stands for a typed user name.
    QString nameHash(const QString& username);
    // Checks a password again without logging a sign-in (lock screen, signing a decision).
    bool checkPassword(const QString& username, const Secret& password);

    std::optional<User> find(const QString& username);
    QList<User> list();
    // Throws Conflict for the last enabled administrator.
    void disable(const QString& username);

    // The user's Ed25519 secret key (64 bytes), opened with their password. Throws
    // NotPermitted when the password does not open it.
    Secret unsealSigningKey(const QString& username, const Secret& password);

    static QString validateUsername(const QString& username); // empty when acceptable
    static QString validatePassword(const Secret& password);  // empty when acceptable
    // The pause before checking a sign-in after this many consecutive failures.
    static int delayMsAfterFailures(int failures);

private:
    // signIn and unlock: `context` goes in the details of the failure and success entries.
    User authenticate(const QString& username, const Secret& password, const QString& context);
    static Error lockedError(const QString& until);
    static Error wrongPasswordError();
    Database& m_db;
};

} // namespace corroborate
