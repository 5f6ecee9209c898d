#include "PackFlow.h"

#include "core/Dialogs.h"
#include "core/Error.h"
#include "core/Time.h"
#include "data/DataWorker.h"
#include "data/Session.h"
#include "main/MainWindow.h"
#include "main/NominalListView.h"
#include "packs/PackBuilder.h"
#include "packs/PackOutput.h"
#include "sharing/AgreementService.h"
#include "sharing/PasswordDialog.h"
#include "sharing/PdfEncryption.h"
#include "workflow/NominalLookup.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QThread>

namespace corroborate::ui {

namespace {

PackFlow::PrinterSetup& printerSetup()
{
    static PackFlow::PrinterSetup setup;
    return setup;
}

// What the print dialog chose, copied to a QPrinter made on the rendering thread (the
// renderer wants its paint device created on the thread that paints).
struct PrinterChoice
{
    QString printerName;
    QPrinter::OutputFormat format = QPrinter::NativeFormat;
    QString outputFileName;
    int copies = 1;
    bool collate = true;
    QPrinter::DuplexMode duplex = QPrinter::DuplexAuto;
    QPrinter::ColorMode colour = QPrinter::Color;
    QPrinter::PageOrder order = QPrinter::FirstPageFirst;
    QPrinter::PrintRange range = QPrinter::AllPages;
    int from = 0;
    int to = 0;
    QString docName;

    static PrinterChoice of(const QPrinter& p)
    {
        PrinterChoice c;
        c.printerName = p.printerName();
        c.format = p.outputFormat();
        c.outputFileName = p.outputFileName();
        c.copies = p.copyCount();
        c.collate = p.collateCopies();
        c.duplex = p.duplex();
        c.colour = p.colorMode();
        c.order = p.pageOrder();
        c.range = p.printRange();
        c.from = p.fromPage();
        c.to = p.toPage();
        c.docName = p.docName();
        return c;
    }
    void applyTo(QPrinter& p) const
    {
        p.setOutputFormat(format);
        if (format == QPrinter::NativeFormat)
            p.setPrinterName(printerName);
        p.setOutputFileName(outputFileName);
        p.setCopyCount(copies);
        p.setCollateCopies(collate);
        p.setDuplex(duplex);
        p.setColorMode(colour);
        p.setPageOrder(order);
        p.setPrintRange(range);
        if (range == QPrinter::PageRange)
            p.setFromTo(from, to);
        p.setDocName(docName);
    }
};

class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

} // namespace

struct PackFlow::Job
{
    explicit Job(QObject* target)
        : sink(target)
    {
    }
    std::atomic_bool cancel{false};
    ResultSink sink;
};

void PackFlow::setPrinterSetup(PrinterSetup setup)
{
    printerSetup() = std::move(setup);
}

PackFlow::PackFlow(MainWindow& window)
    : QObject(&window)
    , m_window(window)
{
    setObjectName(QStringLiteral("packFlow"));
    connect(&window, &MainWindow::locked, this, &PackFlow::abort);
    connect(&window, &MainWindow::sessionEnded, this, &PackFlow::abort);
}

PackFlow::~PackFlow()
{
    if (m_job) {
        m_job->cancel = true;
        m_job->sink.detach();
    }
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    delete m_progress;
    delete m_dialog;
}

void PackFlow::start()
{
    Session* session = m_window.session();
    if (!session || m_window.isLocked()) {
        deleteLater();
        return;
    }
    QString current;
    if (const qint64 id = m_window.currentNominalId()) {
        try {
            if (auto n = NominalLookup(session->db()).byId(id))
                current = n->reference;
        } catch (const Error&) {
            // A nominal erased meanwhile: offer the batch choices only.
        }
    }
    QStringList listSelection;
    if (auto* list = qobject_cast<NominalListView*>(m_window.view(m_window.currentViewId())))
        listSelection = list->selectedReferences();

    m_dialog = new PackDialog(current, listSelection, Time::today(), &m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    try {
        QList<Agreement> inForce;
        for (const Agreement& a : AgreementService(session->db()).list())
            if (a.inForceOn(Time::today()))
                inForce << a;
        m_dialog->setAgreements(inForce);
    } catch (const Error& e) {
        m_dialog->setStatus(e.message());
    }
    connect(m_dialog, &PackDialog::outputRequested, this, &PackFlow::onOutput);
    connect(m_dialog, &QObject::destroyed, this, [this] {
        if (!m_job)
            deleteLater();
    });
    m_dialog->open();
}

void PackFlow::showError(const QString& title, const QString& text)
{
    if (m_dialog)
        m_dialog->setStatus(text);
    m_window.dialogs().warning(m_dialog ? static_cast<QWidget*>(m_dialog) : &m_window, title, text);
}

void PackFlow::onOutput(PackDialog::Output output)
{
    if (m_job || !m_dialog)
        return;
    PackContent content;
    if (!buildContent(content))
        return;
    switch (output) {
    case PackDialog::Output::Pdf:
        savePdf(std::move(content));
        break;
    case PackDialog::Output::Print:
        print(std::move(content));
        break;
    case PackDialog::Output::Preview:
        preview(std::move(content));
        break;
    }
}

bool PackFlow::buildContent(PackContent& content)
{
    Session* session = m_window.session();
    if (!session || m_window.isLocked())
        return false;
    m_dialog->setStatus(tr("Reading the nominals…"));
    try {
        WaitCursor wait;
        PackBuilder builder(session->file());
        PackRequest request = m_dialog->request();
        switch (m_dialog->selection()) {
        case PackDialog::Selection::Current:
        case PackDialog::Selection::ListSelection:
            request.references = m_dialog->chosenReferences();
            break;
        case PackDialog::Selection::DueBy:
            request.references = builder.referencesDueBy(m_dialog->dueBy());
            break;
        case PackDialog::Selection::Flagged:
            request.references = builder.referencesFlagged();
            break;
        }
        if (request.references.isEmpty()) {
            const QString text = m_dialog->selection() == PackDialog::Selection::DueBy
                                     ? tr("No nominal is due for review by %1: there is nothing "
                                          "to put in a pack.")
                                           .arg(Time::longDate(m_dialog->dueBy()))
                                     : tr("No nominal is flagged: there is nothing to put in a "
                                          "pack.");
            m_dialog->setStatus(text);
            m_window.dialogs().information(m_dialog, tr("Review pack"), text);
            return false;
        }
        content = builder.build(request, session->user());
    } catch (const Error& e) {
        showError(tr("Review pack"), e.message());
        return false;
    }
    m_dialog->setStatus(tr("Read %n nominal(s) from the file.", nullptr,
                           static_cast<int>(content.nominals.size())));
    return true;
}

void PackFlow::savePdf(PackContent content)
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(documents.isEmpty() ? QDir::homePath() : documents)
                                  .filePath(content.identifier + QStringLiteral(".pdf"));
    QString path = m_window.dialogs().saveFileName(m_dialog, tr("Save review pack as PDF"),
                                                   suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        m_dialog->setStatus(tr("Not saved: no file was chosen. Nothing was recorded."));
        return;
    }
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".pdf");
    try {
        PackOutput::checkNewPath(path);
    } catch (const Error& e) {
        showError(tr("Pack not saved"), e.message());
        return;
    }

