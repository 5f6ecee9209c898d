#include "SignOffView.h"

#include "DecisionDialog.h"
#include "ProposeDialog.h"
#include "SignOffModels.h"
#include "core/Dialogs.h"
#include "core/Error.h"
#include "data/DataWorker.h"
#include "data/Session.h"
#include "main/Extensions.h"
#include "main/MainWindow.h"
#include "store/NominalRepository.h"
#include "widgets/ViewParts.h"
#include "workflow/ErasureService.h"
#include "workflow/RemovalService.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

namespace corroborate::ui {

namespace {

// Columns as wide as their content, but none wider than a third of the view, so the last
// (the reasons in words) stays readable beside the details panel.
void fitColumns(QTableView* view)
{
    view->resizeColumnsToContents();
    const int cap = std::max(160, view->viewport()->width() / 3);
    for (int c = 0; c + 1 < view->model()->columnCount(); ++c)
        if (view->columnWidth(c) > cap)
            view->setColumnWidth(c, cap);
}

int selectedRow(QTableView* view)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        return rows.first().row();
    const QModelIndex current = view->currentIndex();
    return current.isValid() && view->selectionModel()->isRowSelected(current.row()) ? current.row()
                                                                                     : -1;
}

struct SignOffData
{
    QList<PendingProposal> pending;
    QList<FlaggedAlert> flagged;
    int pendingDays = 0;
    int flaggedDays = 0;
    QString error;
};

} // namespace

// --- SignOffView ----------------------------------------------------------------------------

SignOffView::SignOffView(MainWindow& window, Session& session, QWidget* parent)
    : QWidget(parent)
    , m_window(window)
    , m_session(session)
    , m_sink(std::make_shared<ResultSink>(this))
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

SignOffView::~SignOffView()
{
    m_sink->detach();
}

