#pragma once

#include "core/Sharing.h"
#include "sharing/DisclosureRegister.h"
#include "widgets/RegisterView.h"

namespace corroborate::ui {

// "Disclosures" (supervisors and administrators; issue 10): every pack and export that left
// the file, overdue ones first (past their destroy-by date, destruction not confirmed), with
// the one action that records a recipient's confirmation; and the pending recall notices
// (DPA 2018 s.48), issued from here as marked PDFs. Loaded on the worker each time it is shown.
class DisclosuresView : public RegisterView
{
    Q_OBJECT
public:
    DisclosuresView(MainWindow& window, Session& session, QWidget* parent = nullptr);

    QTableView* disclosuresTable() const { return m_disclosuresView; }
    QTableView* recallTable() const { return m_recallView; }
    QStandardItemModel* disclosuresModel() const { return m_disclosures; }
    QStandardItemModel* recallModel() const { return m_recalls; }
    bool isLoading() const { return m_loading; }
    void reload() override;
    // Asks for the note (Dialogs::reason) and records the confirmation for the selected row.
    void confirmSelected();
    // Asks where to save (Dialogs::saveFileName) and issues the selected pending notice.
    void issueSelected();

    // WorkspaceView
    void clearPersonalData() override;
    QString statusText() const override;

signals:
    void reloaded();
    void overdueCounted(int overdue);

private:
    void updateButtons();

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

} // namespace corroborate::ui
