#include "EditFlows.h"
#include "accessibility/Accessibility.h"

#include "IntelligenceDialog.h"
#include "NominalDialog.h"
#include "core/Dialogs.h"
#include "core/Error.h"
#include "core/FormDraft.h"
#include "core/Time.h"
#include "data/Session.h"
#include "workflow/EditLookups.h"
#include "workflow/EditService.h"

namespace corroborate::ui {

namespace {
IntelligenceDialog::OriginatorLookup originatorLookup(Session& session,
                                                      std::shared_ptr<ResultSink> sink)
{
    DataWorker* worker = &session.worker();
    return [worker, sink](const QString& prefix, std::function<void(const QStringList&)> done) {
        worker->submit([sink, prefix, done](WorkerContext& ctx) {
            QStringList found;
            try {
                found = EditLookups(ctx.db).originators(prefix, 50);
            } catch (const Error&) {
            }
            sink->deliver([done, found] { done(found); });
        });
    };
}

// Marks the dialog for the lock's draft keeping and puts a kept draft back.
void prepare(QDialog& dialog, const char* kind, qint64 nominalId, qint64 itemId,
             const QJsonObject& draft)
{
    dialog.setProperty(EditFlows::kDraftKind, QString::fromLatin1(kind));
    dialog.setProperty(EditFlows::kDraftNominal, nominalId);
    dialog.setProperty(EditFlows::kDraftItem, itemId);
    if (!draft.isEmpty())
        FormDraft::restore(&dialog, draft);
}
} // namespace

const char* const EditFlows::kDraftKind = "corroborateDraftKind";
const char* const EditFlows::kDraftNominal = "corroborateDraftNominal";
const char* const EditFlows::kDraftItem = "corroborateDraftItem";

qint64 EditFlows::newNominal(QWidget* parent, Session& session, const QJsonObject& draft)
{
    Nominal n;
    n.reference = EditLookups(session.db()).nextReference();
    n.listedOn = Time::today();
    NominalDialog dialog(n, true, session.isSynthetic(), parent);
    prepare(dialog, "nominal_new", 0, 0, draft);
    qint64 created = 0;
    dialog.setSaveFunction([&session, &created](const Nominal& nominal, const QString& reason) {
        created = EditService(session.db(), session.username()).createNominal(nominal, reason);
    });
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    return created;
}

bool EditFlows::editNominal(QWidget* parent, Session& session, qint64 nominalId,
                            const QJsonObject& draft)
{
    EditLookups repo(session.db());
    const std::optional<Nominal> n = repo.nominal(nominalId);
    if (!n)
        return false;
    NominalDialog dialog(*n, false, session.isSynthetic(), parent);
    dialog.setSaveFunction([&session](const Nominal& nominal, const QString& reason) {
        EditService(session.db(), session.username()).updateNominal(nominal, reason);
    });
    dialog.setReloadFunction(
        [&session, nominalId] { return EditLookups(session.db()).nominal(nominalId); });
    prepare(dialog, "nominal_edit", nominalId, 0, draft);
    const bool saved = dialog.exec() == QDialog::Accepted;
    if (saved)
        Accessibility::showStatus(parent, tr("Saved the details of %1.").arg(n->reference));
    return saved;
}

bool EditFlows::addIntelligence(QWidget* parent, Session& session, qint64 nominalId,
                                const QJsonObject& draft)
{
    EditLookups repo(session.db());
    const std::optional<Nominal> n = repo.nominal(nominalId);
    if (!n)
        return false;
    IntelligenceItem item;
    item.nominalId = nominalId;
    item.obtainedOn = Time::today();
    item.recordedBy = session.username();
    IntelligenceDialog dialog(*n, repo.intelligenceOf(nominalId), item, true, session.policy(),
                              session.isSynthetic(), parent);
    auto sink = std::make_shared<ResultSink>(&dialog);
    dialog.setOriginatorLookup(originatorLookup(session, sink));
    const Nominal nominal = *n;
    dialog.setSaveFunction([&session, nominal](const IntelligenceItem& i, const QString& reason) {
        EditService(session.db(), session.username()).addIntelligence(nominal, i, reason);
    });
    prepare(dialog, "intelligence_new", nominalId, 0, draft);
    const bool saved = dialog.exec() == QDialog::Accepted;
    sink->detach();
    if (saved)
        Accessibility::showStatus(parent,
                                  tr("Saved the intelligence item of %1.").arg(n->reference));
    return saved;
}

bool EditFlows::editIntelligence(QWidget* parent, Session& session, qint64 nominalId, qint64 itemId,
                                 const QJsonObject& draft)
{
    EditLookups repo(session.db());
    const std::optional<Nominal> n = repo.nominal(nominalId);
    const std::optional<IntelligenceItem> item = repo.intelligenceItem(itemId);
    if (!n || !item)
        return false;
    QList<IntelligenceItem> others = repo.intelligenceOf(nominalId);
    others.removeIf([itemId](const IntelligenceItem& i) { return i.id == itemId; });
    IntelligenceDialog dialog(*n, others, *item, false, session.policy(), session.isSynthetic(),
                              parent);
    auto sink = std::make_shared<ResultSink>(&dialog);
    dialog.setOriginatorLookup(originatorLookup(session, sink));
    const Nominal nominal = *n;
    const IntelligenceDialog* const shown = &dialog;
    const IntelligenceItem original = *item;
    dialog.setSaveFunction(
        [&session, nominal, shown, original](const IntelligenceItem& i, const QString& reason) {
            EditService edits(session.db(), session.username());
            if (shown->regrading()) {
                IntelligenceItem regraded = i;
                regraded.legacy = original.legacy; // as read: the service checks it
                edits.regradeIntelligence(nominal, regraded, reason);
            } else {
                edits.updateIntelligence(nominal, i, reason);
            }
        });
    dialog.setReloadFunction(
        [&session, itemId] { return EditLookups(session.db()).intelligenceItem(itemId); });
    prepare(dialog, "intelligence_edit", nominalId, itemId, draft);
    const bool saved = dialog.exec() == QDialog::Accepted;
    sink->detach();
    if (saved)
        Accessibility::showStatus(parent,
                                  tr("Saved the intelligence item of %1.").arg(n->reference));
    return saved;
}

bool EditFlows::removeIntelligence(QWidget* parent, Session& session, Dialogs& dialogs,
                                   qint64 nominalId, qint64 itemId)
{
    EditLookups repo(session.db());
    const std::optional<Nominal> n = repo.nominal(nominalId);
    const std::optional<IntelligenceItem> item = repo.intelligenceItem(itemId);
    if (!n || !item)
        return false;
    const std::optional<QString> reason =
        dialogs.reason(parent, tr("Remove intelligence"),
                       tr("Why remove this item (from %1, obtained %2)? The reason is kept in the "
                          "audit log.")
                           .arg(item->originator, Time::longDate(item->obtainedOn)),
                       {tr("Recorded against the wrong person"), tr("Duplicate of another item"),
                        tr("Withdrawn by the originator")});
    if (!reason)
        return false;
    try {
        EditService(session.db(), session.username()).removeIntelligence(*n, *item, *reason);
    } catch (const Error& e) {
        dialogs.warning(parent, tr("Cannot remove the item"), e.message());
        return false;
    }
    return true;
}

} // namespace corroborate::ui