void SignOffView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void SignOffView::reload()
{
    const quint64 request = ++m_request;
    m_loading = 2;
    auto sink = m_sink;
    // The pending list is small and quick; the flagged list is one pass over every nominal,
    // so it runs as a background job after it.
    m_session.worker().submit([this, sink, request](WorkerContext& ctx) {
        auto data = std::make_shared<SignOffData>();
        try {
            data->pending = RemovalService(ctx.db).pending(ctx.today);
        } catch (const Error& e) {
            data->error = e.message();
        }
        data->pendingDays = ctx.policy.proposalPendingAlertDays;
        sink->deliver([this, data, request] {
            if (request != m_request)
                return;
            m_pending->setRows(data->pending);
            const int overdue = m_pending->overdueCount();
            QString summary = data->error.isEmpty()
                                  ? tr("%n proposal(s) waiting for a supervisor.", nullptr,
                                       int(data->pending.size()))
                                  : tr("Could not load the proposals: %1").arg(data->error);
            if (overdue > 0)
                summary += QLatin1Char(' ') +
                           tr("%n waiting for more than %1 days (highlighted, marked “overdue”).",
                              nullptr, overdue)
                               .arg(data->pendingDays);
            m_pendingSummary->setText(summary);
            m_pendingSummary->setAccessibleName(summary);
            fitColumns(m_pendingView);
            if (m_pending->rowCount() > 0 && selectedRow(m_pendingView) < 0)
                m_pendingView->selectRow(0);
            if (--m_loading == 0)
                emit reloaded();
        });
    });
    m_session.worker().submit(
        [this, sink, request](WorkerContext& ctx) {
            auto data = std::make_shared<SignOffData>();
            try {
                data->flagged = RemovalService(ctx.db).flaggedWithoutProposal(ctx.today);
            } catch (const Error& e) {
                data->error = e.message();
            }
            data->flaggedDays = ctx.policy.flaggedWithoutProposalAlertDays;
            sink->deliver([this, data, request] {
                if (request != m_request)
                    return;
                m_flagged->setRows(data->flagged);
                const QString summary =
                    data->error.isEmpty()
                        ? tr("%n flagged nominal(s) below the threshold for more than %1 days "
                             "with no removal proposal.",
                             nullptr, int(data->flagged.size()))
                              .arg(data->flaggedDays)
                        : tr("Could not load the flagged nominals: %1").arg(data->error);
                m_flaggedSummary->setText(summary);
                m_flaggedSummary->setAccessibleName(summary);
                fitColumns(m_flaggedView);
                if (--m_loading == 0)
                    emit reloaded();
            });
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

// --- ErasureRegisterView --------------------------------------------------------------------

ErasureRegisterView::ErasureRegisterView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_sink(std::make_shared<ResultSink>(this))
    , m_model(new ErasureRegisterModel(this))
{
    setObjectName(QStringLiteral("erasureRegisterView"));
    setAccessibleName(tr("Erasure register"));
    auto* title = makeHeading(tr("&Erasure register"), this);
    m_view = makeRegisterTable(m_model, QStringLiteral("erasureRegisterTable"),
                               tr("Erasure register"), this);
    title->setBuddy(m_view);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("erasureRegisterSummary"));
    m_summary->setWordWrap(true);
    auto* disclosuresLabel = new QLabel(tr("Earlier &disclosures of the selected entry"), this);
    m_disclosures = new QTextBrowser(this);
    m_disclosures->setObjectName(QStringLiteral("erasureDisclosures"));
    m_disclosures->setAccessibleName(tr("Earlier disclosures of the selected entry"));
    m_disclosures->setMaximumHeight(m_disclosures->fontMetrics().lineSpacing() * 9);
    disclosuresLabel->setBuddy(m_disclosures);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(disclosuresLabel);
    layout->addWidget(m_disclosures);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ErasureRegisterView::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ErasureRegisterView::showSelected);
}

ErasureRegisterView::~ErasureRegisterView()
{
    m_sink->detach();
}

void ErasureRegisterView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void ErasureRegisterView::reload()
{
    const quint64 request = ++m_request;
    m_loading = true;
    auto sink = m_sink;
    m_session.worker().submit([this, sink, request](WorkerContext& ctx) {
        auto rows = std::make_shared<QList<ErasureRegisterEntry>>();
        auto error = std::make_shared<QString>();
        try {
            *rows = ErasureService(ctx.db).registerEntries();
        } catch (const Error& e) {
            *error = e.message();
        }
        sink->deliver([this, rows, error, request] {
            if (request != m_request)
                return;
            m_model->setRows(*rows);
            int invalid = 0;
            for (const ErasureRegisterEntry& e : std::as_const(*rows))
                invalid += e.signatureProblem.isEmpty() ? 0 : 1;
            QString summary =
                error->isEmpty()
                    ? tr("%n nominal(s) erased. Each entry keeps the reference, the dates, the "
                         "reason, who proposed and who approved, and the signed decision — "
                         "nothing about the person.",
                         nullptr, int(rows->size()))
                    : tr("Could not read the register: %1").arg(*error);
            if (invalid > 0)
                summary += QLatin1Char(' ') +
                           tr("%n signed decision(s) do NOT verify: run verify on the case file.",
                              nullptr, invalid);
            m_summary->setText(summary);
            m_summary->setAccessibleName(summary);
            fitColumns(m_view);
            if (m_model->rowCount() > 0)
                m_view->selectRow(0);
            m_loading = false;
            emit reloaded();
        });
    });
}

void ErasureRegisterView::showSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const ErasureRegisterEntry* e = rows.isEmpty() ? nullptr : m_model->entry(rows.first().row());
    if (!e) {
        m_disclosures->setPlainText(tr("Select an entry to see the disclosures made before "
                                       "the erasure."));
        return;
    }
    QString h = QStringLiteral("<p>");
    if (!e->signatureProblem.isEmpty())
        h +=
            QStringLiteral("<b>") +
            tr("The signed decision does not verify: %1").arg(e->signatureProblem).toHtmlEscaped() +
            QStringLiteral("</b><br>");
    if (e->disclosures.isEmpty()) {
        h += tr("%1 was not included in any export or pack before the erasure.")
                 .arg(e->record.reference)
                 .toHtmlEscaped() +
             QStringLiteral("</p>");
    } else {
        h += tr("%1 was included in these disclosures. Ask each recipient to destroy what they "
                "hold (Data Protection Act 2018, s.48):")
                 .arg(e->record.reference)
                 .toHtmlEscaped() +
             QStringLiteral("</p><ul>");
        for (const Disclosure& d : e->disclosures) {
            QString line =
                tr("%1 — %2 to %3")
                    .arg(signOffDateTime(d.madeAt),
                         ErasureRegisterModel::disclosureKindText(d.kind),
                         d.recipient.isEmpty() ? tr("(no recipient recorded)") : d.recipient);
            if (!d.identifier.isEmpty())
                line += tr(" (%1)").arg(d.identifier);
            line += tr(", by %1").arg(d.madeBy);
            h += QStringLiteral("<li>") + line.toHtmlEscaped() + QStringLiteral("</li>");
        }
        h += QStringLiteral("</ul>");
    }
    m_disclosures->setHtml(h);
}

// --- Registration ---------------------------------------------------------------------------

