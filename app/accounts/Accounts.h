#pragma once

#include "User.h"
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
    // Checks a sign-in; throws NotPermitted with one message for every failure (unknown user,
    // wrong password, disabled) so a failure says nothing about which part was wrong. Each
    // failure is logged and repeated failures slow further attempts. Success is logged too.
    User signIn(const QString& username, const Secret& password);
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
    Database& m_db;
};

} // namespace corroborate
