#include "AsyncTask.h"

#include <QPointer>
#include <QTimer>

namespace corroborate::ui {

namespace {

int g_running = 0;

struct Waiter
{
    QPointer<QObject> context;
    std::function<void()> then;
};
QList<Waiter>& waiters()
{
    static QList<Waiter> list;
    return list;
}

void runWaiters()
{
    while (g_running == 0 && !waiters().isEmpty()) {
        Waiter w = waiters().takeFirst();
        if (w.context)
            w.then();
    }
}

} // namespace

bool AsyncTask::busy()
{
    return g_running > 0;
}

void AsyncTask::whenIdle(QObject* context, std::function<void()> then)
{
    if (g_running == 0) {
        then();
        return;
    }
    waiters().append({context, std::move(then)});
}

void AsyncTask::runOnThread(const std::function<void()>& body)
{
    ++g_running;
    QEventLoop loop;
    QThread* thread = QThread::create(body);
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    // The thread may have finished before the loop starts: then finished() was already
    // delivered to quit(), which does nothing on a loop not yet running; check first.
    if (!thread->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    delete thread;
    --g_running;
    if (g_running == 0)
        QTimer::singleShot(0, [] { runWaiters(); });
}

QString AsyncTask::internalMessage(const char* what)
{
    return tr("Something went wrong inside Corroborate: %1. Try again; if it happens again, "
              "report it to whoever supports Corroborate for you.")
        .arg(QString::fromLocal8Bit(what));
}

} // namespace corroborate::ui
