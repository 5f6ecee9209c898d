// The View menu (the views, find, refresh), the Tools and Help menus' built-in commands, and
// the built-in views.
#include "AuditLogView.h"
#include "CommandController.h"
#include "DetailsPanel.h"
#include "MainWindow.h"
#include "NominalListView.h"
#include "Workspace.h"
#include "WorkspaceView.h"
#include "core/Dialogs.h"
#include "core/Error.h"
#include "data/Session.h"
#include "data/StatusScanner.h"
#include "lock/LockController.h"
#include "settings/SettingsDialog.h"
#include "widgets/Banner.h"
#include "workflow/IdleLimit.h"
#include "workflow/ProtectiveMarking.h"
#include "workflow/StoreVersions.h"

#include <QAction>
#include <QMenu>

namespace corroborate::ui {

void MainWindow::createViewCommands()
{
    QAction* find = makeAction(this, QStringLiteral("actionFind"), tr("&Find"), QKeySequence::Find,
                               QStringLiteral(":/icons/find.svg"));
    QAction* refresh =
        makeAction(this, QStringLiteral("actionRefresh"), tr("&Refresh"), QKeySequence::Refresh);
    QMenu* view = menu(MenuId::View);
    view->addAction(find);
    view->addAction(refresh);
    view->addSeparator();
    connect(find, &QAction::triggered, this, [this] {
        if (WorkspaceView* current = m_workspace->currentView())
            current->focusSearch();
    });
    connect(refresh, &QAction::triggered, this, &MainWindow::refreshData);
    addCommand(find, Need::Session);
    addCommand(refresh, Need::Session);
}

void MainWindow::createToolsCommands()
{
    QAction* settings =
        makeAction(this, QStringLiteral("actionSettings"), tr("&Settings…"),
                   QKeySequence(Qt::CTRL | Qt::Key_Comma), QStringLiteral(":/icons/settings.svg"));
    menu(MenuId::Tools)->addAction(settings);
    connect(settings, &QAction::triggered, this, &MainWindow::showSettings);
    QAction* about =
        makeAction(this, QStringLiteral("actionAbout"), tr("&About Corroborate"), QKeySequence());
    menu(MenuId::Help)->addAction(about);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    addCommand(settings, {});
    addCommand(about, {});
}

void MainWindow::registerBuiltInViews()
{
    const auto listView = [this](NominalListModel::Mode mode) {
        return [this, mode](MainWindow&, Session& session, QWidget* parent) -> QWidget* {
            auto* v = new NominalListView(mode, &session.worker(), parent);
            connect(v, &NominalListView::currentChanged, this,
                    [this](qint64 id, const QString& ref) { showNominal(id, ref); });
            connect(v, &NominalListView::activated, this, [this] {
                if (DetailsPanel* details = m_workspace->details())
                    details->setFocus();
            });
            connect(v, &NominalListView::countChanged, this, &MainWindow::updateStatus);
            StatusScanner* scanner = m_workspace->scanner();
            if (mode != NominalListModel::Mode::All && scanner) {
                connect(scanner, &StatusScanner::finished, v,
                        [v](std::shared_ptr<const StatusScanResult> r) { v->model()->setScan(r); });
                connect(scanner, &StatusScanner::progress, v, &NominalListView::setScanProgress);
                if (scanner->latest())
                    v->model()->setScan(scanner->latest());
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
    menu(MenuId::View)->addAction(action);
    m_workspace->addSpec(std::move(spec));
    if (m_session && !m_locked) {
        teardownWorkspace();
        buildWorkspace();
    }
    addCommand(action, Need::Session, [this, id] { return m_workspace->view(id) != nullptr; });
}

QString MainWindow::currentViewId() const
{
    return m_workspace->currentViewId();
}

void MainWindow::showView(const QString& id)
{
    if (m_locked || !m_workspace->showView(id))
        return;
    updateCommands();
    updateStatus();
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
        m_lock->applyAutoLock();
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
    if (m_session) {
        const Outcome<QString> version =
            m_session->run([](CaseFile& file) { return StoreVersions::cipher(&file); });
        if (version)
            cipher = version.value();
    } else {
        try {
            cipher = StoreVersions::cipher(nullptr);
        } catch (const Error&) {
        }
    }
    AboutDialog dialog(cipher, this);
    dialog.exec();
}

} // namespace corroborate::ui
