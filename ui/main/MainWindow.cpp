#include "MainWindow.h"

#include "CommandController.h"
#include "DetailsPanel.h"
#include "Workspace.h"
#include "WorkspaceView.h"
#include "core/Clipboard.h"
#include "core/Dialogs.h"
#include "core/Error.h"
#include "core/FormDraft.h"
#include "core/InactivityTimer.h"
#include "core/ScreenLockWatcher.h"
#include "core/Time.h"
#include "data/Session.h"
#include "data/StatusScanner.h"
#include "edit/EditFlows.h"
#include "lock/LockController.h"
#include "lock/LockPage.h"
#include "open/OpenFlow.h"
#include "review/ReviewController.h"
#include "review/ReviewView.h"
#include "widgets/Banner.h"
#include "widgets/PasswordFields.h"
#include "workflow/DraftService.h"
#include "workflow/ProtectiveMarking.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace corroborate::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_dialogs(std::make_unique<Dialogs>())
    , m_clock(std::make_shared<Clock>())
    , m_inactivity(new InactivityTimer(m_clock, this))
    , m_screenLock(new ScreenLockWatcher(this))
    , m_clipboard(new Clipboard(this))
    , m_scanFunction(&scanStatuses)
{
    setObjectName(QStringLiteral("mainWindow"));
    PasswordFields::install(); // show-password toggle and Caps Lock warning on every field
    setWindowIcon(QIcon(QStringLiteral(":/icons/uk.police.corroborate.Corroborate.svg")));
    resize(1280, 800);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_markingBanner = new Banner(Banner::Kind::Marking, central);
    m_syntheticBanner = new Banner(Banner::Kind::Synthetic, central);
    m_markingBanner->hide();
    m_syntheticBanner->hide();
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    layout->addWidget(m_markingBanner);
    layout->addWidget(m_syntheticBanner);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_open = new OpenFlow(m_pages, m_dialogs.get(), this);
    m_open->setGoBack([this] { return returnToFile(); });
    connect(m_open, &OpenFlow::signedIn, this, [this] {
        if (std::unique_ptr<Session> session = m_open->takeSession())
            onSignedIn(std::move(session));
    });
    // The synthetic banner from the moment the file is open, sign-in page included.
    connect(m_open, &OpenFlow::fileOpened, m_syntheticBanner, &QWidget::setVisible);
    connect(m_open, &OpenFlow::fileClosed, m_syntheticBanner, &QWidget::hide);

    m_workspace = new Workspace(*this, statusBar(), m_pages);
    m_pages->addWidget(m_workspace);
    connect(m_workspace, &Workspace::viewChosen, this, &MainWindow::showView);

    m_lockPage = new LockPage(m_pages);
    m_pages->addWidget(m_lockPage);
    m_lock = new LockController(*this, m_lockPage, this);
    m_reviews = new ReviewController(*this, this);
    m_commands = new CommandController([this] { return commandState(); }, this);

    // Proposals made in another copy show up without anyone refreshing.
    auto* waitingPoll = new QTimer(this);
    waitingPoll->setInterval(60 * 1000);
    connect(waitingPoll, &QTimer::timeout, this, [this] {
        if (m_session && !m_locked)
            m_workspace->updateWaiting(m_session.get());
    });
    waitingPoll->start();

    createMenus();
    createFileCommands();
    createNominalCommands();
    createReviewCommands();
    createViewCommands();
    createToolsCommands();
    registerBuiltInViews();
    addWindowExtensions(*this);
    connect(m_pages, &QStackedWidget::currentChanged, this, [this] { updateCommands(); });
    updateCommands();
    updateTitle();
    m_open->showWelcome();
}

MainWindow::~MainWindow()
{
    m_clipboard->clearIfOurs();
    teardownWorkspace();
    m_session.reset();
}

void MainWindow::setDialogs(std::unique_ptr<Dialogs> dialogs)
{
    m_dialogs = std::move(dialogs);
    m_open->setDialogs(m_dialogs.get());
}

void MainWindow::setClock(std::shared_ptr<Clock> clock)
{
    m_clock = std::move(clock);
    m_inactivity->setClock(m_clock);
}

void MainWindow::setStatusScanFunction(StatusScanFunction function)
{
    m_scanFunction = std::move(function);
    if (StatusScanner* scanner = m_workspace->scanner())
        scanner->setScanFunction(m_scanFunction);
}

