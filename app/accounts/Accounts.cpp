#include "Accounts.h"

#include "audit/AuditLog.h"
#include "core/Error.h"
#include "core/Time.h"
#include "store/Database.h"
#include "store/SignInRepository.h"
#include "store/UserRepository.h"

#include <QRegularExpression>
#include <QThread>
#include <sodium.h>

namespace corroborate {

namespace {
void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw Error(ErrorKind::Internal, QStringLiteral("libsodium could not be initialised."));
}

QByteArray deriveSealKey(const Secret& password, const QByteArray& salt)
{
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    if (crypto_pwhash(reinterpret_cast<unsigned char*>(key.data()), static_cast<size_t>(key.size()),
                      password.data(), static_cast<size_t>(password.size()),
                      reinterpret_cast<const unsigned char*>(salt.constData()),
                      crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw Error(ErrorKind::Internal, QStringLiteral("Out of memory deriving a key."));
    return key;
}

QByteArray randomBytes(int size)
{
    QByteArray out(size, Qt::Uninitialized);
    randombytes_buf(out.data(), static_cast<size_t>(size));
    return out;
}
} // namespace

QString Accounts::validateUsername(const QString& username)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!pattern.match(username).hasMatch())
        return tr("A user name is 1 to 64 letters, digits, dots, dashes or underscores, "
                  "starting with a letter or digit.");
    return {};
}

QString Accounts::validatePassword(const Secret& password)
{
    if (QString::fromUtf8(password.data(), password.size()).size() < 8)
        return tr("A password needs at least 8 characters.");
    return {};
}

int Accounts::delayMsAfterFailures(int failures)
{
    return failures < 3 ? 0 : std::min(200 * (failures - 2), 2000);
}

User Accounts::create(const QString& username, const QString& displayName, const Secret& password,
                      Roles roles)
{
    ensureSodium();
    if (const QString problem = validateUsername(username); !problem.isEmpty())
        throw Error(ErrorKind::InvalidData, problem);
    if (const QString problem = validatePassword(password); !problem.isEmpty())
        throw Error(ErrorKind::InvalidData, problem);
    if (roles.isEmpty())
        throw Error(ErrorKind::InvalidData, tr("A user needs at least one role."));
    if (find(username))
        throw Error(ErrorKind::Conflict, tr("There is already a user called %1.").arg(username));

    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(
            hash, password.data(), static_cast<unsigned long long>(password.size()),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
            crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw Error(ErrorKind::Internal, tr("Out of memory hashing the password."));

    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_keypair(pk, sk);
    const QByteArray salt = randomBytes(crypto_pwhash_SALTBYTES);
    const QByteArray nonce = randomBytes(crypto_secretbox_NONCEBYTES);
    QByteArray sealKey = deriveSealKey(password, salt);
    QByteArray box(static_cast<int>(crypto_secretbox_MACBYTES + sizeof sk), Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(box.data()), sk, sizeof sk,
                          reinterpret_cast<const unsigned char*>(nonce.constData()),
                          reinterpret_cast<const unsigned char*>(sealKey.constData()));
    sodium_memzero(sk, sizeof sk);
    sodium_memzero(sealKey.data(), static_cast<size_t>(sealKey.size()));

    UserRepository::NewUser row;
    row.username = username;
    row.displayName = displayName;
    row.passwordHash = QString::fromLatin1(hash);
    row.roles = roles;
    row.signPublicKey = QByteArray(reinterpret_cast<const char*>(pk), sizeof pk);
    row.signSecretBox = box;
    row.signSalt = salt;
    row.signNonce = nonce;
    row.createdAt = Time::nowUtc();
    UserRepository(m_db).insert(row);
    sodium_memzero(hash, sizeof hash);
    return *find(username);
}

std::optional<User> Accounts::find(const QString& username)
{
    return UserRepository(m_db).find(username);
}

QList<User> Accounts::list()
{
    return UserRepository(m_db).list();
}

bool Accounts::checkPassword(const QString& username, const Secret& password)
{
    ensureSodium();
    const std::optional<UserRepository::Credentials> stored =
        UserRepository(m_db).credentials(username);
    // A user who does not exist costs the same as one who does, so timing tells nothing.
    static const QByteArray dummy = [] {
        char h[crypto_pwhash_STRBYTES] = {};
        if (crypto_pwhash_str_alg(h, "x", 1, crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                  crypto_pwhash_MEMLIMIT_INTERACTIVE,
                                  crypto_pwhash_ALG_ARGON2ID13) != 0)
            return QByteArray("$argon2id$unusable");
        return QByteArray(h);
    }();
    const bool found = stored.has_value();
    const QByteArray hash = found ? stored->passwordHash.toLatin1() : dummy;
    const bool disabled = found && stored->disabled;
    const bool match =
        crypto_pwhash_str_verify(hash.constData(), password.data(),
                                 static_cast<unsigned long long>(password.size())) == 0;
    return found && match && !disabled;
}

QString Accounts::nameHash(const QString& username)
{
    ensureSodium();
    const QByteArray key = SignInRepository(m_db).nameKey();
    if (key.size() < static_cast<int>(crypto_generichash_KEYBYTES_MIN))
        throw Error(ErrorKind::Internal,
                    tr("The case file has no sign-in key. Report this fault."));
    const QByteArray name = username.trimmed().toLower().toUtf8();
    unsigned char out[32];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(name.constData()),
                       static_cast<unsigned long long>(name.size()),
                       reinterpret_cast<const unsigned char*>(key.constData()),
                       static_cast<size_t>(key.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out), sizeof out).toHex());
}

