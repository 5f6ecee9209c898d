#include "AuditBrowsing.h"

#include "store/AuditQueries.h"

namespace corroborate {

qint64 AuditBrowsing::newestSeq()
{
    return AuditQueries(m_db).newestSeq();
}

qint64 AuditBrowsing::count(const QString& object)
{
    AuditQueries queries(m_db);
    return object.isEmpty() ? queries.count() : queries.countFor(object);
}

QList<AuditEntry> AuditBrowsing::pageBefore(qint64 before, int limit, const QString& object)
{
    return AuditLog(m_db).page(before, limit, object);
}

QList<AuditEntry> AuditBrowsing::pageAt(const QString& object, qint64 offset, int limit)
{
    return AuditQueries(m_db).pageAt(object, offset, limit);
}

} // namespace corroborate
