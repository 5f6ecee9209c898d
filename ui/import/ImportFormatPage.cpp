// Step 2 of the import wizard: confirm the encoding and delimiter with a preview.
#include "ImportWizard.h"
#include "ImportWizardPage.h"
#include "core/AsyncTask.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace corroborate::ui {

namespace {

constexpr int kPreviewRows = 20;

} // namespace

ImportWizardPage* ImportWizard::makeFormatPage()
{
    auto* format =
        new ImportWizardPage(*this, tr("Confirm how the file is read"),
                             tr("The encoding and delimiter were detected; check the preview "
                                "and correct them if the text or the columns look wrong."));
    {
        encodingCombo = new QComboBox(format);
        encodingCombo->setObjectName(QStringLiteral("importEncodingCombo"));
        encodingCombo->setAccessibleName(tr("Encoding"));
        encodingCombo->addItem(tr("UTF-8"), QStringLiteral("utf-8"));
        encodingCombo->addItem(tr("Windows-1252 (Western European)"),
                               QStringLiteral("windows-1252"));
        delimiterCombo = new QComboBox(format);
        delimiterCombo->setObjectName(QStringLiteral("importDelimiterCombo"));
        delimiterCombo->setAccessibleName(tr("Delimiter"));
        delimiterCombo->addItem(tr("Comma (,)"), QStringLiteral(","));
        delimiterCombo->addItem(tr("Semicolon (;)"), QStringLiteral(";"));
        delimiterCombo->addItem(tr("Tab"), QStringLiteral("\t"));
        rowsCombo = new QComboBox(format);
        rowsCombo->setObjectName(QStringLiteral("importRowsCombo"));
        rowsCombo->setAccessibleName(tr("What one row holds"));
        rowsCombo->addItem(tr("One intelligence item (rows grouped by reference)"),
                           QStringLiteral("item"));
        rowsCombo->addItem(tr("One nominal (item columns numbered 1, 2, …)"),
                           QStringLiteral("nominal"));
        dateFormatEdit = new QLineEdit(QStringLiteral("dd/MM/yyyy"), format);
        dateFormatEdit->setObjectName(QStringLiteral("importDateFormatEdit"));
        dateFormatEdit->setAccessibleName(tr("Date format"));
        dateFormatEdit->setToolTip(tr("dd/MM/yyyy, d/M/yy, yyyy-MM-dd or d MMM yyyy; "
                                      "YYYY-MM-DD and \"3 Mar 2024\" are always understood."));
        previewTable = importTable(format, QStringLiteral("importPreviewTable"), tr("Preview"));
        formatNote = new QLabel(format);
        formatNote->setWordWrap(true);
        auto* form = new QFormLayout;
        form->addRow(tr("&Encoding:"), encodingCombo);
        form->addRow(tr("&Delimiter:"), delimiterCombo);
        form->addRow(tr("Each &row is:"), rowsCombo);
        form->addRow(tr("Dates &look like:"), dateFormatEdit);
        auto* layout = new QVBoxLayout(format);
        layout->addLayout(form);
        layout->addWidget(formatNote);
        layout->addWidget(previewTable, 1);
        for (QComboBox* c : {encodingCombo, delimiterCombo})
            connect(c, &QComboBox::currentIndexChanged, this, &ImportWizard::refreshPreview);
        format->onLeave = [this] {
            m_mapping.encoding = encodingCombo->currentData().toString();
            m_mapping.delimiter = delimiterCombo->currentData().toString();
            m_mapping.rows = rowsCombo->currentData().toString();
            m_mapping.dateFormat = dateFormatEdit->text().trimmed();
            return !m_table.header.isEmpty();
        };
    }
    return format;
}

void ImportWizard::refreshPreview()
{
    const QString encoding = encodingCombo->currentData().toString();
    const QString delimiter = delimiterCombo->currentData().toString();
    // The whole file is read here once, off the GUI thread (well under a second for 100,000
    // rows in a release build: tests/bench/bench_import.cpp), with a busy cursor; the preview
    // shows its first rows. Reading cannot fail: a fault in the file is part of the table.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QByteArray bytes = m_bytes;
    Outcome<CsvTable> read = AsyncTask::run(
        [&bytes, &encoding, &delimiter] { return CsvReader::read(bytes, encoding, delimiter); });
    QApplication::restoreOverrideCursor();
    CsvTable table = read ? std::move(read.value()) : CsvTable();
    if (!read)
        table.fault = read.error().message();
    m_table = std::move(table);
    previewTable->clear();
    previewTable->setColumnCount(static_cast<int>(m_table.header.size()));
    previewTable->setHorizontalHeaderLabels(m_table.header);
    const int shown = std::min<int>(kPreviewRows, static_cast<int>(m_table.rows.size()));
    previewTable->setRowCount(shown);
    QStringList rowNumbers;
    for (int r = 0; r < shown; ++r) {
        const CsvTable::Row& row = m_table.rows.at(r);
        rowNumbers << QString::number(row.number);
        for (int c = 0; c < row.cells.size() && c < m_table.header.size(); ++c)
            previewTable->setItem(r, c, new QTableWidgetItem(row.cells.at(c)));
    }
    previewTable->verticalHeader()->setVisible(true);
    previewTable->setVerticalHeaderLabels(rowNumbers);
    formatNote->setText(
        tr("Detected: %1, %2. %n data row(s) and %3 column(s); the first rows are shown, "
           "numbered as a spreadsheet numbers them.",
           nullptr, static_cast<int>(m_table.rows.size()))
            .arg(encodingCombo->currentText(), delimiterCombo->currentText())
            .arg(m_table.header.size()) +
        (m_table.fault.isEmpty() ? QString() : QLatin1Char(' ') + m_table.fault));
}

} // namespace corroborate::ui
