// Locking: idle time on an injectable clock, Ctrl+L, dialogs closed unsaved, our clipboard
// cleared, models dropped, the user's own password to come back, and back where they were.
#include "GuiTestSupport.h"

#include "core/AppSettings.h"
#include "core/Application.h"
#include "core/InactivityTimer.h"
#include "core/ScreenLockWatcher.h"
#include "data/Session.h"
#include "edit/NominalDialog.h"
#include "main/DetailsPanel.h"
#include "main/NominalListView.h"
#include "main/WorkspaceView.h"

#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>

using namespace corroborate;
using namespace corroborate::test;

namespace {
// A view as an extension adds one: the window reaches it only through WorkspaceView.
struct ProbeCalls
{
    int refreshed = 0;
    int cleared = 0;
};
class ProbeView : public QWidget, public ui::WorkspaceView
{
public:
    ProbeView(ProbeCalls& calls, QWidget* parent)
        : QWidget(parent)
        , m_calls(calls)
    {
    }
    void refresh() override { ++m_calls.refreshed; }
    void clearPersonalData() override { ++m_calls.cleared; }
    QString statusText() const override { return QStringLiteral("probe status"); }

private:
    ProbeCalls& m_calls;
};
} // namespace

class TestLock : public QObject
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

    void idleLocksAndUnlockReturns()
    {
        ui::AppSettings::setAutoLockMinutes(5);
        auto clock = std::make_shared<ManualClock>();
        ui::MainWindow window;
        auto* dialogs = new ScriptedDialogs;
        window.setDialogs(std::unique_ptr<ui::Dialogs>(dialogs));
        window.setClock(clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(openAndSignIn(window, *dialogs, m_path));
        window.showView(QStringLiteral("all"));
        auto* all = qobject_cast<ui::NominalListView*>(window.view(QStringLiteral("all")));
        QTRY_VERIFY_WITH_TIMEOUT(
            all->model()->rowCount() == 8 &&
                all->model()->index(3, 0).data(ui::PagedTableModel::LoadedRole).toBool(),
            10000);
        all->table()->selectRow(3);
        QTRY_VERIFY_WITH_TIMEOUT(window.detailsPanel()->details() != nullptr, 5000);
        const qint64 selected = window.detailsPanel()->details()->nominal.id;
        action(window, QStringLiteral("actionCopyReference"))->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("N-000004"));

        // Four minutes idle: nothing; five: locked.
        clock->advanceSeconds(240);
        window.inactivityTimer().check();
        QVERIFY(!window.isLocked());
        clock->advanceSeconds(61);
        window.inactivityTimer().check();
        QVERIFY(window.isLocked());
        auto* pages = child<QStackedWidget>(window, QStringLiteral("pages"));
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("lockPage"));
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        // Every view and the details panel are gone, with their models and caches.
        QTRY_VERIFY(window.view(QStringLiteral("all")) == nullptr);
        QVERIFY(window.detailsPanel() == nullptr);
        QVERIFY(!action(window, QStringLiteral("actionEditNominal"))->isEnabled());

        // Someone else's password does not unlock; the user's own does.
        auto* password = child<QLineEdit>(window, QStringLiteral("unlockPasswordEdit"));
        QTRY_COMPARE(QApplication::focusWidget(), password);
        QTest::keyClicks(password, kOfficerPassword);
        QTest::keyClick(password, Qt::Key_Return);
        auto* error = child<QLabel>(window, QStringLiteral("unlockErrorLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(error->text().contains(QStringLiteral("not the password")), 10000);
        QVERIFY(window.isLocked());
        QTest::keyClicks(password, kAdminPassword);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLocked(), 10000);
        QCOMPARE(window.currentViewId(), QStringLiteral("all"));
        QTRY_VERIFY_WITH_TIMEOUT(window.detailsPanel() && window.detailsPanel()->details() &&
                                     window.detailsPanel()->details()->nominal.id == selected,
                                 10000);
    }

    void ctrlLLocksAndClosesDialogsUnsaved()
    {
        ui::MainWindow window;
        auto* dialogs = new ScriptedDialogs;
        window.setDialogs(std::unique_ptr<ui::Dialogs>(dialogs));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(openAndSignIn(window, *dialogs, m_path));
        window.showView(QStringLiteral("all"));
        auto* all = qobject_cast<ui::NominalListView*>(window.view(QStringLiteral("all")));
        QTRY_VERIFY_WITH_TIMEOUT(
            all->model()->rowCount() == 8 &&
                all->model()->index(0, 0).data(ui::PagedTableModel::LoadedRole).toBool(),
            10000);
        all->table()->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(window.detailsPanel()->details() != nullptr, 5000);
        const qint64 entriesBefore = AuditLog(window.session()->db()).count();

        bool dialogWasOpen = false;
        QTimer::singleShot(100, this, [&] {
            auto* dialog = qobject_cast<ui::NominalDialog*>(QApplication::activeModalWidget());
            dialogWasOpen = dialog != nullptr;
            if (!dialog)
                return;
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("reasonEdit")),
                             QStringLiteral("Should never be saved"));
            // Ctrl+L while the dialog is open.
            action(window, QStringLiteral("actionLock"))->trigger();
        });
        action(window, QStringLiteral("actionEditNominal"))->trigger();
        QVERIFY(dialogWasOpen);
        QVERIFY(window.isLocked());
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        QTRY_VERIFY(window.view(QStringLiteral("all")) == nullptr);
        QCOMPARE(AuditLog(window.session()->db()).count(), entriesBefore);

        // Unlock: the dialog comes back with what was typed (kept as a draft in the file
        // meanwhile, never saved); Cancel it, then Ctrl+L from the keyboard.
        QString reasonBack;
        auto* poll = new QTimer(&window);
        connect(poll, &QTimer::timeout, &window, [&] {
            auto* dialog = qobject_cast<ui::NominalDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll->stop();
            reasonBack = dialog->findChild<QLineEdit*>(QStringLiteral("reasonEdit"))->text();
            dialog->reject();
        });
        poll->start(100);
        auto* password = child<QLineEdit>(window, QStringLiteral("unlockPasswordEdit"));
        QTest::keyClicks(password, kAdminPassword);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLocked(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(reasonBack, QStringLiteral("Should never be saved"), 10000);
        // The unlock is logged as sign-in is (one entry); the edit never is.
        QCOMPARE(AuditLog(window.session()->db()).count(), entriesBefore + 1);
        const QList<AuditEntry> last = AuditLog(window.session()->db()).page(0, 1);
        QCOMPARE(last.size(), 1);
        QCOMPARE(last.first().action, AuditAction::SignIn);
        QCOMPARE(last.first().details, QStringLiteral("unlock of a locked window"));
        QTRY_VERIFY(window.view(QStringLiteral("all")) != nullptr);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(window.isLocked());
    }

    void theDesktopsScreenLockLocksToo()
    {
        ui::MainWindow window;
        auto* dialogs = new ScriptedDialogs;
        window.setDialogs(std::unique_ptr<ui::Dialogs>(dialogs));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(openAndSignIn(window, *dialogs, m_path));
        QVERIFY(!window.isLocked());
        // What the screen saver's ActiveChanged(true) or logind's Lock signal delivers.
        window.screenLockWatcher().notifyScreenLocked();
        QVERIFY(window.isLocked());
        QTRY_VERIFY(window.view(QStringLiteral("all")) == nullptr);
    }

    void anExtensionViewIsRefreshedAndClearedLikeTheBuiltIns()
    {
        ui::MainWindow window;
        auto* dialogs = new ScriptedDialogs;
        window.setDialogs(std::unique_ptr<ui::Dialogs>(dialogs));
        ProbeCalls calls;
        window.addView({QStringLiteral("probe"),
                        [] { return QStringLiteral("Probe"); },
                        {},
                        QKeySequence(),
                        200,
                        {},
                        [&calls](ui::MainWindow&, ui::Session&, QWidget* parent) -> QWidget* {
                            return new ProbeView(calls, parent);
                        }});
        // An extension's command, enabled from what it needs alone.
        auto* command = new QAction(QStringLiteral("Probe command"), &window);
        window.addCommand(command, ui::Need::Session);
        QVERIFY(!command->isEnabled());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(openAndSignIn(window, *dialogs, m_path));
        QVERIFY(command->isEnabled());
        window.showView(QStringLiteral("probe"));
        QCOMPARE(window.currentViewId(), QStringLiteral("probe"));
        QCOMPARE(child<QLabel>(window, QStringLiteral("countLabel"))->text(),
                 QStringLiteral("probe status"));

        window.refreshData();
        QCOMPARE(calls.refreshed, 1);
        action(window, QStringLiteral("actionRefresh"))->trigger();
        QCOMPARE(calls.refreshed, 2);

        QCOMPARE(calls.cleared, 0);
        window.lock();
        QVERIFY(window.isLocked());
        QCOMPARE(calls.cleared, 1);
        QVERIFY(!command->isEnabled());
        QTRY_VERIFY(window.view(QStringLiteral("probe")) == nullptr);
        window.closeFile();
        QVERIFY(!command->isEnabled());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestLock)
#include "tst_lock.moc"
