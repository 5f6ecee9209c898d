#pragma once

#include "core/Secret.h"
#include "policy/Policy.h"

#include <QDate>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QWaitCondition>
#include <atomic>
#include <deque>
#include <functional>
#include <memory>

namespace corroborate {
class Database;
}

namespace corroborate::ui {

// What a job on the worker thread is given: the worker's own connection and the session's
// policy and date.
struct WorkerContext
{
    Database& db;
    Policy policy;
    QDate today;
};

// Delivers results from the worker thread to an object on the GUI thread, safely even if that
// object is being destroyed: the object detaches in its destructor, and a detached sink drops
// what it is given. Queued events for a destroyed object are discarded by Qt.
class ResultSink
{
public:
    explicit ResultSink(QObject* target)
        : m_target(target)
    {
    }
    void detach()
    {
        QMutexLocker lock(&m_mutex);
        m_target = nullptr;
    }
    template <typename F> void deliver(F&& f)
    {
        QMutexLocker lock(&m_mutex);
        if (m_target)
            QMetaObject::invokeMethod(m_target, std::forward<F>(f), Qt::QueuedConnection);
    }

private:
    QMutex m_mutex;
    QObject* m_target;
};

// The thread that reads the case file for the windows, on its own connection, so that no
// list page, search or whole-list evaluation ever runs on the GUI thread. Jobs run one at a
// time; interactive ones go before background ones, and a long background job (the whole-list
// evaluation) lets waiting interactive jobs run between its chunks (runInteractiveNow()).
class DataWorker : public QThread
{
    Q_OBJECT
public:
    using Job = std::function<void(WorkerContext&)>;
    enum class Priority
    {
        Interactive,
        Background
    };

    // Opens `path` with `passphrase` on the worker thread (key derivation takes ~0.3 s); the
    // passphrase is wiped once the connection is open.
    DataWorker(QString path, Secret passphrase, QObject* parent = nullptr);
    ~DataWorker() override;

    void setPolicy(const Policy& policy);
    void setToday(const QDate& today);
    void submit(Job job, Priority priority = Priority::Interactive);
    // An interactive job that writes (a consultation entry): never run in the middle of a
    // background pass, whose long read snapshot a write could not build on.
    void submitWrite(Job job);
    // Drops queued jobs (not the one running).
    void clearQueue();
    // Asks SQLite to drop the connection's page cache (decrypted pages) at the next chance.
    void releaseMemory();
    // Stops after the running job; waits for the thread.
    void stop();

    // Only from inside a job on the worker thread: runs the waiting interactive jobs now.
    void runInteractiveNow();
    bool isReady() const { return m_ready.load(); }

signals:
    void ready();
    void failed(const QString& message);

protected:
    void run() override;

private:
    bool takeJob(Job& job, bool interactiveOnly);

    QString m_path;
    Secret m_passphrase;
    QMutex m_mutex;
    QWaitCondition m_wake;
    struct Queued
    {
        Job job;
        bool writes = false;
    };
    std::deque<Queued> m_interactive;
    std::deque<Job> m_background;
    Policy m_policy;
    QDate m_today;
    bool m_stopping = false;
    std::atomic<bool> m_ready{false};
    WorkerContext* m_context = nullptr; // valid while run() runs
};

} // namespace corroborate::ui
