#include "NominalRows.h"

#include "policy/Evaluator.h"
#include "store/NominalListQueries.h"
#include "store/NominalRepository.h"
#include "store/NominalRowQueries.h"

namespace corroborate {

qint64 NominalRows::count()
{
    return NominalListQueries(m_db).count();
}

QList<NominalRow> NominalRows::pageAfter(NominalOrder order, bool descending,
                                         const std::optional<NominalSummary>& after, int limit)
{
    return evaluate(NominalListQueries(m_db).pageAfter(order, descending, after, limit));
}

QList<NominalRow> NominalRows::pageAt(NominalOrder order, bool descending, qint64 offset, int limit,
                                      qint64 total)
{
    return evaluate(NominalListQueries(m_db).pageAt(order, descending, offset, limit, total));
}

QList<NominalSummary> NominalRows::search(const QString& text, int limit)
{
    return NominalRepository(m_db).search(text, limit);
}

QList<NominalRow> NominalRows::byIds(const QList<qint64>& ids)
{
    return evaluate(NominalRepository(m_db).summaries(ids));
}

QList<NominalRow> NominalRows::evaluate(const QList<NominalSummary>& summaries)
{
    // Two statements for the page, not two per row.
    QList<qint64> ids;
    ids.reserve(summaries.size());
    for (const NominalSummary& s : summaries)
        ids << s.id;
    NominalRowQueries queries(m_db);
    const QHash<qint64, QList<IntelligenceItem>> intelligence = queries.intelligenceFor(ids);
    const QSet<qint64> pending = queries.pendingRemovals(ids);
    const Evaluator evaluator(m_policy);
    QList<NominalRow> rows;
    rows.reserve(summaries.size());
    for (const NominalSummary& s : summaries) {
        NominalRow row;
        row.summary = s;
        Nominal n;
        n.id = s.id;
        n.reference = s.reference;
        n.classification = s.classification;
        n.harmScore = s.harmScore;
        n.listedOn = s.listedOn;
        n.lastReviewedOn = s.lastReviewedOn;
        n.dateOfBirth = s.dateOfBirth;
        const Evaluation e = evaluator.evaluate(n, intelligence.value(s.id), m_today);
        row.status = e.status;
        row.reasons = e.reasons;
        row.overdue = e.reviewOverdue;
        row.nextReviewDue = e.nextReviewDue;
        row.independentSources = e.independentSources;
        row.awaitingSignOff = pending.contains(s.id);
        row.age = n.ageOn(m_today);
        rows << row;
    }
    return rows;
}

} // namespace corroborate
