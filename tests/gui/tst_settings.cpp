// Settings (auto-lock minutes reach the idle timer; theme; marking) and About (the versions
// of the app, Qt, SQLite and SQLCipher), through the real actions.
#include "GuiTestSupport.h"

#include "core/AppSettings.h"
#include "core/Appearance.h"
#include "core/Application.h"
#include "core/InactivityTimer.h"
#include "settings/SettingsDialog.h"
#include "store/CaseFile.h"
#include "store/Database.h"
#include "widgets/Banner.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimer>

using namespace corroborate;
using namespace corroborate::test;

class TestSettings : public QObject
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

    void settingsApply()
    {
        ui::MainWindow window;
        auto* dialogs = new ScriptedDialogs;
        window.setDialogs(std::unique_ptr<ui::Dialogs>(dialogs));
        window.show();
        QVERIFY(openAndSignIn(window, *dialogs, m_path));
        QCOMPARE(window.inactivityTimer().timeoutSeconds(), 15 * 60); // the case file's default
        bool seen = false;
        QTimer::singleShot(100, this, [&] {
            auto* dialog = qobject_cast<ui::SettingsDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = true;
            dialog->findChild<QSpinBox*>(QStringLiteral("autoLockSpin"))->setValue(2);
            auto* theme = dialog->findChild<QComboBox*>(QStringLiteral("themeCombo"));
            theme->setCurrentIndex(theme->findData(static_cast<int>(ui::Theme::Dark)));
            auto* marking = dialog->findChild<QLineEdit*>(QStringLiteral("markingEdit"));
            marking->setText(QStringLiteral("OFFICIAL"));
            dialog->accept();
        });
        action(window, QStringLiteral("actionSettings"))->trigger();
        QVERIFY(seen);
        QCOMPARE(window.inactivityTimer().timeoutSeconds(), 120);
        QCOMPARE(ui::AppSettings::theme(), ui::Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        QCOMPARE(child<ui::Banner>(window, QStringLiteral("markingBanner"))->text(),
                 QStringLiteral("OFFICIAL"));
        ui::AppSettings::setTheme(ui::Theme::System);
        ui::Appearance::applyTheme(ui::Theme::System);
    }

    void idleLimitIsTheCaseFilesAndNeverNever()
    {
        // An administrator sets the longest idle time; it is stored in the case file.
        {
            ui::MainWindow window;
            auto* dialogs = new ScriptedDialogs;
            window.setDialogs(std::unique_ptr<ui::Dialogs>(dialogs));
            window.show();
            QVERIFY(openAndSignIn(window, *dialogs, m_path));
            bool seen = false;
            QTimer::singleShot(100, this, [&] {
                auto* dialog = qobject_cast<ui::SettingsDialog*>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                seen = true;
                auto* limit = dialog->findChild<QSpinBox*>(QStringLiteral("idleLimitSpin"));
                QVERIFY(limit->isVisible());
                QCOMPARE(limit->value(), 15);
                limit->setValue(10);
                dialog->accept();
            });
            action(window, QStringLiteral("actionSettings"))->trigger();
            QVERIFY(seen);
            QVERIFY(window.inactivityTimer().timeoutSeconds() <= 10 * 60);
            window.closeFile();
        }
        {
            auto file = CaseFile::open(m_path, Secret(kPassphrase));
            QCOMPARE(file->meta(QStringLiteral("max_idle_minutes")), QStringLiteral("10"));
        }
        // An officer may choose shorter, never longer, and there is no "Never".
        ui::AppSettings::setAutoLockMinutes(0);
        ui::MainWindow window;
        auto* dialogs = new ScriptedDialogs;
        window.setDialogs(std::unique_ptr<ui::Dialogs>(dialogs));
        window.show();
        QVERIFY(openAndSignIn(window, *dialogs, m_path, kOfficer, kOfficerPassword));
        QCOMPARE(window.inactivityTimer().timeoutSeconds(), 10 * 60);
        QVERIFY(window.inactivityTimer().isActive());
        bool seen = false;
        QTimer::singleShot(100, this, [&] {
            auto* dialog = qobject_cast<ui::SettingsDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = true;
            QVERIFY(!dialog->findChild<QSpinBox*>(QStringLiteral("idleLimitSpin"))->isVisible());
            auto* spin = dialog->findChild<QSpinBox*>(QStringLiteral("autoLockSpin"));
            QCOMPARE(spin->maximum(), 10);
            QVERIFY(spin->minimum() >= 1);
            QVERIFY(spin->specialValueText().isEmpty());
            spin->setValue(60); // clamped to the file's limit
            QCOMPARE(spin->value(), 10);
            spin->setValue(3);
            dialog->accept();
        });
        action(window, QStringLiteral("actionSettings"))->trigger();
        QVERIFY(seen);
        QCOMPARE(window.inactivityTimer().timeoutSeconds(), 3 * 60);
        window.closeFile();
    }

    void aboutShowsVersions()
    {
        ui::MainWindow window;
        window.setDialogs(std::make_unique<ScriptedDialogs>());
        window.show();
        QString text;
        QTimer::singleShot(100, this, [&] {
            QWidget* dialog = QApplication::activeModalWidget();
            if (!dialog)
                return;
            text = dialog->findChild<QLabel*>(QStringLiteral("aboutText"))->text();
            qobject_cast<QDialog*>(dialog)->reject();
        });
        action(window, QStringLiteral("actionAbout"))->trigger();
        QVERIFY2(text.contains(Database::sqliteVersion()), qPrintable(text));
        QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("SQLCipher 4.")), qPrintable(text));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