ReviewView* MainWindow::reviewView() const
{
    return m_reviews->view();
}

DetailsPanel* MainWindow::detailsPanel() const
{
    return m_workspace->details();
}

StatusScanner* MainWindow::statusScanner() const
{
    return m_workspace->scanner();
}

QWidget* MainWindow::view(const QString& id) const
{
    return m_workspace->view(id);
}

QMenu* MainWindow::menu(MenuId id) const
{
    return m_menus.value(id);
}

void MainWindow::addCommand(QAction* action, Needs needs, std::function<bool()> when)
{
    addAction(action);
    m_commands->add({action, needs, std::move(when)});
}

CommandState MainWindow::commandState() const
{
    CommandState s;
    s.fileOpen = m_session != nullptr;
    s.locked = m_locked;
    // Not while another file's passphrase or sign-in page is on show.
    s.working = s.fileOpen && !m_locked && m_pages->currentWidget() == m_workspace;
    s.reviewOnScreen = s.working && m_workspace->reviewOnScreen();
    s.reviewInProgress = m_reviews->view() != nullptr;
    s.nominal = s.working && currentNominalId() > 0;
    const WorkspaceView* view = m_workspace->currentView();
    s.nominalList = view && view->listsNominals();
    s.auditReader = m_session && m_session->canSeeAuditLog();
    s.administrator = m_session && m_session->user().roles.has(Role::Administrator);
    return s;
}

void MainWindow::updateCommands()
{
    m_commands->update();
}

void MainWindow::lock()
{
    m_lock->lock();
}

void MainWindow::onSignedIn(std::unique_ptr<Session> session)
{
    if (m_session) {
        // Another file was chosen and signed into: only now does the one before close.
        endSession();
        emit sessionEnded();
    }
    m_session = std::move(session);
    m_open->setCurrentFile(m_session->path());
    connect(&m_session->worker(), &DataWorker::failed, this, [this](const QString& message) {
        m_dialogs->warning(this, tr("Cannot read the case file"), message);
    });
    if (m_session->worker().isFinished() && !m_session->worker().isReady())
        m_dialogs->warning(this, tr("Cannot read the case file"),
                           tr("The lists could not open their own connection to the file. Close "
                              "it and open it again."));
    m_locked = false;
    m_restore = {};
    m_restore.view = QStringLiteral("due");
    buildWorkspace();
    m_lock->applyAutoLock();
    updateTitle();
    emit sessionStarted();
    // Work left unsaved when the app last stopped (a crash, a close during an edit).
    restoreDrafts(true);
    // Offer to carry on a paused review.
    if (m_reviews->hasPaused())
        m_workspace->setScanText(tr("You have a paused review: Review ▸ Resume (Ctrl+Alt+R)."));
}

void MainWindow::buildWorkspace()
{
    if (!m_session)
        return;
    m_workspace->build(*m_session, m_scanFunction);
    m_pages->setCurrentWidget(m_workspace);
    m_markingBanner->setText(ProtectiveMarking::of(m_session->file()));
    m_markingBanner->show();
    m_syntheticBanner->setVisible(m_session->isSynthetic());
    m_workspace->setUserText(tr("Signed in as %1 (%2)")
                                 .arg(m_session->user().displayName.isEmpty()
                                          ? m_session->username()
                                          : m_session->user().displayName,
                                      m_session->user().roles.labels()));
    m_workspace->scanner()->rescan();
    m_workspace->updateWaiting(m_session.get());

    if (m_restore.reviewSession > 0)
        m_reviews->open(m_restore.reviewSession, m_restore.reviewStep);
    else
        showView(m_workspace->view(m_restore.view) ? m_restore.view : QStringLiteral("due"));
    if (m_restore.nominal > 0) {
        m_restoredId = m_restore.nominal;
        if (WorkspaceView* view = m_workspace->currentView())
            view->selectNominal(m_restore.nominal);
        m_workspace->details()->showNominal(m_restore.nominal, QString());
        m_workspace->setDetailsOwner(currentViewId());
    }
    m_workspace->updateDetailsVisibility();
    updateCommands();
    updateStatus();
    emit workspaceBuilt();
}

void MainWindow::teardownWorkspace()
{
    m_workspace->teardown(m_session.get());
}

