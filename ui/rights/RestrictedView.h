#pragma once

#include "widgets/RegisterView.h"

namespace corroborate::ui {

// "Restricted" (issue 11; DPA 2018 s.47): every nominal whose processing is restricted, with
// the reason in words and the date it runs until; those past their date are flagged.
class RestrictedView : public RegisterView
{
    Q_OBJECT
public:
    RestrictedView(MainWindow& window, Session& session, QWidget* parent = nullptr);

    void reload() override;
    QTableView* table() const { return m_view; }

    // WorkspaceView
    void clearPersonalData() override;
    QString statusText() const override;

private:
    QStandardItemModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    int m_count = 0;
};

} // namespace corroborate::ui
