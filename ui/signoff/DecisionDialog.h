#pragma once

#include "data/NominalDetails.h"
#include "workflow/RemovalService.h"

#include <QDialog>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace corroborate::ui {

class ResultSink;
class Session;

// What the decision dialog shows, read on the worker: the nominal with its intelligence and
// reviews (the opening is logged as a consultation), its evaluation today under the active
// policy (the one an approval signs), the pending proposal and every earlier one.
struct DecisionData
{
    NominalDetails details;
    Evaluation evaluation;
    std::optional<RemovalRequest> pending;
    QList<RemovalRequest> history;
    QString error;
    // Why the person cannot be erased now (an open subject access request, a restriction:
    // RightsService::erasureBlocker), shown before any password is asked for.
    QString erasureBlocker;
};

// A supervisor's decision on one removal proposal (docs/DESIGN.md §6.3): the nominal's current
// evaluation in words, the proposal and the history; Approve asks for the supervisor's own
// password again and signs the evaluation shown; Reject needs a note for the proposer. The
// four-eyes rule is the core's: its refusal is shown in the dialog.
class DecisionDialog : public QDialog
{
    Q_OBJECT
public:
    DecisionDialog(Session& session, qint64 nominalId, const QString& reference,
                   QWidget* parent = nullptr);
    ~DecisionDialog() override;

    const QString& reference() const { return m_reference; }
    bool isLoaded() const { return m_loaded; }
    // Focuses the password (approve) or the note (reject).
    void focusApprove();
    void focusReject();
    // The last decision's error as shown (empty when none).
    QString errorText() const;

    // The rich-text body (also used by tests and screenshots).
    static QString bodyHtml(const DecisionData& data, const QPalette& palette);

signals:
    void loaded();
    // The nominal was erased; `result` says what the erasure left to finish.
    // forReview: other nominals' intelligence that mentions the erased person (one line each).
    void approvedAndErased(const QString& reference, const QStringList& scrubProblems,
                           const QStringList& forReview);
    void rejectedWithNote(const QString& reference);

private:
    void load();
    void approve();
    void rejectProposal();
    void showError(const QString& message);
    void clearError();
    // While the approval runs: a wait cursor, a line saying so, the buttons and fields disabled.
    void setWorking(bool working);

    Session& m_session;
    std::shared_ptr<ResultSink> m_sink;
    qint64 m_nominalId;
    QString m_reference;
    bool m_loaded = false;
    bool m_lastingError = false; // an error no typing can cure (not pending, own proposal)
    QString m_shownHash;
    QLabel* m_title;
    QTextBrowser* m_body;
    QLineEdit* m_password;
    QPushButton* m_approve;
    QPlainTextEdit* m_note;
    QPushButton* m_reject;
    QLabel* m_error;
    QLabel* m_working = nullptr;
    QList<bool> m_enabledBefore;
};

} // namespace corroborate::ui
