#pragma once

#include "main/WorkspaceView.h"

#include <QWidget>
#include <memory>

namespace corroborate::ui {

class MainWindow;
class ResultSink;
class Session;

// What the register-like views have in common (Awaiting sign-off, Erasure register,
// Disclosures, Agreements, Subject access, Restricted): the window and session they work for,
// the sink their worker results come back through (detached when the view goes), the request
// number that drops the results of a load overtaken by a newer one or by clearPersonalData(),
// and refresh() as reload(). A view loads every time it is shown (LoadOn::Show) or once,
// calling reload() at the end of its own constructor (LoadOn::Construction).
class RegisterView : public QWidget, public WorkspaceView
{
public:
    enum class LoadOn
    {
        Show,
        Construction
    };
    RegisterView(MainWindow& window, Session& session, LoadOn loadOn, QWidget* parent);
    ~RegisterView() override;

    // Loads the register again on the worker.
    virtual void reload() = 0;
    void refresh() override { reload(); }

protected:
    void showEvent(QShowEvent* event) override;
    // A new load: its number, for isCurrent() when its results arrive.
    quint64 nextRequest() { return ++m_request; }
    bool isCurrent(quint64 request) const { return request == m_request; }
    // Results of loads under way are dropped when they arrive.
    void dropPendingLoads() { ++m_request; }

    MainWindow& m_window;
    Session& m_session;
    std::shared_ptr<ResultSink> m_sink;

private:
    LoadOn m_loadOn;
    quint64 m_request = 0;
};

} // namespace corroborate::ui
