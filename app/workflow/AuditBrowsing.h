#pragma once

#include "audit/AuditLog.h"

#include <QList>

namespace corroborate {

class Database;

// The audit log as the windows browse it, newest first: whole or filtered to one record.
// Meant to run on a worker thread's own connection.
class AuditBrowsing
{
public:
    explicit AuditBrowsing(Database& db)
        : m_db(db)
    {
    }
    qint64 newestSeq();
    // Entries in the log, or about `object` when it is given.
    qint64 count(const QString& object);
    // Up to `limit` entries before sequence number `before`, about `object` when given.
    QList<AuditEntry> pageBefore(qint64 before, int limit, const QString& object);
    // Entries about `object`, skipping `offset` of them.
    QList<AuditEntry> pageAt(const QString& object, qint64 offset, int limit);

private:
    Database& m_db;
};

} // namespace corroborate
