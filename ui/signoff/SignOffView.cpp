#include "SignOffView.h"

#include "DecisionDialog.h"
#include "ProposeDialog.h"
#include "SignOffModels.h"
#include "core/Dialogs.h"
#include "core/Error.h"
#include "data/DataWorker.h"
#include "data/Session.h"
#include "main/MainWindow.h"
#include "widgets/ViewParts.h"
#include "workflow/RemovalService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace corroborate::ui {

// --- SignOffView ----------------------------------------------------------------------------

SignOffView::SignOffView(MainWindow& window, Session& session, QWidget* parent)
    : RegisterView(window, session, LoadOn::Show, parent)
    , m_pending(new PendingProposalModel(this))
    , m_flagged(new FlaggedAlertModel(this))
{
    setObjectName(QStringLiteral("signOffView"));
    setAccessibleName(tr("Awaiting sign-off"));

    auto* pendingHeading = makeHeading(tr("Removals &awaiting sign-off"), this);
    m_pendingView = makeRegisterTable(m_pending, QStringLiteral("signOffPending"),
                                      tr("Removal proposals awaiting sign-off"), this);
    pendingHeading->setBuddy(m_pendingView);
    m_pendingSummary = new QLabel(this);
    m_pendingSummary->setObjectName(QStringLiteral("signOffPendingSummary"));
    m_pendingSummary->setWordWrap(true);

    m_approve =
        new QPushButton(QIcon(QStringLiteral(":/icons/signoff-queue.svg")), tr("A&pprove…"), this);
    m_approve->setObjectName(QStringLiteral("signOffApprove"));
    m_approve->setAccessibleName(tr("Approve the selected proposal"));
    m_reject = new QPushButton(tr("Re&ject…"), this);
    m_reject->setObjectName(QStringLiteral("signOffReject"));
    m_reject->setAccessibleName(tr("Reject the selected proposal"));
    m_open = new QPushButton(tr("&Open record"), this);
    m_open->setObjectName(QStringLiteral("signOffOpen"));
    m_open->setAccessibleName(tr("Open the selected nominal's record in the details panel"));
    auto* pendingButtons = new QHBoxLayout;
    pendingButtons->addWidget(m_approve);
    pendingButtons->addWidget(m_reject);
    pendingButtons->addWidget(m_open);
    pendingButtons->addStretch(1);

    auto* flaggedHeading = makeHeading(tr("&Flagged with no removal proposal"), this);
    m_flaggedView = makeRegisterTable(m_flagged, QStringLiteral("signOffFlagged"),
                                      tr("Flagged nominals with no removal proposal"), this);
    flaggedHeading->setBuddy(m_flaggedView);
    m_flaggedSummary = new QLabel(this);
    m_flaggedSummary->setObjectName(QStringLiteral("signOffFlaggedSummary"));
    m_flaggedSummary->setWordWrap(true);
    m_propose = new QPushButton(QIcon(QStringLiteral(":/icons/signoff-propose.svg")),
                                tr("Propose re&moval…"), this);
    m_propose->setObjectName(QStringLiteral("signOffPropose"));
    m_propose->setAccessibleName(tr("Propose the removal of the selected flagged nominal"));
    auto* flaggedButtons = new QHBoxLayout;
    flaggedButtons->addWidget(m_propose);
    flaggedButtons->addStretch(1);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(pendingHeading);
    topLayout->addWidget(m_pendingSummary);
    topLayout->addWidget(m_pendingView, 1);
    topLayout->addLayout(pendingButtons);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(flaggedHeading);
    bottomLayout->addWidget(m_flaggedSummary);
    bottomLayout->addWidget(m_flaggedView, 1);
    bottomLayout->addLayout(flaggedButtons);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_approve, &QPushButton::clicked, this, [this] { decideSelected(false); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decideSelected(true); });
    connect(m_open, &QPushButton::clicked, this, &SignOffView::openSelected);
    connect(m_propose, &QPushButton::clicked, this, &SignOffView::proposeForFlagged);
    connect(m_pendingView, &QTableView::activated, this, [this] { decideSelected(false); });
    connect(m_flaggedView, &QTableView::activated, this, &SignOffView::proposeForFlagged);
    connect(m_pendingView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SignOffView::updateButtons);
    connect(m_flaggedView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SignOffView::updateButtons);
    connect(m_pending, &QAbstractItemModel::modelReset, this, &SignOffView::updateButtons);
    connect(m_flagged, &QAbstractItemModel::modelReset, this, &SignOffView::updateButtons);
    updateButtons();
}

