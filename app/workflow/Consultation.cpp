#include "Consultation.h"

#include "audit/AuditLog.h"
#include "core/Error.h"
#include "store/Database.h"

namespace corroborate {

void ConsultationLog::record(const QString& username, const QString& reference,
                             const QString& justification)
{
    if (justification.trimmed().isEmpty())
        throw Error(ErrorKind::Usage,
                    tr("Looking at a record needs a reason. Give one and try again."));
    Transaction tx(m_db);
    AuditLog(m_db).append(username, AuditAction::Consultation, reference, justification.trimmed());
    tx.commit();
}

QString ConsultationLog::sessionJustification(qint64 sessionId)
{
    // Not translated: the audit log's justifications are stable text for auditors' tools.
    return QStringLiteral("review session %1").arg(sessionId);
}

QStringList ConsultationLog::browsingReasons()
{
    return {tr("Preparing for a review panel"), tr("Answering a query about this person"),
            tr("Checking intelligence before an operation"), tr("Supervisory oversight"),
            tr("Data quality check")};
}

} // namespace corroborate