namespace {
// Who a sign-in attempt names, as the audit log may show it: a user of the file by their
// stored name; anything else only as a keyed hash (it may be a password typed in the wrong
// field).
struct Attempted
{
    QString actor;
    QString object;
};

Attempted attempted(const std::optional<User>& known, const QString& hash)
{
    if (known)
        return {known->username, QStringLiteral("user:") + known->username};
    const QString label = QStringLiteral("unknown:") + hash.left(16);
    return {label, QStringLiteral("sign-in:") + hash.left(16)};
}
} // namespace

Error Accounts::wrongPasswordError()
{
    return Error(ErrorKind::NotPermitted,
                 tr("The user name or password is not right. Check them and try again."));
}

bool Accounts::isWrongPassword(const Error& error)
{
    return error.kind() == ErrorKind::NotPermitted &&
           error.message() == wrongPasswordError().message();
}

Error Accounts::lockedError(const QString& until)
{
    const QDateTime at = QDateTime::fromString(until, Qt::ISODate);
    return Error(
        ErrorKind::NotPermitted,
        tr("Too many failed sign-ins in a row: sign-in with this user name is locked until "
           "%1 UTC, or until an administrator unlocks it (\"user unlock\").")
            .arg(at.isValid() ? at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : until));
}

User Accounts::signIn(const QString& username, const Secret& password)
{
    return authenticate(username, password, QString());
}

User Accounts::unlock(const QString& username, const Secret& password)
{
    return authenticate(username, password, QStringLiteral("unlock of a locked window"));
}

