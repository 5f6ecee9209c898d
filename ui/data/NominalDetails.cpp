#include "NominalDetails.h"

#include "core/Error.h"
#include "workflow/NominalDetailsService.h"

namespace corroborate::ui {

NominalDetails NominalDetails::load(WorkerContext& ctx, qint64 id, const QString& username,
                                    const QString& justification)
{
    NominalDetails d;
    d.policy = ctx.policy;
    try {
        std::optional<NominalRecordView> view =
            NominalDetailsService(ctx.db, ctx.policy, ctx.today).load(id, username, justification);
        if (!view) {
            d.missing = true;
            d.error = tr("This nominal is no longer in the file.");
            return d;
        }
        d.found = true;
        d.nominal = std::move(view->nominal);
        d.intelligence = std::move(view->intelligence);
        d.evaluation = std::move(view->evaluation);
        d.reviews = std::move(view->reviews);
        d.removalPending = view->removalPending;
        d.restriction = std::move(view->restriction);
        d.statements = std::move(view->statements);
        d.recordLog = std::move(view->recordLog);
    } catch (const Error& e) {
        d.found = false;
        d.error = e.message();
    }
    return d;
}

} // namespace corroborate::ui
