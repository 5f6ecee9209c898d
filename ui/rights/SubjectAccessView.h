#pragma once

#include "rights/RightsService.h"
#include "widgets/RegisterView.h"

#include <QList>

namespace corroborate::ui {

// "Subject access" (issue 11; DPA 2018 s.45): the open requests with their due dates, overdue
// ones first and marked; open a request, withhold an item with a reason in words, produce the
// response (a marked PDF, recorded as a disclosure to the person), close with an outcome.
// The list is read on the DataWorker; the count of open and overdue requests is shown in the
// status bar for supervisors.
class SubjectAccessView : public RegisterView
{
    Q_OBJECT
public:
    SubjectAccessView(MainWindow& window, Session& session, QWidget* parent = nullptr);

    void reload() override;
    QTableView* table() const { return m_view; }

    // WorkspaceView
    void clearPersonalData() override;
    QString statusText() const override;

private:
    void show(const QList<SubjectAccessStatus>& rows);
    const SubjectAccessStatus* selected() const;
    void updateButtons();
    void openRequest();
    void withholdItem();
    void produceResponse();
    void closeRequest();

    QStandardItemModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QPushButton* m_open;
    QPushButton* m_withhold;
    QPushButton* m_respond;
    QPushButton* m_close;
    QList<SubjectAccessStatus> m_rows;
};

} // namespace corroborate::ui
