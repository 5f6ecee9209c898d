#pragma once

#include "main/WorkspaceView.h"

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace corroborate::ui {

class DecisionDialog;
class FlaggedAlertModel;
class MainWindow;
class PendingProposalModel;
class ResultSink;
class Session;

// "Awaiting sign-off" (supervisors): the proposals waiting for a decision, overdue ones
// highlighted, and the flagged nominals nobody has proposed for too long. Loaded on the worker
// each time it is shown and after every decision.
class SignOffView : public QWidget, public WorkspaceView
{
    Q_OBJECT
public:
    SignOffView(MainWindow& window, Session& session, QWidget* parent = nullptr);
    ~SignOffView() override;

    PendingProposalModel* pendingModel() const { return m_pending; }
    FlaggedAlertModel* flaggedModel() const { return m_flagged; }
    QTableView* pendingTable() const { return m_pendingView; }
    QTableView* flaggedTable() const { return m_flaggedView; }
    bool isLoading() const { return m_loading > 0; }
    void reload();
    // Opens the decision dialog for the selected proposal (window-modal, not blocking);
    // nullptr when none is selected.
    DecisionDialog* decideSelected(bool reject = false);

    // WorkspaceView
    void refresh() override { reload(); }
    void clearPersonalData() override;
    QString statusText() const override;

signals:
    void reloaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateButtons();
    void proposeForFlagged();
    void openSelected();

    MainWindow& m_window;
    Session& m_session;
    std::shared_ptr<ResultSink> m_sink;
    quint64 m_request = 0;
    int m_loading = 0;
    PendingProposalModel* m_pending;
    FlaggedAlertModel* m_flagged;
    QTableView* m_pendingView;
    QTableView* m_flaggedView;
    QLabel* m_pendingSummary;
    QLabel* m_flaggedSummary;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QPushButton* m_open;
    QPushButton* m_propose;
};

} // namespace corroborate::ui
