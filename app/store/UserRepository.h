#pragma once

#include "core/Repositories.h"

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
class UserRepository final : public AbstractUserRepository
{
public:
    explicit UserRepository(Database& db)
        : m_db(db)
    {
    }

    void insert(const NewUser& user) override;

    std::optional<User> find(const QString& username) override;
    QList<User> list() override; // by user name

    std::optional<Credentials> credentials(const QString& username) override;

    std::optional<SealedKey> sealedSigningKey(const QString& username) override;

    qint64 enabledAdministratorCount() override;
    void disable(qint64 userId) override;

private:
    Database& m_db;
};

} // namespace corroborate
