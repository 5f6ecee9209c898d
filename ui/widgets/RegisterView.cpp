#include "RegisterView.h"

#include "data/DataWorker.h"
#include "data/Session.h"

namespace corroborate::ui {

RegisterView::RegisterView(MainWindow& window, Session& session, LoadOn loadOn, QWidget* parent)
    : QWidget(parent)
    , m_window(window)
    , m_session(session)
    , m_sink(std::make_shared<ResultSink>(this))
    , m_loadOn(loadOn)
{
}

RegisterView::~RegisterView()
{
    m_sink->detach();
}

void RegisterView::submit(std::function<void(WorkerContext&)> job, DataWorker::Priority priority)
{
    m_session.worker().submit(std::move(job), priority);
}

void RegisterView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_loadOn == LoadOn::Show)
        reload();
}

} // namespace corroborate::ui
