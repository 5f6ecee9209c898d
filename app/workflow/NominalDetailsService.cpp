#include "NominalDetailsService.h"

#include "Consultation.h"
#include "policy/Evaluator.h"
#include "store/NominalRepository.h"
#include "store/RemovalRepository.h"
#include "store/ReviewRepository.h"
#include "store/RightsRepository.h"

namespace corroborate {

std::optional<NominalRecordView> NominalDetailsService::load(qint64 id, const QString& username,
                                                             const QString& justification)
{
    NominalRepository repo(m_db);
    const std::optional<Nominal> n = repo.findById(id);
    if (!n)
        return std::nullopt;
    if (!justification.isEmpty())
        ConsultationLog(m_db).record(username, n->reference, justification);
    NominalRecordView d;
    d.nominal = *n;
    d.intelligence = repo.intelligenceFor(id);
    d.evaluation = Evaluator(m_policy).evaluate(d.nominal, d.intelligence, m_today);
    d.reviews = ReviewRepository(m_db).historyFor(id, 20);
    d.removalPending = RemovalRepository(m_db).pendingFor(id).has_value();
    RightsRepository rights(m_db);
    d.restriction = rights.restrictionFor(id);
    d.statements = rights.statementsFor(id);
    d.recordLog = AuditLog(m_db).page(0, 30, n->reference);
    return d;
}

std::optional<qint64> NominalDetailsService::idOf(const QString& reference)
{
    const std::optional<Nominal> n = NominalRepository(m_db).find(reference);
    if (!n)
        return std::nullopt;
    return n->id;
}

} // namespace corroborate
