// Sharing under control in the window (issue 10), on the real main window offscreen: the pack
// dialog's partner mode (an agreement in force and one of its purposes, the encrypted PDF and
// its password shown once with Copy), the Disclosures view (overdue first and counted in the
// status bar; Confirm destruction as one action with a note; a pending recall notice issued as
// a PDF), and the Agreements view (administrators add; officers only read). Screenshots
// docs/screenshots/sharing-NN-*.png when CORROBORATE_SCREENSHOT_DIR is set.
#include "FeatureTestSupport.h"

#include "audit/DisclosureLog.h"
#include "core/Application.h"
#include "data/Session.h"
#include "main/NominalListView.h"
#include "packs/PackDialog.h"
#include "sharing/AgreementDialog.h"
#include "sharing/AgreementService.h"
#include "sharing/AgreementsView.h"
#include "sharing/DisclosuresView.h"
#include "sharing/PasswordDialog.h"
#include "sharing/RecallService.h"

#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>

using namespace corroborate;
using namespace corroborate::test;

namespace {

int run(const QString& program, const QStringList& args, QString* out = nullptr)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

class TestSharing : public QObject, public WindowPerTest
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        startFeatureSuite();
        QVERIFY(m_dir.isValid());
        m_path = makeCaseFile(m_dir);
        m_outDir = m_dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(m_outDir));
        m_shots = qEnvironmentVariable("CORROBORATE_SCREENSHOT_DIR");
        auto file = CaseFile::open(m_path, Secret(kPassphrase));
        const User admin = Accounts(file->db()).find(kAdmin).value();
        AgreementDraft draft;
        draft.partner = QStringLiteral("Brent Housing");
        draft.lawfulBasis = QStringLiteral("DPA 2018 s.35; Crime and Disorder Act 1998 s.115");
        draft.purposes = {QStringLiteral("safeguarding panel"), QStringLiteral("missing persons")};
        draft.retentionDays = 21;
        draft.startsOn = Time::today().addMonths(-2);
        draft.until = Time::today().addYears(1);
        AgreementService(file->db()).add(draft, admin);
        // An internal pack sent two months ago, long past its destroy-by date, including
        // N-000002, who is then corrected: one overdue disclosure and one recall notice.
        Transaction tx(file->db());
        Disclosure old;
        old.madeAt = Time::now().addDays(-60).toString(Qt::ISODate);
        old.madeBy = kAdmin;
        old.kind = QStringLiteral("pack_pdf");
        old.audience = QStringLiteral("internal");
        old.recipient = QStringLiteral("Riverside review panel");
        old.lawfulBasis = QStringLiteral("DPA 2018 s.35");
        old.purpose = QStringLiteral("Panel of 27 September");
        old.identifier = QStringLiteral("PK-20260928-100000-OLD1");
        old.destroyBy = Time::today().addDays(-32);
        DisclosureLog(file->db())
            .record(old, {QStringLiteral("N-000001"), QStringLiteral("N-000002")});
        RecallService(file->db()).raise(QStringLiteral("N-000002"), RecallEvent::Corrected, kAdmin);
        tx.commit();
    }

    void init() { QVERIFY(openWindow()); }

    void cleanup() { closeWindow(); }

    void partnerPackIsEncryptedAndItsPasswordShownOnce()
    {
        QVERIFY(openAndSignIn(*m_window, *m_dialogs, m_path));
        ui::PackDialog* dialog = openPackDialog();
        QVERIFY(dialog);
        child<QRadioButton>(*dialog, QStringLiteral("flaggedRadio"))->click();
        child<QRadioButton>(*dialog, QStringLiteral("partnerRadio"))->click();
        auto* agreement = child<QComboBox>(*dialog, QStringLiteral("agreementCombo"));
        auto* purpose = child<QComboBox>(*dialog, QStringLiteral("agreementPurposeCombo"));
        QVERIFY(agreement->isVisible());
        QVERIFY(!child<QWidget>(*dialog, QStringLiteral("recipientEdit"))->isVisible());
        QCOMPARE(agreement->count(), 1);
        QVERIFY(agreement->currentText().startsWith(QStringLiteral("ISA-1")));
        QCOMPARE(purpose->count(), 2);
        purpose->setCurrentIndex(1);
        QVERIFY(dialog->saveButton()->isEnabled());
        const PackRequest r = dialog->request();
        QCOMPARE(r.agreement, QStringLiteral("ISA-1"));
        QCOMPARE(r.purpose, QStringLiteral("missing persons"));
        QCOMPARE(r.recipient, QStringLiteral("Brent Housing"));
        if (!m_shots.isEmpty())
            QVERIFY(shot(m_shots + QStringLiteral("/sharing-03-pack-partner.png"), {dialog}));

        const QString out = m_outDir + QStringLiteral("/partner.pdf");
        m_dialogs->saveFiles.enqueue(out);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        ui::PasswordDialog* shown = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (shown = m_window->findChild<ui::PasswordDialog*>()) && shown->isVisible(), 120000);
        const QString password = shown->passwordField()->text();
        QVERIFY(password.size() >= 20);
        QVERIFY(QFile::exists(out));
        QVERIFY(run(QStringLiteral("pdftotext"), {out, QStringLiteral("-")}) != 0);
        const QString plain = m_outDir + QStringLiteral("/partner-plain.pdf");
        QCOMPARE(run(QStringLiteral("qpdf"), {QStringLiteral("--password=") + password,
                                              QStringLiteral("--decrypt"), out, plain}),
                 0);
        QString text;
        run(QStringLiteral("pdftotext"), {plain, QStringLiteral("-")}, &text);
        QVERIFY(text.simplified().contains(
            QStringLiteral("Supplied to Brent Housing under ISA-1 for: missing persons.")));
        if (!m_shots.isEmpty())
            QVERIFY(shot(m_shots + QStringLiteral("/sharing-04-pack-password.png"), {shown}));

        QTest::mouseClick(child<QPushButton>(*shown, QStringLiteral("copyPasswordButton")),
                          Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), password);
        shown->reject();
        QVERIFY(shown->passwordField()->text().isEmpty());
        // Nowhere in the file.
        const QList<Disclosure> all = DisclosureLog(m_window->session()->db()).all();
        QCOMPARE(all.last().agreement, QStringLiteral("ISA-1"));
        QCOMPARE(all.last().destroyBy, Time::today().addDays(21));
        QCOMPARE(m_window->session()->db().scalarInt(qPrintable(
                     QStringLiteral("SELECT count(*) FROM audit_log WHERE details LIKE '%%1%';")
                         .arg(password))),
                 0);
    }

    void disclosuresOverdueFirstConfirmedWithANote()
    {
        QVERIFY(openAndSignIn(*m_window, *m_dialogs, m_path));
        auto* overdue = m_window->findChild<QLabel*>(QStringLiteral("overdueDisclosuresLabel"));
        QVERIFY(overdue);
        QTRY_VERIFY(overdue->isVisible());
        QCOMPARE(overdue->text(), QStringLiteral("Overdue disclosures: 1"));

        m_window->showView(QStringLiteral("disclosures"));
        auto* view =
            qobject_cast<ui::DisclosuresView*>(m_window->view(QStringLiteral("disclosures")));
        QVERIFY(view);
        QTRY_VERIFY(!view->isLoading() && view->disclosuresModel()->rowCount() >= 2);
        QStandardItemModel* model = view->disclosuresModel();
        QCOMPARE(model->item(0, 0)->text(), QStringLiteral("PK-20260928-100000-OLD1"));
        QVERIFY(model->item(0, 7)->text().contains(QStringLiteral("OVERDUE")));
        QVERIFY(!model->item(1, 7)->text().contains(QStringLiteral("OVERDUE")));
        QCOMPARE(view->recallModel()->rowCount(), 1);
        QCOMPARE(view->recallModel()->item(0, 4)->text(), QStringLiteral("N-000002"));
        if (!m_shots.isEmpty())
            QVERIFY(shot(m_shots + QStringLiteral("/sharing-01-disclosures.png"), {}));

        // Issue the recall notice.
        view->recallTable()->selectRow(0);
        const QString notice = m_outDir + QStringLiteral("/recall.pdf");
        m_dialogs->saveFiles.enqueue(notice);
        QTest::mouseClick(child<QPushButton>(*view, QStringLiteral("issueRecallButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(view->recallModel()->rowCount() == 0);
        QString text;
        run(QStringLiteral("pdftotext"), {notice, QStringLiteral("-")}, &text);
        QVERIFY(text.contains(QStringLiteral("N-000002")));
        QVERIFY(text.contains(QStringLiteral("PK-20260928-100000-OLD1")));
        QVERIFY(!text.contains(QStringLiteral("Brackley"))); // N-000002's surname

        // Confirm destruction: one action with a note.
        view->disclosuresTable()->selectRow(0);
        m_dialogs->reasons.enqueue(QStringLiteral("Email from the panel secretary: shredded"));
        QTest::mouseClick(child<QPushButton>(*view, QStringLiteral("confirmDestructionButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!view->isLoading() && !view->disclosuresModel()->item(0, 7)->text().contains(
                                              QStringLiteral("OVERDUE")));
        QTRY_VERIFY(!overdue->isVisible());
        const QList<Disclosure> all = DisclosureLog(m_window->session()->db()).all();
        QCOMPARE(all.first().destroyedConfirmedOn, Time::today());
        QCOMPARE(all.first().destroyedNote,
                 QStringLiteral("Email from the panel secretary: shredded"));
    }

    void agreementsReadByAllAddedByAdministrators()
    {
        QVERIFY(openAndSignIn(*m_window, *m_dialogs, m_path));
        m_window->showView(QStringLiteral("agreements"));
        auto* view =
            qobject_cast<ui::AgreementsView*>(m_window->view(QStringLiteral("agreements")));
        QVERIFY(view);
        QTRY_VERIFY(!view->isLoading() && view->model()->rowCount() == 1);
        view->table()->clearSelection();
        QTest::mouseClick(child<QPushButton>(*view, QStringLiteral("addAgreementButton")),
                          Qt::LeftButton);
        ui::AgreementDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = view->findChild<ui::AgreementDialog*>()) && dialog->isVisible());
        QTest::keyClicks(child<QLineEdit>(*dialog, QStringLiteral("agreementPartner")),
                         QStringLiteral("Riverside Youth Offending Service"));
        QTest::keyClicks(child<QLineEdit>(*dialog, QStringLiteral("agreementBasis")),
                         QStringLiteral("Crime and Disorder Act 1998 s.115"));
        // No purpose yet: refused, the dialog stays open and says why.
        auto* save = child<QPushButton>(*dialog, QStringLiteral("agreementSave"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(*dialog, QStringLiteral("agreementProblem"))
                    ->text()
                    .contains(QStringLiteral("purpose")));
        child<QPlainTextEdit>(*dialog, QStringLiteral("agreementPurposes"))
            ->setPlainText(QStringLiteral("multi-agency panel\nyouth diversion"));
        if (!m_shots.isEmpty())
            QVERIFY(shot(m_shots + QStringLiteral("/sharing-05-agreement-dialog.png"), {dialog}));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(view->model()->rowCount() == 2);
        QCOMPARE(view->model()->item(1, 0)->text(), QStringLiteral("ISA-2"));
        QCOMPARE(view->model()->item(1, 2)->text(), QStringLiteral("In force"));
        if (!m_shots.isEmpty())
            QVERIFY(shot(m_shots + QStringLiteral("/sharing-02-agreements.png"), {}));
    }

    void officersReadAgreementsOnly()
    {
        QVERIFY(openAndSignIn(*m_window, *m_dialogs, m_path, kOfficer, kOfficerPassword));
        QVERIFY(!m_window->view(QStringLiteral("disclosures"))); // supervisors, administrators
        m_window->showView(QStringLiteral("agreements"));
        auto* view =
            qobject_cast<ui::AgreementsView*>(m_window->view(QStringLiteral("agreements")));
        QVERIFY(view);
        QTRY_VERIFY(!view->isLoading() && view->model()->rowCount() == 2);
        QVERIFY(!child<QPushButton>(*view, QStringLiteral("addAgreementButton")));
    }

private:
    QString m_shots;
};

QTEST_MAIN(TestSharing)
#include "tst_sharing.moc"
