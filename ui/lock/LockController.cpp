#include "LockController.h"

#include "LockPage.h"
#include "accounts/Accounts.h"
#include "core/AppSettings.h"
#include "core/AsyncTask.h"
#include "core/Clipboard.h"
#include "core/Dialogs.h"
#include "core/Error.h"
#include "core/InactivityTimer.h"
#include "core/ScreenLockWatcher.h"
#include "data/Session.h"
#include "main/DetailsPanel.h"
#include "main/MainWindow.h"
#include "main/Workspace.h"
#include "main/WorkspaceView.h"
#include "open/OpenFlow.h"
#include "review/ReviewController.h"
#include "review/ReviewView.h"
#include "workflow/IdleLimit.h"

#include <QApplication>
#include <QFileInfo>
#include <QStackedWidget>
#include <QThread>
#include <QTimer>

namespace corroborate::ui {

LockController::LockController(MainWindow& window, LockPage* page, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_page(page)
{
    connect(&window.inactivityTimer(), &InactivityTimer::idle, this, &LockController::lock);
    connect(&window.screenLockWatcher(), &ScreenLockWatcher::screenLocked, this,
            &LockController::lock);
    connect(page, &LockPage::unlockRequested, this, &LockController::unlock);
    connect(page, &LockPage::closeRequested, &window, &MainWindow::closeFile);
}

void LockController::lock()
{
    if (!m_window.m_session || m_window.m_locked)
        return;
    if (AsyncTask::busy()) {
        // The session's connection is in use off the GUI thread: lock as soon as it is free.
        if (!m_pending) {
            m_pending = true;
            AsyncTask::whenIdle(this, [this] {
                m_pending = false;
                lock();
            });
        }
        return;
    }
    lockNow();
}

void LockController::lockNow()
{
    MainWindow& w = m_window;
    w.m_locked = true;
    w.m_restore = {};
    w.m_restore.view = w.currentViewId();
    DetailsPanel* details = w.detailsPanel();
    w.m_restore.nominal = details ? details->nominalId() : 0;
    if (ReviewView* review = w.reviewView()) {
        w.m_restore.reviewSession = review->sessionId();
        w.m_restore.reviewStep = review->step();
        w.m_restore.view = QStringLiteral("review");
    }
    w.m_inactivity->setActive(false);
    w.keepDrafts(); // before anything on screen goes: the work in progress, into the file
    w.closeModalDialogs();
    w.m_clipboard->clearIfOurs();
    w.m_open->abandon(); // another file half-opened meanwhile
    // Nothing with personal data stays on show or in memory: the pages go now; the widgets
    // (models, caches) go as soon as every nested dialog loop has returned.
    w.m_pages->setCurrentWidget(m_page);
    m_page->start(w.m_session->username(), QFileInfo(w.m_session->path()).fileName());
    for (QWidget* view : w.workspace().views())
        if (WorkspaceView* v = Workspace::asView(view))
            v->clearPersonalData();
    if (details)
        details->clear();
    const auto finish = std::make_shared<std::function<void()>>();
    *finish = [this, finish] {
        MainWindow& mw = m_window;
        if (!mw.m_locked || !mw.m_session)
            return;
        if (QThread::currentThread()->loopLevel() > 1 || QApplication::activeModalWidget()) {
            mw.closeModalDialogs();
            QTimer::singleShot(10, this, *finish);
            return;
        }
        mw.teardownWorkspace();
        mw.m_session->releaseMemory();
    };
    if (QThread::currentThread()->loopLevel() > 1)
        QTimer::singleShot(0, this, *finish);
    else
        (*finish)();
    w.updateCommands();
    w.updateTitle();
    w.updateStatus();
    emit w.locked();
}

void LockController::unlock(const Secret& password)
{
    MainWindow& w = m_window;
    if (!w.m_session || !w.m_locked)
        return;
    m_page->setBusy(true);
    Session* session = w.m_session.get();
    const Outcome<bool> ok = session->unlock(password);
    if (session != w.m_session.get() || !w.m_locked)
        return;
    if (!ok.ok() || !ok.value()) {
        // A wrong password gets the lock page's own words; a lockout or a failure of the file
        // gets the message that says what happened and what to do.
        const bool wrongPassword = !ok.ok() && Accounts::isWrongPassword(ok.error());
        m_page->fail(ok.ok() || wrongPassword
                         ? MainWindow::tr("That is not the password of %1. Check it and try "
                                          "again; only the user who was signed in can unlock.")
                               .arg(w.m_session->username())
                         : ok.error().message());
        return;
    }
    w.m_locked = false;
    w.teardownWorkspace(); // in case the deferred teardown has not run yet
    w.buildWorkspace();
    applyAutoLock();
    w.updateTitle();
    emit w.unlocked();
    w.restoreDrafts(false);
}

void LockController::applyAutoLock()
{
    MainWindow& w = m_window;
    // Never longer than the case file allows, and never off while a file is open.
    int limit = IdleLimit::kDefaultMinutes;
    if (w.m_session) {
        try {
            limit = IdleLimit::maxMinutes(w.m_session->file());
        } catch (const Error&) {
        }
    }
    w.m_inactivity->setTimeoutSeconds(
        IdleLimit::effectiveMinutes(AppSettings::autoLockMinutes(), limit) * 60);
    w.m_inactivity->setActive(w.m_session && !w.m_locked);
}

} // namespace corroborate::ui