User Accounts::authenticate(const QString& username, const Secret& password, const QString& context)
{
    SignInRepository attempts(m_db);
    AuditLog audit(m_db);
    const QString hash = nameHash(username);
    const Attempted who = attempted(find(username), hash);
    int failuresBefore = 0;
    {
        // Count this attempt as a failure before checking it, in one write transaction, so that
        // guesses from many processes at once are counted one by one and at most
        // kLockAfterFailures of them are ever checked in a row.
        Transaction tx(m_db);
        SignInRepository::State state = attempts.state(hash);
        const QString now = Time::nowUtc();
        if (!state.lockedUntil.isEmpty()) {
            if (state.lockedUntil > now) {
                tx.commit();
                throw lockedError(state.lockedUntil);
            }
            attempts.clear(hash);
            audit.append(
                who.actor, AuditAction::SignInUnlocked, who.object, QString(),
                QStringLiteral("released: the lock of %1 minutes ended").arg(kLockMinutes));
            state = {};
        }
        if (state.failures >= kLockAfterFailures) {
            const QString until = Time::now().addSecs(60 * kLockMinutes).toString(Qt::ISODate);
            attempts.lock(hash, until);
            audit.append(who.actor, AuditAction::SignInLocked, who.object, QString(),
                         QStringLiteral("locked after %1 failed sign-ins in a row, until %2")
                             .arg(state.failures)
                             .arg(until));
            tx.commit();
            throw lockedError(until);
        }
        failuresBefore = state.failures;
        attempts.addFailure(hash, now);
        tx.commit();
    }
    if (const int delay = delayMsAfterFailures(failuresBefore); delay > 0)
        QThread::msleep(static_cast<unsigned long>(delay));

    const bool ok = checkPassword(username, password);
    Transaction tx(m_db);
    if (!ok) {
        audit.append(who.actor, AuditAction::SignInFailed, who.object, QString(), context);
        tx.commit();
        throw wrongPasswordError();
    }
    const User user = *find(username);
    attempts.clear(hash);
    audit.append(user.username, AuditAction::SignIn, QStringLiteral("user:") + user.username,
                 QString(), context);
    tx.commit();
    return user;
}

bool Accounts::unlock(const QString& username)
{
    SignInRepository attempts(m_db);
    const QString hash = nameHash(username);
    const SignInRepository::State state = attempts.state(hash);
    attempts.clear(hash);
    return !state.lockedUntil.isEmpty() && state.lockedUntil > Time::nowUtc();
}

void Accounts::disable(const QString& username)
{
    const std::optional<User> user = find(username);
    if (!user)
        throw Error(ErrorKind::InvalidData, tr("There is no user called %1.").arg(username));
    if (user->disabled)
        return;
    if (user->roles.has(Role::Administrator)) {
        const qint64 admins = UserRepository(m_db).enabledAdministratorCount();
        if (admins <= 1)
            throw Error(ErrorKind::Conflict,
                        tr("%1 is the last administrator and cannot be disabled. Give another "
                           "user the administrator role first.")
                            .arg(user->username));
    }
    UserRepository(m_db).disable(user->id);
}

Secret Accounts::unsealSigningKey(const QString& username, const Secret& password)
{
    ensureSodium();
    const std::optional<UserRepository::SealedKey> sealed =
        UserRepository(m_db).sealedSigningKey(username);
    if (!sealed)
        throw Error(ErrorKind::NotPermitted, tr("The user name or password is not right."));
    const QByteArray& box = sealed->box;
    const QByteArray& salt = sealed->salt;
    const QByteArray& nonce = sealed->nonce;
    if (box.size() != static_cast<int>(crypto_secretbox_MACBYTES + crypto_sign_SECRETKEYBYTES) ||
        salt.size() != crypto_pwhash_SALTBYTES || nonce.size() != crypto_secretbox_NONCEBYTES)
        throw Error(ErrorKind::Verification, tr("The signing key of %1 is damaged.").arg(username));
    QByteArray sealKey = deriveSealKey(password, salt);
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    const int rc =
        crypto_secretbox_open_easy(sk, reinterpret_cast<const unsigned char*>(box.constData()),
                                   static_cast<unsigned long long>(box.size()),
                                   reinterpret_cast<const unsigned char*>(nonce.constData()),
                                   reinterpret_cast<const unsigned char*>(sealKey.constData()));
    sodium_memzero(sealKey.data(), static_cast<size_t>(sealKey.size()));
    if (rc != 0)
        throw Error(ErrorKind::NotPermitted, tr("The user name or password is not right."));
    Secret key = Secret::fromUtf8(reinterpret_cast<const char*>(sk), sizeof sk);
    sodium_memzero(sk, sizeof sk);
    return key;
}

} // namespace corroborate
