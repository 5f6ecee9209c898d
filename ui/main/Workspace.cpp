#include "Workspace.h"

#include "DetailsPanel.h"
#include "MainWindow.h"
#include "WorkspaceView.h"
#include "core/AppSettings.h"
#include "core/Error.h"
#include "core/Time.h"
#include "data/Session.h"
#include "data/StatusScanner.h"
#include "workflow/RemovalService.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace corroborate::ui {

namespace {
constexpr int kTitleRole = Qt::UserRole + 1; // a sidebar entry's title without its count
const QString kReview = QStringLiteral("review");
} // namespace

Workspace::Workspace(MainWindow& window, QStatusBar* statusBar, QWidget* parent)
    : QWidget(parent)
    , m_window(window)
{
    setObjectName(QStringLiteral("workspace"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_sidebar = new QListWidget(m_splitter);
    m_sidebar->setObjectName(QStringLiteral("viewList"));
    m_sidebar->setAccessibleName(MainWindow::tr("Views"));
    m_sidebar->setMinimumWidth(150);
    m_sidebar->setMaximumWidth(240);
    m_sidebar->setIconSize(QSize(20, 20));
    m_viewStack = new QStackedWidget(m_splitter);
    m_viewStack->setObjectName(QStringLiteral("viewStack"));
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_viewStack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    layout->addWidget(m_splitter);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || !m_sidebar->item(row))
            return;
        emit viewChosen(m_sidebar->item(row)->data(Qt::UserRole).toString());
    });

    m_countLabel = new QLabel(&window);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_scanLabel = new QLabel(&window);
    m_scanLabel->setObjectName(QStringLiteral("scanLabel"));
    m_userLabel = new QLabel(&window);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar->addWidget(m_countLabel, 1);
    m_waitingLabel = new QLabel(&window);
    m_waitingLabel->setObjectName(QStringLiteral("waitingLabel"));
    m_waitingLabel->setAccessibleName(MainWindow::tr("What waits for you"));
    m_waitingLabel->hide();
    statusBar->addPermanentWidget(m_waitingLabel);
    statusBar->addPermanentWidget(m_scanLabel);
    statusBar->addPermanentWidget(m_userLabel);
}

void Workspace::addSpec(ViewSpec spec)
{
    m_specs.append(std::move(spec));
    std::stable_sort(m_specs.begin(), m_specs.end(),
                     [](const ViewSpec& a, const ViewSpec& b) { return a.order < b.order; });
}

void Workspace::build(Session& session, const StatusScanFunction& scan)
{
    m_scanner = new StatusScanner(&session.worker(), this);
    m_scanner->setScanFunction(scan);
    connect(m_scanner, &StatusScanner::progress, this, [this](qint64 done, qint64 total) {
        m_scanLabel->setText(total > 0 && done < total
                                 ? MainWindow::tr("Evaluating %1%…").arg(done * 100 / total)
                                 : QString());
    });
    connect(m_scanner, &StatusScanner::finished, this,
            [this](std::shared_ptr<const StatusScanResult>) { updateWaiting(m_window.session()); });
    connect(
        m_scanner, &StatusScanner::finished, this,
        [this](std::shared_ptr<const StatusScanResult> r) {
            m_scanLabel->setText(
                MainWindow::tr("%n below threshold", nullptr, static_cast<int>(r->flagged.size())) +
                QStringLiteral(" · ") +
                MainWindow::tr("%n due for review", nullptr, static_cast<int>(r->due.size())));
        });
    connect(m_scanner, &StatusScanner::failed, this, [this](const QString& message) {
        m_scanLabel->setText(MainWindow::tr("The threshold evaluation failed: %1").arg(message));
    });
    m_details = new DetailsPanel(session, m_splitter);
    m_details->setMinimumWidth(320);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({140, 790, 350});
    connect(m_details, &DetailsPanel::failed, this,
            [this](const QString& message) { m_window.statusBar()->showMessage(message, 8000); });

    m_sidebar->blockSignals(true);
    m_sidebar->clear();
    for (const ViewSpec& spec : std::as_const(m_specs)) {
        const bool available = !spec.available || spec.available(session);
        if (!available || !spec.create)
            continue;
        QWidget* w = spec.create(m_window, session, m_viewStack);
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
}

void Workspace::teardown(Session* session)
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
    if (session)
        session->worker().clearQueue();
    m_countLabel->clear();
    m_scanLabel->clear();
    m_waitingLabel->clear();
    m_waitingLabel->hide();
}

void Workspace::saveLayout()
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

void Workspace::restoreLayout()
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

QWidget* Workspace::currentWidget() const
{
    return m_viewStack->currentWidget();
}

WorkspaceView* Workspace::asView(QWidget* widget)
{
    return dynamic_cast<WorkspaceView*>(widget);
}

