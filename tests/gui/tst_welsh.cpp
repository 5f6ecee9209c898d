// The app running in Welsh (issue 14): the language chosen in Settings is installed at start,
// and the real main window shows Welsh on its main screens — the menus, the welcome page, the
// views, the list's columns and the status bar — with no English left on them; dates use the
// Welsh locale; the pack dialog offers both languages and starts with the app's; the Settings
// page says that a new language takes effect at the next start.
#include "GuiTestSupport.h"

#include "core/AppSettings.h"
#include "core/Application.h"
#include "i18n/Language.h"
#include "packs/PackDialog.h"
#include "settings/SettingsDialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QTimer>

using namespace corroborate;
using namespace corroborate::test;

namespace {

// Every text a user sees on the visible window: labels, buttons, menus, list items, headers.
QStringList visibleTexts(QWidget& root)
{
    QStringList out;
    for (auto* label : root.findChildren<QLabel*>())
        if (label->isVisible())
            out << label->text();
    for (auto* button : root.findChildren<QAbstractButton*>())
        if (button->isVisible())
            out << button->text();
    for (auto* menu : root.findChildren<QMenu*>())
        out << menu->title();
    for (auto* list : root.findChildren<QListWidget*>())
        for (int i = 0; i < list->count(); ++i)
            out << list->item(i)->text();
    for (auto* table : root.findChildren<QTableView*>())
        if (table->isVisible() && table->model())
            for (int c = 0; c < table->model()->columnCount(); ++c)
                out << table->model()->headerData(c, Qt::Horizontal).toString();
    return out;
}

} // namespace

class TestWelsh : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        isolateEnvironment();
        ui::setUpApplication(*qApp); // names the settings (the system's language until chosen)
        ui::AppSettings::setLanguage(QStringLiteral("cy")); // as chosen in Settings earlier
        ui::setUpApplication(*qApp);                        // the next start
        QCOMPARE(i18n::current(), QStringLiteral("cy"));
        QVERIFY(m_dir.isValid());
        m_path = makeCaseFile(m_dir);
    }

    void welcomePageInWelsh()
    {
        ui::MainWindow window;
        window.show();
        QCOMPARE(window.findChild<QMenu*>(QStringLiteral("menuFile"))->title(),
                 QStringLiteral("&Ffeil"));
        QCOMPARE(window.findChild<QMenu*>(QStringLiteral("menuHelp"))->title(),
                 QStringLiteral("&Cymorth"));
        const QStringList texts = visibleTexts(window);
        QVERIFY2(texts.contains(QStringLiteral("&Agor ffeil achos…")),
                 qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(
            QStringLiteral("Agorwch ffeil achos i adolygu unigolion, neu crëwch un newydd.")));
        QVERIFY(!texts.contains(QStringLiteral("&Open case file…")));
    }

    void workspaceInWelsh()
    {
        ui::MainWindow window;
        auto* dialogs = new ScriptedDialogs;
        window.setDialogs(std::unique_ptr<ui::Dialogs>(dialogs));
        window.show();
        QVERIFY(openAndSignIn(window, *dialogs, m_path));
        const QStringList texts = visibleTexts(window);
        const QString all = texts.join(QLatin1Char('|'));
        for (const QString& welsh :
             {QStringLiteral("I'w hadolygu"), QStringLiteral("Islaw'r trothwy"),
              QStringLiteral("Pob unigolyn"), QStringLiteral("Log archwilio"),
              QStringLiteral("&Unigolyn"), QStringLiteral("&Adolygu"), QStringLiteral("Cyfeirnod"),
              QStringLiteral("Dosbarthiad")})
            QVERIFY2(texts.contains(welsh), qPrintable(welsh + QStringLiteral(" not in ") + all));
        for (const QString& english :
             {QStringLiteral("Due for review"), QStringLiteral("All nominals"),
              QStringLiteral("&Nominal"), QStringLiteral("Reference"),
              QStringLiteral("Classification")})
            QVERIFY2(!texts.contains(english), qPrintable(english));
        auto* user = window.findChild<QLabel*>(QStringLiteral("userLabel"));
        QVERIFY(user->text().startsWith(QStringLiteral("Wedi mewngofnodi fel")));
    }

    void qtsOwnButtonsInWelsh()
    {
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Canslo"));
    }

    void datesInTheWelshLocale()
    {
        QCOMPARE(QLocale().language(), QLocale::Welsh);
        QCOMPARE(QLocale().toString(QDate(2026, 12, 2), QStringLiteral("d MMMM yyyy")),
                 QStringLiteral("2 Rhagfyr 2026"));
    }

    void packDialogOffersBothLanguages()
    {
        ui::PackDialog dialog(QStringLiteral("N-000001"), {}, QDate(2026, 11, 27));
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("packLanguageCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("cy"));
        QCOMPARE(dialog.request().language, QStringLiteral("cy"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("en_GB")));
        QCOMPARE(dialog.request().language, QStringLiteral("en_GB"));
        QVERIFY(!combo->accessibleName().isEmpty());
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Pecyn adolygu"));
    }

    void settingsSayWhenTheLanguageApplies()
    {
        ui::SettingsDialog dialog(QStringLiteral("OFFICIAL-SENSITIVE"), false);
        auto* note = dialog.findChild<QLabel*>(QStringLiteral("languageNote"));
        QVERIFY(note);
        QVERIFY2(note->text().contains(QStringLiteral("y tro nesaf y bydd Corroborate yn cychwyn")),
                 qPrintable(note->text()));
        // Choosing English is saved for the next start; this session stays Welsh throughout.
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("en_GB")));
        dialog.accept();
        QCOMPARE(ui::AppSettings::language(), QStringLiteral("en_GB"));
        QCOMPARE(i18n::current(), QStringLiteral("cy"));
        QCOMPARE(QCoreApplication::translate("corroborate::ui::MainWindow", "&File"),
                 QStringLiteral("&Ffeil"));
    }
};

QTEST_MAIN(TestWelsh)
#include "tst_welsh.moc"
