// Opening a case file and signing in through the real main window, each failure with its own
// message and a retry; the lists and their models (checked by QAbstractItemModelTester).
#include "GuiTestSupport.h"

#include "core/AppSettings.h"
#include "core/Application.h"
#include "data/Session.h"
#include "main/AuditLogView.h"
#include "main/DetailsPanel.h"
#include "main/NominalListView.h"
#include "models/IntelligenceModel.h"
#include "widgets/Banner.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>

using namespace corroborate;
using namespace corroborate::test;

class TestOpen : public QObject
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

    void focusAndEchoOnThePages()
    {
        ui::MainWindow window;
        auto* dialogs = new ScriptedDialogs;
        window.setDialogs(std::unique_ptr<ui::Dialogs>(dialogs));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openFile(m_path);
        auto* passphrase = child<QLineEdit>(window, QStringLiteral("passphraseEdit"));
        QVERIFY(passphrase->isVisible());
        QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
        QTRY_COMPARE(QApplication::focusWidget(), passphrase);
        QTest::keyClicks(passphrase, kPassphrase);
        QTest::keyClick(passphrase, Qt::Key_Return);
        auto* username = child<QLineEdit>(window, QStringLiteral("usernameEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(username->isVisible() && username->isEnabled(), 15000);
        QTRY_COMPARE(QApplication::focusWidget(), username);
        QTest::keyClicks(username, kAdmin);
        QTest::keyClick(username, Qt::Key_Tab);
        auto* password = child<QLineEdit>(window, QStringLiteral("passwordEdit"));
        QCOMPARE(QApplication::focusWidget(), password);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::keyClicks(password, kAdminPassword);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window.session() != nullptr, 15000);
        QVERIFY(child<ui::Banner>(window, QStringLiteral("syntheticBanner"))->isVisible());
        QVERIFY(child<ui::Banner>(window, QStringLiteral("markingBanner"))
                    ->text()
                    .contains(QStringLiteral("OFFICIAL-SENSITIVE")));
        // The recent list holds the path, and only the path.
        QCOMPARE(ui::AppSettings::recentFiles().first(), QFileInfo(m_path).absoluteFilePath());
    }

    void eachFailureSaysWhyAndAllowsRetry()
    {
        ui::MainWindow window;
        auto* dialogs = new ScriptedDialogs;
        window.setDialogs(std::unique_ptr<ui::Dialogs>(dialogs));
        window.show();
        window.openFile(m_path);
        auto* passphrase = child<QLineEdit>(window, QStringLiteral("passphraseEdit"));
        auto* page = child<QWidget>(window, QStringLiteral("passphrasePage"));
        QTest::keyClicks(passphrase, QStringLiteral("not the passphrase"));
        QTest::keyClick(passphrase, Qt::Key_Return);
        auto* error = page->findChild<QLabel*>(QStringLiteral("errorLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
        QVERIFY2(error->text().contains(QStringLiteral("passphrase does not open")),
                 qPrintable(error->text()));
        QVERIFY(passphrase->isEnabled());
        QCOMPARE(QApplication::focusWidget(), passphrase);

        // Try again with the right one; then a wrong password, then the right one.
        QTest::keyClicks(passphrase, kPassphrase);
        QTest::keyClick(passphrase, Qt::Key_Return);
        auto* username = child<QLineEdit>(window, QStringLiteral("usernameEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(username->isVisible() && username->isEnabled(), 15000);
        QTest::keyClicks(username, kAdmin);
        auto* password = child<QLineEdit>(window, QStringLiteral("passwordEdit"));
        password->setFocus();
        QTest::keyClicks(password, QStringLiteral("wrong password"));
        QTest::keyClick(password, Qt::Key_Return);
        auto* signInError = child<QWidget>(window, QStringLiteral("signInPage"))
                                ->findChild<QLabel*>(QStringLiteral("errorLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(signInError->isVisible(), 15000);
        QVERIFY2(signInError->text().contains(QStringLiteral("user name or password")),
                 qPrintable(signInError->text()));
        QTest::keyClicks(password, kAdminPassword);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window.session() != nullptr, 15000);
    }

    void notACaseFile()
    {
        const QString plain = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some text, not a case file\n");
        f.close();
        ui::MainWindow window;
        auto* dialogs = new ScriptedDialogs;
        window.setDialogs(std::unique_ptr<ui::Dialogs>(dialogs));
        window.show();
        window.openFile(plain);
        // Said before any passphrase is asked for, with what the file is.
        QVERIFY(!child<QLineEdit>(window, QStringLiteral("passphraseEdit"))->isVisible());
        QVERIFY(!dialogs->messages.isEmpty());
        const QString told = dialogs->messages.last();
        QVERIFY2(told.contains(QStringLiteral("not a Corroborate case file")) &&
                     told.contains(QStringLiteral("a text file")),
                 qPrintable(told));
    }

    void listsLoadAndModelsAreSound()
    {
        ui::MainWindow window;
        auto* dialogs = new ScriptedDialogs;
        window.setDialogs(std::unique_ptr<ui::Dialogs>(dialogs));
        window.show();
        QVERIFY(openAndSignIn(window, *dialogs, m_path));

        auto* all = qobject_cast<ui::NominalListView*>(window.view(QStringLiteral("all")));
        auto* below = qobject_cast<ui::NominalListView*>(window.view(QStringLiteral("below")));
        auto* due = qobject_cast<ui::NominalListView*>(window.view(QStringLiteral("due")));
        auto* audit = qobject_cast<ui::AuditLogView*>(window.view(QStringLiteral("audit")));
        QVERIFY(all && below && due && audit);
        QAbstractItemModelTester t1(all->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(below->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(due->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(audit->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

        QTRY_COMPARE_WITH_TIMEOUT(all->model()->rowCount(), 8, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            all->model()->index(0, 0).data(ui::PagedTableModel::LoadedRole).toBool(), 10000);
        QCOMPARE(all->model()->index(0, ui::NominalListModel::NameColumn).data().toString(),
                 QStringLiteral("Ashdown, Remy"));
        // Below threshold: Brackley (one source), Corrow (victim), Elmsley (at risk), Garside
        // (none).
        QTRY_COMPARE_WITH_TIMEOUT(below->model()->rowCount(), 4, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            below->model()->index(3, 0).data(ui::PagedTableModel::LoadedRole).toBool(), 10000);
        QStringList flagged;
        for (int r = 0; r < 4; ++r) {
            flagged << below->model()->index(r, ui::NominalListModel::NameColumn).data().toString();
            QCOMPARE(below->model()->index(r, ui::NominalListModel::StatusColumn).data().toString(),
                     QStringLiteral("Below threshold"));
            QVERIFY(below->model()
                        ->index(r, ui::NominalListModel::StatusColumn)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .startsWith(Evaluation::statusText(ThresholdStatus::BelowThreshold)));
            QVERIFY(!below->model()
                         ->index(r, ui::NominalListModel::ReasonsColumn)
                         .data()
                         .toString()
                         .isEmpty());
            QVERIFY(below->model()
                        ->index(r, ui::NominalListModel::StatusColumn)
                        .data(Qt::ForegroundRole)
                        .isValid());
        }
        flagged.sort();
        QCOMPARE(flagged,
                 (QStringList{QStringLiteral("Brackley, Tamsin"), QStringLiteral("Corrow, Jude"),
                              QStringLiteral("Elmsley, Priya"), QStringLiteral("Garside, Lew")}));
        // Juvenile marker on Corrow (16).
        QString corrowAge;
        for (int r = 0; r < 4; ++r)
            if (below->model()
                    ->index(r, ui::NominalListModel::NameColumn)
                    .data()
                    .toString()
                    .startsWith(u"Corrow"))
                corrowAge =
                    below->model()->index(r, ui::NominalListModel::AgeColumn).data().toString();
        QVERIFY2(corrowAge.contains(QStringLiteral("juvenile")), qPrintable(corrowAge));

        // Search as you type (debounced) narrows the list.
        window.showView(QStringLiteral("all"));
        action(window, QStringLiteral("actionFind"))->trigger();
        QCOMPARE(QApplication::focusWidget(), all->searchField());
        QTest::keyClicks(all->searchField(), QStringLiteral("Dunm"));
        QTRY_COMPARE_WITH_TIMEOUT(all->model()->rowCount(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(
            all->model()->index(0, ui::NominalListModel::ReferenceColumn).data().toString(),
            QStringLiteral("N-000004"), 5000);
        QTRY_VERIFY(child<QLabel>(window, QStringLiteral("countLabel"))
                        ->text()
                        .contains(QStringLiteral("1")));
        all->searchField()->clear();
        QTRY_COMPARE_WITH_TIMEOUT(all->model()->rowCount(), 8, 5000);

        // Sorting by reference, descending.
        all->model()->sort(ui::NominalListModel::ReferenceColumn, Qt::DescendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(
            all->model()->rowCount() == 8 &&
                all->model()->index(0, 0).data(ui::PagedTableModel::LoadedRole).toBool(),
            5000);
        QCOMPARE(all->model()->index(0, ui::NominalListModel::ReferenceColumn).data().toString(),
                 QStringLiteral("N-000008"));

        // Selecting a row asks once for a reason, logs the consultation and fills the panel.
        all->table()->setFocus();
        all->table()->selectRow(2);
        QTRY_VERIFY_WITH_TIMEOUT(window.detailsPanel()->details() != nullptr, 5000);
        const qint64 id = window.detailsPanel()->details()->nominal.id;
        QVERIFY(id > 0);
        QCOMPARE(window.session()->consultationReason(), dialogs->defaultReason);
        QTRY_VERIFY_WITH_TIMEOUT(audit->model()->rowCount() > 0, 5000);
        auto* intelligence = window.detailsPanel()->intelligenceTable()->model();
        QAbstractItemModelTester t5(intelligence,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* threshold = child<QLabel>(window, QStringLiteral("detailsThreshold"));
        QVERIFY(!threshold->text().isEmpty());
        // Every grading code is shown with its meaning.
        if (intelligence->rowCount() > 0) {
            const QString grading =
                intelligence->index(0, ui::IntelligenceModel::GradingColumn).data().toString();
            QVERIFY2(grading.contains(QStringLiteral("Reliable")), qPrintable(grading));
        }
        // The audit log has the consultation, by reference, with the reason.
        window.refreshData();
        QTRY_VERIFY_WITH_TIMEOUT(
            !audit->model()->isCounting() && audit->model()->rowCount() > 0 &&
                audit->model()->index(0, 0).data(ui::PagedTableModel::LoadedRole).toBool(),
            5000);
        bool found = false;
        for (int r = 0; r < audit->model()->rowCount() && r < 20; ++r)
            if (audit->model()->index(r, ui::AuditLogModel::ActionColumn).data().toString() ==
                    ui::AuditLogModel::actionLabel(AuditAction::Consultation) &&
                audit->model()
                        ->index(r, ui::AuditLogModel::JustificationColumn)
                        .data()
                        .toString() == dialogs->defaultReason)
                found = true;
        QVERIFY(found);
    }

    void officersDoNotSeeTheAuditLog()
    {
        ui::MainWindow window;
        auto* dialogs = new ScriptedDialogs;
        window.setDialogs(std::unique_ptr<ui::Dialogs>(dialogs));
        window.show();
        QVERIFY(openAndSignIn(window, *dialogs, m_path, kOfficer, kOfficerPassword));
        QVERIFY(window.view(QStringLiteral("audit")) == nullptr);
        QVERIFY(!action(window, QStringLiteral("actionView_audit"))->isEnabled());
        QVERIFY(window.view(QStringLiteral("due")) != nullptr);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestOpen)
#include "tst_open.moc"
