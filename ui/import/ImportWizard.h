#pragma once

#include "spreadsheet/CsvReader.h"
#include "spreadsheet/SpreadsheetImport.h"
#include "spreadsheet/SpreadsheetMapping.h"

#include <QHash>
#include <QWizard>
#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace corroborate::ui {

class ImportWizardPage;
class MainWindow;
class ResultSink;

// File ▸ Import spreadsheet… (issue 13): choose a CSV file, confirm its encoding and delimiter
// with a preview, map columns to fields, map the values found to the exchange values, review
// every problem by row and column (leaving rows out deliberately), then import on the data
// worker with a progress bar and Cancel. The mapping can be saved as the JSON document that
// `corroborate-cli import-csv --mapping` reads. Reading and checking run off the GUI thread.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        FilePage,
        FormatPage,
        ColumnsPage,
        ValuesPage,
        ProblemsPage,
        ImportPage
    };
    explicit ImportWizard(MainWindow& window, QWidget* parent = nullptr);
    ~ImportWizard() override;

    // For tests and the first page.
    void setFilePath(const QString& path);
    const SpreadsheetMapping& mapping() const { return m_mapping; }
    const SpreadsheetConversion& conversion() const { return m_conversion; }
    bool imported() const { return m_imported; }

    // The steps, called by the pages.
    bool loadFile();       // reads the bytes (FilePage → FormatPage)
    void refreshPreview(); // encoding / delimiter / rows changed
    void buildColumns();   // ColumnsPage
    void collectColumns(); // ColumnsPage → ValuesPage
    void buildValues();    // ValuesPage
    void collectValues();  // ValuesPage → ProblemsPage
    void check();          // ProblemsPage: convert on the data worker, with progress
    void cancelCheck();    // stops a check (nothing is written by a check)
    void leaveSelectedRowsOut();
    void startImport();
    void cancelImport();
    bool saveMapping(const QString& path);

    QString filePath() const;
    bool checking() const { return m_checking; }
    bool importing() const { return m_importing; }

signals:
    void checked();
    void importFinished(bool ok);

private:
    // The pages, one file each (ImportFilePage.cpp ...).
    ImportWizardPage* makeFilePage();
    ImportWizardPage* makeFormatPage();
    ImportWizardPage* makeColumnsPage();
    ImportWizardPage* makeValuesPage();
    ImportWizardPage* makeProblemsPage();
    ImportWizardPage* makeImportPage();
    void finishCheck(int generation, bool completed,
                     const std::shared_ptr<SpreadsheetConversion>& result);
    void showProblems();
    void finishImport(bool ok, const QString& error, const SpreadsheetImportSummary& summary);

    MainWindow& m_window;
    QByteArray m_bytes;
    CsvTable m_table; // the whole file under the chosen encoding and delimiter
    SpreadsheetMapping m_mapping;
    SpreadsheetConversion m_conversion;
    bool m_checking = false;
    bool m_checked = false;    // m_conversion is a finished check of the current mapping
    int m_checkGeneration = 0; // results of a superseded check are dropped
    std::shared_ptr<std::atomic<bool>> m_checkCancel;
    std::shared_ptr<ResultSink> m_checkSink;
    bool m_importing = false;
    bool m_imported = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<ResultSink> m_sink;

public:
    // Widgets the pages own (kept here so the steps above can read them).
    QLineEdit* fileEdit = nullptr;
    QComboBox* encodingCombo = nullptr;
    QComboBox* delimiterCombo = nullptr;
    QComboBox* rowsCombo = nullptr;
    QLineEdit* dateFormatEdit = nullptr;
    QTableWidget* previewTable = nullptr;
    QLabel* formatNote = nullptr;
    QTableWidget* columnsTable = nullptr;
    QTableWidget* valuesTable = nullptr;
    QTableWidget* problemsTable = nullptr;
    QLabel* problemsSummary = nullptr;
    QProgressBar* checkProgress = nullptr;
    QPushButton* checkButton = nullptr; // Cancel the check, or check again
    QPushButton* leaveOutButton = nullptr;
    QLabel* importSummary = nullptr;
    QProgressBar* progress = nullptr;
    QPushButton* importButton = nullptr;
    QPushButton* cancelButton = nullptr;
    QPushButton* saveMappingButton = nullptr;
};

} // namespace corroborate::ui
