#pragma once

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace corroborate::ui {

class DecisionDialog;
class ErasureRegisterModel;
class FlaggedAlertModel;
class MainWindow;
class PendingProposalModel;
class ResultSink;
class Session;

// "Awaiting sign-off" (supervisors): the proposals waiting for a decision, overdue ones
// highlighted, and the flagged nominals nobody has proposed for too long. Loaded on the worker
// each time it is shown and after every decision.
class SignOffView : public QWidget
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

// "Erasure register" (supervisors and administrators): what remains of every erased nominal,
// whether its signed decision verifies, and the disclosures made before, so the recipients can
// be asked to destroy what they hold (DPA 2018 s.48).
class ErasureRegisterView : public QWidget
{
    Q_OBJECT
public:
    ErasureRegisterView(Session& session, QWidget* parent = nullptr);
    ~ErasureRegisterView() override;

    ErasureRegisterModel* model() const { return m_model; }
    QTableView* table() const { return m_view; }
    bool isLoading() const { return m_loading; }
    void reload();

signals:
    void reloaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showSelected();

    Session& m_session;
    std::shared_ptr<ResultSink> m_sink;
    quint64 m_request = 0;
    bool m_loading = false;
    ErasureRegisterModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QTextBrowser* m_disclosures;
};

} // namespace corroborate::ui
