#pragma once

#include "Extensions.h"
#include "workflow/StatusScan.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QStatusBar;
class QSystemTrayIcon;

namespace corroborate::ui {

class DetailsPanel;
class MainWindow;
class Session;
class StatusScanner;
class WorkspaceView;

// The signed-in part of the window: the sidebar of views, the view stack, the details panel,
// the whole-list status scanner, and the status bar's counts. Built at sign-in and unlock,
// torn down at lock and close, so nothing in it outlives a lock (ui/README.md).
class Workspace : public QWidget
{
    Q_OBJECT
public:
    Workspace(MainWindow& window, QStatusBar* statusBar, QWidget* parent);

    void addSpec(ViewSpec spec);
    const QList<ViewSpec>& specs() const { return m_specs; }

    // Creates the scanner, the details panel and every view the user may see.
    void build(Session& session, const StatusScanFunction& scan);
    void teardown(Session* session);

    QWidget* view(const QString& id) const { return m_views.value(id); }
    const QHash<QString, QWidget*>& views() const { return m_views; }
    QWidget* currentWidget() const;
    // The current view through the interface every view implements (null: none, or a widget
    // an extension made without it).
    WorkspaceView* currentView() const;
    static WorkspaceView* asView(QWidget* widget);
    QString currentViewId() const;
    // Makes `id` the current view ("review" for the review session); false when there is none.
    bool showView(const QString& id);

    // The review session's view, on the stack and in the sidebar while a review is open.
    void setReview(QWidget* review, const QString& title);
    QWidget* review() const { return m_review.data(); }
    bool reviewOnScreen() const;
    void removeReview();

    DetailsPanel* details() const { return m_details; }
    StatusScanner* scanner() const { return m_scanner; }
    // The view whose choice the details panel shows.
    void setDetailsOwner(const QString& id) { m_detailsOwner = id; }
    void updateDetailsVisibility();

    void updateStatus(bool active);
    // Counts of what waits (sign-offs, overdue reviews) on the sidebar and the status bar.
    void updateWaiting(Session* session);
    void setScanText(const QString& text);
    void setUserText(const QString& text);
    void forgetNotifications() { m_notifiedSignOffs = 0; }

signals:
    void viewChosen(const QString& id);

private:
    void saveLayout();
    void restoreLayout();

    MainWindow& m_window;
    QSplitter* m_splitter;
    QListWidget* m_sidebar;
    QStackedWidget* m_viewStack;
    QLabel* m_countLabel;
    QLabel* m_userLabel;
    QLabel* m_scanLabel;
    QLabel* m_waitingLabel;
    QSystemTrayIcon* m_tray = nullptr;
    int m_notifiedSignOffs = 0;

    StatusScanner* m_scanner = nullptr;
    DetailsPanel* m_details = nullptr;
    QPointer<QWidget> m_review;
    QList<ViewSpec> m_specs;
    QHash<QString, QWidget*> m_views;
    QString m_detailsOwner;
};

} // namespace corroborate::ui