void SignOffView::reload()
{
    const quint64 request = nextRequest();
    m_loading = 2;
    // The pending list is small and quick; the flagged list is one pass over every nominal,
    // so it runs as a background job after it.
    readOnWorker(
        request,
        [](WorkerContext& ctx) {
            return std::make_pair(RemovalService(ctx.db).pending(ctx.today),
                                  ctx.policy.proposalPendingAlertDays);
        },
        [this](const std::pair<QList<PendingProposal>, int>& read, const QString& error) {
            m_pending->setRows(read.first);
            const int overdue = m_pending->overdueCount();
            QString summary = error.isEmpty() ? tr("%n proposal(s) waiting for a supervisor.",
                                                   nullptr, int(read.first.size()))
                                              : tr("Could not load the proposals: %1").arg(error);
            if (overdue > 0)
                summary += QLatin1Char(' ') +
                           tr("%n waiting for more than %1 days (highlighted, marked “overdue”).",
                              nullptr, overdue)
                               .arg(read.second);
            m_pendingSummary->setText(summary);
            m_pendingSummary->setAccessibleName(summary);
            fitRegisterColumns(m_pendingView);
            if (m_pending->rowCount() > 0 && selectedRow(m_pendingView) < 0)
                m_pendingView->selectRow(0);
            if (--m_loading == 0)
                emit reloaded();
        });
    readOnWorker(
        request,
        [](WorkerContext& ctx) {
            return std::make_pair(RemovalService(ctx.db).flaggedWithoutProposal(ctx.today),
                                  ctx.policy.flaggedWithoutProposalAlertDays);
        },
        [this](const std::pair<QList<FlaggedAlert>, int>& read, const QString& error) {
            m_flagged->setRows(read.first);
            const QString summary =
                error.isEmpty()
                    ? tr("%n flagged nominal(s) below the threshold for more than %1 days "
                         "with no removal proposal.",
                         nullptr, int(read.first.size()))
                          .arg(read.second)
                    : tr("Could not load the flagged nominals: %1").arg(error);
            m_flaggedSummary->setText(summary);
            m_flaggedSummary->setAccessibleName(summary);
            fitRegisterColumns(m_flaggedView);
            if (--m_loading == 0)
                emit reloaded();
        },
        DataWorker::Priority::Background);
}

void SignOffView::updateButtons()
{
    const bool pending = selectedRow(m_pendingView) >= 0;
    m_approve->setEnabled(pending);
    m_reject->setEnabled(pending);
    m_open->setEnabled(pending);
    m_propose->setEnabled(selectedRow(m_flaggedView) >= 0);
}

DecisionDialog* SignOffView::decideSelected(bool reject)
{
    const PendingProposal* p = m_pending->proposal(selectedRow(m_pendingView));
    if (!p)
        return nullptr;
    auto* dialog =
        new DecisionDialog(m_session, p->request.nominalId, p->request.reference, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DecisionDialog::loaded, dialog, [dialog, reject] {
        if (reject)
            dialog->focusReject();
        else
            dialog->focusApprove();
    });
    MainWindow* window = &m_window;
    QPointer<SignOffView> self(this);
    connect(dialog, &DecisionDialog::approvedAndErased, window,
            [window, self](const QString& reference, const QStringList& problems,
                           const QStringList& forReview) {
                QString text =
                    problems.isEmpty()
                        ? tr("The removal of %1 is approved and signed. The person has been "
                             "erased; the erasure register keeps the reference and the signed "
                             "decision.")
                              .arg(reference)
                        : tr("The removal of %1 is approved and signed. Its erasure is pending.")
                              .arg(reference);
                if (!problems.isEmpty())
                    text += QStringLiteral("\n\n") + problems.join(QLatin1Char('\n'));
                if (!forReview.isEmpty())
                    text += QStringLiteral("\n\n") +
                            tr("Other nominals' intelligence mentions the erased person. It was "
                               "not changed; edit it in review:") +
                            QStringLiteral("\n") + forReview.join(QLatin1Char('\n'));
                window->dialogs().information(window, tr("Removal approved"), text);
                window->refreshData();
                if (self)
                    self->reload();
            });
    connect(dialog, &DecisionDialog::rejectedWithNote, window,
            [window, self](const QString& reference) {
                window->statusBar()->showMessage(
                    tr("The proposal for %1 was rejected and sent back to the proposer.")
                        .arg(reference),
                    8000);
                window->refreshData();
                if (self)
                    self->reload();
            });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

void SignOffView::openSelected()
{
    const PendingProposal* p = m_pending->proposal(selectedRow(m_pendingView));
    if (p)
        m_window.showNominal(p->request.nominalId, p->request.reference);
}

void SignOffView::proposeForFlagged()
{
    const FlaggedAlert* a = m_flagged->alert(selectedRow(m_flaggedView));
    if (!a)
        return;
    auto* dialog = new ProposeDialog(m_session, a->nominalId, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    MainWindow* window = &m_window;
    QPointer<SignOffView> self(this);
    connect(dialog, &ProposeDialog::proposed, window, [window, self](const QString& reference) {
        window->statusBar()->showMessage(
            tr("Removal of %1 proposed; it waits for a supervisor.").arg(reference), 8000);
        window->refreshData();
        if (self)
            self->reload();
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void SignOffView::clearPersonalData()
{
    dropPendingLoads();
    m_loading = 0;
    m_pending->setRows({});
    m_flagged->setRows({});
    m_pendingSummary->clear();
    m_pendingSummary->setAccessibleName(QString());
    m_flaggedSummary->clear();
    m_flaggedSummary->setAccessibleName(QString());
    updateButtons();
}

QString SignOffView::statusText() const
{
    return tr("%n proposal(s) waiting for a supervisor.", nullptr, m_pending->rowCount());
}

} // namespace corroborate::ui
