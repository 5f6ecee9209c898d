#include "AuditQueries.h"

#include "AuditRepository.h"
#include "Database.h"

namespace corroborate {

qint64 AuditQueries::newestSeq()
{
    return m_db.scalarInt("SELECT coalesce(max(seq), 0) FROM audit_log;");
}

qint64 AuditQueries::count()
{
    // seq is dense from 1 (append-only, never deleted): the newest is the count.
    return newestSeq();
}

qint64 AuditQueries::countFor(const QString& object)
{
    Statement st = m_db.prepare("SELECT count(*) FROM audit_log WHERE object = ?;");
    st.bind(1, object);
    return st.step() ? st.integer(0) : 0;
}

QList<AuditEntry> AuditQueries::pageAt(const QString& object, qint64 offset, int limit)
{
    Statement st =
        m_db.prepare("SELECT a.seq, a.at, a.username, a.action, a.object, "
                     "coalesce(t.justification, a.justification), coalesce(t.details, a.details), "
                     "a.prev_hash, a.hash FROM audit_log a LEFT JOIN audit_text t ON t.seq = a.seq "
                     "WHERE a.object = ? ORDER BY a.seq DESC LIMIT ? OFFSET ?;");
    st.bind(1, object).bind(2, limit).bind(3, offset);
    QList<AuditEntry> out;
    while (st.step()) {
        out << AuditRepository::readEntry(st);
    }
    return out;
}

} // namespace corroborate
