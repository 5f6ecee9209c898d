#pragma once

#include "core/Repositories.h"

#include "core/AuditEntry.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace corroborate {

class Statement;

class Database;

// The rows of the audit log (audit_log, its free text in audit_text, and the redactions an
// erasure made). Knows the tables only: the chain's hashing and checking are AuditLog's
// (app/audit). Writes join the caller's transaction.
class AuditRepository final : public AbstractAuditRepository
{
public:
    explicit AuditRepository(Database& db)
        : m_db(db)
    {
    }

    std::optional<Tail> tail() override;

    // Writes an entry: its chained row (free text left empty there) and its free text with
    // the salt the commitment was made with.
    void insert(const AuditEntry& entry, const QString& textCommitment,
                const QByteArray& salt) override;

    // Every entry oldest first; `visit` returns false to stop.
    void forEach(const std::function<bool(const Stored&)>& visit) override;

    // Newest first, keyset-paged: entries with seq < beforeSeq (0: from the newest).
    QList<AuditEntry> page(qint64 beforeSeq, int limit, const QString& object) override;
    qint64 count() override;

    // Reads the first nine columns of an audit row (seq, at, username, action, object,
    // justification, details, prev_hash, hash) as every audit query selects them.
    static AuditEntry readEntry(const Statement& st);

private:
    Database& m_db;
};

} // namespace corroborate
