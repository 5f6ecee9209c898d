#pragma once

#include "widgets/RegisterView.h"

namespace corroborate::ui {

class DecisionDialog;
class FlaggedAlertModel;
class PendingProposalModel;

// "Awaiting sign-off" (supervisors): the proposals waiting for a decision, overdue ones
// highlighted, and the flagged nominals nobody has proposed for too long. Loaded on the worker
// each time it is shown and after every decision.
class SignOffView : public RegisterView
{
    Q_OBJECT
public:
    SignOffView(MainWindow& window, Session& session, QWidget* parent = nullptr);

    PendingProposalModel* pendingModel() const { return m_pending; }
    FlaggedAlertModel* flaggedModel() const { return m_flagged; }
    QTableView* pendingTable() const { return m_pendingView; }
    QTableView* flaggedTable() const { return m_flaggedView; }
    bool isLoading() const { return m_loading > 0; }
    void reload() override;
    // Opens the decision dialog for the selected proposal (window-modal, not blocking);
    // nullptr when none is selected.
    DecisionDialog* decideSelected(bool reject = false);

    // WorkspaceView
    void clearPersonalData() override;
    QString statusText() const override;

signals:
    void reloaded();

private:
    void updateButtons();
    void proposeForFlagged();
    void openSelected();

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
