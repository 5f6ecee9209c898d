#pragma once

#include "core/Review.h"
#include "data/NominalDetails.h"
#include "main/WorkspaceView.h"

#include <QJsonObject>
#include <QWidget>
#include <memory>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTabBar;
class QTableView;

namespace corroborate::ui {

class Dialogs;
class IntelligenceModel;
class ResultSink;
class Session;

// A review session, one nominal at a time, in four steps: identity and classification →
// intelligence (add, correct, regrade) → threshold result with reasons → decision (retain
// until a date when the threshold is met, propose removal, or defer, each with its reason).
// Ctrl+Enter saves and goes on; "3 of 27" shows where the reviewer is; Pause keeps the place
// in the file for later. Each opening is logged as a consultation justified by the session.
class ReviewView : public QWidget, public WorkspaceView
{
    Q_OBJECT
public:
    enum Step
    {
        IdentityStep,
        IntelligenceStep,
        ThresholdStep,
        DecisionStep,
        StepCount
    };
    ReviewView(Session& session, Dialogs& dialogs, const ReviewSessionRecord& record,
               QWidget* parent = nullptr);
    ~ReviewView() override;

    qint64 sessionId() const { return m_record.id; }
    int position() const { return m_record.position; }
    int total() const { return static_cast<int>(m_record.queue.size()); }
    int step() const;
    void setStep(int step);
    qint64 currentNominalId() const { return m_details ? m_details->nominal.id : 0; }
    QString progressText() const;
    // What the queue holds and where it came from, shown under the progress.
    void setQueueNote(const QString& note);

    // Saves the decision on screen and moves to the next nominal.
    bool saveAndNext();
    // Keeps the position in the file and closes the view.
    void pause();
    // The step's unsaved work (decision, reason, date, step) for a draft; empty when there is
    // none worth keeping. applyDraft puts it back when it is about the nominal on screen.
    QJsonObject draft() const;
    bool applyDraft(const QJsonObject& draft);
    // Reads the nominal on screen again (after an edit), keeping the step's choices.
    void reload() { loadCurrent(); }

    // WorkspaceView. The review loads its nominal again after its own saves and edits (the
    // window calls reload() after an edit dialog); the window deletes it at a lock, after
    // keeping its draft, so it has nothing more to refresh or clear here.
    void refresh() override {}
    void clearPersonalData() override {}
    QString statusText() const override;
    qint64 selectedNominalId() const override { return currentNominalId(); }

signals:
    void finished(); // the last nominal was decided
    void paused();
    void changed();                     // something was saved (lists should refresh)
    void saved(const QString& summary); // a decision was saved: what, in a few words
    void loaded(qint64 nominalId);

private:
    void loadCurrent();
    void display(const NominalDetails& details);
    void updateDecisionState();
    void editDetails();
    void addItem();
    void editItem();
    void removeItem();
    qint64 selectedItemId() const;

    Session& m_session;
    Dialogs& m_dialogs;
    ReviewSessionRecord m_record;
    std::shared_ptr<ResultSink> m_sink;
    std::unique_ptr<NominalDetails> m_details;
    quint64 m_request = 0;
    int m_retries = 0;

    QLabel* m_progress;
    QLabel* m_who;
    QLabel* m_queueNote;
    QTabBar* m_steps;
    QStackedWidget* m_pages;
    QFormLayout* m_identity;
    QWidget* m_identityPage;
    QPushButton* m_editDetails;
    IntelligenceModel* m_items;
    QTableView* m_itemsView;
    QLabel* m_threshold;
    QLabel* m_policyWords;
    QRadioButton* m_retain;
    QRadioButton* m_remove;
    QRadioButton* m_defer;
    QButtonGroup* m_decision;
    QDateEdit* m_retainUntil;
    QComboBox* m_reason;
    QLabel* m_decisionNote;
    QLabel* m_error;
    QPushButton* m_save;
    QPushButton* m_pause;
    QPushButton* m_back;
    QPushButton* m_next;
};

} // namespace corroborate::ui
