#pragma once

#include "PackDialog.h"
#include "packs/PackContent.h"
#include "packs/PackRenderer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QPrinter;
#include <QProgressDialog>
class QThread;

namespace corroborate::ui {

class MainWindow;

// One "Review pack…" from the main window: shows the PackDialog, reads the chosen nominals
// with PackBuilder on the GUI thread's connection, renders on a worker QThread with a progress
// dialog and Cancel (the window keeps painting), then saves the PDF or records the print
// through PackOutput on the GUI thread. Preview renders into Qt's preview and records nothing.
// Deletes itself when its dialog closes, and cancels whatever is running when the window
// locks or the file closes (nothing half-made is ever saved or recorded).
class PackFlow : public QObject
{
    Q_OBJECT
public:
    explicit PackFlow(MainWindow& window);
    ~PackFlow() override;

    void start();
    PackDialog* dialog() const { return m_dialog; }
    QProgressDialog* progressDialog() const { return m_progress; }
    bool isRendering() const { return static_cast<bool>(m_job); }
    // How long the last render took (ms), for the status line and measurements.
    qint64 lastRenderMs() const { return m_lastRenderMs; }

    // Tests and screenshots: replaces the print dialog (return false to cancel).
    using PrinterSetup = std::function<bool(QPrinter&, QWidget* parent)>;
    static void setPrinterSetup(PrinterSetup setup);

signals:
    void finishedOutput(bool done); // a save or print finished (false: cancelled or failed)

private:
    struct Job;
    struct Outcome
    {
        PackRenderer::Result result;
        QByteArray pdf;
        QString error;
    };
    using Work = std::function<Outcome(PackRenderer&, const PackRenderer::ProgressFn&,
                                       const std::atomic_bool*)>;

    void onOutput(PackDialog::Output output);
    bool buildContent(PackContent& content);
    void savePdf(PackContent content);
    void print(PackContent content);
    void preview(PackContent content);
    void runInBackground(PackContent content, const QString& label, Work work,
                         std::function<void(const Outcome&)> done);
    void onProgress(int done, int total);
    void abort();
    void showError(const QString& title, const QString& text);

    MainWindow& m_window;
    QPointer<PackDialog> m_dialog;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<Job> m_job;
    QThread* m_thread = nullptr;
    std::function<void(const Outcome&)> m_done;
    QElapsedTimer m_timer;
    qint64 m_lastRenderMs = 0;
};

} // namespace corroborate::ui
