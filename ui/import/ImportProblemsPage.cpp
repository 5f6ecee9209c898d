// Step 5 of the import wizard: every problem by row and column, rows left out deliberately.
#include "ImportWizard.h"
#include "ImportWizardPage.h"
#include "core/Error.h"
#include "data/DataWorker.h"
#include "data/Session.h"
#include "main/MainWindow.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizard>

namespace corroborate::ui {

ImportWizardPage* ImportWizard::makeProblemsPage()
{
    auto* problems =
        new ImportWizardPage(*this, tr("Review the problems"),
                             tr("Nothing is written until every row is right or left out. "
                                "Correct the spreadsheet and read it again, or leave rows out "
                                "deliberately (recorded by row number only)."));
    {
        problemsSummary = new QLabel(problems);
        problemsSummary->setObjectName(QStringLiteral("importProblemsSummary"));
        problemsSummary->setWordWrap(true);
        problemsTable =
            importTable(problems, QStringLiteral("importProblemsTable"), tr("Problems"));
        problemsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
        leaveOutButton = new QPushButton(tr("&Leave the selected rows out"), problems);
        leaveOutButton->setObjectName(QStringLiteral("importLeaveOutButton"));
        leaveOutButton->setAccessibleName(tr("Leave the selected rows out"));
        checkProgress = new QProgressBar(problems);
        checkProgress->setObjectName(QStringLiteral("importCheckProgress"));
        checkProgress->setAccessibleName(tr("Rows checked"));
        checkProgress->setVisible(false);
        checkButton = new QPushButton(problems);
        checkButton->setObjectName(QStringLiteral("importCheckButton"));
        checkButton->setVisible(false);
        auto* progressRow = new QHBoxLayout;
        progressRow->addWidget(checkProgress, 1);
        progressRow->addWidget(checkButton);
        auto* layout = new QVBoxLayout(problems);
        layout->addWidget(problemsSummary);
        layout->addLayout(progressRow);
        layout->addWidget(problemsTable, 1);
        layout->addWidget(leaveOutButton, 0, Qt::AlignLeft);
        connect(leaveOutButton, &QPushButton::clicked, this, &ImportWizard::leaveSelectedRowsOut);
        connect(checkButton, &QPushButton::clicked, this, [this] {
            if (m_checking)
                cancelCheck();
            else
                check();
        });
        connect(this, &ImportWizard::checked, problems, [problems] { problems->changed(); });
        problems->onEnter = [this] {
            check();
        };
        problems->complete = [this] {
            return !m_checking && m_checked && m_conversion.isValid();
        };
        problems->onBack = [this] {
            cancelCheck();
        };
    }
    return problems;
}

// The check runs on the session's data worker (the DataWorker pattern: the result comes back
// through a ResultSink, Cancel through a flag the job polls every 1,024 rows), not through
// AsyncTask: AsyncTask waits with keyboard and mouse input held back, so a Cancel button could
// not be pressed while it runs (docs/DESIGN.md "Threads"). The job reads no file.
void ImportWizard::check()
{
    cancelCheck(); // a check still running is superseded
    Session* session = m_window.session();
    const int generation = ++m_checkGeneration;
    m_checking = true;
    m_checked = false;
    problemsSummary->setText(tr("Checking every row…"));
    problemsTable->setRowCount(0);
    leaveOutButton->setEnabled(false);
    checkProgress->setRange(0, static_cast<int>(m_table.rows.size()));
    checkProgress->setValue(0);
    checkProgress->setVisible(true);
    checkButton->setText(tr("&Cancel the check"));
    checkButton->setVisible(true);
    emit checked();

    m_checkCancel = std::make_shared<std::atomic<bool>>(false);
    if (!m_checkSink)
        m_checkSink = std::make_shared<ResultSink>(this);
    auto cancel = m_checkCancel;
    auto sink = m_checkSink;
    ImportWizard* const self = this;
    auto job = [self, generation, cancel, sink, table = m_table, mapping = m_mapping] {
        auto result = std::make_shared<SpreadsheetConversion>();
        bool ok = false;
        try {
            *result = SpreadsheetImport::convert(
                table, mapping, [self, generation, cancel, sink](qint64 done, qint64) {
                    sink->deliver([self, generation, done] {
                        if (generation == self->m_checkGeneration)
                            self->checkProgress->setValue(static_cast<int>(done));
                    });
                    return !cancel->load();
                });
            ok = true;
        } catch (const Error&) {
            ok = false; // cancelled
        }
        sink->deliver([self, generation, ok, cancel, result] {
            self->finishCheck(generation, ok && !cancel->load(), result);
        });
    };
    if (session)
        session->worker().submit([job](WorkerContext&) { job(); });
    else
        job(); // no case file open (tests of the steps alone): checked here
}

void ImportWizard::cancelCheck()
{
    if (m_checking && m_checkCancel)
        m_checkCancel->store(true);
}

void ImportWizard::finishCheck(int generation, bool completed,
                               const std::shared_ptr<SpreadsheetConversion>& result)
{
    if (generation != m_checkGeneration)
        return; // superseded by a later check
    m_checking = false;
    checkProgress->setVisible(false);
    if (completed) {
        m_conversion = std::move(*result);
        m_checked = true;
        checkButton->setVisible(false);
        showProblems();
    } else {
        checkButton->setText(tr("Check &again"));
        leaveOutButton->setEnabled(false);
        problemsSummary->setText(tr("The check was cancelled; nothing was written. Check again, "
                                    "or go back to change the mapping."));
    }
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

} // namespace corroborate::ui
