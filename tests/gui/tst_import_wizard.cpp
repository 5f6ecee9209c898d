// File ▸ Import spreadsheet… through the real main window: a Windows-1252 file with
// semicolons is detected and previewed, columns are guessed and values mapped, a defective row
// is shown by row and column and left out deliberately, the import runs on the data worker with
// progress, and the nominals arrive in the file. Cancel during the check writes nothing. With
// CORROBORATE_SCREENSHOT_DIR set, each step is saved as import-NN-*.png there (docs/screenshots).
#include "GuiTestSupport.h"

#include "core/Application.h"
#include "data/Session.h"
#include "import/ImportWizard.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>

using namespace corroborate;
using namespace corroborate::test;

namespace {

// Windows-1252 bytes: 0x92 is a right single quote; row 4 has an impossible date.
const QByteArray kSheet =
    "reference;surname;forenames;classification;listed_on;provider;originator;obtained_on;"
    "source_evaluation;intelligence_assessment;handling_code;indicates;summary\r\n"
    "S-001;O\x92Hara;Dee;Offender;03/02/2025;police;Gangs Unit;01/09/2026;1;B;P;"
    "gang membership;\"Seen; twice\"\r\n"
    "S-001;;;;;police;Youth Team;02/09/2026;2;B;P;gang membership;Named by a worker\r\n"
    "S-002;Quill;Max;Offender;31/02/2025;police;Gangs Unit;03/09/2026;1;A;P;gang membership;x\r\n"
    "S-003;Rook;Ida;Victim;04/02/2025;police;Gangs Unit;04/09/2026;1;A;P;gang membership;y\r\n";

void shoot(QWidget& w, const QString& name)
{
    const QByteArray dir = qgetenv("CORROBORATE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    w.grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(name));
}

void choose(QComboBox* combo, const QString& data)
{
    QVERIFY(combo);
    const int i = combo->findData(data);
    QVERIFY2(i >= 0, qPrintable(data));
    combo->setCurrentIndex(i);
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateEnvironment();
        ui::setUpApplication(*qApp);
        QVERIFY(m_dir.isValid());
        m_path = makeCaseFile(m_dir);
    }

    void importsThroughEveryStep()
    {
        ui::MainWindow window;
        auto* dialogs = new ScriptedDialogs;
        window.setDialogs(std::unique_ptr<ui::Dialogs>(dialogs));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(openAndSignIn(window, *dialogs, m_path));
        QAction* open = action(window, QStringLiteral("actionImportSpreadsheet"));
        QVERIFY(open && open->isEnabled());
        const qint64 before = NominalRepository(window.session()->db()).count();

        const QString csv = m_dir.filePath(QStringLiteral("list.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kSheet);
        f.close();

        ui::ImportWizard wizard(window, &window);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.setFilePath(csv);
        shoot(wizard, QStringLiteral("import-01-file.png"));

        wizard.next(); // reads the file
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::FormatPage));
        QCOMPARE(wizard.encodingCombo->currentData().toString(), QStringLiteral("windows-1252"));
        QCOMPARE(wizard.delimiterCombo->currentData().toString(), QStringLiteral(";"));
        QCOMPARE(wizard.previewTable->item(0, 1)->text(), QStringLiteral("O\u2019Hara"));
        QCOMPARE(wizard.previewTable->item(0, 12)->text(), QStringLiteral("Seen; twice"));
        shoot(wizard, QStringLiteral("import-02-format.png"));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::ColumnsPage));
        // Guessed from the headers; the item's reference is not the nominal's.
        const auto column = [&](const char* field) {
            return wizard.findChild<QComboBox*>(QStringLiteral("importColumn_") +
                                                QLatin1String(field));
        };
        QCOMPARE(column("surname")->currentData().toString(), QStringLiteral("surname"));
        QCOMPARE(column("intelligence.originator")->currentData().toString(),
                 QStringLiteral("originator"));
        QCOMPARE(column("intelligence.reference")->currentData().toString(), QString());
        shoot(wizard, QStringLiteral("import-03-columns.png"));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::ValuesPage));
        // Offered from the distinct values found.
        QTableWidget* values = wizard.valuesTable;
        for (int r = 0; r < values->rowCount(); ++r) {
            auto* combo = qobject_cast<QComboBox*>(values->cellWidget(r, 2));
            const QString v = values->item(r, 1)->text();
            if (v == u"Offender")
                choose(combo, QStringLiteral("suspected_offender"));
            else if (v == u"Victim")
                choose(combo, QStringLiteral("victim"));
            else if (v == u"gang membership")
                QCOMPARE(combo->currentData().toString(), QStringLiteral("gang_membership"));
        }
        shoot(wizard, QStringLiteral("import-04-values.png"));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::ProblemsPage));
        QTRY_VERIFY(!wizard.checking());
        QCOMPARE(wizard.problemsTable->rowCount(), 1);
        QCOMPARE(wizard.problemsTable->item(0, 0)->text(), QStringLiteral("4"));
        QCOMPARE(wizard.problemsTable->item(0, 1)->text(), QStringLiteral("listed_on"));
        QCOMPARE(wizard.problemsTable->item(0, 2)->text(), QStringLiteral("31/02/2025"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        wizard.problemsTable->selectRow(0);
        shoot(wizard, QStringLiteral("import-05-problems.png"));
        wizard.leaveOutButton->click();
        QTRY_VERIFY(wizard.conversion().isValid());
        QCOMPARE(wizard.mapping().leftOutRows, QList<int>{4});
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::ImportPage));
        const QString mapping = m_dir.filePath(QStringLiteral("mapping.json"));
        QVERIFY(wizard.saveMapping(mapping));
        wizard.importButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.imported(), 20000);
        QCOMPARE(wizard.progress->value(), wizard.progress->maximum());
        shoot(wizard, QStringLiteral("import-06-imported.png"));
        QCOMPARE(NominalRepository(window.session()->db()).count(), before + 2);
        const auto n = NominalRepository(window.session()->db()).find(QStringLiteral("S-001"));
        QVERIFY(n);
        QCOMPARE(n->surname, QStringLiteral("O\u2019Hara"));
        QCOMPARE(NominalRepository(window.session()->db()).intelligenceFor(n->id).size(), 2);

        // The saved mapping reads back as the command would read it.
        QFile saved(mapping);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QStringList errors;
        const SpreadsheetMapping again = SpreadsheetMapping::fromJson(saved.readAll(), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(again.leftOutRows, QList<int>{4});
        QCOMPARE(
            again.values.value(QStringLiteral("classification")).value(QStringLiteral("Offender")),
            QStringLiteral("suspected_offender"));
        wizard.close();
    }

    // Cancel while every row is being checked: the check stops, Next stays disabled, nothing
    // is written; checking again finishes; the wizard's own Cancel during a check closes it
    // with nothing written.
    void cancellingTheCheckWritesNothing()
    {
        ui::MainWindow window;
        auto* dialogs = new ScriptedDialogs;
        window.setDialogs(std::unique_ptr<ui::Dialogs>(dialogs));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(openAndSignIn(window, *dialogs, m_path));
        const auto count = [&window] {
            return NominalRepository(window.session()->db()).count();
        };
        const qint64 before = count();

        // Large enough that the check is still running when Cancel is pressed.
        QByteArray sheet = kSheet.left(kSheet.indexOf("\r\n") + 2);
        for (int i = 0; i < 20000; ++i)
            sheet += "B-" + QByteArray::number(i).rightJustified(6, '0') +
                     ";Bulk;Dee;Offender;03/02/2025;police;Gangs Unit;01/09/2026;1;B;P;"
                     "gang membership;x\r\n";
        const QString csv = m_dir.filePath(QStringLiteral("big.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(sheet);
        f.close();

        {
            ui::ImportWizard wizard(window, &window);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            wizard.setFilePath(csv);
            wizard.next(); // format
            wizard.next(); // columns
            wizard.next(); // values
            QCOMPARE(wizard.currentId(), int(ui::ImportWizard::ValuesPage));
            wizard.next(); // problems: the check starts
            QCOMPARE(wizard.currentId(), int(ui::ImportWizard::ProblemsPage));
            QVERIFY(wizard.checking());
            QVERIFY(wizard.checkProgress->isVisible());
            QVERIFY(wizard.checkButton->isVisible());
            wizard.checkButton->click(); // Cancel the check
            QTRY_VERIFY_WITH_TIMEOUT(!wizard.checking(), 60000);
            QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
            QVERIFY(wizard.checkButton->isVisible()); // now "Check again"
            QVERIFY2(wizard.problemsSummary->text().contains(u"cancelled"),
                     qPrintable(wizard.problemsSummary->text()));
            QCOMPARE(count(), before);

            wizard.checkButton->click(); // Check again, to the end
            QVERIFY(wizard.checking());
            QTRY_VERIFY_WITH_TIMEOUT(!wizard.checking(), 120000);
            QVERIFY(!wizard.checkButton->isVisible());
            QCOMPARE(wizard.conversion().document.records.size(), 20000);

            // Back and forward starts a check; the wizard's Cancel closes it meanwhile.
            wizard.back();
            wizard.next();
            QVERIFY(wizard.checking());
            wizard.button(QWizard::CancelButton)->click();
            QVERIFY(!wizard.isVisible());
        }
        QTest::qWait(200); // the worker drops the abandoned check
        QCOMPARE(count(), before);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestImportWizard)
#include "tst_import_wizard.moc"
