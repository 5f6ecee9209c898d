#pragma once

#include "rights/RightsService.h"

#include <QList>
#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace corroborate::ui {

class MainWindow;
class ResultSink;
class Session;

// "Subject access" (issue 11; DPA 2018 s.45): the open requests with their due dates, overdue
// ones first and marked; open a request, withhold an item with a reason in words, produce the
// response (a marked PDF, recorded as a disclosure to the person), close with an outcome.
// The list is read on the DataWorker; the count of open and overdue requests is shown in the
// status bar for supervisors.
class SubjectAccessView : public QWidget
{
    Q_OBJECT
public:
    SubjectAccessView(MainWindow& window, Session& session, QWidget* parent = nullptr);
    ~SubjectAccessView() override;

    void reload();
    QTableView* table() const { return m_view; }

private:
    void show(const QList<SubjectAccessStatus>& rows);
    const SubjectAccessStatus* selected() const;
    void updateButtons();
    void openRequest();
    void withholdItem();
    void produceResponse();
    void closeRequest();

    MainWindow& m_window;
    Session& m_session;
    QStandardItemModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QPushButton* m_open;
    QPushButton* m_withhold;
    QPushButton* m_respond;
    QPushButton* m_close;
    QList<SubjectAccessStatus> m_rows;
    std::shared_ptr<ResultSink> m_sink;
};

// "Restricted" (issue 11; DPA 2018 s.47): every nominal whose processing is restricted, with
// the reason in words and the date it runs until; those past their date are flagged.
class RestrictedView : public QWidget
{
    Q_OBJECT
public:
    RestrictedView(MainWindow& window, Session& session, QWidget* parent = nullptr);
    ~RestrictedView() override;

    void reload();
    QTableView* table() const { return m_view; }

private:
    MainWindow& m_window;
    Session& m_session;
    QStandardItemModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    std::shared_ptr<ResultSink> m_sink;
};

} // namespace corroborate::ui
