#pragma once

#include "core/Sharing.h"
#include "main/WorkspaceView.h"

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace corroborate::ui {

class AgreementDialog;
class MainWindow;
class ResultSink;
class Session;

// "Agreements" (every user reads; administrators add, amend and end): the information-sharing
// agreements register.
class AgreementsView : public QWidget, public WorkspaceView
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

    // WorkspaceView
    void refresh() override { reload(); }
    void clearPersonalData() override;
    QString statusText() const override;

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
