#pragma once

#include "Extensions.h"
#include "core/Clock.h"
#include "core/Secret.h"
#include "workflow/StatusScan.h"

#include <QHash>
#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QSystemTrayIcon;

namespace corroborate::ui {

class AuditLogView;
class Banner;
class Clipboard;
class DetailsPanel;
class Dialogs;
class InactivityTimer;
class ScreenLockWatcher;
class LockPage;
class NominalListView;
class OpenFlow;
class ReviewView;
class Session;
class StatusScanner;

// The application window (after KeePassXC's): the open and sign-in pages, the workspace with
// its views (registered as ViewSpecs; features add theirs through Extensions.h), the details
// panel, review sessions, and the lock. Modal questions go through the Dialogs object it owns
// and idle time is measured on an injectable Clock, so tests drive it without a person.
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
    Session* session() const { return m_session.get(); }
    QWidget* view(const QString& id) const { return m_views.value(id); }
    QString currentViewId() const;
    void showView(const QString& id);
    // The nominal selected in the current list (0: none).
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
    DetailsPanel* detailsPanel() const { return m_details; }
    StatusScanner* statusScanner() const { return m_scanner; }
    OpenFlow* openFlow() const { return m_open; }

signals:
    void sessionStarted();
    void sessionEnded();
    void locked();
    void unlocked();
    void workspaceBuilt();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct Restore
    {
        QString view;
        qint64 nominal = 0;
        qint64 reviewSession = 0;
        int reviewStep = 0;
    };

    void createActions();
    void registerBuiltInViews();
    void onSignedIn(Session* session);
    void buildWorkspace();
    void teardownWorkspace();
    void updateActions();
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
    void onUnlock(const Secret& password);
    bool askConsultationReason();
    NominalListView* currentListView() const;
    void startReview(const QStringList& queue, const QString& note);
    // Counts of what waits (sign-offs, overdue reviews) on the sidebar and the status bar.
    void updateWaiting();
    void updateDetailsVisibility();
    void saveLayout();
    void restoreLayout();
    void openReview(qint64 sessionId, int step);
    void startDueReview();
    void reviewSelection();
    void resumeReview();
    void endReview();
    void editNominal();
    void newNominal();
    void addIntelligence();
    void editIntelligence();
    void showSettings();
    void showAbout();
    void applyAutoLock();

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
    QWidget* m_workspace;
    QSplitter* m_splitter;
    QListWidget* m_sidebar;
    QStackedWidget* m_viewStack;
    LockPage* m_lockPage;
    QLabel* m_countLabel;
    QLabel* m_userLabel;
    QLabel* m_scanLabel;
    QLabel* m_waitingLabel;
    QSystemTrayIcon* m_tray = nullptr;
    int m_notifiedSignOffs = 0;

    std::unique_ptr<Session> m_session;
    StatusScanner* m_scanner = nullptr;
    DetailsPanel* m_details = nullptr;
    QPointer<ReviewView> m_review;
    QList<ViewSpec> m_specs;
    QHash<QString, QWidget*> m_views;
    QHash<QString, QAction*> m_viewActions;
    QHash<MenuId, QMenu*> m_menus;
    bool m_locked = false;
    bool m_tearingDown = false;
    Restore m_restore;
    qint64 m_restoredId = 0;   // shown again after an unlock: its reselection logs nothing
    QString m_detailsOwner;    // the view whose choice the details panel shows
    QJsonObject m_reviewDraft; // read back from the file after unlock, until the step loads

    QAction* m_actOpen;
    QAction* m_actNew;
    QAction* m_actClose;
    QAction* m_actLock;
    QAction* m_actQuit;
    QMenu* m_recentMenu;
    QAction* m_actNewNominal;
    QAction* m_actEditNominal;
    QAction* m_actAddIntelligence;
    QAction* m_actEditIntelligence;
    QAction* m_actCopyReference;
    QAction* m_actConsultationReason;
    QAction* m_actStartReview;
    QAction* m_actReviewSelection;
    QAction* m_actResumeReview;
    QAction* m_actFind;
    QAction* m_actRefresh;
    QAction* m_actSettings;
    QAction* m_actAbout;
};

} // namespace corroborate::ui
