// The Restricted view (issue 11; DPA 2018 s.47): every nominal whose processing is restricted.
#include "RestrictedView.h"

#include "core/Error.h"
#include "data/DataWorker.h"
#include "data/Session.h"
#include "main/MainWindow.h"
#include "rights/RightsService.h"
#include "widgets/ViewParts.h"
#include "workflow/NominalLookup.h"

#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace corroborate::ui {

RestrictedView::RestrictedView(MainWindow& window, Session& session, QWidget* parent)
    : RegisterView(window, session, LoadOn::Construction, parent)
    , m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("restrictedView"));
    auto* title = makeTitle(tr("Restricted nominals"), this);
    auto* hint = new QLabel(
        tr("Processing of these nominals is restricted instead of erasure (Data Protection Act "
           "2018, section 47): they are out of the review queue and every pack, and cannot be "
           "proposed for removal or erased until a supervisor lifts the restriction."),
        this);
    hint->setWordWrap(true);
    m_summary = new QLabel(tr("Loading…"), this);
    m_summary->setObjectName(QStringLiteral("restrictedSummary"));
    m_view = makeRegisterTable(m_model, QStringLiteral("restrictedTable"),
                               tr("Restricted nominals"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString reference = m_model->item(index.row(), 0)->text();
        try {
            if (const std::optional<Nominal> n =
                    NominalLookup(m_session.db()).byReference(reference))
                m_window.showNominal(n->id, reference);
        } catch (const Error&) {
            // A busy or damaged file: the list stays as it is; the next reload says why.
        }
    });
    reload();
}

void RestrictedView::reload()
{
    const quint64 request = nextRequest();
    readOnWorker(
        request, [](WorkerContext& ctx) { return RightsService(ctx.db).restrictions(ctx.today); },
        [this](const QList<RestrictionStatus>& rows, const QString&) {
            m_count = static_cast<int>(rows.size());
            m_model->clear();
            m_model->setHorizontalHeaderLabels(
                {tr("Reference"), tr("Reason"), tr("Until"), tr("Restricted by"), tr("Note")});
            int past = 0;
            for (const RestrictionStatus& s : rows) {
                const Restriction& r = s.restriction;
                past += s.pastDate ? 1 : 0;
                QString until = QLocale().toString(r.until, QLocale::ShortFormat);
                if (s.pastDate)
                    until += QStringLiteral(" — ") + tr("PAST ITS DATE: look at it again");
                m_model->appendRow(
                    {registerItem(r.reference, s.pastDate),
                     registerItem(RightsService::restrictionReasonText(r.reasonCode)),
                     registerItem(until, s.pastDate), registerItem(r.restrictedBy),
                     registerItem(r.note)});
            }
            m_view->resizeColumnsToContents();
            m_summary->setText(
                rows.isEmpty()
                    ? tr("No nominal is restricted.")
                    : tr("%n nominal(s) restricted", nullptr, static_cast<int>(rows.size())) +
                          QStringLiteral("; ") + tr("%n past its date.", nullptr, past));
            m_summary->setAccessibleName(m_summary->text());
        });
}

void RestrictedView::clearPersonalData()
{
    dropPendingLoads();
    m_count = 0;
    m_model->clear();
    m_summary->clear();
    m_summary->setAccessibleName(QString());
}

QString RestrictedView::statusText() const
{
    return tr("%n nominal(s) restricted", nullptr, m_count);
}

} // namespace corroborate::ui
