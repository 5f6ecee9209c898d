// Step 6 of the import wizard: the import itself, on the data worker, with progress and Cancel.
#include "ImportWizard.h"
#include "ImportWizardPage.h"
#include "core/Error.h"
#include "data/DataWorker.h"
#include "data/Session.h"
#include "main/MainWindow.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace corroborate::ui {

ImportWizardPage* ImportWizard::makeImportPage()
{
    auto* run =
        new ImportWizardPage(*this, tr("Import"),
                             tr("All or nothing, in one transaction. You can save the mapping to "
                                "use it again, or with corroborate-cli import-csv."));
    {
        importSummary = new QLabel(run);
        importSummary->setObjectName(QStringLiteral("importSummary"));
        importSummary->setWordWrap(true);
        progress = new QProgressBar(run);
        progress->setObjectName(QStringLiteral("importProgress"));
        progress->setAccessibleName(tr("Import progress"));
        importButton = new QPushButton(tr("&Import"), run);
        importButton->setObjectName(QStringLiteral("importStartButton"));
        importButton->setAccessibleName(tr("Import"));
        cancelButton = new QPushButton(tr("&Cancel import"), run);
        cancelButton->setObjectName(QStringLiteral("importCancelButton"));
        cancelButton->setAccessibleName(tr("Cancel the import"));
        cancelButton->setEnabled(false);
        saveMappingButton = new QPushButton(tr("&Save mapping…"), run);
        saveMappingButton->setObjectName(QStringLiteral("importSaveMappingButton"));
        saveMappingButton->setAccessibleName(tr("Save the mapping"));
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(importButton);
        buttons->addWidget(cancelButton);
        buttons->addStretch();
        buttons->addWidget(saveMappingButton);
        auto* layout = new QVBoxLayout(run);
        layout->addWidget(importSummary);
        layout->addWidget(progress);
        layout->addLayout(buttons);
        layout->addStretch();
        connect(importButton, &QPushButton::clicked, this, &ImportWizard::startImport);
        connect(cancelButton, &QPushButton::clicked, this, &ImportWizard::cancelImport);
        connect(saveMappingButton, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Save the mapping"), QString(), tr("Mapping documents (*.json)"));
            if (!path.isEmpty())
                saveMapping(path);
        });
        connect(this, &ImportWizard::importFinished, run, [run] { run->changed(); });
        run->onEnter = [this] {
            progress->setValue(0);
            importSummary->setText(
                tr("%n nominal(s) and %1 intelligence item(s) are ready to import.", nullptr,
                   static_cast<int>(m_conversion.document.records.size()))
                    .arg(m_conversion.items) +
                (m_conversion.leftOut.isEmpty()
                     ? QString()
                     : QLatin1Char(' ') + tr("%n row(s) left out.", nullptr,
                                             static_cast<int>(m_conversion.leftOut.size()))));
        };
        run->complete = [this] {
            return m_imported;
        };
    }
    return run;
}

void ImportWizard::startImport()
{
    Session* session = m_window.session();
    if (!session || m_importing || m_imported)
        return;
    m_importing = true;
    importButton->setEnabled(false);
    cancelButton->setEnabled(true);
    button(QWizard::BackButton)->setEnabled(false);
    progress->setRange(0, static_cast<int>(m_conversion.document.records.size()));
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_sink = std::make_shared<ResultSink>(this);
    auto cancel = m_cancel;
    auto sink = m_sink;
    const auto conversion = std::make_shared<SpreadsheetConversion>(m_conversion);
    const QString username = session->username();
    ImportWizard* const self = this;
    session->worker().submitWrite([self, conversion, username, cancel, sink](WorkerContext& ctx) {
        QString error;
        SpreadsheetImportSummary summary;
        bool ok = false;
        try {
            summary = SpreadsheetImport::run(
                ctx.db, *conversion, username, [self, cancel, sink](qint64 done, qint64) {
                    if ((done & 255) == 0)
                        sink->deliver(
                            [self, done] { self->progress->setValue(static_cast<int>(done)); });
                    return !cancel->load();
                });
            ok = true;
        } catch (const Error& e) {
            error = e.message();
        }
        sink->deliver([self, ok, error, summary] { self->finishImport(ok, error, summary); });
    });
}

void ImportWizard::finishImport(bool ok, const QString& error,
                                const SpreadsheetImportSummary& summary)
{
    m_importing = false;
    m_imported = ok;
    cancelButton->setEnabled(false);
    if (ok) {
        progress->setValue(progress->maximum());
        importSummary->setText(tr("Imported %n nominal(s) with %1 intelligence item(s).", nullptr,
                                  summary.import.added)
                                   .arg(summary.import.intelligenceItems));
        m_window.refreshData();
    } else {
        importButton->setEnabled(true);
        button(QWizard::BackButton)->setEnabled(true);
        progress->setValue(0);
        importSummary->setText(tr("Nothing was imported. %1").arg(error));
    }
    emit importFinished(ok);
}

void ImportWizard::cancelImport()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace corroborate::ui
