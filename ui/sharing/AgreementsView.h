#pragma once

#include "core/Sharing.h"
#include "widgets/RegisterView.h"

namespace corroborate::ui {

class AgreementDialog;

// "Agreements" (every user reads; administrators add, amend and end): the information-sharing
// agreements register.
class AgreementsView : public RegisterView
{
    Q_OBJECT
public:
    AgreementsView(MainWindow& window, Session& session, QWidget* parent = nullptr);

    QTableView* table() const { return m_view; }
    QStandardItemModel* model() const { return m_model; }
    bool isLoading() const { return m_loading; }
    void reload() override;
    // Opens the dialog (window-modal, not blocking) to add, or to amend the selected one.
    AgreementDialog* openEditor(bool amend);
    // Ends the selected agreement today, after a question.
    void endSelected();

    // WorkspaceView
    void clearPersonalData() override;
    QString statusText() const override;

signals:
    void reloaded();

private:
    void updateButtons();
    const Agreement* selected() const;

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