    auto shared = std::make_shared<const PackContent>(content);
    const bool encrypt = m_dialog->encrypt();
    runInBackground(
        std::move(content), tr("Making pack %1 as a PDF…").arg(shared->identifier),
        [](PackRenderer& renderer, const PackRenderer::ProgressFn& progress,
           const std::atomic_bool* cancel) {
            Outcome o;
            o.pdf = renderer.renderPdf(&o.result, progress, cancel);
            return o;
        },
        [this, shared, path, encrypt](const Outcome& o) {
            if (o.result.cancelled) {
                m_dialog->setStatus(tr("Cancelled: no file was saved and nothing was recorded."));
                emit finishedOutput(false);
                return;
            }
            Session* session = m_window.session();
            if (!o.error.isEmpty() || !session || m_window.isLocked()) {
                showError(tr("Pack not saved"),
                          tr("The pack could not be made: %1. Nothing was saved or recorded.")
                              .arg(o.error.isEmpty() ? tr("the file was closed") : o.error));
                emit finishedOutput(false);
                return;
            }
            try {
                // Encrypted packs: a new password, shown once below and kept nowhere.
                std::optional<Secret> password;
                if (encrypt)
                    password = PdfEncryption::newPassword();
                const qint64 id = PackOutput::savePdf(session->file(), *shared, o.pdf, path,
                                                      password ? &*password : nullptr);
                const QString nativePath = QDir::toNativeSeparators(path);
                const QString text =
                    tr("Saved pack %1 (%n page(s)) to %2.", nullptr, o.result.pages)
                        .arg(shared->identifier, nativePath) +
                    QLatin1Char('\n') +
                    tr("The disclosure to %1 was recorded (number %2), listing %n nominal(s).",
                       nullptr, static_cast<int>(shared->nominals.size()))
                        .arg(shared->recipient)
                        .arg(id);
                m_dialog->setStatus(text);
                m_window.refreshData();
                m_window.dialogs().information(m_dialog, tr("Pack saved"), text);
                if (password) {
                    auto* shown =
                        new PasswordDialog(shared->identifier, shared->recipient,
                                           QString::fromUtf8(password->data(), password->size()),
                                           m_window.clipboard(), &m_window);
                    password->wipe();
                    shown->setAttribute(Qt::WA_DeleteOnClose);
                    connect(&m_window, &MainWindow::locked, shown, &QDialog::reject);
                    shown->open();
                }
                emit finishedOutput(true);
                if (m_dialog)
                    m_dialog->accept();
            } catch (const Error& e) {
                showError(tr("Pack not saved"), e.message());
                emit finishedOutput(false);
            }
        });
}

