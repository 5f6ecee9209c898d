// A whole review session driven through the real main window with the keyboard: the due
// queue (flagged and most overdue first), the four steps, Ctrl+Enter to save and go on,
// pause and resume, and what is stored for each decision.
#include "GuiTestSupport.h"

#include "core/Application.h"
#include "core/Error.h"
#include "data/Session.h"
#include "data/StatusScanner.h"
#include "main/NominalListView.h"
#include "policy/Evaluator.h"
#include "review/ReviewView.h"
#include "store/RemovalRepository.h"
#include "store/ReviewRepository.h"
#include "workflow/ReviewService.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTableView>

using namespace corroborate;
using namespace corroborate::test;

class TestReview : public QObject
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

    void walkAWholeSessionWithTheKeyboard()
    {
        ui::MainWindow window;
        auto* dialogs = new ScriptedDialogs;
        window.setDialogs(std::unique_ptr<ui::Dialogs>(dialogs));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(openAndSignIn(window, *dialogs, m_path));
        QTRY_VERIFY_WITH_TIMEOUT(window.statusScanner()->latest() != nullptr, 10000);

        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier); // Start a review of the due queue
        QTRY_VERIFY(window.reviewView() != nullptr);
        ui::ReviewView* review = window.reviewView();
        QCOMPARE(review->total(), 4); // exactly the Due for review list
        auto* progress = child<QLabel>(*review, QStringLiteral("reviewProgress"));
        auto* who = child<QLabel>(*review, QStringLiteral("reviewWho"));
        // The Due for review list in its order: flagged first (most overdue first among
        // them), then the overdue who meet it. Garside and Corrow are below the threshold but
        // not due: they are not silently added.
        const QStringList expected{QStringLiteral("Elmsley"), QStringLiteral("Brackley"),
                                   QStringLiteral("Dunmore"), QStringLiteral("Fennick")};
        for (int i = 0; i < expected.size(); ++i) {
            if (i == 2) {
                // Pause after two decisions, then resume where we left off.
                QTest::mouseClick(child<QPushButton>(*review, QStringLiteral("reviewPause")),
                                  Qt::LeftButton);
                QTRY_VERIFY(window.reviewView() == nullptr);
                QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier | Qt::AltModifier);
                QTRY_VERIFY(window.reviewView() != nullptr);
                review = window.reviewView();
                progress = child<QLabel>(*review, QStringLiteral("reviewProgress"));
                who = child<QLabel>(*review, QStringLiteral("reviewWho"));
            }
            QTRY_COMPARE_WITH_TIMEOUT(progress->text(), QStringLiteral("%1 of 4").arg(i + 1), 5000);
            QTRY_VERIFY2_WITH_TIMEOUT(who->text().contains(expected[i]), qPrintable(who->text()),
                                      5000);
            QTRY_VERIFY(review->currentNominalId() > 0);
            // Steps by keyboard: Alt+2 intelligence, Alt+3 threshold, then Ctrl+Enter goes to
            // the decision (never saving unseen), and Ctrl+Enter again saves.
            QWidget* focus = QApplication::focusWidget();
            QVERIFY(focus && review->isAncestorOf(focus));
            QTest::keyClick(focus, Qt::Key_2, Qt::AltModifier);
            QCOMPARE(review->step(), int(ui::ReviewView::IntelligenceStep));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::AltModifier);
            QCOMPARE(review->step(), int(ui::ReviewView::ThresholdStep));
            QVERIFY(!child<QLabel>(*review, QStringLiteral("reviewThreshold"))->text().isEmpty());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
            QCOMPARE(review->step(), int(ui::ReviewView::DecisionStep));
            auto* retain = child<QRadioButton>(*review, QStringLiteral("decisionRetain"));
            auto* remove = child<QRadioButton>(*review, QStringLiteral("decisionRemove"));
            auto* defer = child<QRadioButton>(*review, QStringLiteral("decisionDefer"));
            const bool flagged = i < 2;
            QCOMPARE(retain->isEnabled(), !flagged);
            // Nothing is chosen for the reviewer, whether or not the threshold is met; saving
            // without a choice asks for one and stays on this nominal.
            QVERIFY(!retain->isChecked() && !remove->isChecked() && !defer->isChecked());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
            QVERIFY(child<QLabel>(*review, QStringLiteral("decisionError"))
                        ->text()
                        .startsWith(QStringLiteral("Choose a decision")));
            QCOMPARE(progress->text(), QStringLiteral("%1 of 4").arg(i + 1));
            // Alt+P proposes removal, Alt+I retains.
            QTest::keyClick(QApplication::focusWidget(), flagged ? Qt::Key_P : Qt::Key_I,
                            Qt::AltModifier);
            QTRY_VERIFY((flagged ? remove : retain)->isChecked());
            if (flagged) {
                // The removal reasons offered are reasons for removal, in words: never
                // "the review is overdue", never a code.
                auto* offered = child<QComboBox>(*review, QStringLiteral("decisionReason"));
                QVERIFY(offered->count() >= 3);
                for (int k = 0; k < offered->count(); ++k) {
                    QVERIFY2(offered->itemText(k) !=
                                 Evaluation::reasonText(QStringLiteral("REVIEW_OVERDUE")),
                             qPrintable(offered->itemText(k)));
                    QVERIFY2(!offered->itemText(k).contains(QLatin1Char('_')),
                             qPrintable(offered->itemText(k)));
                }
                // A proposal needs a reason: saving without one says so and stays.
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
                QVERIFY(!child<QLabel>(*review, QStringLiteral("decisionError"))->text().isEmpty());
                QCOMPARE(progress->text(), QStringLiteral("%1 of 4").arg(i + 1));
                auto* reason = child<QComboBox>(*review, QStringLiteral("decisionReason"));
                reason->setFocus();
                QTest::keyClicks(reason, QStringLiteral("Below the threshold at review"));
            }
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        }
        QTRY_VERIFY(window.reviewView() == nullptr);
        // Said in the status bar, with what was saved last: no dialog to dismiss.
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Review finished")),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(dialogs->messages.isEmpty() ||
                !dialogs->messages.last().startsWith(QStringLiteral("Review finished")));

        // Each decision is stored with the evaluation it saw and the policy version.
        Database& db = window.session()->db();
        NominalRepository nominals(db);
        ReviewRepository reviews(db);
        RemovalRepository removals(db);
        for (int i = 0; i < expected.size(); ++i) {
            const QString ref = QStringLiteral("N-%1").arg(
                QStringList{QStringLiteral("Ashdown"), QStringLiteral("Brackley"),
                            QStringLiteral("Corrow"), QStringLiteral("Dunmore"),
                            QStringLiteral("Elmsley"), QStringLiteral("Fennick"),
                            QStringLiteral("Garside"), QStringLiteral("Hollin")}
                        .indexOf(expected[i]) +
                    1,
                6, 10, QLatin1Char('0'));
            const std::optional<Nominal> n = nominals.find(ref);
            QVERIFY(n);
            const QList<ReviewRecord> history = reviews.historyFor(n->id, 5);
            QCOMPARE(history.size(), 1);
            QCOMPARE(history[0].policyVersion, 1);
            QVERIFY(history[0].sessionId > 0);
            const QJsonObject json =
                QJsonDocument::fromJson(history[0].evaluationJson.toUtf8()).object();
            QCOMPARE(json.value(QStringLiteral("policy_version")).toInt(), 1);
            if (i < 2) {
                QCOMPARE(history[0].decision, QStringLiteral("propose_removal"));
                QVERIFY(removals.pendingFor(n->id).has_value());
            } else {
                QCOMPARE(history[0].decision, QStringLiteral("retain"));
                QCOMPARE(history[0].retainUntil, Time::today().addDays(90));
                QCOMPARE(n->lastReviewedOn, Time::today());
            }
        }
        // The session is finished, and every look was logged as a consultation for it.
        QVERIFY(ReviewService(db, kAdmin).openSessions().isEmpty());
        const QList<AuditEntry> log = AuditLog(db).page(0, 200);
        int consultations = 0;
        for (const AuditEntry& e : log)
            if (e.action == AuditAction::Consultation &&
                e.justification.startsWith(u"review session"))
                ++consultations;
        QVERIFY2(consultations >= 4, qPrintable(QString::number(consultations)));
    }

    void reviewASelectionAndDefer()
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
                all->model()->index(7, 0).data(ui::PagedTableModel::LoadedRole).toBool(),
            10000);
        // Hollin (N-000008) meets the threshold and is not due: a selection can still review him.
        all->table()->selectRow(7);
        action(window, QStringLiteral("actionReviewSelection"))->trigger();
        QTRY_VERIFY(window.reviewView() != nullptr);
        ui::ReviewView* review = window.reviewView();
        QCOMPARE(review->total(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(review->currentNominalId() > 0, 5000);
        review->setStep(ui::ReviewView::DecisionStep);
        // Alt+D chooses Defer (no menu uses D).
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY(child<QRadioButton>(*review, QStringLiteral("decisionDefer"))->isChecked());
        auto* reason = child<QComboBox>(*review, QStringLiteral("decisionReason"));
        reason->setFocus();
        QTest::keyClicks(reason, QStringLiteral("Waiting for a partner agency"));
        QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(window.reviewView() == nullptr);
        Database& db = window.session()->db();
        const Nominal n = *NominalRepository(db).find(QStringLiteral("N-000008"));
        const QList<ReviewRecord> history = ReviewRepository(db).historyFor(n.id, 5);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0].decision, QStringLiteral("defer"));
        QCOMPARE(history[0].reason, QStringLiteral("Waiting for a partner agency"));
        // A deferral does not count as a completed review.
        QCOMPARE(n.lastReviewedOn, Time::today().addDays(-40));
    }

    void retainOnlyWhenMet()
    {
        // The service refuses a retain of a flagged nominal whatever the window shows.
        auto file = CaseFile::open(m_path, Secret(kPassphrase));
        const std::optional<Nominal> n =
            NominalRepository(file->db()).find(QStringLiteral("N-000007"));
        QVERIFY(n);
        DecisionInput input;
        input.nominalId = n->id;
        input.decision = ReviewDecision::Retain;
        input.retainUntil = Time::today().addDays(30);
        const Policy policy = Policy::fromStored(PolicyStore(file->db()).active());
        input.evaluation = evaluate(*n, NominalRepository(file->db()).intelligenceFor(n->id),
                                    policy, Time::today());
        QVERIFY(input.evaluation.isFlagged());
        try {
            ReviewService(file->db(), kAdmin).decide(input, policy);
            QFAIL("retained a flagged nominal");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::NotPermitted);
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestReview)
#include "tst_review.moc"
