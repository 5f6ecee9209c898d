// Editing through the real dialogs: a conflict with a change saved meanwhile from a second
// connection (who and when, Reload, then save), the reason in the audit log with field names
// only, and the intelligence dialog's validation and live threshold preview.
#include "GuiTestSupport.h"

#include "core/Application.h"
#include "data/Session.h"
#include "edit/IntelligenceDialog.h"
#include "edit/NominalDialog.h"
#include "main/DetailsPanel.h"
#include "main/NominalListView.h"
#include "workflow/EditService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

using namespace corroborate;
using namespace corroborate::test;

class TestEdit : public QObject
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

    void conflictShowsWhoAndWhenAndReloads()
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
        all->table()->selectRow(0); // Ashdown, N-000001
        QTRY_VERIFY_WITH_TIMEOUT(window.detailsPanel()->details() != nullptr, 5000);

        bool sawConflict = false;
        QString conflictText;
        QTimer::singleShot(100, this, [&] {
            auto* dialog = qobject_cast<ui::NominalDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* surname = dialog->findChild<QLineEdit*>(QStringLiteral("surnameEdit"));
            auto* area = dialog->findChild<QLineEdit*>(QStringLiteral("areaEdit"));
            auto* reason = dialog->findChild<QLineEdit*>(QStringLiteral("reasonEdit"));
            auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
            QCOMPARE(surname->text(), QStringLiteral("Ashdown"));
            // No reason yet: Save is off and the field says why.
            QVERIFY(!save->isEnabled());
            QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("reasonError"))->text().isEmpty());
            area->clear();
            QTest::keyClicks(area, QStringLiteral("Hillside"));
            QTest::keyClicks(reason, QStringLiteral("Moved area"));
            QVERIFY(save->isEnabled());

            // Meanwhile another copy of the app changes the same record.
            {
                auto other = CaseFile::open(m_path, Secret(kPassphrase));
                NominalRepository repo(other->db());
                Nominal n = *repo.find(QStringLiteral("N-000001"));
                n.group = QStringLiteral("Other Street");
                EditService(other->db(), QStringLiteral("bob"))
                    .updateNominal(n, QStringLiteral("Group renamed"));
            }
            QTest::mouseClick(save, Qt::LeftButton);
            auto* frame = dialog->findChild<QFrame*>(QStringLiteral("conflictFrame"));
            sawConflict = frame->isVisible();
            conflictText = dialog->findChild<QLabel*>(QStringLiteral("conflictLabel"))->text();
            QVERIFY(dialog->isVisible()); // nothing silently overwritten, dialog stays

            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("reloadButton")),
                              Qt::LeftButton);
            QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("groupEdit"))->text(),
                     QStringLiteral("Other Street"));
            area->clear();
            QTest::keyClicks(area, QStringLiteral("Hillside"));
            QTest::mouseClick(save, Qt::LeftButton);
        });
        action(window, QStringLiteral("actionEditNominal"))->trigger();
        QVERIFY(sawConflict);
        QVERIFY2(conflictText.contains(QStringLiteral("bob")), qPrintable(conflictText));

        Database& db = window.session()->db();
        const Nominal saved = *NominalRepository(db).find(QStringLiteral("N-000001"));
        QCOMPARE(saved.area, QStringLiteral("Hillside"));
        QCOMPARE(saved.group, QStringLiteral("Other Street"));
        const QList<AuditEntry> log = AuditLog(db).page(0, 5, QStringLiteral("N-000001"));
        QVERIFY(!log.isEmpty());
        QCOMPARE(log.first().action, AuditAction::Alteration);
        QCOMPARE(log.first().username, kAdmin);
        QCOMPARE(log.first().justification, QStringLiteral("Moved area"));
        QCOMPARE(log.first().details, QStringLiteral("fields: area"));
        QVERIFY(!log.first().details.contains(QStringLiteral("Hillside")));
    }

    void intelligenceDialogValidatesAndPreviews()
    {
        auto file = CaseFile::open(m_path, Secret(kPassphrase));
        NominalRepository repo(file->db());
        const Nominal n = *repo.find(QStringLiteral("N-000002")); // Brackley: one source
        const Policy policy = Policy::fromStored(PolicyStore(file->db()).active());
        IntelligenceItem item;
        item.obtainedOn = Time::today();
        ui::IntelligenceDialog dialog(n, repo.intelligenceFor(n.id), item, true, policy, true);
        QStringList saved;
        dialog.setSaveFunction([&](const IntelligenceItem& i, const QString& reason) {
            saved << i.originator << reason;
        });
        dialog.show();
        auto* originator = dialog.findChild<QLineEdit*>(QStringLiteral("originatorEdit"));
        auto* handling = dialog.findChild<QComboBox*>(QStringLiteral("handlingCombo"));
        auto* conditions = dialog.findChild<QLineEdit*>(QStringLiteral("conditionsEdit"));
        auto* summary = dialog.findChild<QPlainTextEdit*>(QStringLiteral("summaryEdit"));
        auto* reason = dialog.findChild<QLineEdit*>(QStringLiteral("reasonEdit"));
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveButton"));
        auto* preview = dialog.findChild<QLabel*>(QStringLiteral("previewLabel"));
        // Every grading choice shows its meaning.
        auto* source = dialog.findChild<QComboBox*>(QStringLiteral("sourceCombo"));
        QVERIFY(source->itemText(0).contains(QStringLiteral("Reliable")));
        QVERIFY(dialog.findChild<QComboBox*>(QStringLiteral("assessmentCombo"))
                    ->itemText(1)
                    .contains(QStringLiteral("corroborated")));
        QVERIFY(!save->isEnabled());
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("originatorErrorLabel")) ||
                true); // error labels are named <field>Error
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("originatorError"))->text().isEmpty());
        QTest::keyClicks(originator, QStringLiteral("Youth Offending Team"));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("originatorError"))->text().isEmpty());
        summary->setPlainText(QStringLiteral("Synthetic: seen at a gathering."));
        QTest::keyClicks(reason, QStringLiteral("New intelligence"));
        // Source 1, assessment B: a second independent source makes the threshold met.
        source->setCurrentIndex(0);
        dialog.findChild<QComboBox*>(QStringLiteral("assessmentCombo"))->setCurrentIndex(1);
        QVERIFY2(preview->text().contains(Evaluation::statusText(ThresholdStatus::MeetsThreshold)),
                 qPrintable(preview->text()));
        QVERIFY(save->isEnabled());
        // Handling code C needs its conditions.
        handling->setCurrentIndex(1);
        QVERIFY(conditions->isEnabled());
        QVERIFY(!save->isEnabled());
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("conditionsError"))->text().isEmpty());
        QTest::keyClicks(conditions, QStringLiteral("Not to be shared with housing"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(saved, (QStringList{QStringLiteral("Youth Offending Team"),
                                     QStringLiteral("New intelligence")}));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestEdit)
#include "tst_edit.moc"