void PackFlow::print(PackContent content)
{
    QPrinter printer(QPrinter::HighResolution);
    PackRenderer::applyPageLayout(printer);
    printer.setDocName(PackRenderer(PackContent{content}).documentTitle());
    bool accepted = false;
    if (printerSetup()) {
        accepted = printerSetup()(printer, m_dialog);
    } else {
        QPrintDialog dialog(&printer, m_dialog);
        dialog.setObjectName(QStringLiteral("packPrintDialog"));
        dialog.setWindowTitle(tr("Print review pack"));
        accepted = dialog.exec() == QDialog::Accepted;
    }
    if (!accepted || !m_dialog) {
        if (m_dialog)
            m_dialog->setStatus(tr("Not printed. Nothing was recorded."));
        return;
    }
    const PrinterChoice choice = PrinterChoice::of(printer);
    auto shared = std::make_shared<const PackContent>(content);
    runInBackground(
        std::move(content), tr("Printing pack %1…").arg(shared->identifier),
        [choice](PackRenderer& renderer, const PackRenderer::ProgressFn& progress,
                 const std::atomic_bool* cancel) {
            Outcome o;
            {
                QPrinter p(QPrinter::HighResolution);
                choice.applyTo(p);
                PackRenderer::applyPageLayout(p);
                o.result = renderer.render(p, progress, cancel);
                if (o.result.cancelled)
                    p.abort();
            }
            if (o.result.cancelled && choice.format == QPrinter::PdfFormat &&
                !choice.outputFileName.isEmpty())
                QFile::remove(choice.outputFileName);
            return o;
        },
        [this, shared, choice](const Outcome& o) {
            if (o.result.cancelled) {
                m_dialog->setStatus(tr("Printing cancelled. Nothing was recorded; pages already "
                                       "sent to the printer may need collecting."));
                emit finishedOutput(false);
                return;
            }
            Session* session = m_window.session();
            if (!o.error.isEmpty() || !session || m_window.isLocked()) {
                showError(tr("Pack not printed"),
                          tr("The pack could not be printed: %1.")
                              .arg(o.error.isEmpty() ? tr("the file was closed") : o.error));
                emit finishedOutput(false);
                return;
            }
            try {
                const qint64 id = PackOutput::recordPrint(session->file(), *shared);
                const QString where = choice.format == QPrinter::PdfFormat
                                          ? QDir::toNativeSeparators(choice.outputFileName)
                                          : choice.printerName;
                const QString text =
                    tr("Sent pack %1 (%n page(s)) to %2.", nullptr, o.result.pages)
                        .arg(shared->identifier, where) +
                    QLatin1Char('\n') +
                    tr("The disclosure to %1 was recorded (number %2), listing %n nominal(s).",
                       nullptr, static_cast<int>(shared->nominals.size()))
                        .arg(shared->recipient)
                        .arg(id);
                m_dialog->setStatus(text);
                m_window.refreshData();
                m_window.dialogs().information(m_dialog, tr("Pack printed"), text);
                emit finishedOutput(true);
                if (m_dialog)
                    m_dialog->accept();
            } catch (const Error& e) {
                showError(tr("Pack not printed"), e.message());
                emit finishedOutput(false);
            }
        });
}

