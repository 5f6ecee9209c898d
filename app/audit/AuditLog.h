#pragma once

#include <QList>
#include <QString>

namespace corroborate {

class Database;

// The actions the audit log records (DPA 2018 s.62). Stable wire names; never renamed.
namespace AuditAction {
inline const QString SignIn = QStringLiteral("sign_in");
inline const QString SignInFailed = QStringLiteral("sign_in_failed");
inline const QString SignInLocked = QStringLiteral("sign_in_locked");     // too many failures
inline const QString SignInUnlocked = QStringLiteral("sign_in_unlocked"); // released
inline const QString Collection = QStringLiteral("collection");           // create, import
inline const QString Alteration = QStringLiteral("alteration");           // which fields changed
inline const QString Consultation = QStringLiteral("consultation");       // looked at, with why
inline const QString Disclosure = QStringLiteral("disclosure");           // export, print
inline const QString UserAdmin = QStringLiteral("user_admin");
inline const QString PolicyAdmin = QStringLiteral("policy_admin");
inline const QString CaseFileAdmin = QStringLiteral("case_file_admin"); // create, rekey
inline const QString Review = QStringLiteral("review");
inline const QString Removal = QStringLiteral("removal"); // propose, withdraw, reject, approve
inline const QString Erasure = QStringLiteral("erasure");
// Agreements added, amended or ended; destruction confirmed; recall notices raised and issued.
inline const QString Sharing = QStringLiteral("sharing");
} // namespace AuditAction

struct AuditEntry
{
    qint64 seq = 0;
    QString at; // UTC ISO 8601
    QString username;
    QString action;
    QString object;        // a reference (N-000123, user:alice, policy:3), never a person's details
    QString justification; // why: a reason given, a session, "evaluation"
    QString details;       // what: field names changed, counts, recipients; never values
    QString prevHash;
    QString hash;
};

struct AuditVerification
{
    bool ok = true;
    qint64 entries = 0;
    qint64 firstBrokenSeq = 0; // 0 when ok
    QString problem;
};

// The append-only, hash-chained audit log. Appending joins the caller's transaction, so the
// entry lands with the change it records or not at all. An entry's justification and details
// are free text an erasure may redact ("[erased]"); verify() still checks every entry's place
// in the chain and, for text not redacted, that it is what was written.
class AuditLog
{
public:
    explicit AuditLog(Database& db)
        : m_db(db)
    {
    }

    void append(const QString& username, const QString& action, const QString& object,
                const QString& justification = {}, const QString& details = {});
    AuditVerification verify();

    // Newest first, keyset-paged: entries with seq < beforeSeq (0: from the newest).
    QList<AuditEntry> page(qint64 beforeSeq, int limit, const QString& object = {});
    qint64 count();

    // The hash of an entry written by the first release (its free text hashed in). Entries
    // written since commit instead to a salted hash of their free text, which lives apart
    // (audit_text) so that an erasure can redact it without breaking the chain.
    static QString hashOf(const AuditEntry& entry);
    static const QString& genesisHash();

private:
    Database& m_db;
};

} // namespace corroborate
