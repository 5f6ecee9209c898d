// The person's rights in the real main window (issue 11), offscreen: the Subject access view
// (open and overdue requests, counted for supervisors in the status bar; withhold an item with
// a reason in words, produce the response, close with an outcome), the Restricted view, the
// approval dialog saying why a person with an open request cannot be erased before it asks for
// a password, and the Nominal menu's statement and restriction actions. Also writes the
// screenshots docs/screenshots/rights-NN-*.png at 1280x800.
#include "FeatureTestSupport.h"
#include "audit/DisclosureLog.h"
#include "core/Application.h"
#include "data/Session.h"
#include "main/NominalListView.h"
#include "rights/RestrictedView.h"
#include "rights/RightsService.h"
#include "rights/SubjectAccessView.h"
#include "signoff/DecisionDialog.h"
#include "workflow/RemovalService.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>

using namespace corroborate;
using namespace corroborate::test;

namespace {
const QString kAshdown = QStringLiteral("N-000001");
const QString kBrackley = QStringLiteral("N-000002");
const QString kDunmore = QStringLiteral("N-000004");
const QString kFennick = QStringLiteral("N-000006");
} // namespace

class TestRights : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        startFeatureSuite();
        QVERIFY(m_dir.isValid());
        m_path = makeCaseFile(m_dir, 10);
        m_out = screenshotFolder(m_dir.filePath(QStringLiteral("shots")));
        QVERIFY(!m_out.isEmpty());

        auto file = CaseFile::open(m_path, Secret(kPassphrase));
        const User olly = *Accounts(file->db()).find(kOfficer);
        const User alice = *Accounts(file->db()).find(kAdmin);
        RightsService rights(file->db());
        rights.openRequest(olly, kAshdown, QDate(2026, 10, 2), QStringLiteral("By letter"));
        rights.openRequest(olly, kDunmore, QDate(2026, 11, 20), QStringLiteral("By email"));
        rights.openRequest(olly, QStringLiteral("N-009999"), QDate(2026, 11, 25), {});
        rights.restrict(alice, kBrackley, QStringLiteral("ACCURACY_CONTESTED"), QDate(2027, 2, 1),
                        QStringLiteral("Disputes the association"));
        RemovalService(file->db())
            .propose(olly, kFennick, QStringLiteral("NO_LONGER_NECESSARY"), {});
        rights.openRequest(olly, kFennick, QDate(2026, 11, 26), {});
    }

    void subjectAccessRestrictedAndTheGuard()
    {
        FeatureWindow feature;
        QVERIFY(feature.signIn(m_path));
        ui::MainWindow& window = feature.window;
        ScriptedDialogs* dialogs = feature.dialogs;

        // Supervisors see the count in the status bar.
        const auto statusCount = [&window] {
            return window.statusBar()->findChild<QLabel*>(QStringLiteral("subjectAccessStatus"));
        };
        QTRY_VERIFY_WITH_TIMEOUT(statusCount() && !statusCount()->isHidden(), 10000);
        QLabel* count = statusCount();
        QCOMPARE(count->text(), QStringLiteral("Subject access: 4 open, 1 overdue"));

        // The Subject access view: the overdue one first, marked in words.
        action(window, QStringLiteral("actionView_subjectaccess"))->trigger();
        QCOMPARE(window.currentViewId(), QStringLiteral("subjectaccess"));
        auto* view =
            qobject_cast<ui::SubjectAccessView*>(window.view(QStringLiteral("subjectaccess")));
        QVERIFY(view);
        QAbstractItemModel* model = view->table()->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 10000);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("SAR-1"));
        QVERIFY(model->index(0, 4).data().toString().contains(QStringLiteral("OVERDUE")));
        QVERIFY(model
                    ->match(model->index(0, 1), Qt::DisplayRole, QStringLiteral("nothing held"), 1,
                            Qt::MatchContains)
                    .size() == 1);
        shot(window, QStringLiteral("rights-01-subject-access"));

        // Withhold an item of SAR-1 (Ashdown) for a reason given in words, then produce the
        // response and close the request.
        view->table()->selectRow(0);
        dialogs->reasons.enqueue(QStringLiteral("INT/1/2"));
        dialogs->reasons.enqueue(
            RightsService::withholdReasonText(QStringLiteral("PROTECT_RIGHTS_OF_OTHERS")));
        child<QPushButton>(*view, QStringLiteral("subjectAccessWithhold"))->click();
        QVERIFY2(dialogs->messages.last().contains(QStringLiteral("rights and freedoms")),
                 qPrintable(dialogs->messages.last()));
        const QString pdf = m_dir.filePath(QStringLiteral("sar-1.pdf"));
        dialogs->saveFiles.enqueue(pdf);
        child<QPushButton>(*view, QStringLiteral("subjectAccessRespond"))->click();
        QVERIFY(QFile::exists(pdf));
        QVERIFY2(dialogs->messages.last().contains(QStringLiteral("disclosure")),
                 qPrintable(dialogs->messages.last()));
        view->table()->selectRow(0);
        dialogs->reasons.enqueue(RightsService::outcomeText(QStringLiteral("partial")));
        dialogs->reasons.enqueue(QStringLiteral("Sent by recorded delivery"));
        child<QPushButton>(*view, QStringLiteral("subjectAccessClose"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 10000);
        QTRY_COMPARE(count->text(), QStringLiteral("Subject access: 3 open"));

        // The Restricted view lists Brackley with the reason in words and the date.
        action(window, QStringLiteral("actionView_restricted"))->trigger();
        auto* restricted =
            qobject_cast<ui::RestrictedView*>(window.view(QStringLiteral("restricted")));
        QVERIFY(restricted);
        QAbstractItemModel* rmodel = restricted->table()->model();
        QTRY_COMPARE_WITH_TIMEOUT(rmodel->rowCount(), 1, 10000);
        QCOMPARE(rmodel->index(0, 0).data().toString(), kBrackley);
        QVERIFY(rmodel->index(0, 1).data().toString().contains(QStringLiteral("contests")));
        shot(window, QStringLiteral("rights-02-restricted"));

        // The approval dialog says why Fennick cannot be erased before asking for a password.
        ui::Session& session = *window.session();
        const qint64 fennick = NominalRepository(session.db()).find(kFennick)->id;
        auto* decision = new ui::DecisionDialog(session, fennick, kFennick, &window);
        decision->setAttribute(Qt::WA_DeleteOnClose);
        decision->resize(900, 720);
        decision->show();
        QTRY_VERIFY_WITH_TIMEOUT(decision->isLoaded(), 10000);
        QVERIFY2(decision->errorText().contains(QStringLiteral("SAR-4")),
                 qPrintable(decision->errorText()));
        QVERIFY(!child<QPushButton>(*decision, QStringLiteral("decisionApprove"))->isEnabled());
        QVERIFY(!child<QLineEdit>(*decision, QStringLiteral("decisionPassword"))->isEnabled());
        QVERIFY(child<QPushButton>(*decision, QStringLiteral("decisionReject"))->isEnabled());
        shot(*decision, QStringLiteral("rights-03-approval-waits-for-request"));
        decision->close();

        // Statement and restriction from the Nominal menu, on the selected nominal.
        for (const char* name : {"actionAddStatement", "actionRestrict", "actionLiftRestriction"})
            QVERIFY2(action(window, QLatin1String(name)) &&
                         action(window, QLatin1String(name))->isEnabled(),
                     name);
        window.showView(QStringLiteral("all"));
        auto* list = qobject_cast<ui::NominalListView*>(window.view(QStringLiteral("all")));
        QVERIFY(list);
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() > 0, 10000);
        const qint64 dunmore = NominalRepository(session.db()).find(kDunmore)->id;
        list->selectId(dunmore);
        QTRY_COMPARE_WITH_TIMEOUT(window.currentNominalId(), dunmore, 10000);
        dialogs->reasons.enqueue(QStringLiteral("The incident was my cousin, not me."));
        action(window, QStringLiteral("actionAddStatement"))->trigger();
        QCOMPARE(RightsService(session.db()).statements(kDunmore).size(), 1);
        // Shown on screen with the nominal's details.
        auto* status = child<QLabel>(window, QStringLiteral("detailsThreshold"));
        QVERIFY(status);
        QTRY_VERIFY_WITH_TIMEOUT(
            status->text().contains(QStringLiteral("The incident was my cousin, not me.")), 10000);
        window.closeFile();
    }

    void officersCannotRestrict()
    {
        FeatureWindow feature;
        QVERIFY(feature.signIn(m_path, kOfficer, kOfficerPassword));
        ui::MainWindow& window = feature.window;
        QVERIFY(!action(window, QStringLiteral("actionRestrict"))->isEnabled());
        QVERIFY(action(window, QStringLiteral("actionAddStatement"))->isEnabled());
        QVERIFY(window.view(QStringLiteral("subjectaccess")));
        auto* count = window.statusBar()->findChild<QLabel*>(QStringLiteral("subjectAccessStatus"));
        QTest::qWait(300);
        QVERIFY(!count || count->isHidden());
        window.closeFile();
    }

private:
    void shot(QWidget& widget, const QString& name) { QVERIFY(saveShot(widget, m_out, name)); }

    QTemporaryDir m_dir;
    QString m_path;
    QString m_out;
};

QTEST_MAIN(TestRights)
#include "tst_rights.moc"
