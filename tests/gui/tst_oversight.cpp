// Tools ▸ Oversight report through the real main window (issue 12): a supervisor's action
// opens the report, computed on the data worker with progress; the totals agree with the core;
// Save as PDF (read back with pdftotext) and Export CSV write through the dialog seam; an
// officer has neither the action nor the view. Writes docs/screenshots/oversight-01-report.png
// when CORROBORATE_SCREENSHOT_DIR is set.
#include "FeatureTestSupport.h"

#include "core/Application.h"
#include "data/Session.h"
#include "demo/DemoCaseFile.h"
#include "oversight/OversightService.h"
#include "oversight/OversightView.h"
#include "oversight/PopulationBaseline.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QTableView>

using namespace corroborate;
using namespace corroborate::test;

class TestOversight : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        startFeatureSuite();
        QVERIFY(m_dir.isValid());
        // The demo generator's synthetic people: every group, gender, age and area.
        m_path = m_dir.filePath(QStringLiteral("demo.corroborate"));
        DemoOptions demo;
        demo.path = m_path;
        demo.passphrase = Secret(kPassphrase);
        demo.first = {kAdmin, kAdminName, Secret(kAdminPassword)};
        demo.second = {QStringLiteral("sid"), QStringLiteral("Sid Supervisor"),
                       Secret(QStringLiteral("sid-password-1"))};
        demo.nominals = 1500;
        DemoCaseFile::create(demo);
        auto file = CaseFile::open(m_path, Secret(kPassphrase));
        const User alice = *Accounts(file->db()).find(kAdmin);
        {
            Transaction tx(file->db());
            Accounts(file->db())
                .create(kOfficer, kOfficerName, Secret(kOfficerPassword),
                        Roles().add(Role::Officer));
            tx.commit();
        }
        PopulationBaseline::set(file->db(), alice,
                                PopulationBaseline::parseCsv("group,population\nWhite,60000\n"
                                                             "Asian,15000\nBlack,12000\n"
                                                             "Mixed,7000\nOther,6000\n"));
    }

    void supervisorSeesTheReportAndSavesIt()
    {
        FeatureWindow feature;
        QVERIFY(feature.signIn(m_path));
        ui::MainWindow& window = feature.window;
        ScriptedDialogs* dialogs = feature.dialogs;

        QAction* open = action(window, QStringLiteral("actionOversightReport"));
        QVERIFY(open && open->isEnabled() && open->isVisible());
        QVERIFY(window.menu(ui::MenuId::Tools)->actions().contains(open));
        open->trigger();
        QCOMPARE(window.currentViewId(), QStringLiteral("oversight"));
        auto* view = qobject_cast<ui::OversightView*>(window.view(QStringLiteral("oversight")));
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->hasReport(), 20000);

        // The totals table says what the core says.
        auto* totals = view->findChild<QTableView*>(QStringLiteral("Totals"));
        QVERIFY(totals);
        QAbstractItemModelTester tester(totals->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto file = CaseFile::open(m_path, Secret(kPassphrase));
        const std::optional<OversightReport> report =
            OversightService(file->db()).build(Time::today());
        QVERIFY(report);
        QCOMPARE(totals->model()->index(0, 1).data().toString(),
                 QString::number(report->totals.listed));
        QCOMPARE(totals->model()->index(2, 1).data().toString(),
                 QString::number(report->totals.belowThreshold));
        QVERIFY(view->findChild<QTableView*>(QStringLiteral("oversightTable_by_ethnicity")));

        const QString shots = qEnvironmentVariable("CORROBORATE_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QTest::qWait(300);
            QVERIFY(window.grab().save(
                QDir(shots).filePath(QStringLiteral("oversight-01-report.png"))));
        }

        // Save as PDF, through the dialog seam; the PDF reads back marked.
        const QString pdf = m_dir.filePath(QStringLiteral("oversight.pdf"));
        dialogs->saveFiles.enqueue(pdf);
        QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("oversightSavePdf")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(pdf), 20000);
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(text.contains(QStringLiteral("OFFICIAL-SENSITIVE")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of")));
        QVERIFY(text.contains(QStringLiteral("SYNTHETIC DATA")) ||
                !window.session()->isSynthetic());

        // Export CSV into a new folder.
        const QString csv = m_dir.filePath(QStringLiteral("csv"));
        dialogs->saveFiles.enqueue(csv);
        QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("oversightExportCsv")),
                          Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(csv + QStringLiteral("/by_ethnicity.csv")));
        // A second export into the same folder would overwrite: refused, said in words.
        dialogs->saveFiles.enqueue(csv);
        QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("oversightExportCsv")),
                          Qt::LeftButton);
        QTRY_VERIFY(!dialogs->messages.isEmpty());
        QVERIFY(dialogs->messages.last().contains(QStringLiteral("already exists")));
        window.closeFile();
    }

    void officerHasNoReport()
    {
        FeatureWindow feature;
        QVERIFY(feature.signIn(m_path, kOfficer, kOfficerPassword));
        ui::MainWindow& window = feature.window;
        QAction* open = action(window, QStringLiteral("actionOversightReport"));
        QVERIFY(open);
        QVERIFY(!open->isEnabled());
        QVERIFY(!window.view(QStringLiteral("oversight")));
        window.closeFile();
    }
};

QTEST_MAIN(TestOversight)
#include "tst_oversight.moc"
