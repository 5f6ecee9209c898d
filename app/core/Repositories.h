#pragma once

#include "core/AuditEntry.h"
#include "core/Disclosure.h"
#include "core/StoredPolicy.h"
#include "core/User.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace corroborate {

// The seam for a second storage backend: what the services need of users, the audit log,
// policies and disclosures, and the transaction they work in, without SQL. The SQLCipher
// implementations are in app/store (UserRepository, AuditRepository, PolicyRepository,
// DisclosureRepository, SqlStore). Rows only: hashing, sealing, checking and the audit texts
// stay in the services.

// One unit of work (a write transaction): everything done through the store until commit()
// lands together; destroyed uncommitted, it is rolled back.
class UnitOfWork
{
public:
    virtual ~UnitOfWork() = default;
    virtual void commit() = 0;
};

class AbstractUserRepository
{
public:
    virtual ~AbstractUserRepository() = default;
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
    struct Credentials
    {
        QString passwordHash;
        bool disabled = false;
    };
    // An enabled user's sealed signing key.
    struct SealedKey
    {
        QByteArray box;
        QByteArray salt;
        QByteArray nonce;
    };
    // User names match without regard to case.
    virtual void insert(const NewUser& user) = 0;
    virtual std::optional<User> find(const QString& username) = 0;
    virtual QList<User> list() = 0; // by user name
    virtual std::optional<Credentials> credentials(const QString& username) = 0;
    virtual std::optional<SealedKey> sealedSigningKey(const QString& username) = 0;
    virtual qint64 enabledAdministratorCount() = 0;
    virtual void disable(qint64 userId) = 0;
};

class AbstractAuditRepository
{
public:
    virtual ~AbstractAuditRepository() = default;
    // The newest entry's sequence number and hash.
    struct Tail
    {
        qint64 seq = 0;
        QString hash;
    };
    // An entry as stored, with what verifying it needs.
    struct Stored
    {
        AuditEntry entry;       // free text from where it is kept
        QString textCommitment; // empty for entries written by the first release
        QByteArray salt;        // empty once redacted
        bool textInLog = false; // the chained row itself holds free text
        bool redacted = false;  // an erasure redacted its text
    };
    virtual std::optional<Tail> tail() = 0;
    // Writes an entry: its chained row and, apart, its free text with the commitment's salt.
    virtual void insert(const AuditEntry& entry, const QString& textCommitment,
                        const QByteArray& salt) = 0;
    // Every entry oldest first; `visit` returns false to stop.
    virtual void forEach(const std::function<bool(const Stored&)>& visit) = 0;
    // Newest first, keyset-paged: entries with seq < beforeSeq (0: from the newest).
    virtual QList<AuditEntry> page(qint64 beforeSeq, int limit, const QString& object) = 0;
    virtual qint64 count() = 0;
};

class AbstractPolicyRepository
{
public:
    virtual ~AbstractPolicyRepository() = default;
    // Stores the document as the next version and returns its number.
    virtual int insertNext(const QJsonObject& document, const QString& author,
                           const QString& at) = 0;
    virtual std::optional<StoredPolicy> newest() = 0;
    virtual std::optional<StoredPolicy> version(int number) = 0;
};

class AbstractDisclosureRepository
{
public:
    virtual ~AbstractDisclosureRepository() = default;
    // Inserts a disclosure as given and links each reference once; returns its id.
    virtual qint64 insert(const Disclosure& disclosure, const QStringList& references) = 0;
    virtual void setState(qint64 id, const QString& state) = 0;
    virtual QList<Disclosure> forReference(const QString& reference) = 0;
    virtual QStringList referencesOf(qint64 disclosureId) = 0;
    virtual QList<Disclosure> all() = 0;
};

// A backend as the services ask for it: a unit of work and the repositories, all over one
// connection.
class Store
{
public:
    virtual ~Store() = default;
    virtual std::unique_ptr<UnitOfWork> begin() = 0;
    virtual AbstractUserRepository& users() = 0;
    virtual AbstractAuditRepository& audit() = 0;
    virtual AbstractPolicyRepository& policies() = 0;
    virtual AbstractDisclosureRepository& disclosures() = 0;
};

} // namespace corroborate
