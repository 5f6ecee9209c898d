#pragma once

#include "sharing/AgreementService.h"
#include "sharing/DisclosureRegister.h"
#include "store/SharingRepository.h"

#include <QDialog>
#include <QWidget>
#include <functional>
#include <memory>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace corroborate::ui {

class MainWindow;
class ResultSink;
class Session;

// "Disclosures" (supervisors and administrators; issue 10): every pack and export that left
// the file, overdue ones first (past their destroy-by date, destruction not confirmed), with
// the one action that records a recipient's confirmation; and the pending recall notices
// (DPA 2018 s.48), issued from here as marked PDFs. Loaded on the worker each time it is shown.
class DisclosuresView : public QWidget
{
    Q_OBJECT
public:
    DisclosuresView(MainWindow& window, Session& session, QWidget* parent = nullptr);
    ~DisclosuresView() override;

    QTableView* disclosuresTable() const { return m_disclosuresView; }
    QTableView* recallTable() const { return m_recallView; }
    QStandardItemModel* disclosuresModel() const { return m_disclosures; }
    QStandardItemModel* recallModel() const { return m_recalls; }
    bool isLoading() const { return m_loading; }
    void reload();
    // Asks for the note (Dialogs::reason) and records the confirmation for the selected row.
    void confirmSelected();
    // Asks where to save (Dialogs::saveFileName) and issues the selected pending notice.
    void issueSelected();

signals:
    void reloaded();
    void overdueCounted(int overdue);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateButtons();

    MainWindow& m_window;
    Session& m_session;
    std::shared_ptr<ResultSink> m_sink;
    quint64 m_request = 0;
    bool m_loading = false;
    QList<DisclosureStatus> m_rows;
    QList<RecallNotice> m_pending;
    QStandardItemModel* m_disclosures;
    QStandardItemModel* m_recalls;
    QTableView* m_disclosuresView;
    QTableView* m_recallView;
    QLabel* m_summary;
    QLabel* m_recallSummary;
    QPushButton* m_confirm;
    QPushButton* m_issue;
};

// Adding or amending an agreement (administrators).
class AgreementDialog : public QDialog
{
    Q_OBJECT
public:
    // `existing` null: a new agreement.
    AgreementDialog(const Agreement* existing, const QDate& today, QWidget* parent = nullptr);
    AgreementDraft draft() const;
    void setProblem(const QString& text);
    // Called by Save: returns the problem to show (the dialog stays open), or an empty string
    // (the dialog closes).
    void setSaver(std::function<QString(const AgreementDraft&)> saver)
    {
        m_saver = std::move(saver);
    }
    void accept() override;

private:
    std::function<QString(const AgreementDraft&)> m_saver;
    QLineEdit* m_partner;
    QLineEdit* m_basis;
    QPlainTextEdit* m_purposes;
    QSpinBox* m_retention;
    QDateEdit* m_from;
    QDateEdit* m_until;
    QLabel* m_problem;
};

// "Agreements" (every user reads; administrators add, amend and end): the information-sharing
// agreements register.
class AgreementsView : public QWidget
{
    Q_OBJECT
public:
    AgreementsView(MainWindow& window, Session& session, QWidget* parent = nullptr);
    ~AgreementsView() override;

    QTableView* table() const { return m_view; }
    QStandardItemModel* model() const { return m_model; }
    bool isLoading() const { return m_loading; }
    void reload();
    // Opens the dialog (window-modal, not blocking) to add, or to amend the selected one.
    AgreementDialog* openEditor(bool amend);
    // Ends the selected agreement today, after a question.
    void endSelected();

signals:
    void reloaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateButtons();
    const Agreement* selected() const;

    MainWindow& m_window;
    Session& m_session;
    std::shared_ptr<ResultSink> m_sink;
    quint64 m_request = 0;
    bool m_loading = false;
    QList<Agreement> m_rows;
    QStandardItemModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QPushButton* m_add = nullptr;
    QPushButton* m_amend = nullptr;
    QPushButton* m_end = nullptr;
};

} // namespace corroborate::ui
