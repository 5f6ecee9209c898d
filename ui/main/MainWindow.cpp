#include "MainWindow.h"

#include "AuditLogView.h"
#include "DetailsPanel.h"
#include "NominalListView.h"
#include "accessibility/Accessibility.h"
#include "accounts/Accounts.h"
#include "core/AppSettings.h"
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
#include "lock/LockPage.h"
#include "open/OpenFlow.h"
#include "open/OpenPages.h"
#include "review/ReviewView.h"
#include "settings/SettingsDialog.h"
#include "store/Database.h"
#include "widgets/Banner.h"
#include "widgets/PasswordFields.h"
#include "workflow/Consultation.h"
#include "workflow/DraftService.h"
#include "workflow/IdleLimit.h"
#include "workflow/Presence.h"
#include "workflow/ProtectiveMarking.h"
#include "workflow/RemovalService.h"
#include "workflow/ReviewService.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace corroborate::ui {

namespace {
constexpr int kMaxQueue = 100; // nominals in one review session started from the due queue
constexpr int kTitleRole = Qt::UserRole + 1; // a sidebar entry's title without its count

QAction* makeAction(QObject* parent, const QString& objectName, const QString& text,
                    const QKeySequence& shortcut, const QString& icon = {})
{
    auto* action = new QAction(text, parent);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    if (!icon.isEmpty())
        action->setIcon(QIcon(icon));
    return action;
}
} // namespace

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
    connect(m_open, &OpenFlow::signedIn, this, &MainWindow::onSignedIn);
    // The synthetic banner from the moment the file is open, sign-in page included.
    connect(m_open, &OpenFlow::fileOpened, m_syntheticBanner, &QWidget::setVisible);
    connect(m_open, &OpenFlow::fileClosed, m_syntheticBanner, &QWidget::hide);

    m_workspace = new QWidget(m_pages);
    m_workspace->setObjectName(QStringLiteral("workspace"));
    auto* workspaceLayout = new QVBoxLayout(m_workspace);
    workspaceLayout->setContentsMargins(6, 6, 6, 0);
    m_splitter = new QSplitter(Qt::Horizontal, m_workspace);
    m_splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_sidebar = new QListWidget(m_splitter);
    m_sidebar->setObjectName(QStringLiteral("viewList"));
    m_sidebar->setAccessibleName(tr("Views"));
    m_sidebar->setMinimumWidth(150);
    m_sidebar->setMaximumWidth(240);
    m_sidebar->setIconSize(QSize(20, 20));
    m_viewStack = new QStackedWidget(m_splitter);
    m_viewStack->setObjectName(QStringLiteral("viewStack"));
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_viewStack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    workspaceLayout->addWidget(m_splitter);
    m_pages->addWidget(m_workspace);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || !m_sidebar->item(row))
            return;
        showView(m_sidebar->item(row)->data(Qt::UserRole).toString());
    });

    m_lockPage = new LockPage(m_pages);
    m_pages->addWidget(m_lockPage);
    connect(m_lockPage, &LockPage::unlockRequested, this, &MainWindow::onUnlock);
    connect(m_lockPage, &LockPage::closeRequested, this, &MainWindow::closeFile);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_scanLabel = new QLabel(this);
    m_scanLabel->setObjectName(QStringLiteral("scanLabel"));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addWidget(m_countLabel, 1);
    m_waitingLabel = new QLabel(this);
    m_waitingLabel->setObjectName(QStringLiteral("waitingLabel"));
    m_waitingLabel->setAccessibleName(tr("What waits for you"));
    m_waitingLabel->hide();
    statusBar()->addPermanentWidget(m_waitingLabel);
    statusBar()->addPermanentWidget(m_scanLabel);
    // Proposals made in another copy show up without anyone refreshing.
    auto* waitingPoll = new QTimer(this);
    waitingPoll->setInterval(60 * 1000);
    connect(waitingPoll, &QTimer::timeout, this, [this] {
        if (m_session && !m_locked)
            updateWaiting();
    });
    waitingPoll->start();
    statusBar()->addPermanentWidget(m_userLabel);

    connect(m_inactivity, &InactivityTimer::idle, this, &MainWindow::lock);
    connect(m_screenLock, &ScreenLockWatcher::screenLocked, this, &MainWindow::lock);

    createActions();
    registerBuiltInViews();
    for (WindowExtension extension : windowExtensions())
        extension(*this);
    connect(m_pages, &QStackedWidget::currentChanged, this, [this] { updateActions(); });
    updateActions();
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
    if (m_scanner)
        m_scanner->setScanFunction(m_scanFunction);
}

ReviewView* MainWindow::reviewView() const
{
    return m_review.data();
}

