// The menus, and the File menu's commands: open, recent, new, lock, close, quit.
#include "CommandController.h"
#include "MainWindow.h"
#include "Workspace.h"
#include "core/AppSettings.h"
#include "core/AsyncTask.h"
#include "core/Clipboard.h"
#include "core/Dialogs.h"
#include "core/Error.h"
#include "core/InactivityTimer.h"
#include "data/Session.h"
#include "lock/LockPage.h"
#include "open/OpenFlow.h"
#include "open/OpenPages.h"
#include "review/ReviewView.h"
#include "widgets/Banner.h"
#include "workflow/Presence.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileInfo>
#include <QMenuBar>
#include <QStackedWidget>

namespace corroborate::ui {

QAction* makeAction(QObject* parent, const QString& objectName, const QString& text,
                    const QKeySequence& shortcut, const QString& icon)
{
    auto* action = new QAction(text, parent);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    if (!icon.isEmpty())
        action->setIcon(QIcon(icon));
    return action;
}

void MainWindow::createMenus()
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
}

void MainWindow::createFileCommands()
{
    QAction* open = makeAction(this, QStringLiteral("actionOpen"), tr("&Open case file…"),
                               QKeySequence::Open, QStringLiteral(":/icons/open.svg"));
    QAction* create = makeAction(this, QStringLiteral("actionNew"), tr("&New case file…"),
                                 QKeySequence::New, QStringLiteral(":/icons/new.svg"));
    QAction* close = makeAction(this, QStringLiteral("actionClose"), tr("&Close case file"),
                                QKeySequence(Qt::CTRL | Qt::Key_W));
    QAction* lock =
        makeAction(this, QStringLiteral("actionLock"), tr("&Lock"),
                   QKeySequence(Qt::CTRL | Qt::Key_L), QStringLiteral(":/icons/lock.svg"));
    QAction* quit = makeAction(this, QStringLiteral("actionQuit"), tr("&Quit"),
                               QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_recentMenu = new QMenu(tr("Open &recent"), this);
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    QMenu* file = menu(MenuId::File);
    file->addAction(open);
    file->addMenu(m_recentMenu);
    file->addAction(create);
    file->addSeparator();
    file->addAction(lock);
    file->addAction(close);
    file->addSeparator();
    file->addAction(quit);
    // The file open now stays open (and signed in) until another has been chosen and
    // signed into; Cancel anywhere on the way goes back to it unchanged.
    connect(open, &QAction::triggered, m_open, &OpenFlow::chooseFile);
    connect(create, &QAction::triggered, m_open, &OpenFlow::chooseNewFile);
    connect(close, &QAction::triggered, this, &MainWindow::closeFile);
    connect(lock, &QAction::triggered, this, &MainWindow::lock);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    addCommand(open, Need::NotLocked);
    addCommand(create, Need::NotLocked);
    addCommand(close, Need::FileOpen);
    addCommand(lock, Need::Session);
    addCommand(quit, {});
    // The submenu follows its action.
    QAction* recent = m_recentMenu->menuAction();
    connect(recent, &QAction::enabledChanged, m_recentMenu, &QMenu::setEnabled);
    m_commands->add({recent, Need::NotLocked});
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
    updateCommands();
    return true;
}

void MainWindow::endSession()
{
    m_tearingDown = true;
    if (!m_locked)
        keepDrafts(); // offered back at the next sign-in
    closeModalDialogs();
    if (ReviewView* review = reviewView(); review && !m_locked)
        review->pause();
    m_clipboard->clearIfOurs();
    teardownWorkspace();
    try {
        Presence::closed(m_session->file());
    } catch (const Error&) {
    }
    m_session.reset();
    m_open->setCurrentFile(QString());
    m_workspace->forgetNotifications();
    m_tearingDown = false;
}

void MainWindow::closeFile()
{
    if (!m_session)
        return;
    if (AsyncTask::busy()) { // the session's connection is in use: close once it is free
        AsyncTask::whenIdle(this, [this] { closeFile(); });
        return;
    }
    endSession();
    m_locked = false;
    m_restore = {};
    m_inactivity->setActive(false);
    m_markingBanner->hide();
    m_syntheticBanner->hide();
    m_workspace->setUserText(QString());
    updateCommands();
    updateTitle();
    m_open->showWelcome();
    emit sessionEnded();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_session && AsyncTask::busy()) {
        event->ignore();
        AsyncTask::whenIdle(this, [this] { close(); });
        return;
    }
    if (m_session)
        endSession();
    m_clipboard->clearIfOurs();
    event->accept();
}

} // namespace corroborate::ui
