#pragma once

#include <QList>
#include <QString>

namespace corroborate {

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

} // namespace corroborate
