// A newcomer's first hour (issue 9), through the real main window: work kept across a lock,
// no decision chosen for the reviewer, Open then Cancel keeping the file, a supervisor told
// what waits, lists that log nobody unasked, no prompt on quitting, a PDF named as such before
// any passphrase, a second copy told who has the file, the review count, a conflict that keeps
// the user's values, and the keyboard shortcuts.
#include "GuiTestSupport.h"

#include "core/Application.h"
#include "core/Error.h"
#include "data/Session.h"
#include "data/StatusScanner.h"
#include "edit/NominalDialog.h"
#include "help/ShortcutsDialog.h"
#include "main/DetailsPanel.h"
#include "main/NominalListView.h"
#include "review/ReviewView.h"
#include "settings/SettingsDialog.h"
#include "store/DraftRepository.h"
#include "store/ReviewRepository.h"
#include "widgets/PasswordFields.h"
#include "workflow/RemovalService.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>

using namespace corroborate;
using namespace corroborate::test;

namespace {
// Scripted answers that also count every "why are you looking" question.
class CountingDialogs : public ScriptedDialogs
{
public:
    int reasonsAsked = 0;
    std::optional<QString> reason(QWidget* parent, const QString& title, const QString& prompt,
                                  const QStringList& presets) override
    {
        ++reasonsAsked;
        return ScriptedDialogs::reason(parent, title, prompt, presets);
    }
};

int consultations(Database& db)
{
    int n = 0;
    for (const AuditEntry& e : AuditLog(db).page(0, 1000))
        if (e.action == AuditAction::Consultation)
            ++n;
    return n;
}

QWidget* currentPage(ui::MainWindow& window)
{
    return child<QStackedWidget>(window, QStringLiteral("pages"))->currentWidget();
}

// Runs `act` on the first visible T of the window, whenever it appears (a modal dialog's own
// loop is running then), polling for up to 30 s.
template <typename T, typename Act> void whenShown(ui::MainWindow& window, Act act)
{
    auto* timer = new QTimer(&window);
    auto left = std::make_shared<int>(300);
    QObject::connect(timer, &QTimer::timeout, &window, [&window, timer, left, act] {
        T* found = window.findChild<T*>();
        if ((found && found->isVisible()) || --*left <= 0) {
            timer->stop();
            timer->deleteLater();
            if (found && found->isVisible())
                act(found);
        }
    });
    timer->start(100);
}

bool unlock(ui::MainWindow& window, const QString& password)
{
    auto* field = child<QLineEdit>(window, QStringLiteral("unlockPasswordEdit"));
    if (!QTest::qWaitFor([&] { return field->isVisible(); }, 5000))
        return false;
    field->setFocus();
    QTest::keyClicks(field, password);
    QTest::keyClick(field, Qt::Key_Return);
    return QTest::qWaitFor([&] { return !window.isLocked(); }, 15000);
}
} // namespace

class TestFirstHour : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    struct Window
    {
        ui::MainWindow window;
        CountingDialogs* dialogs = new CountingDialogs;
        Window() { window.setDialogs(std::unique_ptr<ui::Dialogs>(dialogs)); }
    };

    // Leaves the file as the next test expects it: no paused review, no draft.
    void finishOpenSessions()
    {
        auto file = CaseFile::open(m_path, Secret(kPassphrase));
        Transaction tx(file->db());
        for (const ReviewSessionRecord& s : ReviewRepository(file->db()).openSessions(kAdmin))
            ReviewRepository(file->db()).finishSession(s.id);
        DraftRepository(file->db()).removeForUser(kAdmin);
        tx.commit();
    }

    // A window signed in to the test file.
    bool signIn(Window& w, const QString& user = kAdmin, const QString& password = kAdminPassword)
    {
        w.window.show();
        return openAndSignIn(w.window, *w.dialogs, m_path, user, password);
    }

    // Starts a review of the due queue and waits for its first nominal.
    static ui::ReviewView* startDueReview(ui::MainWindow& window)
    {
        if (!QTest::qWaitFor([&] { return window.statusScanner()->latest() != nullptr; }, 10000))
            return nullptr;
        action(window, QStringLiteral("actionStartReview"))->trigger();
        if (!QTest::qWaitFor([&] { return window.reviewView() != nullptr; }, 5000))
            return nullptr;
        ui::ReviewView* review = window.reviewView();
        if (!QTest::qWaitFor([&] { return review->currentNominalId() > 0; }, 5000))
            return nullptr;
        return review;
    }

