#pragma once

#include "core/User.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace corroborate {

class Database;

// The rows of the users table. Hashing, sealing and every rule about who may do what are
// Accounts' (app/accounts). User names match without regard to case. Writes join the
// caller's transaction.
class UserRepository
{
public:
    explicit UserRepository(Database& db)
        : m_db(db)
    {
    }

    // A new user's row, with the password hash and the sealed signing key already made.
    struct NewUser
    {
        QString username;
        QString displayName;
        QString passwordHash; // Argon2id, libsodium's string form
        Roles roles;
        QByteArray signPublicKey;
        QByteArray signSecretBox;
        QByteArray signSalt;
        QByteArray signNonce;
        QString createdAt;
    };
    void insert(const NewUser& user);

    std::optional<User> find(const QString& username);
    QList<User> list(); // by user name

    struct Credentials
    {
        QString passwordHash;
        bool disabled = false;
    };
    std::optional<Credentials> credentials(const QString& username);

    // An enabled user's sealed signing key.
    struct SealedKey
    {
        QByteArray box;
        QByteArray salt;
        QByteArray nonce;
    };
    std::optional<SealedKey> sealedSigningKey(const QString& username);

    qint64 enabledAdministratorCount();
    void disable(qint64 userId);

private:
    Database& m_db;
};

} // namespace corroborate
