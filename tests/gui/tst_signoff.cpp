// Removal sign-off through the real main window (issue 5, "Screens"): an officer's proposals
// wait in "Awaiting sign-off" (overdue ones marked in words), a supervisor approves one with
// their password through the decision dialog and the person is erased and listed in the
// erasure register with a valid signature and the earlier disclosure; a supervisor cannot
// approve their own proposal (the core's refusal is shown); a rejection needs a note; an
// officer has no sign-off view. Also writes the sign-off screenshots (20-22) at 1280x800.
#include "FeatureTestSupport.h"

#include "audit/DisclosureLog.h"
#include "core/Application.h"
#include "data/Session.h"
#include "data/StatusScanner.h"
#include "main/NominalListView.h"
#include "signoff/DecisionDialog.h"
#include "signoff/ErasureRegisterView.h"
#include "signoff/ProposeDialog.h"
#include "signoff/SignOffModels.h"
#include "signoff/SignOffView.h"
#include "store/RemovalRepository.h"
#include "workflow/RemovalService.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>

using namespace corroborate;
using namespace corroborate::test;

namespace {
const QString kElmsley = QStringLiteral("N-000005");  // at risk: flagged
const QString kBrackley = QStringLiteral("N-000002"); // one source: flagged
const QString kGarside = QStringLiteral("N-000007");  // no intelligence: flagged

int rowOf(const QAbstractItemModel& model, const QString& reference)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, 0).data(Qt::UserRole + 1).toString() == reference)
            return r;
    return -1;
}
} // namespace

