#pragma once

#include "Command.h"
#include "Extensions.h"
#include "core/Clock.h"
#include "core/Secret.h"
#include "workflow/StatusScan.h"

#include <QHash>
#include <QMainWindow>
#include <memory>

class QAction;
class QMenu;
class QStackedWidget;

namespace corroborate::ui {

class Banner;
class Clipboard;
class CommandController;
class DetailsPanel;
class Dialogs;
class InactivityTimer;
class LockController;
class LockPage;
class OpenFlow;
class ReviewController;
class ReviewView;
class ScreenLockWatcher;
class Session;
class StatusScanner;
class Workspace;
struct CommandState;

// The application window (after KeePassXC's): the open and sign-in pages, the workspace with
// its views (registered as ViewSpecs; features add theirs through Extensions.h), the details
// panel, review sessions, and the lock. The parts live in their own classes: the Workspace
// (sidebar, views, status bar), the CommandController (which enables every action from what it
// needs), the LockController and the ReviewController; the built-in commands are in one file
// per menu (FileCommands.cpp, NominalCommands.cpp, ReviewCommands.cpp, ViewCommands.cpp).
// Modal questions go through the Dialogs object it owns and idle time is measured on an
// injectable Clock, so tests drive it without a person.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Seams for tests.
    void setDialogs(std::unique_ptr<Dialogs> dialogs);
    Dialogs& dialogs() const { return *m_dialogs; }
    // Copies marked sensitive and cleared on lock and quit.
    Clipboard& clipboard() const { return *m_clipboard; }
    void setClock(std::shared_ptr<Clock> clock);
    InactivityTimer& inactivityTimer() const { return *m_inactivity; }
    ScreenLockWatcher& screenLockWatcher() const { return *m_screenLock; }
    void setStatusScanFunction(StatusScanFunction function);

    // For features in their own files (see Extensions.h and ui/README.md).
    void addView(ViewSpec spec);
    QMenu* menu(MenuId id) const;
    // Registers an action enabled from what it needs (Command.h), after every change of state;
    // it is also added to the window so that its shortcut works anywhere.
    void addCommand(QAction* action, Needs needs, std::function<bool()> when = {});
    Session* session() const { return m_session.get(); }
    QWidget* view(const QString& id) const;
    QString currentViewId() const;
    void showView(const QString& id);
    // The nominal selected in the current view (0: none).
    qint64 currentNominalId() const;
    // Shows a nominal in the details panel (asking for a consultation reason if none yet).
    void showNominal(qint64 id, const QString& reference);
    // Something changed in the file: lists, statuses and the details panel load again.
    void refreshData();

    void openFile(const QString& path);
    void closeFile();
    bool isLocked() const { return m_locked; }
    void lock();
    ReviewView* reviewView() const;
    DetailsPanel* detailsPanel() const;
    StatusScanner* statusScanner() const;
    OpenFlow* openFlow() const { return m_open; }
    Workspace& workspace() const { return *m_workspace; }
    // Sets every registered command enabled or not from the state now.
    void updateCommands();

signals:
    void sessionStarted();
    void sessionEnded();
    void locked();
    void unlocked();
    void workspaceBuilt();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    friend class LockController;
    friend class ReviewController;

    // What the workspace shows again after an unlock.
    struct Restore
    {
        QString view;
        qint64 nominal = 0;
        qint64 reviewSession = 0;
        int reviewStep = 0;
    };

    // One function per menu, each in its own file.
    void createMenus();
    void createFileCommands();
    void createNominalCommands();
    void createReviewCommands();
    void createViewCommands();
    void createToolsCommands();
    void registerBuiltInViews();
    CommandState commandState() const;

    void onSignedIn(std::unique_ptr<Session> session);
    void buildWorkspace();
    void teardownWorkspace();
    void updateTitle();
    void updateStatus();
    void updateRecentMenu();
    void closeModalDialogs();
    bool returnToFile();
    void endSession();
    // Unsaved work (the review step, an open edit dialog) kept as a draft in the case file,
    // and put back (after asking, when it was left by a crash or a close).
    void keepDrafts();
    void restoreDrafts(bool askFirst);
    void restoreEditDraft(const QString& kind, qint64 nominalId, qint64 itemId,
                          const QJsonObject& payload);
    bool askConsultationReason();
    void editNominal();
    void newNominal();
    void addIntelligence();
    void editIntelligence();
    void showSettings();
    void showAbout();

    std::unique_ptr<Dialogs> m_dialogs;
    std::shared_ptr<Clock> m_clock;
    InactivityTimer* m_inactivity;
    ScreenLockWatcher* m_screenLock;
    Clipboard* m_clipboard;
    StatusScanFunction m_scanFunction;

    QStackedWidget* m_pages;
    Banner* m_syntheticBanner;
    Banner* m_markingBanner;
    OpenFlow* m_open;
    Workspace* m_workspace;
    LockPage* m_lockPage;
    CommandController* m_commands;
    LockController* m_lock;
    ReviewController* m_reviews;
    QHash<MenuId, QMenu*> m_menus;
    QMenu* m_recentMenu = nullptr;

    std::unique_ptr<Session> m_session;
    bool m_locked = false;
    bool m_tearingDown = false;
    Restore m_restore;
    qint64 m_restoredId = 0; // shown again after an unlock: its reselection logs nothing
};

} // namespace corroborate::ui
