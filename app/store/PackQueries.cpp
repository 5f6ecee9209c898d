#include "PackQueries.h"

#include "Database.h"

namespace corroborate {

QList<ReviewHistoryEntry> PackQueries::reviewHistory(qint64 nominalId)
{
    Statement st =
        m_db.prepare("SELECT reviewed_at, reviewer, policy_version, decision, reason, retain_until "
                     "FROM reviews WHERE nominal_id = ? ORDER BY reviewed_at, id;");
    st.bind(1, nominalId);
    QList<ReviewHistoryEntry> out;
    while (st.step()) {
        ReviewHistoryEntry e;
        e.reviewedAt = st.text(0);
        e.reviewer = st.text(1);
        e.policyVersion = static_cast<int>(st.integer(2));
        e.decision = st.text(3);
        e.reason = st.text(4);
        e.retainUntil = st.date(5);
        out << e;
    }
    return out;
}

std::optional<PendingRemoval> PackQueries::pendingRemoval(qint64 nominalId)
{
    Statement st = m_db.prepare("SELECT nominal_id, reason_code, proposer, proposed_at "
                                "FROM removal_requests WHERE state = 'pending' AND nominal_id = ? "
                                "ORDER BY proposed_at, id LIMIT 1;");
    st.bind(1, nominalId);
    if (!st.step())
        return std::nullopt;
    PendingRemoval p;
    p.nominalId = st.integer(0);
    p.reasonCode = st.text(1);
    p.proposer = st.text(2);
    p.proposedAt = st.text(3);
    return p;
}

QSet<qint64> PackQueries::nominalsWithPendingRemoval()
{
    Statement st =
        m_db.prepare("SELECT DISTINCT nominal_id FROM removal_requests WHERE state = 'pending';");
    QSet<qint64> out;
    while (st.step())
        out.insert(st.integer(0));
    return out;
}

} // namespace corroborate