void PackFlow::preview(PackContent content)
{
    // Qt's preview asks for the pages on the GUI thread, into its own printer; the progress
    // dialog keeps the window painting between sections and offers Cancel. Nothing is
    // recorded: nothing leaves the application.
    PackRenderer renderer(std::move(content));
    QPrintPreviewDialog preview(m_dialog);
    preview.setObjectName(QStringLiteral("packPreview"));
    preview.setWindowTitle(
        tr("Preview of pack %1 (nothing is recorded)").arg(renderer.content().identifier));
    PackRenderer::applyPageLayout(*preview.printer());
    connect(
        &preview, &QPrintPreviewDialog::paintRequested, this,
        [this, &renderer, &preview](QPrinter* printer) {
            std::atomic_bool cancel{false};
            QProgressDialog progress(tr("Laying out the preview…"), tr("Cancel"), 0, 0, &preview);
            progress.setObjectName(QStringLiteral("packProgress"));
            progress.setWindowTitle(tr("Preparing the preview"));
            progress.setAccessibleName(tr("Preview progress"));
            progress.setWindowModality(Qt::WindowModal);
            progress.setMinimumDuration(500);
            connect(&progress, &QProgressDialog::canceled, &progress, [&cancel] { cancel = true; });
            const PackRenderer::Result r = renderer.render(
                *printer,
                [&progress](int done, int total) {
                    progress.setMaximum(total);
                    progress.setValue(done); // modal: lets the window paint
                },
                &cancel);
            Q_UNUSED(r)
            Q_UNUSED(this)
        });
    preview.exec();
    if (m_dialog)
        m_dialog->setStatus(tr("Preview closed. Nothing was recorded."));
}

void PackFlow::runInBackground(PackContent content, const QString& label, Work work,
                               std::function<void(const Outcome&)> onDone)
{
    auto job = std::make_shared<Job>(this);
    m_job = job;
    m_done = std::move(onDone);
    m_dialog->setBusy(true);

    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 0, m_dialog);
    m_progress->setObjectName(QStringLiteral("packProgress"));
    m_progress->setWindowTitle(tr("Making the review pack"));
    m_progress->setAccessibleName(tr("Pack progress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    m_progress->setMinimumWidth(420);
    connect(m_progress, &QProgressDialog::canceled, this, [this, job] {
        job->cancel = true;
        if (m_progress) {
            m_progress->setLabelText(tr("Cancelling… nothing will be saved or recorded."));
            m_progress->show();
        }
    });
    m_progress->show();

    PackFlow* self = this;
    m_timer.start();
    m_thread = QThread::create(
        [job, self, work = std::move(work), content = std::move(content)]() mutable {
            auto outcome = std::make_shared<Outcome>();
            try {
                PackRenderer renderer(std::move(content));
                *outcome = work(
                    renderer,
                    [job, self](int done, int total) {
                        job->sink.deliver([self, done, total] { self->onProgress(done, total); });
                    },
                    &job->cancel);
            } catch (const std::exception& e) {
                outcome->error = QString::fromUtf8(e.what());
            }
            job->sink.deliver([self, outcome] {
                self->m_lastRenderMs = self->m_timer.elapsed();
                self->m_job.reset();
                if (self->m_progress) {
                    self->m_progress->hide();
                    self->m_progress->deleteLater();
                }
                if (self->m_dialog)
                    self->m_dialog->setBusy(false);
                auto finish = std::move(self->m_done);
                self->m_done = nullptr;
                if (self->m_dialog && finish)
                    finish(*outcome);
                if (!self->m_dialog)
                    self->deleteLater();
            });
        });
    m_thread->setObjectName(QStringLiteral("PackRenderThread"));
    connect(m_thread, &QThread::finished, this, [this] {
        if (m_thread) {
            m_thread->deleteLater();
            m_thread = nullptr;
        }
    });
    m_thread->start();
}

void PackFlow::onProgress(int done, int total)
{
    if (!m_progress || !m_job || m_job->cancel)
        return;
    // The renderer reports a first pass (layout) and a second (drawing) of equal length.
    const QString step = done * 2 <= total ? tr("Laying out the pages…") : tr("Drawing the pages…");
    m_progress->setLabelText(step);
    m_progress->setMaximum(total);
    m_progress->setValue(done);
}

void PackFlow::abort()
{
    // The window locks or the file closes: stop, keep nothing, record nothing.
    if (m_job)
        m_job->cancel = true;
    m_done = nullptr;
    if (m_progress)
        m_progress->hide();
    if (m_dialog)
        m_dialog->reject();
    deleteLater();
}

} // namespace corroborate::ui
