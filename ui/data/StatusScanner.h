#pragma once

#include "DataWorker.h"
#include "workflow/StatusScan.h"

#include <QObject>
#include <memory>

namespace corroborate::ui {

// Keeps the whole-list status (who is below the threshold, who is due for review) current: it
// runs the scan function on the worker as a background job, reports progress, and hands the
// finished result to the lists. The scan function is the seam for a faster query.
class StatusScanner : public QObject
{
    Q_OBJECT
public:
    StatusScanner(DataWorker* worker, QObject* parent = nullptr);
    ~StatusScanner() override;

    void setScanFunction(StatusScanFunction function) { m_function = std::move(function); }
    // Starts a scan (cancelling one running).
    void rescan();
    void cancel();
    std::shared_ptr<const StatusScanResult> latest() const { return m_latest; }
    bool isScanning() const { return m_scanning; }

signals:
    void progress(qint64 done, qint64 total);
    void finished(std::shared_ptr<const corroborate::StatusScanResult> result);
    void failed(const QString& message);

private:
    DataWorker* m_worker;
    std::shared_ptr<ResultSink> m_sink;
    StatusScanFunction m_function;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<const StatusScanResult> m_latest;
    quint64 m_generation = 0;
    bool m_scanning = false;
};

} // namespace corroborate::ui
