#pragma once

#include "main/WorkspaceView.h"

#include <QWidget>
#include <memory>

class QLabel;
class QTableView;
class QTextBrowser;

namespace corroborate::ui {

class ErasureRegisterModel;
class ResultSink;
class Session;

// "Erasure register" (supervisors and administrators): what remains of every erased nominal,
// whether its signed decision verifies, and the disclosures made before, so the recipients can
// be asked to destroy what they hold (DPA 2018 s.48).
class ErasureRegisterView : public QWidget, public WorkspaceView
{
    Q_OBJECT
public:
    ErasureRegisterView(Session& session, QWidget* parent = nullptr);
    ~ErasureRegisterView() override;

    ErasureRegisterModel* model() const { return m_model; }
    QTableView* table() const { return m_view; }
    bool isLoading() const { return m_loading; }
    void reload();

    // WorkspaceView
    void refresh() override { reload(); }
    void clearPersonalData() override;
    QString statusText() const override;

signals:
    void reloaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showSelected();

    Session& m_session;
    std::shared_ptr<ResultSink> m_sink;
    quint64 m_request = 0;
    bool m_loading = false;
    ErasureRegisterModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QTextBrowser* m_disclosures;
};

} // namespace corroborate::ui