namespace {

bool isSupervisor(const Session& s)
{
    return s.user().roles.has(Role::Supervisor);
}

void proposeRemoval(MainWindow& window)
{
    Session* session = window.session();
    if (!session || window.isLocked())
        return;
    const qint64 id = window.currentNominalId();
    if (id <= 0) {
        window.dialogs().information(&window, QObject::tr("Propose removal"),
                                     QObject::tr("Select a nominal in a list first."));
        return;
    }
    auto* dialog = new ProposeDialog(*session, id, &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    MainWindow* w = &window;
    QObject::connect(dialog, &ProposeDialog::proposed, w, [w](const QString& reference) {
        w->statusBar()->showMessage(
            QObject::tr("Removal of %1 proposed; it waits for a supervisor.").arg(reference), 8000);
        w->refreshData();
        if (auto* v = qobject_cast<SignOffView*>(w->view(QStringLiteral("signoff"))))
            v->reload();
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void withdrawProposal(MainWindow& window)
{
    Session* session = window.session();
    if (!session || window.isLocked())
        return;
    const qint64 id = window.currentNominalId();
    const QString title = QObject::tr("Withdraw removal proposal");
    if (id <= 0) {
        window.dialogs().information(&window, title,
                                     QObject::tr("Select a nominal in a list first."));
        return;
    }
    try {
        // Two small reads of one row each, as a dialog does on the window's connection.
        const std::optional<Nominal> n = NominalRepository(session->db()).findById(id);
        if (!n)
            return;
        RemovalService removals(session->db());
        const std::optional<RemovalRequest> pending = removals.pendingFor(n->reference);
        if (!pending) {
            window.dialogs().information(
                &window, title,
                QObject::tr("%1 has no removal proposal waiting.").arg(n->reference));
            return;
        }
        if (!window.dialogs().question(
                &window, title,
                QObject::tr("Withdraw your proposal to remove %1 (%2)?")
                    .arg(n->reference, RemovalService::reasonText(pending->reasonCode))))
            return;
        removals.withdraw(session->user(), n->reference);
        window.statusBar()->showMessage(
            QObject::tr("The proposal to remove %1 was withdrawn.").arg(n->reference), 8000);
        window.refreshData();
        if (auto* v = qobject_cast<SignOffView*>(window.view(QStringLiteral("signoff"))))
            v->reload();
    } catch (const Error& e) {
        window.dialogs().warning(&window, title, e.message());
    }
}

void addSignOffViews(MainWindow& window)
{
    window.addView({QStringLiteral("signoff"), [] { return SignOffView::tr("Awaiting sign-off"); },
                    QStringLiteral(":/icons/signoff-queue.svg"), QKeySequence(Qt::CTRL | Qt::Key_5),
                    40, &isSupervisor,
                    [](MainWindow& w, Session& s, QWidget* parent) -> QWidget* {
                        return new SignOffView(w, s, parent);
                    }});
    window.addView(
        {QStringLiteral("erasures"), [] { return ErasureRegisterView::tr("Erasure register"); },
         QStringLiteral(":/icons/erasure-register.svg"), QKeySequence(Qt::CTRL | Qt::Key_6), 95,
         [](const Session& s) {
             return s.user().roles.has(Role::Supervisor) || s.user().roles.has(Role::Administrator);
         },
         [](MainWindow&, Session& s, QWidget* parent) -> QWidget* {
             return new ErasureRegisterView(s, parent);
         }});

    auto* propose = new QAction(QIcon(QStringLiteral(":/icons/signoff-propose.svg")),
                                SignOffView::tr("Propose &removal…"), &window);
    propose->setObjectName(QStringLiteral("actionProposeRemoval"));
    propose->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    propose->setStatusTip(SignOffView::tr("Propose removing the selected nominal from the list"));
    QObject::connect(propose, &QAction::triggered, &window, [&window] { proposeRemoval(window); });
    auto* withdraw = new QAction(SignOffView::tr("&Withdraw removal proposal"), &window);
    withdraw->setObjectName(QStringLiteral("actionWithdrawRemoval"));
    withdraw->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_X));
    withdraw->setStatusTip(SignOffView::tr("Withdraw your own removal proposal for the selected "
                                           "nominal"));
    QObject::connect(withdraw, &QAction::triggered, &window,
                     [&window] { withdrawProposal(window); });
    QMenu* menu = window.menu(MenuId::Nominal);
    menu->addSeparator();
    menu->addAction(propose);
    menu->addAction(withdraw);
    window.addAction(propose);
    window.addAction(withdraw);
    auto update = [&window, propose, withdraw] {
        const bool working = window.session() && !window.isLocked();
        propose->setEnabled(working);
        withdraw->setEnabled(working);
    };
    QObject::connect(&window, &MainWindow::sessionStarted, propose, update);
    QObject::connect(&window, &MainWindow::sessionEnded, propose, update);
    QObject::connect(&window, &MainWindow::locked, propose, update);
    QObject::connect(&window, &MainWindow::unlocked, propose, update);
    update();
}

} // namespace

CORROBORATE_WINDOW_EXTENSION(addSignOffViews);

} // namespace corroborate::ui
