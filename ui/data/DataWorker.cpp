#include "DataWorker.h"

#include "core/Error.h"
#include "core/Time.h"
#include "workflow/CaseFileAccess.h"
#include "workflow/ReaderConnection.h"

namespace corroborate::ui {

DataWorker::DataWorker(QString path, Secret passphrase, QObject* parent)
    : QThread(parent)
    , m_path(std::move(path))
    , m_passphrase(std::move(passphrase))
{
    setObjectName(QStringLiteral("corroborate-data"));
}

DataWorker::~DataWorker()
{
    stop();
}

void DataWorker::setPolicy(const Policy& policy)
{
    QMutexLocker lock(&m_mutex);
    m_policy = policy;
}

void DataWorker::setToday(const QDate& today)
{
    QMutexLocker lock(&m_mutex);
    m_today = today;
}

void DataWorker::submit(Job job, Priority priority)
{
    QMutexLocker lock(&m_mutex);
    if (m_stopping)
        return;
    if (priority == Priority::Interactive)
        m_interactive.push_back({std::move(job), false});
    else
        m_background.push_back(std::move(job));
    m_wake.wakeOne();
}

void DataWorker::submitWrite(Job job)
{
    QMutexLocker lock(&m_mutex);
    if (m_stopping)
        return;
    m_interactive.push_back({std::move(job), true});
    m_wake.wakeOne();
}

void DataWorker::clearQueue()
{
    QMutexLocker lock(&m_mutex);
    m_interactive.clear();
    m_background.clear();
}

void DataWorker::releaseMemory()
{
    submit([](WorkerContext& ctx) { CaseFileAccess::releaseMemory(ctx.db); });
}

void DataWorker::stop()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_interactive.clear();
        m_background.clear();
        m_wake.wakeAll();
    }
    wait();
}

bool DataWorker::takeJob(Job& job, bool interactiveOnly)
{
    // Between the chunks of a background pass (interactiveOnly) only reads may run.
    for (auto it = m_interactive.begin(); it != m_interactive.end(); ++it) {
        if (interactiveOnly && it->writes)
            continue;
        job = std::move(it->job);
        m_interactive.erase(it);
        return true;
    }
    if (!interactiveOnly && !m_background.empty()) {
        job = std::move(m_background.front());
        m_background.pop_front();
        return true;
    }
    return false;
}

void DataWorker::runInteractiveNow()
{
    if (!m_context)
        return;
    for (;;) {
        Job job;
        {
            QMutexLocker lock(&m_mutex);
            if (m_stopping || !takeJob(job, true))
                return;
            m_context->policy = m_policy;
            m_context->today = m_today.isValid() ? m_today : Time::today();
        }
        try {
            job(*m_context);
        } catch (const std::exception&) {
            // Each job reports its own errors; one failing must not stop the worker.
        }
    }
}

void DataWorker::run()
{
    ReaderConnection connection;
    try {
        connection.open(m_path, m_passphrase);
        m_passphrase.wipe();
    } catch (const Error& e) {
        m_passphrase.wipe();
        emit failed(e.message());
        return;
    }
    m_ready = true;
    emit ready();
    WorkerContext context{connection.db(), {}, {}};
    m_context = &context;
    for (;;) {
        Job job;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_stopping && m_interactive.empty() && m_background.empty())
                m_wake.wait(&m_mutex);
            if (m_stopping)
                break;
            takeJob(job, false);
            context.policy = m_policy;
            context.today = m_today.isValid() ? m_today : Time::today();
        }
        try {
            job(context);
        } catch (const std::exception&) {
            // Each job reports its own errors; one failing must not stop the worker.
        }
    }
    m_context = nullptr;
    connection.close();
}

} // namespace corroborate::ui
