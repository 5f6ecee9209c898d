#include "StatusScanner.h"

#include "core/Error.h"
#include "workflow/NominalRows.h"

namespace corroborate::ui {

StatusScanner::StatusScanner(DataWorker* worker, QObject* parent)
    : QObject(parent)
    , m_worker(worker)
    , m_sink(std::make_shared<ResultSink>(this))
    , m_function(&scanStatuses)
{
}

StatusScanner::~StatusScanner()
{
    cancel();
    m_sink->detach();
}

void StatusScanner::cancel()
{
    if (m_cancel)
        *m_cancel = true;
    m_scanning = false;
}

void StatusScanner::rescan()
{
    cancel();
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancelled;
    m_scanning = true;
    const quint64 generation = ++m_generation;
    auto sink = m_sink;
    auto function = m_function;
    DataWorker* worker = m_worker;
    m_worker->submit(
        [this, sink, function, cancelled, generation, worker](WorkerContext& ctx) {
            if (*cancelled)
                return;
            qint64 total = 0;
            try {
                total = NominalRows(ctx.db, ctx.policy, ctx.today).count();
            } catch (const Error&) {
            }
            const auto progressFn = [&](qint64 done) {
                sink->deliver([this, done, total, generation] {
                    if (generation == m_generation)
                        emit progress(done, total);
                });
                // Let the lists' page loads go first between chunks.
                worker->runInteractiveNow();
                return !*cancelled;
            };
            std::shared_ptr<StatusScanResult> result;
            try {
                result = std::make_shared<StatusScanResult>(
                    function(ctx.db, ctx.policy, ctx.today, progressFn));
            } catch (const Error& e) {
                const QString message = e.message();
                sink->deliver([this, message, generation] {
                    if (generation != m_generation)
                        return;
                    m_scanning = false;
                    emit failed(message);
                });
                return;
            }
            if (*cancelled)
                return;
            sink->deliver([this, result, generation] {
                if (generation != m_generation)
                    return;
                m_scanning = false;
                // The old result (hundreds of thousands of strings) is freed on the worker.
                if (auto old = std::move(m_latest); old && old.use_count() == 1)
                    m_worker->submit([old](WorkerContext&) mutable { old.reset(); },
                                     DataWorker::Priority::Background);
                m_latest = result;
                emit finished(result);
            });
        },
        DataWorker::Priority::Background);
}

} // namespace corroborate::ui
