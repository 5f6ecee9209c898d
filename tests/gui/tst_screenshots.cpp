// Screenshots of the main views and the review steps at 1280x800, for the README and for
// looking at. Written to $CORROBORATE_SCREENSHOT_DIR when set (docs/screenshots:
// tests/gui/take-screenshots.sh), otherwise to a temporary folder; the test checks that each
// picture was made and is not blank.
#include "GuiTestSupport.h"

#include "core/AppSettings.h"
#include "core/Appearance.h"
#include "core/Application.h"
#include "data/Session.h"
#include "data/StatusScanner.h"
#include "edit/IntelligenceDialog.h"
#include "edit/NominalDialog.h"
#include "main/DetailsPanel.h"
#include "main/NominalListView.h"
#include "review/ReviewView.h"

#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QTableView>
#include <QTimer>

using namespace corroborate;
using namespace corroborate::test;

class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateEnvironment();
        ui::setUpApplication(*qApp);
        QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
        QVERIFY(m_dir.isValid());
        m_path = makeCaseFile(m_dir, 60);
        m_out = qEnvironmentVariable("CORROBORATE_SCREENSHOT_DIR");
        if (m_out.isEmpty())
            m_out = m_dir.filePath(QStringLiteral("shots"));
        QVERIFY(QDir().mkpath(m_out));
    }

    void takeThem()
    {
        ui::MainWindow window;
        auto* dialogs = new ScriptedDialogs;
        dialogs->defaultReason = QStringLiteral("Preparing for a review panel");
        window.setDialogs(std::unique_ptr<ui::Dialogs>(dialogs));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        shot(window, QStringLiteral("01-welcome"));

        window.openFile(m_path);
        QTest::keyClicks(child<QLineEdit>(window, QStringLiteral("passphraseEdit")),
                         QStringLiteral("passphrase"));
        shot(window, QStringLiteral("02-passphrase"));
        child<QLineEdit>(window, QStringLiteral("passphraseEdit"))->clear();
        QTest::keyClicks(child<QLineEdit>(window, QStringLiteral("passphraseEdit")), kPassphrase);
        QTest::keyClick(child<QLineEdit>(window, QStringLiteral("passphraseEdit")), Qt::Key_Return);
        auto* username = child<QLineEdit>(window, QStringLiteral("usernameEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(username->isVisible() && username->isEnabled(), 15000);
        QTest::keyClicks(username, kAdmin);
        shot(window, QStringLiteral("03-sign-in"));
        auto* password = child<QLineEdit>(window, QStringLiteral("passwordEdit"));
        QTest::keyClicks(password, kAdminPassword);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window.session() != nullptr, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(window.statusScanner()->latest() != nullptr, 15000);

        for (const auto& [id, name] :
             {std::pair{QStringLiteral("due"), QStringLiteral("04-due-for-review")},
              std::pair{QStringLiteral("below"), QStringLiteral("05-below-threshold")},
              std::pair{QStringLiteral("all"), QStringLiteral("06-all-nominals")}}) {
            window.showView(id);
            auto* list = qobject_cast<ui::NominalListView*>(window.view(id));
            QTRY_VERIFY_WITH_TIMEOUT(
                list->model()->rowCount() > 0 &&
                    list->model()->index(0, 0).data(ui::PagedTableModel::LoadedRole).toBool(),
                10000);
            list->table()->selectRow(id == u"all" ? 2 : 0);
            const qint64 want = list->currentId();
            QTRY_VERIFY_WITH_TIMEOUT(window.detailsPanel()->details() &&
                                         window.detailsPanel()->details()->nominal.id == want,
                                     10000);
            shot(window, name);
        }
        window.showView(QStringLiteral("audit"));
        QTest::qWait(300);
        shot(window, QStringLiteral("07-audit-log"));

        window.showView(QStringLiteral("all"));
        QTimer::singleShot(200, this, [this] {
            auto* dialog = qobject_cast<ui::NominalDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("harmScoreEdit")),
                             QStringLiteral("x"));
            shot(*dialog, QStringLiteral("08-edit-nominal"));
            dialog->reject();
        });
        action(window, QStringLiteral("actionEditNominal"))->trigger();
        QTimer::singleShot(200, this, [this] {
            auto* dialog = qobject_cast<ui::IntelligenceDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("originatorEdit")),
                             QStringLiteral("Youth Offending Team"));
            dialog->findChild<QComboBox*>(QStringLiteral("handlingCombo"))->setCurrentIndex(1);
            shot(*dialog, QStringLiteral("09-add-intelligence"));
            dialog->reject();
        });
        action(window, QStringLiteral("actionAddIntelligence"))->trigger();

        action(window, QStringLiteral("actionStartReview"))->trigger();
        QTRY_VERIFY(window.reviewView() != nullptr);
        ui::ReviewView* review = window.reviewView();
        QTRY_VERIFY_WITH_TIMEOUT(review->currentNominalId() > 0, 10000);
        const QStringList steps{
            QStringLiteral("10-review-identity"), QStringLiteral("11-review-intelligence"),
            QStringLiteral("12-review-threshold"), QStringLiteral("13-review-decision")};
        for (int s = 0; s < steps.size(); ++s) {
            review->setStep(s);
            shot(window, steps[s]);
        }
        action(window, QStringLiteral("actionLock"))->trigger();
        QVERIFY(window.isLocked());
        shot(window, QStringLiteral("14-locked"));

        QTest::keyClicks(child<QLineEdit>(window, QStringLiteral("unlockPasswordEdit")),
                         kAdminPassword);
        QTest::keyClick(child<QLineEdit>(window, QStringLiteral("unlockPasswordEdit")),
                        Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLocked(), 10000);
        ui::Appearance::applyTheme(ui::Theme::Dark);
        QTRY_VERIFY_WITH_TIMEOUT(window.reviewView() && window.reviewView()->currentNominalId() > 0,
                                 10000);
        window.reviewView()->setStep(ui::ReviewView::ThresholdStep);
        shot(window, QStringLiteral("15-dark-review-threshold"));
        window.reviewView()->pause();
        QTRY_VERIFY(window.view(QStringLiteral("below")) != nullptr);
        window.showView(QStringLiteral("below"));
        auto* below = qobject_cast<ui::NominalListView*>(window.view(QStringLiteral("below")));
        QTRY_VERIFY_WITH_TIMEOUT(
            below->model()->rowCount() > 0 &&
                below->model()->index(0, 0).data(ui::PagedTableModel::LoadedRole).toBool(),
            10000);
        below->table()->selectRow(1);
        QTest::qWait(300);
        shot(window, QStringLiteral("16-dark-below-threshold"));
        ui::Appearance::applyTheme(ui::Theme::System);
    }

private:
    void shot(QWidget& widget, const QString& name)
    {
        QTest::qWait(150);
        const QImage image = widget.grab().toImage();
        const QString file = m_out + QLatin1Char('/') + name + QStringLiteral(".png");
        QVERIFY(image.save(file));
        // Not blank: more than a handful of colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 4, qPrintable(name));
    }

    QTemporaryDir m_dir;
    QString m_path;
    QString m_out;
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
