#pragma once

#include "main/WorkspaceView.h"

#include <QWidget>
#include <memory>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace corroborate::ui {

class MainWindow;
class ResultSink;
class Session;

// "Restricted" (issue 11; DPA 2018 s.47): every nominal whose processing is restricted, with
// the reason in words and the date it runs until; those past their date are flagged.
class RestrictedView : public QWidget, public WorkspaceView
{
    Q_OBJECT
public:
    RestrictedView(MainWindow& window, Session& session, QWidget* parent = nullptr);
    ~RestrictedView() override;

    void reload();
    QTableView* table() const { return m_view; }

    // WorkspaceView
    void refresh() override { reload(); }
    void clearPersonalData() override;
    QString statusText() const override;

private:
    MainWindow& m_window;
    Session& m_session;
    QStandardItemModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    std::shared_ptr<ResultSink> m_sink;
    quint64 m_request = 0;
    int m_count = 0;
};

} // namespace corroborate::ui
