#pragma once

#include "core/AuditEntry.h"

#include <QList>

namespace corroborate {

class Database;

// Read-only questions about the audit log for the windows, beside AuditLog's own page().
class AuditQueries
{
public:
    explicit AuditQueries(Database& db)
        : m_db(db)
    {
    }
    qint64 newestSeq();
    qint64 count();
    qint64 countFor(const QString& object); // uses audit_by_object
    // Newest first: entries about `object`, skipping `offset` of them.
    QList<AuditEntry> pageAt(const QString& object, qint64 offset, int limit);

private:
    Database& m_db;
};

} // namespace corroborate
