// The Nominal menu's commands, and showing a nominal (with the reason for looking).
#include "CommandController.h"
#include "DetailsPanel.h"
#include "MainWindow.h"
#include "Workspace.h"
#include "WorkspaceView.h"
#include "core/Clipboard.h"
#include "core/Dialogs.h"
#include "core/Error.h"
#include "data/Session.h"
#include "edit/EditFlows.h"
#include "review/ReviewView.h"
#include "workflow/Consultation.h"

#include <QAction>
#include <QMenu>
#include <QTableView>

namespace corroborate::ui {

void MainWindow::createNominalCommands()
{
    QAction* newNominal = makeAction(this, QStringLiteral("actionNewNominal"), tr("&New nominal…"),
                                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                                     QStringLiteral(":/icons/add.svg"));
    QAction* editNominal =
        makeAction(this, QStringLiteral("actionEditNominal"), tr("&Edit details…"),
                   QKeySequence(Qt::CTRL | Qt::Key_E), QStringLiteral(":/icons/edit.svg"));
    QAction* addIntelligence =
        makeAction(this, QStringLiteral("actionAddIntelligence"), tr("&Add intelligence…"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QAction* editIntelligence = makeAction(this, QStringLiteral("actionEditIntelligence"),
                                           tr("&Correct intelligence item…"),
                                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction* copyReference =
        makeAction(this, QStringLiteral("actionCopyReference"), tr("Copy &reference"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QAction* reason =
        makeAction(this, QStringLiteral("actionConsultationReason"),
                   tr("Change the reason for &looking…"), QKeySequence(Qt::CTRL | Qt::Key_J));
    QMenu* nominal = menu(MenuId::Nominal);
    nominal->addAction(newNominal);
    nominal->addAction(editNominal);
    nominal->addSeparator();
    nominal->addAction(addIntelligence);
    nominal->addAction(editIntelligence);
    nominal->addSeparator();
    nominal->addAction(copyReference);
    nominal->addAction(reason);
    connect(newNominal, &QAction::triggered, this, &MainWindow::newNominal);
    connect(editNominal, &QAction::triggered, this, &MainWindow::editNominal);
    connect(addIntelligence, &QAction::triggered, this, &MainWindow::addIntelligence);
    connect(editIntelligence, &QAction::triggered, this, &MainWindow::editIntelligence);
    connect(copyReference, &QAction::triggered, this, [this] {
        if (WorkspaceView* view = m_workspace->currentView(); view && view->listsNominals())
            if (const QString reference = view->selectedReference(); !reference.isEmpty())
                m_clipboard->copy(reference);
    });
    connect(reason, &QAction::triggered, this, [this] {
        if (!m_session)
            return;
        const QString before = m_session->consultationReason();
        m_session->setConsultationReason(QString());
        if (!askConsultationReason())
            m_session->setConsultationReason(before);
    });
    addCommand(newNominal, Need::Session | Need::NoReviewOnScreen);
    addCommand(editNominal, Need::Session | Need::Nominal);
    addCommand(addIntelligence, Need::Session | Need::Nominal);
    addCommand(editIntelligence, Need::Session | Need::Nominal | Need::NoReviewOnScreen);
    addCommand(copyReference, Need::Session | Need::Nominal | Need::NoReviewOnScreen);
    addCommand(reason, Need::Session);
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
    if (m_workspace->reviewOnScreen())
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
    DetailsPanel* details = m_workspace->details();
    if (!m_session || m_locked || id <= 0 || !details)
        return;
    const QModelIndex index = details->intelligenceTable()->currentIndex();
    qint64 item = index.isValid() ? index.data(Qt::UserRole + 1).toLongLong() : 0;
    if (item <= 0 && details->details() && !details->details()->intelligence.isEmpty())
        item = details->details()->intelligence.first().id;
    if (item <= 0) {
        m_dialogs->information(this, tr("No intelligence"),
                               tr("This nominal has no intelligence to correct yet."));
        return;
    }
    if (EditFlows::editIntelligence(this, *m_session, id, item) && !m_locked)
        refreshData();
}

void MainWindow::restoreEditDraft(const QString& kind, qint64 nominalId, qint64 itemId,
                                  const QJsonObject& payload)
{
    if (!m_session || m_locked)
        return;
    bool saved = false;
    if (kind == u"nominal_new")
        saved = EditFlows::newNominal(this, *m_session, payload) > 0;
    else if (kind == u"nominal_edit")
        saved = EditFlows::editNominal(this, *m_session, nominalId, payload);
    else if (kind == u"intelligence_new")
        saved = EditFlows::addIntelligence(this, *m_session, nominalId, payload);
    else if (kind == u"intelligence_edit")
        saved = EditFlows::editIntelligence(this, *m_session, nominalId, itemId, payload);
    if (saved && !m_locked) {
        refreshData();
        if (ReviewView* review = reviewView())
            review->reload();
    }
}

qint64 MainWindow::currentNominalId() const
{
    const WorkspaceView* view = m_workspace->currentView();
    return view ? view->selectedNominalId() : 0;
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
    DetailsPanel* details = m_workspace->details();
    // Closing, quitting or locking never shows anyone (nor asks why).
    if (!m_session || !details || m_locked || m_tearingDown || id <= 0)
        return;
    if (id == m_restoredId) {
        // The list selecting again, after an unlock, the person already on screen before the
        // lock: nobody asked to look anew, so nothing more is logged.
        m_restoredId = 0;
        return;
    }
    m_restoredId = 0;
    if (!askConsultationReason()) {
        details->clear();
        return;
    }
    const QString reason = m_session->consultationReason();
    details->showNominal(id, m_session->markConsulted(reference, reason) ? reason : QString());
    m_workspace->setDetailsOwner(currentViewId());
    m_workspace->updateDetailsVisibility();
    updateCommands();
}

} // namespace corroborate::ui
