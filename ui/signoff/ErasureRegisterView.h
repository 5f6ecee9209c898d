#pragma once

#include "widgets/RegisterView.h"

namespace corroborate::ui {

class ErasureRegisterModel;

// "Erasure register" (supervisors and administrators): what remains of every erased nominal,
// whether its signed decision verifies, and the disclosures made before, so the recipients can
// be asked to destroy what they hold (DPA 2018 s.48).
class ErasureRegisterView : public RegisterView
{
    Q_OBJECT
public:
    ErasureRegisterView(MainWindow& window, Session& session, QWidget* parent = nullptr);

    ErasureRegisterModel* model() const { return m_model; }
    QTableView* table() const { return m_view; }
    bool isLoading() const { return m_loading; }
    void reload() override;

    // WorkspaceView
    void clearPersonalData() override;
    QString statusText() const override;

signals:
    void reloaded();

private:
    void showSelected();

    bool m_loading = false;
    ErasureRegisterModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QTextBrowser* m_disclosures;
};

} // namespace corroborate::ui