void MainWindow::refreshData()
{
    if (!m_session || m_locked)
        return;
    try {
        m_session->reloadPolicy();
    } catch (const Error& e) {
        statusBar()->showMessage(e.message(), 8000);
    }
    if (StatusScanner* scanner = m_workspace->scanner())
        scanner->rescan();
    // Every view the same way, the built-in ones and those of extensions.
    for (QWidget* w : m_workspace->views())
        if (WorkspaceView* view = Workspace::asView(w))
            view->refresh();
    if (DetailsPanel* details = m_workspace->details())
        details->reload();
    m_workspace->updateWaiting(m_session.get());
}

void MainWindow::updateTitle()
{
    if (!m_session) {
        setWindowTitle(tr("Corroborate"));
        return;
    }
    QString title =
        QFileInfo(m_session->path()).fileName() + QStringLiteral(" — ") + tr("Corroborate");
    if (m_session->isSynthetic())
        title += QStringLiteral(" ") + tr("[synthetic data]");
    if (m_locked)
        title += QStringLiteral(" ") + tr("[locked]");
    setWindowTitle(title);
}

void MainWindow::updateStatus()
{
    m_workspace->updateStatus(!m_locked && m_session);
}

void MainWindow::keepDrafts()
{
    if (!m_session)
        return;
    QList<DraftRecord> drafts;
    if (std::optional<DraftRecord> review = m_reviews->draft())
        drafts << *review;
    for (QDialog* dialog : findChildren<QDialog*>()) {
        const QString kind = dialog->property(EditFlows::kDraftKind).toString();
        if (kind.isEmpty() || !dialog->isVisible())
            continue;
        drafts << DraftRecord{
            0,
            QString(),
            kind,
            dialog->property(EditFlows::kDraftNominal).toLongLong(),
            dialog->property(EditFlows::kDraftItem).toLongLong(),
            QString::fromUtf8(
                QJsonDocument(FormDraft::capture(dialog)).toJson(QJsonDocument::Compact)),
            QString()};
    }
    try {
        DraftService(m_session->db(), m_session->username()).keep(drafts);
    } catch (const Error& e) {
        statusBar()->showMessage(tr("Your unsaved work could not be kept: %1").arg(e.message()),
                                 8000);
    }
}

void MainWindow::restoreDrafts(bool askFirst)
{
    if (!m_session || m_locked)
        return;
    QList<DraftRecord> drafts;
    try {
        drafts = DraftService(m_session->db(), m_session->username()).mine();
    } catch (const Error&) {
        return;
    }
    if (drafts.isEmpty())
        return;
    if (askFirst &&
        !m_dialogs->question(
            this, tr("Unsaved work"),
            tr("Corroborate stopped on %1 before you saved some work (%2). Put it back as it "
               "was? Nothing of it counts until you save it.")
                .arg(Time::humanDateTime(drafts.first().savedAt),
                     drafts.first().kind == u"review" ? tr("a review decision") : tr("an edit")))) {
        DraftService(m_session->db(), m_session->username()).discardMine();
        return;
    }
    // Out of the file: the screen holds the work again (and keeps it again at the next lock).
    DraftService(m_session->db(), m_session->username()).discardMine();
    for (const DraftRecord& d : std::as_const(drafts)) {
        const QJsonObject payload = QJsonDocument::fromJson(d.payload.toUtf8()).object();
        if (d.kind == u"review")
            m_reviews->restoreDraft(payload);
        else // an edit dialog: opened again once the window has settled, as typed
            QTimer::singleShot(0, this, [this, d, payload] {
                restoreEditDraft(d.kind, d.nominalId, d.itemId, payload);
            });
    }
}

void MainWindow::closeModalDialogs()
{
    // Reject every dialog of ours, modal or not; nested dialog loops return with "rejected",
    // so nothing they were editing is saved.
    for (int guard = 0; guard < 20; ++guard) {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal)
            break;
        if (auto* dialog = qobject_cast<QDialog*>(modal))
            dialog->reject();
        else
            modal->close();
        if (QApplication::activeModalWidget() == modal)
            modal->hide();
    }
    for (QDialog* dialog : findChildren<QDialog*>())
        if (dialog->isVisible())
            dialog->reject();
}

} // namespace corroborate::ui
