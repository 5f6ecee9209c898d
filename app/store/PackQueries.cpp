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

void PackQueries::forEachForEvaluation(const std::function<bool(const NominalRecord&)>& visit)
{
    // Nominals in rowid order; each one's items through the covering index
    // intelligence_for_evaluation, so the intelligence table itself is never read.
    Statement st = m_db.prepare(
        "SELECT n.id, n.reference, n.classification, n.harm_score, n.listed_on, "
        "n.last_reviewed_on, i.id, i.provider, i.originator, i.obtained_on, "
        "i.source_evaluation, i.assessment, i.indicates "
        "FROM nominals n LEFT JOIN intelligence i INDEXED BY intelligence_for_evaluation "
        "ON i.nominal_id = n.id ORDER BY n.id;");
    NominalRecord current;
    bool have = false;
    while (st.step()) {
        const qint64 id = st.integer(0);
        if (!have || current.nominal.id != id) {
            if (have && !visit(current))
                return;
            current = NominalRecord{};
            have = true;
            Nominal& n = current.nominal;
            n.id = id;
            n.reference = st.text(1);
            n.classification = Vocabulary::classificationFrom(st.text(2))
                                   .value_or(Classification::SuspectedOffender);
            n.harmScore = st.optionalInt(3);
            n.listedOn = st.date(4);
            n.lastReviewedOn = st.date(5);
        }
        if (st.isNull(6))
            continue;
        IntelligenceItem i;
        i.id = st.integer(6);
        i.nominalId = id;
        i.provider = Vocabulary::providerFrom(st.text(7)).value_or(Provider::Police);
        i.originator = st.text(8);
        i.obtainedOn = st.date(9);
        i.sourceEvaluation =
            Grading::sourceEvaluationFrom(st.text(10)).value_or(SourceEvaluation::NotReliable3);
        i.assessment = Grading::assessmentFrom(st.text(11)).value_or(IntelligenceAssessment::E);
        i.indicates = Vocabulary::indicationFrom(st.text(12)).value_or(Indication::Other);
        current.intelligence << i;
    }
    if (have)
        visit(current);
}

} // namespace corroborate
