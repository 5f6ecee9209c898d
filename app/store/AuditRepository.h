#pragma once

#include "core/AuditEntry.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace corroborate {

class Database;

// The rows of the audit log (audit_log, its free text in audit_text, and the redactions an
// erasure made). Knows the tables only: the chain's hashing and checking are AuditLog's
// (app/audit). Writes join the caller's transaction.
class AuditRepository
{
public:
    explicit AuditRepository(Database& db)
        : m_db(db)
    {
    }

    // The newest entry's sequence number and hash, if there is one.
    struct Tail
    {
        qint64 seq = 0;
        QString hash;
    };
    std::optional<Tail> tail();

    // Writes an entry: its chained row (free text left empty there) and its free text with
    // the salt the commitment was made with.
    void insert(const AuditEntry& entry, const QString& textCommitment, const QByteArray& salt);

    // An entry as stored, with what verifying it needs.
    struct Stored
    {
        AuditEntry entry;       // free text from audit_text where it is kept there
        QString textCommitment; // empty for entries written by the first release
        QByteArray salt;        // empty once redacted
        bool textInLog = false; // audit_log itself holds free text
        bool redacted = false;  // an erasure redacted its text
    };
    // Every entry oldest first; `visit` returns false to stop.
    void forEach(const std::function<bool(const Stored&)>& visit);

    // Newest first, keyset-paged: entries with seq < beforeSeq (0: from the newest).
    QList<AuditEntry> page(qint64 beforeSeq, int limit, const QString& object = {});
    qint64 count();

private:
    Database& m_db;
};

} // namespace corroborate
