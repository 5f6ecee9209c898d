#include "ImportWizard.h"

#include "core/Dialogs.h"
#include "core/Error.h"
#include "data/DataWorker.h"
#include "data/Session.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>
#include <QWizardPage>

namespace corroborate::ui {

namespace {

constexpr int kPreviewRows = 20;

QTableWidget* table(QWidget* parent, const QString& name, const QString& accessible)
{
    auto* t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setAccessibleName(accessible);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

// A page whose completeness and transitions the wizard decides.
class Page : public QWizardPage
{
public:
    Page(ImportWizard& wizard, QString title, QString subTitle)
        : m_wizard(wizard)
    {
        setTitle(title);
        setSubTitle(subTitle);
    }
    std::function<void()> onEnter;
    std::function<bool()> onLeave;
    std::function<bool()> complete;
    void initializePage() override
    {
        if (onEnter)
            onEnter();
    }
    bool validatePage() override { return onLeave ? onLeave() : true; }
    bool isComplete() const override { return complete ? complete() : true; }
    void changed() { emit completeChanged(); }

protected:
    ImportWizard& m_wizard;
};

// Header names without the item group numbers of a per-nominal sheet ("Originator 2" →
// "Originator"), each once, in order.
QStringList baseHeaders(const QStringList& header, bool perNominal)
{
    QStringList out;
    static const QRegularExpression numbered(QStringLiteral("^(.*\\S)\\s+\\d+$"));
    for (const QString& h : header) {
        QString name = h.trimmed();
        if (perNominal) {
            const QRegularExpressionMatch m = numbered.match(name);
            if (m.hasMatch())
                name = m.captured(1);
        }
        if (!name.isEmpty() && !out.contains(name))
            out << name;
    }
    return out;
}

// A likely header for a field: its exchange name or last part, ignoring case, spaces and
// underscores.
QString guess(const QString& field, const QStringList& headers)
{
    const auto norm = [](QString s) {
        return s.remove(QLatin1Char('_'))
            .remove(QLatin1Char(' '))
            .remove(QLatin1Char('.'))
            .toLower();
    };
    const QString last = field.mid(field.lastIndexOf(QLatin1Char('.')) + 1);
    // An item's "reference" must not take the nominal's column.
    // A legacy code must not take the 3x5x2 code's column: it matches "legacy ..." only.
    const bool legacy = field.startsWith(u"intelligence.legacy_grading.");
    const bool ambiguous = legacy || (SpreadsheetMapping::isItemField(field) &&
                                      SpreadsheetMapping::fields().contains(last));
    for (const QString& h : headers)
        if (norm(h) == norm(field) || (!ambiguous && norm(h) == norm(last)) ||
            (legacy && norm(h) == norm(QStringLiteral("legacy ") + last)))
            return h;
    return {};
}

} // namespace

ImportWizard::ImportWizard(MainWindow& window, QWidget* parent)
    : QWizard(parent)
    , m_window(window)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import spreadsheet"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    resize(1000, 680);

