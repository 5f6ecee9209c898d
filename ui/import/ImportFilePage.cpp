// Step 1 of the import wizard: choose the spreadsheet, and read it.
#include "ImportWizard.h"
#include "ImportWizardPage.h"
#include "core/Dialogs.h"
#include "main/MainWindow.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace corroborate::ui {

ImportWizardPage* ImportWizard::makeFilePage()
{
    auto* file =
        new ImportWizardPage(*this, tr("Choose the spreadsheet"),
                             tr("Save the spreadsheet as CSV (comma, semicolon or tab separated) "
                                "with its header row, then choose it here."));
    {
        auto* row = new QHBoxLayout;
        fileEdit = new QLineEdit(file);
        fileEdit->setObjectName(QStringLiteral("importFileEdit"));
        fileEdit->setAccessibleName(tr("Spreadsheet file"));
        auto* browse = new QPushButton(tr("&Browse…"), file);
        browse->setObjectName(QStringLiteral("importBrowseButton"));
        browse->setAccessibleName(tr("Browse for the spreadsheet"));
        row->addWidget(fileEdit);
        row->addWidget(browse);
        auto* label = new QLabel(tr("&File:"), file);
        label->setBuddy(fileEdit);
        auto* layout = new QFormLayout(file);
        layout->addRow(label, row);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getOpenFileName(
                this, tr("Choose the spreadsheet"), QString(),
                tr("Spreadsheets saved as CSV (*.csv *.txt *.tsv);;All files (*)"));
            if (!path.isEmpty())
                fileEdit->setText(path);
        });
        connect(fileEdit, &QLineEdit::textChanged, file, [file] { file->changed(); });
        file->complete = [this] {
            return !fileEdit->text().trimmed().isEmpty();
        };
        file->onLeave = [this] {
            return loadFile();
        };
    }
    return file;
}

bool ImportWizard::loadFile()
{
    QFile f(filePath());
    if (!f.open(QIODevice::ReadOnly)) {
        m_window.dialogs().warning(this, tr("Import spreadsheet"),
                                   tr("Cannot read %1 (%2). Choose the spreadsheet saved as CSV.")
                                       .arg(filePath(), f.errorString()));
        return false;
    }
    m_bytes = f.readAll();
    const QString encoding = CsvReader::detectEncoding(m_bytes);
    const QChar delimiter = CsvReader::detectDelimiter(
        QStringView(CsvReader::decode(m_bytes.left(64 * 1024), encoding)));
    const QSignalBlocker b1(encodingCombo);
    const QSignalBlocker b2(delimiterCombo);
    encodingCombo->setCurrentIndex(encodingCombo->findData(encoding));
    delimiterCombo->setCurrentIndex(delimiterCombo->findData(QString(delimiter)));
    refreshPreview();
    return !m_table.header.isEmpty();
}

} // namespace corroborate::ui
