#include "NominalDetails.h"

#include "core/Error.h"
#include "policy/Evaluator.h"
#include "store/NominalRepository.h"
#include "store/RemovalRepository.h"
#include "store/ReviewRepository.h"
#include "store/RightsRepository.h"
#include "workflow/Consultation.h"

namespace corroborate::ui {

NominalDetails NominalDetails::load(WorkerContext& ctx, qint64 id, const QString& username,
                                    const QString& justification)
{
    NominalDetails d;
    d.policy = ctx.policy;
    try {
        NominalRepository repo(ctx.db);
        const std::optional<Nominal> n = repo.findById(id);
        if (!n) {
            d.missing = true;
            d.error = tr("This nominal is no longer in the file.");
            return d;
        }
        if (!justification.isEmpty())
            ConsultationLog(ctx.db).record(username, n->reference, justification);
        d.found = true;
        d.nominal = *n;
        d.intelligence = repo.intelligenceFor(id);
        d.evaluation = Evaluator(ctx.policy).evaluate(d.nominal, d.intelligence, ctx.today);
        ReviewRepository reviews(ctx.db);
        d.reviews = reviews.historyFor(id, 20);
        d.removalPending = RemovalRepository(ctx.db).pendingFor(id).has_value();
        RightsRepository rights(ctx.db);
        d.restriction = rights.restrictionFor(id);
        d.statements = rights.statementsFor(id);
        d.recordLog = AuditLog(ctx.db).page(0, 30, n->reference);
    } catch (const Error& e) {
        d.found = false;
        d.error = e.message();
    }
    return d;
}

} // namespace corroborate::ui
