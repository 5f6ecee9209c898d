#include "UserRepository.h"

#include "Database.h"

namespace corroborate {

namespace {
constexpr const char* kUserColumns = "id, username, display_name, roles, disabled, created_at, "
                                     "sign_public_key";

User readUser(const Statement& st)
{
    User u;
    u.id = st.integer(0);
    u.username = st.text(1);
    u.displayName = st.text(2);
    u.roles = Roles(static_cast<int>(st.integer(3)));
    u.disabled = st.integer(4) != 0;
    u.createdAt = st.text(5);
    u.signPublicKey = st.blob(6);
    return u;
}
} // namespace

void UserRepository::insert(const NewUser& u)
{
    Statement st = m_db.prepare(
        "INSERT INTO users (username, display_name, password_hash, roles, sign_public_key, "
        "sign_secret_box, sign_salt, sign_nonce, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?);");
    st.bind(1, u.username)
        .bind(2, u.displayName.isNull() ? QString(QLatin1String("")) : u.displayName)
        .bind(3, u.passwordHash)
        .bind(4, u.roles.bits())
        .bind(5, u.signPublicKey)
        .bind(6, u.signSecretBox)
        .bind(7, u.signSalt)
        .bind(8, u.signNonce)
        .bind(9, u.createdAt)
        .run();
}

std::optional<User> UserRepository::find(const QString& username)
{
    const QByteArray sql =
        QByteArray("SELECT ") + kUserColumns + " FROM users WHERE username = ? COLLATE NOCASE;";
    Statement st = m_db.prepare(sql.constData());
    st.bind(1, username);
    if (!st.step())
        return std::nullopt;
    return readUser(st);
}

QList<User> UserRepository::list()
{
    const QByteArray sql = QByteArray("SELECT ") + kUserColumns + " FROM users ORDER BY username;";
    Statement st = m_db.prepare(sql.constData());
    QList<User> out;
    while (st.step())
        out << readUser(st);
    return out;
}

std::optional<UserRepository::Credentials> UserRepository::credentials(const QString& username)
{
    Statement st = m_db.prepare(
        "SELECT password_hash, disabled FROM users WHERE username = ? COLLATE NOCASE;");
    st.bind(1, username);
    if (!st.step())
        return std::nullopt;
    return Credentials{st.text(0), st.integer(1) != 0};
}

std::optional<UserRepository::SealedKey> UserRepository::sealedSigningKey(const QString& username)
{
    Statement st = m_db.prepare("SELECT sign_secret_box, sign_salt, sign_nonce FROM users "
                                "WHERE username = ? COLLATE NOCASE AND disabled = 0;");
    st.bind(1, username);
    if (!st.step())
        return std::nullopt;
    return SealedKey{st.blob(0), st.blob(1), st.blob(2)};
}

qint64 UserRepository::enabledAdministratorCount()
{
    return m_db.scalarInt("SELECT count(*) FROM users WHERE disabled = 0 AND (roles & 4) != 0;");
}

void UserRepository::disable(qint64 userId)
{
    Statement st =
        m_db.prepare("UPDATE users SET disabled = 1, version = version + 1 WHERE id = ?;");
    st.bind(1, userId).run();
}

} // namespace corroborate