    // 1. File.
    auto* file = new Page(*this, tr("Choose the spreadsheet"),
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
    setPage(FilePage, file);

    // 2. Encoding, delimiter and preview.
    auto* format = new Page(*this, tr("Confirm how the file is read"),
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
        previewTable = table(format, QStringLiteral("importPreviewTable"), tr("Preview"));
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
    setPage(FormatPage, format);

    // 3. Columns.
    auto* columns = new Page(*this, tr("Map the columns"),
                             tr("Choose the column that feeds each field, or none. Fields in "
                                "bold are required."));
    {
        columnsTable = table(columns, QStringLiteral("importColumnsTable"), tr("Column mapping"));
        auto* layout = new QVBoxLayout(columns);
        layout->addWidget(columnsTable);
        columns->onEnter = [this] {
            buildColumns();
        };
        columns->onLeave = [this] {
            collectColumns();
            return m_mapping.columns.contains(QStringLiteral("reference"));
        };
    }
    setPage(ColumnsPage, columns);

    // 4. Values.
    auto* values = new Page(*this, tr("Map the values"),
                            tr("Each value found in the spreadsheet's coded columns, with the "
                               "value Corroborate records for it."));
    {
        valuesTable = table(values, QStringLiteral("importValuesTable"), tr("Value mapping"));
        auto* layout = new QVBoxLayout(values);
        layout->addWidget(valuesTable);
        values->onEnter = [this] {
            buildValues();
        };
        values->onLeave = [this] {
            collectValues();
            return true;
        };
    }
    setPage(ValuesPage, values);

    // 5. Problems.
    auto* problems = new Page(*this, tr("Review the problems"),
                              tr("Nothing is written until every row is right or left out. "
                                 "Correct the spreadsheet and read it again, or leave rows out "
                                 "deliberately (recorded by row number only)."));
    {
        problemsSummary = new QLabel(problems);
        problemsSummary->setObjectName(QStringLiteral("importProblemsSummary"));
        problemsSummary->setWordWrap(true);
        problemsTable = table(problems, QStringLiteral("importProblemsTable"), tr("Problems"));
        problemsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
        leaveOutButton = new QPushButton(tr("&Leave the selected rows out"), problems);
        leaveOutButton->setObjectName(QStringLiteral("importLeaveOutButton"));
        leaveOutButton->setAccessibleName(tr("Leave the selected rows out"));
        auto* layout = new QVBoxLayout(problems);
        layout->addWidget(problemsSummary);
        layout->addWidget(problemsTable, 1);
        layout->addWidget(leaveOutButton, 0, Qt::AlignLeft);
        connect(leaveOutButton, &QPushButton::clicked, this, &ImportWizard::leaveSelectedRowsOut);
        connect(this, &ImportWizard::checked, problems, [problems] { problems->changed(); });
        problems->onEnter = [this] {
            check();
        };
        problems->complete = [this] {
            return !m_checking && m_conversion.isValid();
        };
    }
    setPage(ProblemsPage, problems);

    // 6. Import.
    auto* run = new Page(*this, tr("Import"),
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
    setPage(ImportPage, run);
}

ImportWizard::~ImportWizard()
{
    if (m_sink)
        m_sink->detach();
    if (m_cancel)
        m_cancel->store(true);
}

QString ImportWizard::filePath() const
{
    return fileEdit->text().trimmed();
}

void ImportWizard::setFilePath(const QString& path)
{
    fileEdit->setText(path);
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

void ImportWizard::refreshPreview()
{
    const QString encoding = encodingCombo->currentData().toString();
    const QString delimiter = delimiterCombo->currentData().toString();
    // The whole file is read here once (a few seconds at most for 100,000 rows, with a busy
    // cursor); the preview shows its first rows.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    CsvTable table;
    QThread* reader =
        QThread::create([&] { table = CsvReader::read(m_bytes, encoding, delimiter); });
    QEventLoop loop;
    connect(reader, &QThread::finished, &loop, &QEventLoop::quit);
    reader->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    reader->wait();
    delete reader;
    QApplication::restoreOverrideCursor();
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

void ImportWizard::buildColumns()
{
    const bool perNominal = rowsCombo->currentData().toString() == u"nominal";
    const QStringList headers = baseHeaders(m_table.header, perNominal);
    const QStringList fields = SpreadsheetMapping::fields();
    static const QStringList required{QStringLiteral("reference"), QStringLiteral("surname"),
                                      QStringLiteral("classification"),
                                      QStringLiteral("listed_on")};
    columnsTable->clear();
    columnsTable->setColumnCount(2);
    columnsTable->setHorizontalHeaderLabels({tr("Field"), tr("Spreadsheet column")});
    columnsTable->setRowCount(static_cast<int>(fields.size()));
    for (int i = 0; i < fields.size(); ++i) {
        auto* name = new QTableWidgetItem(fields.at(i));
        if (required.contains(fields.at(i))) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        columnsTable->setItem(i, 0, name);
        auto* combo = new QComboBox(columnsTable);
        combo->setObjectName(QStringLiteral("importColumn_") + fields.at(i));
        combo->setAccessibleName(tr("Column for %1").arg(fields.at(i)));
        combo->addItem(tr("(none)"), QString());
        for (const QString& h : headers)
            combo->addItem(h, h);
        const QString chosen = m_mapping.columns.contains(fields.at(i))
                                   ? m_mapping.columns.value(fields.at(i))
                                   : guess(fields.at(i), headers);
        const int index = combo->findData(chosen);
        combo->setCurrentIndex(index < 0 ? 0 : index);
        columnsTable->setCellWidget(i, 1, combo);
    }
    columnsTable->resizeColumnToContents(0);
}

void ImportWizard::collectColumns()
{
    m_mapping.columns.clear();
    const QStringList fields = SpreadsheetMapping::fields();
    for (int i = 0; i < fields.size(); ++i) {
        const auto* combo = qobject_cast<QComboBox*>(columnsTable->cellWidget(i, 1));
        if (combo && !combo->currentData().toString().isEmpty())
            m_mapping.columns.insert(fields.at(i), combo->currentData().toString());
    }
}

void ImportWizard::buildValues()
{
    valuesTable->clear();
    valuesTable->setColumnCount(3);
    valuesTable->setHorizontalHeaderLabels(
        {tr("Field"), tr("Value in the spreadsheet"), tr("Recorded as")});
    valuesTable->setRowCount(0);
    const bool perNominal = m_mapping.perNominal();
    QHash<QString, int> index;
    for (int i = 0; i < m_table.header.size(); ++i)
        index.insert(m_table.header.at(i).trimmed(), i);
    for (auto it = m_mapping.columns.cbegin(); it != m_mapping.columns.cend(); ++it) {
        const QString& field = it.key();
        if (!SpreadsheetMapping::isEnumerationField(field))
            continue;
        QList<int> columns;
        if (perNominal && SpreadsheetMapping::isItemField(field)) {
            for (int g = 1; index.contains(it.value() + QLatin1Char(' ') + QString::number(g)); ++g)
                columns << index.value(it.value() + QLatin1Char(' ') + QString::number(g));
        } else if (index.contains(it.value())) {
            columns << index.value(it.value());
        }
        QStringList distinct;
        QSet<QString> seen;
        for (const CsvTable::Row& row : m_table.rows)
            for (int c : columns) {
                const QString v = c < row.cells.size() ? row.cells.at(c).trimmed() : QString();
                if (!v.isEmpty() && !seen.contains(v) && seen.size() < 200) {
                    seen.insert(v);
                    distinct << v;
                }
            }
        const QStringList allowed = SpreadsheetMapping::allowedValues(field);
        for (const QString& v : distinct) {
            const int r = valuesTable->rowCount();
            valuesTable->insertRow(r);
            valuesTable->setItem(r, 0, new QTableWidgetItem(field));
            valuesTable->setItem(r, 1, new QTableWidgetItem(v));
            auto* combo = new QComboBox(valuesTable);
            combo->setAccessibleName(tr("Value recorded for %1 in %2").arg(v, field));
            combo->addItem(tr("(as written)"), QString());
            for (const QString& a : allowed)
                combo->addItem(a, a);
            QString chosen = m_mapping.values.value(field).value(v);
            if (chosen.isEmpty())
                for (const QString& a : allowed)
                    if (a.compare(v, Qt::CaseInsensitive) == 0 ||
                        a.compare(QString(v).replace(QLatin1Char(' '), QLatin1Char('_')),
                                  Qt::CaseInsensitive) == 0)
                        chosen = a;
            const int i = combo->findData(chosen);
            combo->setCurrentIndex(i < 0 ? 0 : i);
            valuesTable->setCellWidget(r, 2, combo);
        }
    }
    valuesTable->resizeColumnsToContents();
}

void ImportWizard::collectValues()
{
    for (int r = 0; r < valuesTable->rowCount(); ++r) {
        const QString field = valuesTable->item(r, 0)->text();
        const QString value = valuesTable->item(r, 1)->text();
        const auto* combo = qobject_cast<QComboBox*>(valuesTable->cellWidget(r, 2));
        const QString to = combo ? combo->currentData().toString() : QString();
        if (to.isEmpty() || to == value)
            m_mapping.values[field].remove(value);
        else
            m_mapping.values[field].insert(value, to);
        if (m_mapping.values.value(field).isEmpty())
            m_mapping.values.remove(field);
    }
}

void ImportWizard::check()
{
    m_checking = true;
    problemsSummary->setText(tr("Checking every row…"));
    problemsTable->setRowCount(0);
    emit checked();
    const CsvTable table = m_table;
    const SpreadsheetMapping mapping = m_mapping;
    SpreadsheetConversion result;
    QThread* worker = QThread::create(
        [&result, table, mapping] { result = SpreadsheetImport::convert(table, mapping); });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    delete worker;
    m_conversion = std::move(result);
    m_checking = false;
    showProblems();
    emit checked();
}

void ImportWizard::showProblems()
{
    const QList<SpreadsheetProblem>& problems = m_conversion.problems;
    problemsTable->clear();
    problemsTable->setColumnCount(5);
    problemsTable->setHorizontalHeaderLabels(
        {tr("Row"), tr("Column"), tr("Value"), tr("What is wrong"), tr("What to do")});
    problemsTable->setRowCount(static_cast<int>(problems.size()));
    for (int i = 0; i < problems.size(); ++i) {
        const SpreadsheetProblem& p = problems.at(i);
        auto* row = new QTableWidgetItem;
        row->setData(Qt::DisplayRole, p.row);
        problemsTable->setItem(i, 0, row);
        problemsTable->setItem(i, 1, new QTableWidgetItem(p.column));
        problemsTable->setItem(i, 2, new QTableWidgetItem(p.value));
        problemsTable->setItem(i, 3, new QTableWidgetItem(p.message));
        problemsTable->setItem(i, 4, new QTableWidgetItem(p.action));
    }
    problemsTable->resizeColumnsToContents();
    leaveOutButton->setEnabled(!problems.isEmpty());
    problemsSummary->setText(
        problems.isEmpty()
            ? tr("No problems: %n nominal(s) and %1 intelligence item(s) can be imported.", nullptr,
                 static_cast<int>(m_conversion.document.records.size()))
                  .arg(m_conversion.items)
            : tr("%n problem(s). Nothing will be written until each is corrected in the "
                 "spreadsheet (then go back and read it again) or its row is left out.",
                 nullptr, static_cast<int>(problems.size())));
}

void ImportWizard::leaveSelectedRowsOut()
{
    QSet<int> rows;
    for (const QModelIndex& i : problemsTable->selectionModel()->selectedRows()) {
        const int row = problemsTable->item(i.row(), 0)->data(Qt::DisplayRole).toInt();
        if (row > 1) // the header cannot be left out
            rows.insert(row);
    }
    for (int r : rows)
        if (!m_mapping.leftOutRows.contains(r))
            m_mapping.leftOutRows << r;
    std::sort(m_mapping.leftOutRows.begin(), m_mapping.leftOutRows.end());
    check();
}

bool ImportWizard::saveMapping(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(m_mapping.toJson()) < 0 ||
        !f.flush()) {
        m_window.dialogs().warning(
            this, tr("Save the mapping"),
            tr("Cannot write %1 (%2). Choose another place.").arg(path, f.errorString()));
        return false;
    }
    return true;
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