class TestSignOff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        startFeatureSuite();
        QVERIFY(m_dir.isValid());
        m_path = makeCaseFile(m_dir, 30);
        m_out = screenshotFolder(m_dir.filePath(QStringLiteral("shots")));
        QVERIFY(!m_out.isEmpty());

        // The officer proposes two removals through the core: one 26 days ago (overdue under
        // the default 14 days), one today. Elmsley was in a partner pack before.
        auto file = CaseFile::open(m_path, Secret(kPassphrase));
        const User olly = *Accounts(file->db()).find(kOfficer);
        RemovalService removals(file->db());
        Time::pin(QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC));
        removals.propose(olly, kGarside, QStringLiteral("BELOW_THRESHOLD"),
                         QStringLiteral("No intelligence at all."));
        Time::pin(QDateTime(QDate(2026, 11, 27), QTime(9, 30), Qt::UTC));
        removals.propose(olly, kElmsley, QStringLiteral("VICTIM_OR_AT_RISK"),
                         QStringLiteral("Recorded as at risk; safeguarding referral made."));
        Disclosure d;
        d.madeAt = QStringLiteral("2026-10-15T14:00:00Z");
        d.madeBy = kAdmin;
        d.kind = QStringLiteral("pack_pdf");
        d.audience = QStringLiteral("partner");
        d.recipient = QStringLiteral("Youth Offending Team panel");
        d.lawfulBasis = QStringLiteral("DPA 2018 s.35");
        d.purpose = QStringLiteral("Panel meeting");
        d.identifier = QStringLiteral("PACK-TEST-1");
        Transaction tx(file->db());
        DisclosureLog(file->db()).record(d, {kElmsley});
        tx.commit();
        Time::pin(QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC));
    }

    void supervisorApprovesRejectsAndCannotApproveOwn()
    {
        FeatureWindow feature;
        QVERIFY(feature.signIn(m_path));
        ui::MainWindow& window = feature.window;
        ScriptedDialogs* dialogs = feature.dialogs;
        QTRY_VERIFY_WITH_TIMEOUT(window.statusScanner()->latest() != nullptr, 10000);

        // The Nominal menu offers proposing and withdrawing while browsing.
        QAction* propose = action(window, QStringLiteral("actionProposeRemoval"));
        QVERIFY(propose && !propose->shortcut().isEmpty());
        QVERIFY(window.menu(ui::MenuId::Nominal)->actions().contains(propose));
        QVERIFY(action(window, QStringLiteral("actionWithdrawRemoval")));

        // Awaiting sign-off, opened by its action.
        action(window, QStringLiteral("actionView_signoff"))->trigger();
        QCOMPARE(window.currentViewId(), QStringLiteral("signoff"));
        auto* view = qobject_cast<ui::SignOffView*>(window.view(QStringLiteral("signoff")));
        QVERIFY(view);
        QAbstractItemModelTester pendingTester(
            view->pendingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester flaggedTester(
            view->flaggedModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading(), 10000);
        ui::PendingProposalModel* pending = view->pendingModel();
        QCOMPARE(pending->rowCount(), 2);
        const int garside = rowOf(*pending, kGarside);
        const int elmsley = rowOf(*pending, kElmsley);
        QVERIFY(garside >= 0 && elmsley >= 0);
        // Overdue: said in words, not by colour alone.
        QVERIFY(pending->index(garside, 0).data(ui::PendingProposalModel::OverdueRole).toBool());
        QVERIFY(pending->index(garside, ui::PendingProposalModel::DaysColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("overdue")));
        QVERIFY(!pending->index(elmsley, 0).data(ui::PendingProposalModel::OverdueRole).toBool());
        QCOMPARE(pending->index(elmsley, ui::PendingProposalModel::ReasonColumn).data().toString(),
                 RemovalService::reasonText(QStringLiteral("VICTIM_OR_AT_RISK")));
        QCOMPARE(
            pending->index(elmsley, ui::PendingProposalModel::ProposerColumn).data().toString(),
            kOfficer);
        // Flagged with no proposal for too long: Brackley, not those with a proposal.
        QVERIFY(rowOf(*view->flaggedModel(), kBrackley) >= 0);
        QCOMPARE(rowOf(*view->flaggedModel(), kElmsley), -1);
        QCOMPARE(rowOf(*view->flaggedModel(), kGarside), -1);
        view->pendingTable()->selectRow(elmsley);
        shot(window, QStringLiteral("20-signoff-awaiting"));

        // Approve Elmsley: the dialog shows the evaluation and the proposal; password + Enter.
        QTest::mouseClick(child<QPushButton>(*view, QStringLiteral("signOffApprove")),
                          Qt::LeftButton);
        QPointer<ui::DecisionDialog> dialog = window.findChild<ui::DecisionDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10000);
        const QString body =
            child<QTextBrowser>(*dialog, QStringLiteral("decisionBody"))->toPlainText();
        QVERIFY2(body.contains(RemovalService::reasonText(QStringLiteral("VICTIM_OR_AT_RISK"))),
                 qPrintable(body));
        QVERIFY(body.contains(QStringLiteral("safeguarding referral")));
        QVERIFY(body.contains(Evaluation::reasonText(QStringLiteral("RECORDED_AS_AT_RISK"))));
        // Words, not codes.
        QVERIFY2(!body.contains(QStringLiteral("RECORDED_AS_AT_RISK")) &&
                     !body.contains(QStringLiteral("VICTIM_OR_AT_RISK")),
                 qPrintable(body));
        auto* password = child<QLineEdit>(*dialog, QStringLiteral("decisionPassword"));
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QVERIFY(!password->accessibleName().isEmpty());
        QTRY_VERIFY(password->hasFocus());
        QTest::keyClicks(password, QStringLiteral("not-my-password"));
        shot(*dialog, QStringLiteral("21-signoff-decision"));
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(!dialog->errorText().isEmpty()); // a wrong password: NotPermitted, shown
        QVERIFY(!dialog->errorText().contains(QLatin1Char('_'))); // words, never a code
        QVERIFY(password->text().isEmpty());
        QTest::keyClicks(password, kAdminPassword);
        QVERIFY(dialog->errorText().isEmpty()); // gone as soon as its cause is
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 10000);
        QVERIFY(!dialogs->messages.isEmpty());
        const QString confirmation = dialogs->messages.last();
        QVERIFY2(confirmation.startsWith(QStringLiteral("Removal approved")),
                 qPrintable(confirmation));
        QVERIFY(confirmation.contains(kElmsley));
        QVERIFY(!confirmation.contains(QStringLiteral("Elmsley")));
        QVERIFY(!confirmation.contains(QStringLiteral("Priya")));
        Database& db = window.session()->db();
        QVERIFY(!NominalRepository(db).find(kElmsley).has_value());
        QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading() && rowOf(*pending, kElmsley) < 0, 10000);
        QCOMPARE(pending->rowCount(), 1);

        // The erasure register: the entry, its valid signature and the earlier disclosure.
        action(window, QStringLiteral("actionView_erasures"))->trigger();
        auto* reg = qobject_cast<ui::ErasureRegisterView*>(window.view(QStringLiteral("erasures")));
        QVERIFY(reg);
        QAbstractItemModelTester registerTester(
            reg->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(!reg->isLoading() && reg->model()->rowCount() == 1, 10000);
        const QModelIndex first = reg->model()->index(0, 0);
        QCOMPARE(first.data().toString(), kElmsley);
        QVERIFY(first.data(ui::ErasureRegisterModel::SignatureValidRole).toBool());
        QCOMPARE(reg->model()->index(0, ui::ErasureRegisterModel::ProposerColumn).data().toString(),
                 kOfficer);
        QCOMPARE(reg->model()->index(0, ui::ErasureRegisterModel::ApproverColumn).data().toString(),
                 kAdmin);
        QCOMPARE(
            reg->model()->index(0, ui::ErasureRegisterModel::SignatureColumn).data().toString(),
            QStringLiteral("Valid"));
        const QString disclosures =
            child<QTextBrowser>(*reg, QStringLiteral("erasureDisclosures"))->toPlainText();
        QVERIFY2(disclosures.contains(QStringLiteral("Youth Offending Team panel")),
                 qPrintable(disclosures));
        shot(window, QStringLiteral("22-signoff-erasure-register"));

        // The supervisor proposes Brackley from the flagged list (reason filled in from the
        // evaluation) and then cannot approve it: the core's four-eyes refusal is shown.
        action(window, QStringLiteral("actionView_signoff"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading(), 10000);
        const int brackley = rowOf(*view->flaggedModel(), kBrackley);
        QVERIFY(brackley >= 0);
        view->flaggedTable()->selectRow(brackley);
        QTest::mouseClick(child<QPushButton>(*view, QStringLiteral("signOffPropose")),
                          Qt::LeftButton);
        QPointer<ui::ProposeDialog> proposeDialog = window.findChild<ui::ProposeDialog*>();
        QVERIFY(proposeDialog);
        QTRY_VERIFY_WITH_TIMEOUT(proposeDialog->isLoaded(), 10000);
        QCOMPARE(child<QComboBox>(*proposeDialog, QStringLiteral("proposeReason"))
                     ->currentData()
                     .toString(),
                 QStringLiteral("BELOW_THRESHOLD"));
        QVERIFY(!child<QPlainTextEdit>(*proposeDialog, QStringLiteral("proposeNote"))
                     ->toPlainText()
                     .isEmpty());
        QTest::mouseClick(child<QPushButton>(*proposeDialog, QStringLiteral("proposeOk")),
                          Qt::LeftButton);
        QTRY_VERIFY(proposeDialog.isNull());
        QVERIFY(RemovalService(db).isPending(kBrackley));
        QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading() && rowOf(*pending, kBrackley) >= 0, 10000);
        view->pendingTable()->selectRow(rowOf(*pending, kBrackley));
        QTest::mouseClick(child<QPushButton>(*view, QStringLiteral("signOffApprove")),
                          Qt::LeftButton);
        dialog = window.findChild<ui::DecisionDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10000);
        password = child<QLineEdit>(*dialog, QStringLiteral("decisionPassword"));
        // Told before any password is typed, in words; the password field is not offered.
        QVERIFY2(dialog->errorText().contains(QStringLiteral("You proposed this removal")),
                 qPrintable(dialog->errorText()));
        QVERIFY(!password->isEnabled());
        QVERIFY(!child<QPushButton>(*dialog, QStringLiteral("decisionApprove"))->isEnabled());
        QTest::keyClicks(password, kAdminPassword);
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(!dialog.isNull());
        QVERIFY2(!dialog->errorText().isEmpty(), "the proposer's own approval was not refused");
        QVERIFY(NominalRepository(db).find(kBrackley).has_value());
        QVERIFY(RemovalService(db).isPending(kBrackley));
        dialog->reject();
        QTRY_VERIFY(dialog.isNull());

        // Reject Garside: a note is required, then it goes back to the proposer.
        QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading(), 10000);
        view->pendingTable()->selectRow(rowOf(*pending, kGarside));
        QTest::mouseClick(child<QPushButton>(*view, QStringLiteral("signOffReject")),
                          Qt::LeftButton);
        dialog = window.findChild<ui::DecisionDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10000);
        auto* rejectButton = child<QPushButton>(*dialog, QStringLiteral("decisionReject"));
        QTest::mouseClick(rejectButton, Qt::LeftButton);
        QVERIFY(!dialog.isNull());
        QVERIFY(!dialog->errorText().isEmpty());
        auto* note = child<QPlainTextEdit>(*dialog, QStringLiteral("decisionNote"));
        QTRY_VERIFY(note->hasFocus());
        QTest::keyClicks(note, QStringLiteral("Check the community intelligence first."));
        QTest::mouseClick(rejectButton, Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        const QList<RemovalRequest> back = RemovalRepository(db).returned(kOfficer);
        QCOMPARE(back.size(), 1);
        QCOMPARE(back[0].reference, kGarside);
        QCOMPARE(back[0].decisionNote, QStringLiteral("Check the community intelligence first."));
        QVERIFY(NominalRepository(db).find(kGarside).has_value());
        QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading() && rowOf(*pending, kGarside) < 0, 10000);

        window.closeFile();
    }

    void officerHasNoSignOffView()
    {
        ui::MainWindow window;
        auto* dialogs = new ScriptedDialogs;
        window.setDialogs(std::unique_ptr<ui::Dialogs>(dialogs));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(openAndSignIn(window, *dialogs, m_path, kOfficer, kOfficerPassword));
        QVERIFY(window.view(QStringLiteral("signoff")) == nullptr);
        QVERIFY(window.view(QStringLiteral("erasures")) == nullptr);
        // An officer proposes while browsing (Nominal menu) and withdraws their own proposal.
        QAction* propose = action(window, QStringLiteral("actionProposeRemoval"));
        QVERIFY(propose->isEnabled());
        window.showView(QStringLiteral("all"));
        auto* list = qobject_cast<ui::NominalListView*>(window.view(QStringLiteral("all")));
        QVERIFY(list);
        Database& db = window.session()->db();
        const qint64 garsideId = NominalRepository(db).find(kGarside)->id;
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() > 0, 10000);
        // Brackley's removal (proposed above) awaits sign-off: the list says so in words.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto* model = list->model();
                for (int r = 0; r < model->rowCount(); ++r) {
                    if (model->index(r, ui::NominalListModel::ReferenceColumn).data().toString() ==
                        kBrackley)
                        return model->index(r, ui::NominalListModel::StatusColumn)
                            .data()
                            .toString()
                            .contains(QStringLiteral("awaiting sign-off"), Qt::CaseInsensitive);
                }
                return false;
            }(),
            10000);
        list->selectId(garsideId);
        QTRY_COMPARE_WITH_TIMEOUT(window.currentNominalId(), garsideId, 10000);
        propose->trigger();
        QPointer<ui::ProposeDialog> dialog = window.findChild<ui::ProposeDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10000);
        auto* reason = child<QComboBox>(*dialog, QStringLiteral("proposeReason"));
        auto* ok = child<QPushButton>(*dialog, QStringLiteral("proposeOk"));
        reason->setCurrentIndex(reason->findData(QStringLiteral("OTHER")));
        child<QPlainTextEdit>(*dialog, QStringLiteral("proposeNote"))->clear();
        QVERIFY(!ok->isEnabled()); // OTHER needs a note
        QTest::keyClicks(child<QPlainTextEdit>(*dialog, QStringLiteral("proposeNote")),
                         QStringLiteral("Second look."));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        QVERIFY(RemovalService(db).isPending(kGarside));
        dialogs->answers.enqueue(QMessageBox::Yes);
        action(window, QStringLiteral("actionWithdrawRemoval"))->trigger();
        QVERIFY(!RemovalService(db).isPending(kGarside));
        window.closeFile();
    }

private:
    void shot(QWidget& widget, const QString& name)
    {
        QVERIFY(saveShot(widget, m_out, name));
        QVERIFY2(sampledColours(widget.grab().toImage()) > 4, qPrintable(name));
    }

    QTemporaryDir m_dir;
    QString m_path;
    QString m_out;
};

QTEST_MAIN(TestSignOff)
#include "tst_signoff.moc"