WorkspaceView* Workspace::currentView() const
{
    return asView(m_viewStack->currentWidget());
}

QString Workspace::currentViewId() const
{
    QWidget* current = m_viewStack->currentWidget();
    if (current && current == m_review.data())
        return kReview;
    for (auto it = m_views.cbegin(); it != m_views.cend(); ++it)
        if (it.value() == current)
            return it.key();
    return {};
}

bool Workspace::showView(const QString& id)
{
    QWidget* w = id == kReview ? m_review.data() : m_views.value(id);
    if (!w)
        return false;
    m_viewStack->setCurrentWidget(w);
    for (int i = 0; i < m_sidebar->count(); ++i)
        if (m_sidebar->item(i)->data(Qt::UserRole).toString() == id) {
            m_sidebar->blockSignals(true);
            m_sidebar->setCurrentRow(i);
            m_sidebar->blockSignals(false);
        }
    updateDetailsVisibility();
    if (WorkspaceView* view = asView(w))
        view->focusContent();
    return true;
}

void Workspace::setReview(QWidget* review, const QString& title)
{
    if (m_review)
        delete m_review.data();
    m_review = review;
    m_viewStack->addWidget(review);
    auto* item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/review.svg")), title, m_sidebar);
    item->setData(Qt::UserRole, kReview);
}

bool Workspace::reviewOnScreen() const
{
    return m_review && m_viewStack->currentWidget() == m_review.data();
}

void Workspace::removeReview()
{
    if (!m_review)
        return;
    m_review->deleteLater();
    m_review = nullptr;
    for (int i = 0; i < m_sidebar->count(); ++i)
        if (m_sidebar->item(i)->data(Qt::UserRole).toString() == kReview)
            delete m_sidebar->takeItem(i);
}

void Workspace::updateDetailsVisibility()
{
    // The details panel takes room only where it shows someone, for the view that asked:
    // otherwise it folds away and the view gets the whole width.
    if (!m_details)
        return;
    const QString view = currentViewId();
    m_details->setVisible(view != kReview && m_details->nominalId() > 0 && view == m_detailsOwner);
}

void Workspace::updateStatus(bool active)
{
    WorkspaceView* view = currentView();
    m_countLabel->setText(active && view ? view->statusText() : QString());
}

void Workspace::setScanText(const QString& text)
{
    m_scanLabel->setText(text);
}

void Workspace::setUserText(const QString& text)
{
    m_userLabel->setText(text);
}

void Workspace::updateWaiting(Session* session)
{
    if (!session || m_window.isLocked()) {
        m_waitingLabel->clear();
        m_waitingLabel->hide();
        return;
    }
    // Removals another officer proposed, for a supervisor to sign off; reviews overdue.
    int signOffs = -1;
    if (session->user().roles.has(Role::Supervisor)) {
        signOffs = 0;
        try {
            for (const PendingProposal& p : RemovalService(session->db()).pending(Time::today()))
                if (p.request.proposer != session->username())
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
        item->setText(n > 0 ? MainWindow::tr("%1 (%2)").arg(title).arg(n) : title);
        item->setToolTip(id == u"signoff" && n > 0
                             ? MainWindow::tr("%n removal(s) await your sign-off", nullptr, n)
                         : id == u"due" && n > 0
                             ? MainWindow::tr("%n review(s) due or overdue", nullptr, n)
                             : QString());
    }
    // Wide enough for every entry with its count (never cut), within the sidebar's limits.
    m_sidebar->setMinimumWidth(
        std::clamp(m_sidebar->sizeHintForColumn(0) + 2 * m_sidebar->frameWidth() + 8, 150,
                   m_sidebar->maximumWidth()));
    QStringList parts;
    if (signOffs > 0)
        parts << MainWindow::tr("%n removal(s) await your sign-off", nullptr, signOffs);
    if (overdue > 0)
        parts << MainWindow::tr("%n review(s) due or overdue", nullptr, overdue);
    m_waitingLabel->setText(parts.join(QStringLiteral(" · ")));
    m_waitingLabel->setVisible(!parts.isEmpty());
    // A desktop notification when more wait than before (and at sign-in), where there is one.
    if (signOffs > m_notifiedSignOffs && signOffs > 0 && QSystemTrayIcon::isSystemTrayAvailable() &&
        QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(m_window.windowIcon(), &m_window);
            m_tray->setObjectName(QStringLiteral("notificationIcon"));
        }
        m_tray->show();
        m_tray->showMessage(MainWindow::tr("Corroborate"),
                            MainWindow::tr("%n removal(s) await your sign-off", nullptr, signOffs),
                            QSystemTrayIcon::Information, 10000);
    }
    if (signOffs >= 0)
        m_notifiedSignOffs = signOffs;
}

} // namespace corroborate::ui
