#pragma once

#include "core/Error.h"
#include "data/DataWorker.h"
#include "main/WorkspaceView.h"

#include <QWidget>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

// What a register view shows and its header names.
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTextBrowser;

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

    // Runs `read(WorkerContext&)` on the data worker and hands its result (a default one when
    // it failed) and the failure's message (empty when none) to `show(result, error)` on the
    // GUI thread, unless load `request` has been overtaken meanwhile.
    template <typename Read, typename Show>
    void readOnWorker(quint64 request, Read read, Show show,
                      DataWorker::Priority priority = DataWorker::Priority::Interactive)
    {
        using T = std::decay_t<std::invoke_result_t<Read&, WorkerContext&>>;
        auto sink = m_sink;
        submit(
            [this, sink, request, read, show](WorkerContext& ctx) mutable {
                auto result = std::make_shared<T>();
                auto error = std::make_shared<QString>();
                try {
                    *result = read(ctx);
                } catch (const Error& e) {
                    *error = e.message();
                }
                sink->deliver([this, request, result, error, show] {
                    if (isCurrent(request))
                        show(*result, *error);
                });
            },
            priority);
    }

    MainWindow& m_window;
    Session& m_session;
    std::shared_ptr<ResultSink> m_sink;

private:
    void submit(std::function<void(WorkerContext&)> job, DataWorker::Priority priority);

    LoadOn m_loadOn;
    quint64 m_request = 0;
};

} // namespace corroborate::ui