QMenu* MainWindow::menu(MenuId id) const
{
    return m_menus.value(id);
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QMenu* nominal = menuBar()->addMenu(tr("&Nominal"));
    QMenu* review = menuBar()->addMenu(tr("&Review"));
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    m_menus = {{MenuId::File, file}, {MenuId::Nominal, nominal}, {MenuId::Review, review},
               {MenuId::View, view}, {MenuId::Tools, tools},     {MenuId::Help, help}};
    file->setObjectName(QStringLiteral("menuFile"));
    nominal->setObjectName(QStringLiteral("menuNominal"));
    review->setObjectName(QStringLiteral("menuReview"));
    view->setObjectName(QStringLiteral("menuView"));
    tools->setObjectName(QStringLiteral("menuTools"));
    help->setObjectName(QStringLiteral("menuHelp"));

    m_actOpen = makeAction(this, QStringLiteral("actionOpen"), tr("&Open case file…"),
                           QKeySequence::Open, QStringLiteral(":/icons/open.svg"));
    m_actNew = makeAction(this, QStringLiteral("actionNew"), tr("&New case file…"),
                          QKeySequence::New, QStringLiteral(":/icons/new.svg"));
    m_actClose = makeAction(this, QStringLiteral("actionClose"), tr("&Close case file"),
                            QKeySequence(Qt::CTRL | Qt::Key_W));
    m_actLock = makeAction(this, QStringLiteral("actionLock"), tr("&Lock"),
                           QKeySequence(Qt::CTRL | Qt::Key_L), QStringLiteral(":/icons/lock.svg"));
    m_actQuit = makeAction(this, QStringLiteral("actionQuit"), tr("&Quit"),
                           QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_recentMenu = new QMenu(tr("Open &recent"), this);
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    file->addAction(m_actOpen);
    file->addMenu(m_recentMenu);
    file->addAction(m_actNew);
    file->addSeparator();
    file->addAction(m_actLock);
    file->addAction(m_actClose);
    file->addSeparator();
    file->addAction(m_actQuit);
    // The file open now stays open (and signed in) until another has been chosen and
    // signed into; Cancel anywhere on the way goes back to it unchanged.
    connect(m_actOpen, &QAction::triggered, m_open, &OpenFlow::chooseFile);
    connect(m_actNew, &QAction::triggered, m_open, &OpenFlow::chooseNewFile);
    connect(m_actClose, &QAction::triggered, this, &MainWindow::closeFile);
    connect(m_actLock, &QAction::triggered, this, &MainWindow::lock);
    connect(m_actQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);

    m_actNewNominal = makeAction(this, QStringLiteral("actionNewNominal"), tr("&New nominal…"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                                 QStringLiteral(":/icons/add.svg"));
    m_actEditNominal =
        makeAction(this, QStringLiteral("actionEditNominal"), tr("&Edit details…"),
                   QKeySequence(Qt::CTRL | Qt::Key_E), QStringLiteral(":/icons/edit.svg"));
    m_actAddIntelligence =
        makeAction(this, QStringLiteral("actionAddIntelligence"), tr("&Add intelligence…"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_actEditIntelligence = makeAction(this, QStringLiteral("actionEditIntelligence"),
                                       tr("&Correct intelligence item…"),
                                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_actCopyReference =
        makeAction(this, QStringLiteral("actionCopyReference"), tr("Copy &reference"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_actConsultationReason =
        makeAction(this, QStringLiteral("actionConsultationReason"),
                   tr("Change the reason for &looking…"), QKeySequence(Qt::CTRL | Qt::Key_J));
    nominal->addAction(m_actNewNominal);
    nominal->addAction(m_actEditNominal);
    nominal->addSeparator();
    nominal->addAction(m_actAddIntelligence);
    nominal->addAction(m_actEditIntelligence);
    nominal->addSeparator();
    nominal->addAction(m_actCopyReference);
    nominal->addAction(m_actConsultationReason);
    connect(m_actNewNominal, &QAction::triggered, this, &MainWindow::newNominal);
    connect(m_actEditNominal, &QAction::triggered, this, &MainWindow::editNominal);
    connect(m_actAddIntelligence, &QAction::triggered, this, &MainWindow::addIntelligence);
    connect(m_actEditIntelligence, &QAction::triggered, this, &MainWindow::editIntelligence);
    connect(m_actCopyReference, &QAction::triggered, this, [this] {
        if (NominalListView* list = currentListView(); list && !list->currentReference().isEmpty())
            m_clipboard->copy(list->currentReference());
    });
    connect(m_actConsultationReason, &QAction::triggered, this, [this] {
        if (!m_session)
            return;
        const QString before = m_session->consultationReason();
        m_session->setConsultationReason(QString());
        if (!askConsultationReason())
            m_session->setConsultationReason(before);
    });

    m_actStartReview = makeAction(
        this, QStringLiteral("actionStartReview"), tr("&Start a review of the due queue"),
        QKeySequence(Qt::CTRL | Qt::Key_R), QStringLiteral(":/icons/review.svg"));
    m_actReviewSelection = makeAction(this, QStringLiteral("actionReviewSelection"),
                                      tr("Review the &selected nominals"),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_actResumeReview =
        makeAction(this, QStringLiteral("actionResumeReview"), tr("&Resume a paused review"),
                   QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    review->addAction(m_actStartReview);
    review->addAction(m_actReviewSelection);
    review->addAction(m_actResumeReview);
    connect(m_actStartReview, &QAction::triggered, this, &MainWindow::startDueReview);
    connect(m_actReviewSelection, &QAction::triggered, this, &MainWindow::reviewSelection);
    connect(m_actResumeReview, &QAction::triggered, this, &MainWindow::resumeReview);

    m_actFind = makeAction(this, QStringLiteral("actionFind"), tr("&Find"), QKeySequence::Find,
                           QStringLiteral(":/icons/find.svg"));
    m_actRefresh =
        makeAction(this, QStringLiteral("actionRefresh"), tr("&Refresh"), QKeySequence::Refresh);
    view->addAction(m_actFind);
    view->addAction(m_actRefresh);
    view->addSeparator();
    connect(m_actFind, &QAction::triggered, this, [this] {
        if (auto* list = currentListView())
            list->focusSearch();
        else if (auto* audit = qobject_cast<AuditLogView*>(m_viewStack->currentWidget()))
            audit->focusSearch();
    });
    connect(m_actRefresh, &QAction::triggered, this, &MainWindow::refreshData);

    m_actSettings =
        makeAction(this, QStringLiteral("actionSettings"), tr("&Settings…"),
                   QKeySequence(Qt::CTRL | Qt::Key_Comma), QStringLiteral(":/icons/settings.svg"));
    tools->addAction(m_actSettings);
    connect(m_actSettings, &QAction::triggered, this, &MainWindow::showSettings);
    m_actAbout =
        makeAction(this, QStringLiteral("actionAbout"), tr("&About Corroborate"), QKeySequence());
    help->addAction(m_actAbout);
    connect(m_actAbout, &QAction::triggered, this, &MainWindow::showAbout);

    // Actions work wherever focus is in the window, menus or not.
    for (QAction* a : findChildren<QAction*>())
        addAction(a);
}

void MainWindow::registerBuiltInViews()
{
    const auto listView = [this](NominalListModel::Mode mode) {
        return [this, mode](MainWindow&, Session& session, QWidget* parent) -> QWidget* {
            auto* v = new NominalListView(mode, &session.worker(), parent);
            connect(v, &NominalListView::currentChanged, this,
                    [this](qint64 id, const QString& ref) { showNominal(id, ref); });
            connect(v, &NominalListView::activated, this, [this] {
                if (m_details)
                    m_details->setFocus();
            });
            connect(v, &NominalListView::countChanged, this, &MainWindow::updateStatus);
            if (mode != NominalListModel::Mode::All && m_scanner) {
                connect(m_scanner, &StatusScanner::finished, v,
                        [v](std::shared_ptr<const StatusScanResult> r) { v->model()->setScan(r); });
                connect(m_scanner, &StatusScanner::progress, v, &NominalListView::setScanProgress);
                if (m_scanner->latest())
                    v->model()->setScan(m_scanner->latest());
            }
            return v;
        };
    };
    addView({QStringLiteral("due"),
             [] { return tr("Due for review"); },
             QStringLiteral(":/icons/due.svg"),
             QKeySequence(Qt::CTRL | Qt::Key_1),
             10,
             {},
             listView(NominalListModel::Mode::DueForReview)});
    addView({QStringLiteral("below"),
             [] { return tr("Below threshold"); },
             QStringLiteral(":/icons/flagged.svg"),
             QKeySequence(Qt::CTRL | Qt::Key_2),
             20,
             {},
             listView(NominalListModel::Mode::BelowThreshold)});
    addView({QStringLiteral("all"),
             [] { return tr("All nominals"); },
             QStringLiteral(":/icons/all.svg"),
             QKeySequence(Qt::CTRL | Qt::Key_3),
             30,
             {},
             listView(NominalListModel::Mode::All)});
    addView({QStringLiteral("audit"), [] { return tr("Audit log"); },
             QStringLiteral(":/icons/audit.svg"), QKeySequence(Qt::CTRL | Qt::Key_4), 90,
             [](const Session& s) { return s.canSeeAuditLog(); },
             [this](MainWindow&, Session& session, QWidget* parent) -> QWidget* {
                 auto* v = new AuditLogView(&session.worker(), parent);
                 connect(v, &AuditLogView::countChanged, this, &MainWindow::updateStatus);
                 return v;
             }});
}

void MainWindow::addView(ViewSpec spec)
{
    auto* action = new QAction(spec.title(), this);
    action->setObjectName(QStringLiteral("actionView_") + spec.id);
    action->setShortcut(spec.shortcut);
    if (!spec.icon.isEmpty())
        action->setIcon(QIcon(spec.icon));
    const QString id = spec.id;
    connect(action, &QAction::triggered, this, [this, id] { showView(id); });
    addAction(action);
    m_menus.value(MenuId::View)->addAction(action);
    m_viewActions.insert(id, action);
    m_specs.append(std::move(spec));
    std::stable_sort(m_specs.begin(), m_specs.end(),
                     [](const ViewSpec& a, const ViewSpec& b) { return a.order < b.order; });
    if (m_session && !m_locked) {
        teardownWorkspace();
        buildWorkspace();
    }
    updateActions();
}

void MainWindow::onSignedIn(Session* session)
{
    if (m_session) {
        // Another file was chosen and signed into: only now does the one before close.
        endSession();
        emit sessionEnded();
    }
    m_session.reset(session);
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
    applyAutoLock();
    updateTitle();
    emit sessionStarted();
    // Work left unsaved when the app last stopped (a crash, a close during an edit).
    restoreDrafts(true);
    // Offer to carry on a paused review.
    if (!ReviewService(m_session->db(), m_session->username()).openSessions().isEmpty())
        m_scanLabel->setText(tr("You have a paused review: Review ▸ Resume (Ctrl+Alt+R)."));
}

void MainWindow::buildWorkspace()
{
    if (!m_session)
        return;
    m_scanner = new StatusScanner(&m_session->worker(), this);
    m_scanner->setScanFunction(m_scanFunction);
    connect(m_scanner, &StatusScanner::progress, this, [this](qint64 done, qint64 total) {
        m_scanLabel->setText(
            total > 0 && done < total ? tr("Evaluating %1%…").arg(done * 100 / total) : QString());
    });
    connect(m_scanner, &StatusScanner::finished, this,
            [this](std::shared_ptr<const StatusScanResult>) { updateWaiting(); });
    connect(m_scanner, &StatusScanner::finished, this,
            [this](std::shared_ptr<const StatusScanResult> r) {
                m_scanLabel->setText(
                    tr("%n below threshold", nullptr, static_cast<int>(r->flagged.size())) +
                    QStringLiteral(" · ") +
                    tr("%n due for review", nullptr, static_cast<int>(r->due.size())));
            });
    connect(m_scanner, &StatusScanner::failed, this, [this](const QString& message) {
        m_scanLabel->setText(tr("The threshold evaluation failed: %1").arg(message));
    });
    m_details = new DetailsPanel(*m_session, m_splitter);
    m_details->setMinimumWidth(320);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({140, 790, 350});
    connect(m_details, &DetailsPanel::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });

    m_sidebar->blockSignals(true);
    m_sidebar->clear();
    for (const ViewSpec& spec : std::as_const(m_specs)) {
        const bool available = !spec.available || spec.available(*m_session);
        if (!available || !spec.create)
            continue;
        QWidget* w = spec.create(*this, *m_session, m_viewStack);
        if (!w)
            continue;
        m_viewStack->addWidget(w);
        m_views.insert(spec.id, w);
        auto* item = new QListWidgetItem(QIcon(spec.icon), spec.title(), m_sidebar);
        item->setData(Qt::UserRole, spec.id);
        item->setData(kTitleRole, spec.title());
        item->setToolTip(spec.shortcut.toString(QKeySequence::NativeText));
    }
    m_sidebar->blockSignals(false);
    restoreLayout();
    m_pages->setCurrentWidget(m_workspace);
    m_markingBanner->setText(ProtectiveMarking::of(m_session->file()));
    m_markingBanner->show();
    m_syntheticBanner->setVisible(m_session->isSynthetic());
    m_userLabel->setText(tr("Signed in as %1 (%2)")
                             .arg(m_session->user().displayName.isEmpty()
                                      ? m_session->username()
                                      : m_session->user().displayName,
                                  m_session->user().roles.labels()));
    m_scanner->rescan();
    updateWaiting();

    if (m_restore.reviewSession > 0)
        openReview(m_restore.reviewSession, m_restore.reviewStep);
    else
        showView(m_views.contains(m_restore.view) ? m_restore.view : QStringLiteral("due"));
    if (m_restore.nominal > 0) {
        m_restoredId = m_restore.nominal;
        if (NominalListView* list = currentListView())
            list->selectId(m_restore.nominal);
        m_details->showNominal(m_restore.nominal, QString());
        m_detailsOwner = currentViewId();
    }
    updateDetailsVisibility();
    updateActions();
    updateStatus();
    emit workspaceBuilt();
}

void MainWindow::saveLayout()
{
    if (m_views.isEmpty())
        return;
    AppSettings::setLayoutState(m_splitter->objectName(), m_splitter->saveState());
    for (QWidget* w : std::as_const(m_views))
        for (QTableView* table : w->findChildren<QTableView*>())
            if (!table->objectName().isEmpty())
                AppSettings::setLayoutState(table->objectName(),
                                            table->horizontalHeader()->saveState());
}

void MainWindow::restoreLayout()
{
    const QByteArray splitter = AppSettings::layoutState(m_splitter->objectName());
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    for (QWidget* w : std::as_const(m_views))
        for (QTableView* table : w->findChildren<QTableView*>()) {
            const QByteArray state = AppSettings::layoutState(table->objectName());
            if (!table->objectName().isEmpty() && !state.isEmpty())
                table->horizontalHeader()->restoreState(state);
        }
}

void MainWindow::teardownWorkspace()
{
    saveLayout(); // the user's widths, for next time
    if (m_scanner) {
        m_scanner->cancel();
        delete m_scanner;
        m_scanner = nullptr;
    }
    if (m_review) {
        delete m_review.data();
        m_review = nullptr;
    }
    for (QWidget* w : std::as_const(m_views))
        delete w;
    m_views.clear();
    m_sidebar->blockSignals(true);
    m_sidebar->clear();
    m_sidebar->blockSignals(false);
    if (m_details) {
        delete m_details;
        m_details = nullptr;
    }
    if (m_session)
        m_session->worker().clearQueue();
    m_countLabel->clear();
    m_scanLabel->clear();
    m_waitingLabel->clear();
    m_waitingLabel->hide();
}

QString MainWindow::currentViewId() const
{
    QWidget* current = m_viewStack->currentWidget();
    if (current && current == m_review.data())
        return QStringLiteral("review");
    for (auto it = m_views.cbegin(); it != m_views.cend(); ++it)
        if (it.value() == current)
            return it.key();
    return {};
}

void MainWindow::showView(const QString& id)
{
    QWidget* w = id == u"review" ? static_cast<QWidget*>(m_review.data()) : m_views.value(id);
    if (!w || m_locked)
        return;
    m_viewStack->setCurrentWidget(w);
    for (int i = 0; i < m_sidebar->count(); ++i)
        if (m_sidebar->item(i)->data(Qt::UserRole).toString() == id) {
            m_sidebar->blockSignals(true);
            m_sidebar->setCurrentRow(i);
            m_sidebar->blockSignals(false);
        }
    updateDetailsVisibility();
    if (auto* list = qobject_cast<NominalListView*>(w))
        list->table()->setFocus();
    updateActions();
    updateStatus();
}

NominalListView* MainWindow::currentListView() const
{
    return qobject_cast<NominalListView*>(m_viewStack->currentWidget());
}

qint64 MainWindow::currentNominalId() const
{
    if (m_review && m_viewStack->currentWidget() == m_review.data())
        return m_review->currentNominalId();
    if (NominalListView* list = currentListView())
        return list->currentId();
    return 0;
}

bool MainWindow::askConsultationReason()
{
    if (!m_session)
        return false;
    if (!m_session->consultationReason().isEmpty())
        return true;
    const std::optional<QString> reason = m_dialogs->reason(
        this, tr("Why are you looking?"),
        tr("Looking at a person's record is logged with a reason. Choose or type the reason for "
           "this browsing; it is used until you change it (Nominal ▸ Change the reason for "
           "looking)."),
        ConsultationLog::browsingReasons());
    if (!reason || reason->trimmed().isEmpty())
        return false;
    m_session->setConsultationReason(*reason);
    return true;
}

void MainWindow::showNominal(qint64 id, const QString& reference)
{
    // Closing, quitting or locking never shows anyone (nor asks why).
    if (!m_session || !m_details || m_locked || m_tearingDown || id <= 0)
        return;
    if (id == m_restoredId) {
        // The list selecting again, after an unlock, the person already on screen before the
        // lock: nobody asked to look anew, so nothing more is logged.
        m_restoredId = 0;
        return;
    }
    m_restoredId = 0;
    if (!askConsultationReason()) {
        m_details->clear();
        return;
    }
    const QString reason = m_session->consultationReason();
    m_details->showNominal(id, m_session->markConsulted(reference, reason) ? reason : QString());
    m_detailsOwner = currentViewId();
    updateDetailsVisibility();
    updateActions();
}

void MainWindow::updateDetailsVisibility()
{
    // The details panel takes room only where it shows someone, for the view that asked:
    // otherwise it folds away and the view gets the whole width.
    if (!m_details)
        return;
    const QString view = currentViewId();
    m_details->setVisible(view != u"review" && m_details->nominalId() > 0 &&
                          view == m_detailsOwner);
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
    if (m_scanner)
        m_scanner->rescan();
    for (QWidget* w : std::as_const(m_views)) {
        if (auto* list = qobject_cast<NominalListView*>(w)) {
            if (list->model()->mode() == NominalListModel::Mode::All)
                list->model()->refresh();
        } else if (auto* audit = qobject_cast<AuditLogView*>(w)) {
            audit->model()->refresh();
        }
    }
    if (m_details)
        m_details->reload();
    updateWaiting();
}

void MainWindow::updateWaiting()
{
    if (!m_session || m_locked) {
        m_waitingLabel->clear();
        m_waitingLabel->hide();
        return;
    }
    // Removals another officer proposed, for a supervisor to sign off; reviews overdue.
    int signOffs = -1;
    if (m_session->user().roles.has(Role::Supervisor)) {
        signOffs = 0;
        try {
            for (const PendingProposal& p : RemovalService(m_session->db()).pending(Time::today()))
                if (p.request.proposer != m_session->username())
                    ++signOffs;
        } catch (const Error&) {
            signOffs = -1;
        }
    }
    // Reviews due: the Due for review list's own count, so the two never disagree.
    const int overdue =
        m_scanner && m_scanner->latest() ? static_cast<int>(m_scanner->latest()->due.size()) : -1;
    for (int i = 0; i < m_sidebar->count(); ++i) {
        QListWidgetItem* item = m_sidebar->item(i);
        const QString id = item->data(Qt::UserRole).toString();
        const QString title = item->data(kTitleRole).toString();
        const int n = id == u"signoff" ? signOffs : id == u"due" ? overdue : -1;
        if (title.isEmpty())
            continue;
        item->setText(n > 0 ? tr("%1 (%2)").arg(title).arg(n) : title);
        item->setToolTip(id == u"signoff" && n > 0
                             ? tr("%n removal(s) await your sign-off", nullptr, n)
                         : id == u"due" && n > 0 ? tr("%n review(s) due or overdue", nullptr, n)
                                                 : QString());
    }
    // Wide enough for every entry with its count (never cut), within the sidebar's limits.
    m_sidebar->setMinimumWidth(
        std::clamp(m_sidebar->sizeHintForColumn(0) + 2 * m_sidebar->frameWidth() + 8, 150,
                   m_sidebar->maximumWidth()));
    QStringList parts;
    if (signOffs > 0)
        parts << tr("%n removal(s) await your sign-off", nullptr, signOffs);
    if (overdue > 0)
        parts << tr("%n review(s) due or overdue", nullptr, overdue);
    m_waitingLabel->setText(parts.join(QStringLiteral(" · ")));
    m_waitingLabel->setVisible(!parts.isEmpty());
    // A desktop notification when more wait than before (and at sign-in), where there is one.
    if (signOffs > m_notifiedSignOffs && signOffs > 0 && QSystemTrayIcon::isSystemTrayAvailable() &&
        QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->setObjectName(QStringLiteral("notificationIcon"));
        }
        m_tray->show();
        m_tray->showMessage(tr("Corroborate"),
                            tr("%n removal(s) await your sign-off", nullptr, signOffs),
                            QSystemTrayIcon::Information, 10000);
    }
    if (signOffs >= 0)
        m_notifiedSignOffs = signOffs;
}

void MainWindow::updateActions()
{
    const bool open = m_session != nullptr;
    // Not while another file's passphrase or sign-in page is on show.
    const bool working = open && !m_locked && m_pages->currentWidget() == m_workspace;
    const bool reviewing = working && m_review && m_viewStack->currentWidget() == m_review.data();
    const bool haveNominal = working && currentNominalId() > 0;
    m_actClose->setEnabled(open);
    m_actLock->setEnabled(working);
    m_actOpen->setEnabled(!m_locked);
    m_actNew->setEnabled(!m_locked);
    m_recentMenu->setEnabled(!m_locked);
    m_actNewNominal->setEnabled(working && !reviewing);
    m_actEditNominal->setEnabled(haveNominal);
    m_actAddIntelligence->setEnabled(haveNominal);
    m_actEditIntelligence->setEnabled(haveNominal && !reviewing);
    m_actCopyReference->setEnabled(haveNominal && !reviewing);
    m_actConsultationReason->setEnabled(working);
    m_actStartReview->setEnabled(working && !m_review);
    m_actReviewSelection->setEnabled(working && !m_review && currentListView());
    m_actResumeReview->setEnabled(working && !m_review);
    m_actFind->setEnabled(working);
    m_actRefresh->setEnabled(working);
    for (auto it = m_viewActions.cbegin(); it != m_viewActions.cend(); ++it)
        it.value()->setEnabled(working && m_views.contains(it.key()));
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
    QWidget* w = m_viewStack->currentWidget();
    if (m_locked || !m_session || !w) {
        m_countLabel->clear();
        return;
    }
    if (auto* list = qobject_cast<NominalListView*>(w))
        m_countLabel->setText(list->countText());
    else if (auto* audit = qobject_cast<AuditLogView*>(w))
        m_countLabel->setText(audit->countText());
    else if (m_review && w == m_review.data())
        m_countLabel->setText(tr("Reviewing %1").arg(m_review->progressText()));
    else
        m_countLabel->clear();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings::recentFiles();
    int n = 0;
    for (const QString& path : files) {
        ++n;
        QAction* a = m_recentMenu->addAction((n < 10 ? QStringLiteral("&%1 ").arg(n) : QString()) +
                                             QFileInfo(path).fileName());
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("&Clear the list")), &QAction::triggered, this, [this] {
        AppSettings::clearRecentFiles();
        m_open->welcomePage()->refreshRecent();
    });
}

void MainWindow::openFile(const QString& path)
{
    m_open->openPath(path);
}

bool MainWindow::returnToFile()
{
    if (!m_session)
        return false;
    m_pages->setCurrentWidget(m_locked ? static_cast<QWidget*>(m_lockPage) : m_workspace);
    m_syntheticBanner->setVisible(m_session->isSynthetic());
    updateActions();
    return true;
}

void MainWindow::endSession()
{
    m_tearingDown = true;
    if (!m_locked)
        keepDrafts(); // offered back at the next sign-in
    closeModalDialogs();
    if (m_review && !m_locked)
        m_review->pause();
    m_clipboard->clearIfOurs();
    teardownWorkspace();
    try {
        Presence::closed(m_session->file());
    } catch (const Error&) {
    }
    m_session.reset();
    m_open->setCurrentFile(QString());
    m_notifiedSignOffs = 0;
    m_tearingDown = false;
}

void MainWindow::closeFile()
{
    if (!m_session)
        return;
    endSession();
    m_locked = false;
    m_restore = {};
    m_inactivity->setActive(false);
    m_markingBanner->hide();
    m_syntheticBanner->hide();
    m_userLabel->clear();
    updateActions();
    updateTitle();
    m_open->showWelcome();
    emit sessionEnded();
}

void MainWindow::keepDrafts()
{
    if (!m_session)
        return;
    QList<DraftRecord> drafts;
    if (m_review) {
        const QJsonObject review = m_review->draft();
        if (!review.isEmpty())
            drafts << DraftRecord{
                0,
                QString(),
                QStringLiteral("review"),
                review.value(QStringLiteral("nominal")).toInteger(),
                0,
                QString::fromUtf8(QJsonDocument(review).toJson(QJsonDocument::Compact)),
                QString()};
    }
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
        if (d.kind == u"review") {
            m_reviewDraft = payload;
            const qint64 sessionId = payload.value(QStringLiteral("session")).toInteger();
            if (m_review && m_review->sessionId() == sessionId) {
                if (m_review->applyDraft(m_reviewDraft))
                    m_reviewDraft = {};
            } else if (!m_review) {
                openReview(sessionId, payload.value(QStringLiteral("step")).toInt());
            }
            continue;
        }
        // An edit dialog: opened again once the window has settled, with the fields as typed.
        QTimer::singleShot(0, this, [this, d, payload] {
            if (!m_session || m_locked)
                return;
            bool saved = false;
            if (d.kind == u"nominal_new")
                saved = EditFlows::newNominal(this, *m_session, payload) > 0;
            else if (d.kind == u"nominal_edit")
                saved = EditFlows::editNominal(this, *m_session, d.nominalId, payload);
            else if (d.kind == u"intelligence_new")
                saved = EditFlows::addIntelligence(this, *m_session, d.nominalId, payload);
            else if (d.kind == u"intelligence_edit")
                saved =
                    EditFlows::editIntelligence(this, *m_session, d.nominalId, d.itemId, payload);
            if (saved && !m_locked) {
                refreshData();
                if (m_review)
                    m_review->reload();
            }
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

void MainWindow::lock()
{
    if (!m_session || m_locked)
        return;
    m_locked = true;
    m_restore = {};
    m_restore.view = currentViewId();
    m_restore.nominal = m_details ? m_details->nominalId() : 0;
    if (m_review) {
        m_restore.reviewSession = m_review->sessionId();
        m_restore.reviewStep = m_review->step();
        m_restore.view = QStringLiteral("review");
    }
    m_inactivity->setActive(false);
    keepDrafts(); // before anything on screen goes: the work in progress, into the file
    closeModalDialogs();
    m_clipboard->clearIfOurs();
    m_open->abandon(); // another file half-opened meanwhile
    // Nothing with personal data stays on show or in memory: the pages go now; the widgets
    // (models, caches) go as soon as every nested dialog loop has returned.
    m_pages->setCurrentWidget(m_lockPage);
    m_lockPage->start(m_session->username(), QFileInfo(m_session->path()).fileName());
    for (QWidget* w : std::as_const(m_views))
        if (auto* list = qobject_cast<NominalListView*>(w))
            list->model()->clear();
        else if (auto* audit = qobject_cast<AuditLogView*>(w))
            audit->model()->clear();
    if (m_details)
        m_details->clear();
    const auto finish = std::make_shared<std::function<void()>>();
    *finish = [this, finish] {
        if (!m_locked || !m_session)
            return;
        if (QThread::currentThread()->loopLevel() > 1 || QApplication::activeModalWidget()) {
            closeModalDialogs();
            QTimer::singleShot(10, this, *finish);
            return;
        }
        teardownWorkspace();
        m_session->releaseMemory();
    };
    if (QThread::currentThread()->loopLevel() > 1)
        QTimer::singleShot(0, this, *finish);
    else
        (*finish)();
    updateActions();
    updateTitle();
    updateStatus();
    emit locked();
}

void MainWindow::onUnlock(const Secret& password)
{
    if (!m_session || !m_locked)
        return;
    m_lockPage->setBusy(true);
    Session* session = m_session.get();
    const QString username = session->username();
    auto ok = std::make_shared<bool>(false);
    QThread* thread = QThread::create([session, username, password, ok] {
        try {
            *ok = Accounts(session->db()).checkPassword(username, password);
        } catch (const Error&) {
            *ok = false;
        }
    });
    connect(thread, &QThread::finished, this, [this, ok, session] {
        if (session != m_session.get() || !m_locked)
            return;
        if (!*ok) {
            m_lockPage->fail(tr("That is not the password of %1. Check it and try again; only "
                                "the user who was signed in can unlock.")
                                 .arg(m_session->username()));
            return;
        }
        m_locked = false;
        teardownWorkspace(); // in case the deferred teardown has not run yet
        buildWorkspace();
        applyAutoLock();
        updateTitle();
        emit unlocked();
        restoreDrafts(false);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void MainWindow::applyAutoLock()
{
    // Never longer than the case file allows, and never off while a file is open.
    int limit = IdleLimit::kDefaultMinutes;
    if (m_session) {
        try {
            limit = IdleLimit::maxMinutes(m_session->file());
        } catch (const Error&) {
        }
    }
    m_inactivity->setTimeoutSeconds(
        IdleLimit::effectiveMinutes(AppSettings::autoLockMinutes(), limit) * 60);
    m_inactivity->setActive(m_session && !m_locked);
}

void MainWindow::startReview(const QStringList& queue, const QString& note)
{
    if (!m_session || queue.isEmpty())
        return;
    try {
        ReviewService reviews(m_session->db(), m_session->username());
        const QList<ReviewSessionRecord> paused = reviews.openSessions();
        if (!paused.isEmpty() &&
            m_dialogs->question(
                this, tr("Resume your paused review?"),
                tr("You paused a review on %1 at %2 of %3. Resume it instead of starting a new "
                   "one? (No starts the new one; the paused review stays for later.)")
                    .arg(Time::humanDateTime(paused.first().startedAt))
                    .arg(paused.first().position + 1)
                    .arg(paused.first().queue.size()))) {
            resumeReview();
            return;
        }
        const ReviewSessionRecord record = reviews.startSession(queue);
        openReview(record.id, ReviewView::IdentityStep);
        if (m_review)
            m_review->setQueueNote(note);
    } catch (const Error& e) {
        m_dialogs->warning(this, tr("Cannot start the review"), e.message());
    }
}

void MainWindow::openReview(qint64 sessionId, int step)
{
    const std::optional<ReviewSessionRecord> record =
        ReviewService(m_session->db(), m_session->username()).session(sessionId);
    if (!record || !record->finishedAt.isEmpty()) {
        showView(QStringLiteral("due"));
        return;
    }
    if (m_review)
        delete m_review.data();
    m_review = new ReviewView(*m_session, *m_dialogs, *record, m_viewStack);
    // What the queue holds (a new review replaces this with where its queue came from).
    m_review->setQueueNote(tr("The review you started on %1: %n nominal(s).", nullptr,
                              static_cast<int>(record->queue.size()))
                               .arg(Time::humanDateTime(record->startedAt)));
    m_viewStack->addWidget(m_review);
    auto* item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/review.svg")),
                                     tr("Review session"), m_sidebar);
    item->setData(Qt::UserRole, QStringLiteral("review"));
    connect(m_review, &ReviewView::changed, this, &MainWindow::refreshData);
    connect(m_review, &ReviewView::loaded, this, [this, step](qint64) {
        updateStatus();
        updateActions();
        if (m_restore.reviewSession > 0 && m_review) {
            m_review->setStep(step);
            m_restore.reviewSession = 0;
        }
        if (!m_reviewDraft.isEmpty() && m_review && m_review->applyDraft(m_reviewDraft))
            m_reviewDraft = {};
    });
    // Saving says briefly what was saved, and the review moves on: no dialog.
    connect(m_review, &ReviewView::saved, this,
            [this](const QString& summary) { Accessibility::showStatus(this, summary); });
    connect(m_review, &ReviewView::finished, this, [this] {
        const QString last = statusBar()->currentMessage();
        endReview();
        statusBar()->showMessage(
            (last.isEmpty() ? QString() : last + QLatin1Char(' ')) +
                tr("Review finished: every nominal in this session has a decision."),
            10000);
    });
    connect(m_review, &ReviewView::paused, this, &MainWindow::endReview);
    showView(QStringLiteral("review"));
}

void MainWindow::endReview()
{
    if (!m_review)
        return;
    m_review->deleteLater();
    m_review = nullptr;
    for (int i = 0; i < m_sidebar->count(); ++i)
        if (m_sidebar->item(i)->data(Qt::UserRole).toString() == u"review")
            delete m_sidebar->takeItem(i);
    showView(QStringLiteral("due"));
    refreshData();
}

void MainWindow::startDueReview()
{
    if (!m_session || !m_scanner)
        return;
    const auto scan = m_scanner->latest();
    if (!scan) {
        m_dialogs->information(this, tr("Still evaluating"),
                               tr("The list is still being evaluated against the threshold. Try "
                                  "again in a moment."));
        return;
    }
    // Exactly the Due for review list, in its order (flagged first, then the most overdue).
    QList<StatusEntry> entries = scan->due;
    std::stable_sort(entries.begin(), entries.end(),
                     [](const StatusEntry& a, const StatusEntry& b) {
                         if (a.flagged != b.flagged)
                             return a.flagged;
                         return std::tie(a.nextReviewDue, a.id) < std::tie(b.nextReviewDue, b.id);
                     });
    // Nobody whose removal already awaits a supervisor: there is nothing to decide until then.
    QSet<qint64> seen;
    int awaiting = 0;
    try {
        for (const PendingProposal& p : RemovalService(m_session->db()).pending(Time::today())) {
            seen.insert(p.request.nominalId);
            ++awaiting;
        }
    } catch (const Error&) {
    }
    QStringList queue;
    int leftOut = 0;
    for (const StatusEntry& e : std::as_const(entries)) {
        if (seen.contains(e.id)) {
            ++leftOut;
            continue;
        }
        seen.insert(e.id);
        if (queue.size() < kMaxQueue)
            queue << e.reference;
    }
    const int due = static_cast<int>(entries.size());
    if (queue.isEmpty()) {
        m_dialogs->information(
            this, tr("Nothing is due"),
            awaiting > 0 ? tr("Nobody else is due for review; %n removal(s) await a supervisor.",
                              nullptr, awaiting)
                         : tr("Nobody is due for review or below the threshold."));
        return;
    }
    // The screen says what the queue holds, and how it relates to the list the user saw.
    QString note = tr("This review holds %n nominal(s) from Due for review (below the threshold "
                      "first, then the most overdue).",
                      nullptr, static_cast<int>(queue.size()));
    if (leftOut > 0)
        note += QLatin1Char(' ') +
                tr("Left out: %n whose removal awaits a supervisor.", nullptr, leftOut);
    if (due - leftOut > queue.size())
        note += QLatin1Char(' ') + tr("The first %1 of %2: start another review for the rest.")
                                       .arg(queue.size())
                                       .arg(due - leftOut);
    startReview(queue, note);
}

void MainWindow::reviewSelection()
{
    NominalListView* list = currentListView();
    if (!list)
        return;
    const QStringList refs = list->selectedReferences();
    if (refs.isEmpty()) {
        m_dialogs->information(this, tr("Nothing selected"),
                               tr("Select one or more nominals in the list first."));
        return;
    }
    startReview(refs, tr("This review holds the %n nominal(s) you selected.", nullptr,
                         static_cast<int>(refs.size())));
}

void MainWindow::resumeReview()
{
    if (!m_session)
        return;
    const QList<ReviewSessionRecord> open =
        ReviewService(m_session->db(), m_session->username()).openSessions();
    if (open.isEmpty()) {
        m_dialogs->information(this, tr("No paused review"),
                               tr("You have no paused review session."));
        return;
    }
    m_scanLabel->clear();
    openReview(open.first().id, ReviewView::IdentityStep);
}

void MainWindow::newNominal()
{
    if (!m_session || m_locked)
        return;
    try {
        if (const qint64 id = EditFlows::newNominal(this, *m_session); id > 0 && !m_locked) {
            refreshData();
            showView(QStringLiteral("all"));
        }
    } catch (const Error& e) {
        m_dialogs->warning(this, tr("Cannot create the nominal"), e.message());
    }
}

void MainWindow::editNominal()
{
    const qint64 id = currentNominalId();
    if (!m_session || m_locked || id <= 0)
        return;
    if (m_review && m_viewStack->currentWidget() == m_review.data())
        return; // the review step has its own (F2)
    if (EditFlows::editNominal(this, *m_session, id) && !m_locked)
        refreshData();
}

void MainWindow::addIntelligence()
{
    const qint64 id = currentNominalId();
    if (!m_session || m_locked || id <= 0)
        return;
    if (EditFlows::addIntelligence(this, *m_session, id) && !m_locked)
        refreshData();
}

void MainWindow::editIntelligence()
{
    const qint64 id = currentNominalId();
    if (!m_session || m_locked || id <= 0 || !m_details)
        return;
    const QModelIndex index = m_details->intelligenceTable()->currentIndex();
    qint64 item = index.isValid() ? index.data(Qt::UserRole + 1).toLongLong() : 0;
    if (item <= 0 && m_details->details() && !m_details->details()->intelligence.isEmpty())
        item = m_details->details()->intelligence.first().id;
    if (item <= 0) {
        m_dialogs->information(this, tr("No intelligence"),
                               tr("This nominal has no intelligence to correct yet."));
        return;
    }
    if (EditFlows::editIntelligence(this, *m_session, id, item) && !m_locked)
        refreshData();
}

void MainWindow::showSettings()
{
    const bool open = m_session && !m_locked;
    const QString marking = open ? ProtectiveMarking::of(m_session->file()) : QString();
    const bool admin = open && m_session->user().roles.has(Role::Administrator);
    const int idleLimit =
        open ? IdleLimit::maxMinutes(m_session->file()) : IdleLimit::kLongestMinutes;
    SettingsDialog dialog(marking, admin, this);
    dialog.setIdleLimit(idleLimit, admin);
    connect(&dialog, &SettingsDialog::applied, this, [this, &dialog, marking, idleLimit] {
        if (m_session && !m_locked && dialog.idleLimit() != idleLimit) {
            try {
                IdleLimit::setMaxMinutes(m_session->file(), dialog.idleLimit(), m_session->user());
            } catch (const Error& e) {
                dialogs().warning(this, tr("Longest idle time"), e.message());
            }
        }
        applyAutoLock();
        if (!m_session || m_locked || dialog.marking().simplified().toUpper() == marking)
            return;
        try {
            ProtectiveMarking::set(m_session->file(), dialog.marking(), m_session->user());
        } catch (const Error& e) {
            dialogs().warning(this, tr("Protective marking"), e.message());
        }
        m_markingBanner->setText(ProtectiveMarking::of(m_session->file()));
    });
    dialog.exec();
}

void MainWindow::showAbout()
{
    QString cipher;
    try {
        if (m_session) {
            cipher = m_session->db().cipherVersion();
        } else {
            Database probe;
            probe.open(QStringLiteral(":memory:"), Secret());
            cipher = probe.cipherVersion();
        }
    } catch (const Error&) {
    }
    AboutDialog dialog(cipher, this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_session)
        endSession();
    m_clipboard->clearIfOurs();
    event->accept();
}

} // namespace corroborate::ui