private slots:
    void initTestCase()
    {
        isolateEnvironment();
        ui::setUpApplication(*qApp);
        QVERIFY(m_dir.isValid());
        m_path = makeCaseFile(m_dir);
    }

    void lockInTheMiddleOfADecisionKeepsTheWork()
    {
        Window w;
        QVERIFY(signIn(w));
        ui::ReviewView* review = startDueReview(w.window);
        QVERIFY(review);
        const qint64 nominal = review->currentNominalId();
        review->setStep(ui::ReviewView::DecisionStep);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_D, Qt::AltModifier); // Defer
        QTRY_VERIFY(child<QRadioButton>(*review, QStringLiteral("decisionDefer"))->isChecked());
        auto* reason = child<QComboBox>(*review, QStringLiteral("decisionReason"));
        reason->setFocus();
        QTest::keyClicks(reason, QStringLiteral("Waiting for the housing officer"));

        action(w.window, QStringLiteral("actionLock"))->trigger();
        QVERIFY(w.window.isLocked());
        QTRY_VERIFY(w.window.reviewView() == nullptr); // nothing of it left on screen
        Database& db = w.window.session()->db();
        // Kept inside the case file as a draft, for this user; not a decision.
        const QList<DraftRecord> drafts = DraftRepository(db).forUser(kAdmin);
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().kind, QStringLiteral("review"));
        QCOMPARE(drafts.first().nominalId, nominal);
        QVERIFY(ReviewRepository(db).historyFor(nominal, 5).isEmpty());

        QVERIFY(unlock(w.window, kAdminPassword));
        QTRY_VERIFY_WITH_TIMEOUT(
            w.window.reviewView() && w.window.reviewView()->currentNominalId() == nominal, 5000);
        review = w.window.reviewView();
        QTRY_VERIFY(child<QRadioButton>(*review, QStringLiteral("decisionDefer"))->isChecked());
        QCOMPARE(child<QComboBox>(*review, QStringLiteral("decisionReason"))->currentText(),
                 QStringLiteral("Waiting for the housing officer"));
        QCOMPARE(review->step(), int(ui::ReviewView::DecisionStep));
        // Back on screen, out of the file.
        QVERIFY(DraftRepository(db).forUser(kAdmin).isEmpty());
        action(w.window, QStringLiteral("actionQuit"))->trigger();
    }

    void lockWithAnEditDialogOpenKeepsItsFields()
    {
        Window w;
        QVERIFY(signIn(w));
        w.window.showView(QStringLiteral("all"));
        auto* all = qobject_cast<ui::NominalListView*>(w.window.view(QStringLiteral("all")));
        QTRY_VERIFY_WITH_TIMEOUT(
            all->model()->rowCount() == 8 &&
                all->model()->index(0, 0).data(ui::PagedTableModel::LoadedRole).toBool(),
            10000);
        all->table()->selectRow(0); // Ashdown
        QTRY_VERIFY(w.window.currentNominalId() > 0);
        bool typed = false;
        whenShown<ui::NominalDialog>(w.window, [&](ui::NominalDialog* dialog) {
            auto* surname = dialog->findChild<QLineEdit*>(QStringLiteral("surnameEdit"));
            surname->selectAll();
            QTest::keyClicks(surname, QStringLiteral("Ashdown-Price"));
            typed = true;
            w.window.lock(); // the screen locks with the dialog open
        });
        action(w.window, QStringLiteral("actionEditNominal"))->trigger();
        QVERIFY(typed);
        QVERIFY(w.window.isLocked());
        QCOMPARE(DraftRepository(w.window.session()->db()).forUser(kAdmin).size(), 1);

        QString surnameBack;
        whenShown<ui::NominalDialog>(w.window, [&](ui::NominalDialog* dialog) {
            surnameBack = dialog->findChild<QLineEdit*>(QStringLiteral("surnameEdit"))->text();
            dialog->reject();
        });
        QVERIFY(unlock(w.window, kAdminPassword));
        QTRY_COMPARE_WITH_TIMEOUT(surnameBack, QStringLiteral("Ashdown-Price"), 5000);
        // Nothing was saved: the record still has its own surname.
        QCOMPARE(
            NominalRepository(w.window.session()->db()).find(QStringLiteral("N-000001"))->surname,
            QStringLiteral("Ashdown"));
        w.window.closeFile();
    }

    void draftOfferedAfterACrashToItsAuthorOnly()
    {
        {
            // The app stops while locked (as a crash would): the draft stays in the file.
            Window w;
            QVERIFY(signIn(w));
            ui::ReviewView* review = startDueReview(w.window);
            QVERIFY(review);
            review->setStep(ui::ReviewView::DecisionStep);
            child<QRadioButton>(*review, QStringLiteral("decisionDefer"))->click();
            QVERIFY(child<QRadioButton>(*review, QStringLiteral("decisionDefer"))->isChecked());
            w.window.lock();
            QCOMPARE(DraftRepository(w.window.session()->db()).forUser(kAdmin).size(), 1);
        }
        {
            // Someone else signs in: nothing is offered or shown to them.
            Window w;
            QVERIFY(signIn(w, kOfficer, kOfficerPassword));
            QVERIFY(!w.dialogs->messages.join(QLatin1Char('\n')).contains(u"Unsaved work"));
            QVERIFY(w.window.reviewView() == nullptr);
            w.window.closeFile();
        }
        Window w;
        w.dialogs->answers.enqueue(QMessageBox::Yes); // put it back
        QVERIFY(signIn(w));
        QVERIFY(w.dialogs->messages.join(QLatin1Char('\n')).contains(u"Unsaved work"));
        QTRY_VERIFY_WITH_TIMEOUT(w.window.reviewView() != nullptr, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QRadioButton>(*w.window.reviewView(), QStringLiteral("decisionDefer"))
                ->isChecked(),
            5000);
        w.window.reviewView()->pause();
        w.window.closeFile();
        // The next tests start with no paused review and no draft.
        finishOpenSessions();
    }

    void qualifyingNominalHasNoDefaultDecision()
    {
        Window w;
        QVERIFY(signIn(w));
        w.window.showView(QStringLiteral("all"));
        auto* all = qobject_cast<ui::NominalListView*>(w.window.view(QStringLiteral("all")));
        QTRY_VERIFY_WITH_TIMEOUT(
            all->model()->rowCount() == 8 &&
                all->model()->index(7, 0).data(ui::PagedTableModel::LoadedRole).toBool(),
            10000);
        all->table()->selectRow(7); // Hollin: meets the threshold
        action(w.window, QStringLiteral("actionReviewSelection"))->trigger();
        QTRY_VERIFY(w.window.reviewView() != nullptr);
        ui::ReviewView* review = w.window.reviewView();
        QTRY_VERIFY_WITH_TIMEOUT(review->currentNominalId() > 0, 5000);
        const qint64 id = review->currentNominalId();
        // Ctrl+Enter twice: to the decision step, then "save" — with nothing chosen.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(review->step(), int(ui::ReviewView::DecisionStep));
        for (const char* name : {"decisionRetain", "decisionRemove", "decisionDefer"})
            QVERIFY2(!child<QRadioButton>(*review, QString::fromLatin1(name))->isChecked(), name);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(child<QLabel>(*review, QStringLiteral("decisionError"))
                    ->text()
                    .contains(QStringLiteral("Choose a decision")));
        QVERIFY(ReviewRepository(w.window.session()->db()).historyFor(id, 5).isEmpty());
        QVERIFY(w.window.reviewView() == review);
        review->pause();
        w.window.closeFile();
    }

    void openOrNewThenCancelKeepsTheFileOpen()
    {
        Window w;
        QVERIFY(signIn(w));
        ui::Session* session = w.window.session();
        const QString title = w.window.windowTitle();
        // The file dialog cancelled (no file queued): nothing changes.
        action(w.window, QStringLiteral("actionOpen"))->trigger();
        QCOMPARE(w.window.session(), session);
        QCOMPARE(currentPage(w.window)->objectName(), QStringLiteral("workspace"));
        QCOMPARE(w.window.windowTitle(), title);
        action(w.window, QStringLiteral("actionNew"))->trigger();
        QCOMPARE(w.window.session(), session);
        QCOMPARE(currentPage(w.window)->objectName(), QStringLiteral("workspace"));
        // Another case file chosen, then Cancel at its passphrase: back to the file, signed in.
        QTemporaryDir other;
        const QString otherPath = makeCaseFile(other);
        w.dialogs->openFiles.enqueue(otherPath);
        action(w.window, QStringLiteral("actionOpen"))->trigger();
        QCOMPARE(currentPage(w.window)->objectName(), QStringLiteral("passphrasePage"));
        QCOMPARE(w.window.session(), session);
        QTest::mouseClick(child<QPushButton>(w.window, QStringLiteral("passphraseCancelButton")),
                          Qt::LeftButton);
        QCOMPARE(currentPage(w.window)->objectName(), QStringLiteral("workspace"));
        QCOMPARE(w.window.session(), session);
        QVERIFY(action(w.window, QStringLiteral("actionLock"))->isEnabled());
        w.window.closeFile();
    }

    void aSupervisorIsToldWhatWaitsFromSignIn()
    {
        {
            auto file = CaseFile::open(m_path, Secret(kPassphrase));
            const User officer = *Accounts(file->db()).find(kOfficer);
            RemovalService(file->db())
                .propose(officer, QStringLiteral("N-000002"), QStringLiteral("BELOW_THRESHOLD"),
                         QString());
        }
        Window w;
        QVERIFY(signIn(w));
        auto* waiting = child<QLabel>(w.window, QStringLiteral("waitingLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(waiting->isVisible(), 5000);
        QVERIFY2(waiting->text().startsWith(QStringLiteral("1 removal")),
                 qPrintable(waiting->text()));
        QVERIFY(waiting->text().contains(QStringLiteral("await your sign-off")));
        auto* sidebar = child<QListWidget>(w.window, QStringLiteral("viewList"));
        QStringList entries;
        for (int i = 0; i < sidebar->count(); ++i)
            entries << sidebar->item(i)->text();
        QVERIFY2(entries.contains(QStringLiteral("Awaiting sign-off (1)")),
                 qPrintable(entries.join(u',')));
        // Overdue reviews are counted once the list is evaluated.
        QTRY_VERIFY_WITH_TIMEOUT(waiting->text().contains(QStringLiteral("overdue")), 10000);
        // Withdrawn: the counts follow.
        RemovalService(w.window.session()->db())
            .withdraw(*Accounts(w.window.session()->db()).find(kOfficer),
                      QStringLiteral("N-000002"));
        w.window.refreshData();
        QTRY_VERIFY(!waiting->text().contains(QStringLiteral("sign-off")));
        w.window.closeFile();
    }

    void switchingListsShowsAndLogsNobody()
    {
        Window w;
        QVERIFY(signIn(w));
        QTRY_VERIFY_WITH_TIMEOUT(w.window.statusScanner()->latest() != nullptr, 10000);
        Database& db = w.window.session()->db();
        const int before = consultations(db);
        for (const char* view : {"actionView_below", "actionView_all", "actionView_due",
                                 "actionView_all", "actionView_below"}) {
            action(w.window, QString::fromLatin1(view))->trigger();
            QTest::qWait(300);
        }
        QCOMPARE(w.dialogs->reasonsAsked, 0);
        QCOMPARE(w.window.currentNominalId(), 0);
        QVERIFY(!w.window.detailsPanel()->isVisible()); // folded away: nobody to show
        QCOMPARE(consultations(db), before);
        // A person chosen by the user is shown and logged once.
        w.window.showView(QStringLiteral("all"));
        auto* all = qobject_cast<ui::NominalListView*>(w.window.view(QStringLiteral("all")));
        QTest::keyClick(all->table(), Qt::Key_Down);
        QTRY_VERIFY(w.window.currentNominalId() > 0);
        QCOMPARE(w.dialogs->reasonsAsked, 1);
        QTRY_COMPARE(consultations(db), before + 1);
        QTRY_VERIFY(w.window.detailsPanel()->isVisible());
        w.window.closeFile();
    }

    void quittingOrPausingDuringAReviewAsksNothing()
    {
        Window w;
        QVERIFY(signIn(w));
        ui::ReviewView* review = startDueReview(w.window);
        QVERIFY(review);
        QTest::mouseClick(child<QPushButton>(*review, QStringLiteral("reviewPause")),
                          Qt::LeftButton);
        QTRY_VERIFY(w.window.reviewView() == nullptr);
        QTest::qWait(300);
        QCOMPARE(w.dialogs->reasonsAsked, 0);
        w.dialogs->answers.enqueue(QMessageBox::Yes); // resume the paused one
        action(w.window, QStringLiteral("actionStartReview"))->trigger();
        QTRY_VERIFY(w.window.reviewView() != nullptr);
        QVERIFY(
            w.dialogs->messages.last().startsWith(QStringLiteral("Resume your paused review?")));
        action(w.window, QStringLiteral("actionQuit"))->trigger(); // quits during the review
        QVERIFY(!w.window.isVisible());
        QCOMPARE(w.dialogs->reasonsAsked, 0);
        finishOpenSessions();
    }

    void notACaseFileIsSaidBeforeAnyPassphrase_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("words");
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n") +
                                    QByteArray(5000, 'x')
                             << QStringLiteral("a PDF document");
        QTest::newRow("plain sqlite")
            << QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0')
            << QStringLiteral("unencrypted SQLite database");
        QTest::newRow("truncated") << QByteArray("\x8f\x11\x02\x99\x00\x7f\x01", 7).repeated(300)
                                   << QStringLiteral("shorter than one page");
    }

    void notACaseFileIsSaidBeforeAnyPassphrase()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, words);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("minutes.corroborate"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        Window w;
        w.window.show();
        w.dialogs->openFiles.enqueue(path);
        action(w.window, QStringLiteral("actionOpen"))->trigger();
        QVERIFY(!w.dialogs->messages.isEmpty());
        QVERIFY2(w.dialogs->messages.last().contains(words),
                 qPrintable(w.dialogs->messages.last()));
        QVERIFY(w.dialogs->messages.last().startsWith(QStringLiteral("Not a case file")));
        // No passphrase was asked for.
        QVERIFY(!child<QLineEdit>(w.window, QStringLiteral("passphraseEdit"))->isVisible());
        QCOMPARE(currentPage(w.window)->objectName(), QStringLiteral("welcomePage"));
    }

    void aSecondCopySaysWhoHasTheFile()
    {
        Window first;
        first.window.show();
        QVERIFY(openAndSignIn(first.window, *first.dialogs, m_path));
        Window second;
        second.window.show();
        QVERIFY(openAndSignIn(second.window, *second.dialogs, m_path, kOfficer, kOfficerPassword));
        const QString told = second.dialogs->messages.join(QLatin1Char('\n'));
        QVERIFY2(told.contains(QStringLiteral("also open in another copy")), qPrintable(told));
        QVERIFY2(told.contains(kAdmin), qPrintable(told)); // who
        QVERIFY2(told.contains(QStringLiteral("since")), qPrintable(told));
        second.window.closeFile();
        first.window.closeFile();
    }

    void theReviewCountIsTheQueueTheUserWasShown()
    {
        Window w;
        QVERIFY(signIn(w));
        QTRY_VERIFY_WITH_TIMEOUT(w.window.statusScanner()->latest() != nullptr, 10000);
        w.window.showView(QStringLiteral("due"));
        auto* due = qobject_cast<ui::NominalListView*>(w.window.view(QStringLiteral("due")));
        QTRY_VERIFY(due->model()->totalCount() > 0);
        const int shown = static_cast<int>(due->model()->totalCount());
        ui::ReviewView* review = startDueReview(w.window);
        QVERIFY(review);
        QCOMPARE(review->total(), shown);
        QCOMPARE(child<QLabel>(*review, QStringLiteral("reviewProgress"))->text(),
                 QStringLiteral("1 of %1").arg(shown));
        const QString note = child<QLabel>(*review, QStringLiteral("reviewQueueNote"))->text();
        QVERIFY2(note.contains(QString::number(shown)) &&
                     note.contains(QStringLiteral("Due for review")),
                 qPrintable(note));
        // Saving says what was saved in the status bar (no dialog) and moves on.
        const int messages = static_cast<int>(w.dialogs->messages.size());
        review->setStep(ui::ReviewView::DecisionStep);
        child<QRadioButton>(*review, QStringLiteral("decisionDefer"))->click();
        QVERIFY(child<QRadioButton>(*review, QStringLiteral("decisionDefer"))->isChecked());
        auto* reason = child<QComboBox>(*review, QStringLiteral("decisionReason"));
        reason->setFocus();
        QTest::keyClicks(reason, QStringLiteral("Panel meeting to decide"));
        QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(child<QLabel>(*review, QStringLiteral("reviewProgress"))->text(),
                     QStringLiteral("2 of %1").arg(shown));
        QVERIFY2(w.window.statusBar()->currentMessage().startsWith(QStringLiteral("Saved:")),
                 qPrintable(w.window.statusBar()->currentMessage()));
        QCOMPARE(w.dialogs->messages.size(), messages);
        review->pause();
        w.window.closeFile();
        finishOpenSessions();
    }

    void reloadAfterAConflictKeepsTheUsersValues()
    {
        Nominal saved;
        saved.id = 1;
        saved.reference = QStringLiteral("N-000001");
        saved.surname = QStringLiteral("Ashdown");
        saved.forenames = QStringLiteral("Remy");
        saved.classification = Classification::SuspectedOffender;
        saved.listedOn = QDate(2025, 1, 10);
        Nominal theirs = saved;
        theirs.forenames = QStringLiteral("Remington");
        ui::NominalDialog dialog(saved, false, true);
        dialog.setSaveFunction([](const Nominal&, const QString&) {
            throw Error(ErrorKind::Conflict, QStringLiteral("N-000001 was changed by sam."));
        });
        dialog.setReloadFunction([theirs] { return std::optional<Nominal>(theirs); });
        dialog.show();
        auto* surname = dialog.findChild<QLineEdit*>(QStringLiteral("surnameEdit"));
        surname->selectAll();
        QTest::keyClicks(surname, QStringLiteral("Ashdown-Price"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("reasonEdit")),
                         QStringLiteral("Married name"));
        dialog.accept();
        QTRY_VERIFY(dialog.findChild<QFrame*>(QStringLiteral("conflictFrame"))->isVisible());
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("reloadButton")),
                          Qt::LeftButton);
        // The saved values are in the fields; the user's are shown beside them.
        QCOMPARE(surname->text(), QStringLiteral("Ashdown"));
        const QString beside = dialog.findChild<QLabel*>(QStringLiteral("conflictLabel"))->text();
        QVERIFY2(beside.contains(QStringLiteral("Ashdown-Price")) &&
                     beside.contains(QStringLiteral("Surname")) &&
                     beside.contains(QStringLiteral("Remington")),
                 qPrintable(beside));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("applyMineButton")),
                          Qt::LeftButton);
        QCOMPARE(surname->text(), QStringLiteral("Ashdown-Price"));
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("forenamesEdit"))->text(),
                 QStringLiteral("Remy"));
        QCOMPARE(dialog.nominal().forenames, QStringLiteral("Remy"));
    }

    void noClashingMnemonics()
    {
        // Each Alt+letter of a dialog reaches one field or button only.
        const auto letters = [](const QWidget& dialog) {
            QStringList out;
            const auto add = [&out](QString text) {
                text.replace(QStringLiteral("&&"), QString());
                const int at = text.indexOf(QLatin1Char('&'));
                if (at >= 0 && at + 1 < text.size())
                    out << text.at(at + 1).toLower();
            };
            for (const QLabel* l : dialog.findChildren<QLabel*>())
                if (l->buddy())
                    add(l->text());
            for (const QAbstractButton* b : dialog.findChildren<QAbstractButton*>())
                add(b->text());
            return out;
        };
        Nominal n;
        n.reference = QStringLiteral("N-000001");
        ui::NominalDialog nominal(n, false, true);
        ui::SettingsDialog settings(QStringLiteral("OFFICIAL"), true);
        for (const QWidget* dialog :
             {static_cast<QWidget*>(&nominal), static_cast<QWidget*>(&settings)}) {
            const QStringList found = letters(*dialog);
            QVERIFY(found.size() >= 4);
            QVERIFY2(QSet<QString>(found.begin(), found.end()).size() == found.size(),
                     qPrintable(dialog->objectName() + QLatin1Char(':') + found.join(u',')));
        }
    }

    void keyboardShortcutsAndPasswordFields()
    {
        Window w;
        w.window.show();
        QStringList rows;
        QTimer::singleShot(200, this, [&] {
            auto* dialog = qobject_cast<ui::ShortcutsDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QTableWidget* t = dialog->table();
            for (int r = 0; r < t->rowCount(); ++r)
                rows << t->item(r, 1)->text() + QLatin1Char('=') + t->item(r, 2)->text();
            dialog->reject();
        });
        action(w.window, QStringLiteral("actionKeyboardShortcuts"))->trigger();
        QVERIFY2(rows.contains(QStringLiteral("Lock=Ctrl+L")), qPrintable(rows.join(u',')));
        QVERIFY(rows.contains(
            QStringLiteral("Save the decision and go to the next nominal=Ctrl+Return")));
        // Every password field: a show-password toggle and a Caps Lock warning.
        w.dialogs->openFiles.enqueue(m_path);
        action(w.window, QStringLiteral("actionOpen"))->trigger();
        auto* passphrase = child<QLineEdit>(w.window, QStringLiteral("passphraseEdit"));
        QTRY_VERIFY(passphrase->isVisible());
        QAction* toggle = passphrase->findChild<QAction*>(QStringLiteral("showPassword"));
        QVERIFY(toggle);
        QTest::keyClicks(passphrase, QStringLiteral("abc"));
        QVERIFY(!ui::PasswordFields::capsLockWarningShown(passphrase));
        QTest::sendKeyEvent(QTest::KeyAction::Click, passphrase, Qt::Key_E, QStringLiteral("E"),
                            Qt::NoModifier);
        QVERIFY(ui::PasswordFields::capsLockWarningShown(passphrase));
        toggle->trigger();
        QCOMPARE(passphrase->echoMode(), QLineEdit::Normal);
        toggle->trigger();
        QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
    }
};

QTEST_MAIN(TestFirstHour)
#include "tst_firsthour.moc"
