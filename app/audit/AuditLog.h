#pragma once

#include "core/AuditEntry.h"

#include <QList>
#include <QString>

namespace corroborate {

class Database;

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
