// Screen readers, the keyboard and help, through the real main window: every control a user can
// reach (by Tab, or a button by mouse) has the name a screen reader reads, on the open pages,
// every view, every review step, the lock and every dialog; combo boxes are named by their
// label, not their value; the details panel reads as text; status changes are announced
// (they become the status bar's accessible name, sent with QAccessible::NameChanged: the
// offscreen platform has no accessibility bridge to catch the event itself); the high-contrast
// theme; F1 opens the guide at the page for the screen. The names are read through QAccessible, as
// the AT-SPI bridge reads them (scripts/check-accessibility.py reads the real AT-SPI tree by hand).
#include "GuiTestSupport.h"

#include "accessibility/Accessibility.h"
#include "core/AppSettings.h"
#include "core/Appearance.h"
#include "core/Application.h"
#include "data/StatusScanner.h"
#include "help/HelpTopics.h"
#include "help/HelpWindow.h"
#include "main/DetailsPanel.h"
#include "main/NominalListView.h"
#include "review/ReviewView.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

using namespace corroborate;
using namespace corroborate::test;

namespace {

QString describe(QWidget* w)
{
    QStringList path;
    for (QWidget* p = w; p; p = p->parentWidget())
        path.prepend(QString::fromLatin1(p->metaObject()->className()) +
                     (p->objectName().isEmpty() ? QString() : QLatin1Char('#') + p->objectName()));
    return path.join(QStringLiteral(" > "));
}

// Every control under `root` a user can reach without a name; combo boxes named only by
// their current value count as unnamed.
QStringList unnamedControls(QWidget* root)
{
    QStringList problems;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        if (!w->isVisible() || w->objectName() == u"focusRing")
            continue;
        const bool isButton = qobject_cast<QAbstractButton*>(w) != nullptr;
        if (w->focusPolicy() == Qt::NoFocus && !isButton)
            continue;
        if (w->window() != root->window())
            continue; // another window's: checked on its own
        // A scroll area's viewport and a combo box's popup parts are not controls of their own.
        if (w->parentWidget() && qobject_cast<QAbstractScrollArea*>(w->parentWidget()) &&
            static_cast<QAbstractScrollArea*>(w->parentWidget())->viewport() == w)
            continue;
        if (w->inherits("QComboBoxPrivateContainer") || w->inherits("QTabBar") ||
            w->inherits("QMenuBar") || w->inherits("QScrollBar") || w->inherits("QSplitterHandle"))
            continue;
        if (w->inherits("QCalendarWidget") || w->parentWidget()->inherits("QCalendarWidget"))
            continue;
        QString name = ui::Accessibility::accessibleName(w).trimmed();
        if (auto* combo = qobject_cast<QComboBox*>(w);
            combo && (combo->accessibleName().isEmpty() || name != combo->accessibleName()))
            name.clear(); // the current value is not a name
        if (name.isEmpty())
            problems << describe(w);
    }
    return problems;
}

// Opens the modal dialog `trigger` shows, checks it while it is open, and closes it.
QStringList checkModal(const std::function<void()>& trigger, QString* className = nullptr,
                       const std::function<void(QDialog*)>& alsoCheck = {})
{
    QStringList problems;
    bool seen = false;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        poll.stop();
        seen = true;
        if (className)
            *className = QString::fromLatin1(dialog->metaObject()->className());
        QTest::qWait(100);
        problems = unnamedControls(dialog);
        if (alsoCheck)
            alsoCheck(dialog);
        dialog->reject();
    });
    poll.start();
    trigger(); // exec() returns when the dialog closes; open() at once
    static_cast<void>(QTest::qWaitFor([&] { return seen; }, 3000));
    poll.stop();
    if (!seen)
        problems << QStringLiteral("no dialog opened");
    return problems;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        isolateEnvironment();
        ui::setUpApplication(*qApp);
        QVERIFY(m_dir.isValid());
        m_path = makeCaseFile(m_dir);
    }

    void everyControlIsNamedEverywhere()
    {
        ui::MainWindow window;
        auto* dialogs = new ScriptedDialogs;
        window.setDialogs(std::unique_ptr<ui::Dialogs>(dialogs));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList problems;
        const auto check = [&](const QString& where, QWidget* root) {
            QTest::qWait(50);
            for (const QString& p : unnamedControls(root))
                problems << where + QStringLiteral(": ") + p;
        };
        check(QStringLiteral("welcome page"), &window);

        QVERIFY(openAndSignIn(window, *dialogs, m_path));
        QTRY_VERIFY_WITH_TIMEOUT(window.statusScanner()->latest() != nullptr, 10000);
        for (QAction* view : window.findChildren<QAction*>()) {
            if (!view->objectName().startsWith(QStringLiteral("actionView_")) || !view->isEnabled())
                continue;
            view->trigger();
            QTest::qWait(300);
            check(view->objectName(), &window);
        }

        // The details panel of a nominal, read as text.
        action(window, QStringLiteral("actionView_all"))->trigger();
        auto* list = qobject_cast<ui::NominalListView*>(window.view(QStringLiteral("all")));
        QVERIFY(list);
        auto* table = list->findChild<QTableView*>();
        QTRY_VERIFY(table->model()->rowCount() > 0);
        table->setFocus();
        table->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(window.detailsPanel()->details() != nullptr, 10000);
        check(QStringLiteral("details panel"), &window);
        auto* threshold = child<QLabel>(window, QStringLiteral("detailsThreshold"));
        const QString read = ui::Accessibility::accessibleName(threshold);
        QVERIFY2(read.startsWith(QStringLiteral("Threshold result: ")) &&
                     read.contains(QStringLiteral("Independent qualifying sources")),
                 qPrintable(read));
        QVERIFY(threshold->focusPolicy() != Qt::NoFocus);

        // Every dialog from the main window.
        const QStringList dialogActions{
            QStringLiteral("actionNewNominal"),      QStringLiteral("actionEditNominal"),
            QStringLiteral("actionAddIntelligence"), QStringLiteral("actionSettings"),
            QStringLiteral("actionAbout"),           QStringLiteral("actionPrintPack"),
            QStringLiteral("actionProposeRemoval")};
        for (const QString& name : dialogActions) {
            QAction* a = action(window, name);
            QVERIFY2(a && a->isEnabled(), qPrintable(name));
            QString cls;
            for (const QString& p : checkModal([a] { a->trigger(); }, &cls))
                problems << name + QStringLiteral(" (") + cls + QStringLiteral("): ") + p;
        }
        // The intelligence dialog's combo boxes are named by their labels.
        QStringList comboNames;
        checkModal([&] { action(window, QStringLiteral("actionAddIntelligence"))->trigger(); },
                   nullptr,
                   [&](QDialog* dialog) {
                       for (QComboBox* c : dialog->findChildren<QComboBox*>())
                           comboNames << c->accessibleName();
                   });
        QVERIFY(comboNames.size() >= 3);
        QVERIFY2(!comboNames.contains(QString()), qPrintable(comboNames.join(u'|')));

        // A review session, every step.
        action(window, QStringLiteral("actionStartReview"))->trigger();
        QTRY_VERIFY(window.reviewView() != nullptr);
        QTRY_VERIFY(window.reviewView()->currentNominalId() > 0);
        for (int step = 0; step < 4; ++step) {
            window.reviewView()->setStep(step);
            check(QStringLiteral("review step %1").arg(step + 1), &window);
        }
        // The review reason's own editable field has the combo box's name.
        auto* reason = child<QComboBox>(window, QStringLiteral("decisionReason"));
        QVERIFY(reason->lineEdit());
        QCOMPARE(ui::Accessibility::accessibleName(reason->lineEdit()), reason->accessibleName());

        // A save is announced.
        auto* remove = child<QAbstractButton>(window, QStringLiteral("decisionDefer"));
        remove->click();
        reason->lineEdit()->setText(QStringLiteral("Waiting for a partner's update"));
        child<QAbstractButton>(window, QStringLiteral("reviewSave"))->click();
        QTRY_VERIFY2(window.statusBar()->accessibleName().startsWith(
                         QStringLiteral("Saved: the review of N-")),
                     qPrintable(window.statusBar()->accessibleName()));

        // The lock page, and the lock announced.
        window.lock();
        QTRY_VERIFY(window.isLocked());
        check(QStringLiteral("lock page"), &window);
        QVERIFY2(window.statusBar()->accessibleName().startsWith(QStringLiteral("Locked")),
                 qPrintable(window.statusBar()->accessibleName()));

        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(u'\n')));
    }

    void f1OpensTheGuideAtTheScreensPage()
    {
        ui::MainWindow window;
        auto* dialogs = new ScriptedDialogs;
        window.setDialogs(std::unique_ptr<ui::Dialogs>(dialogs));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        ui::HelpWindow* help = window.findChild<ui::HelpWindow*>();
        QVERIFY(help);
        QTRY_VERIFY(help->isVisible());
        QCOMPARE(help->currentTopic(), QStringLiteral("opening.html"));
        QVERIFY(help->browser()->toPlainText().contains(QStringLiteral("The passphrase")));
        QVERIFY(unnamedControls(help).isEmpty());
        // The guide's pictures load from inside the program.
        QVERIFY(!help->browser()
                     ->document()
                     ->resource(QTextDocument::ImageResource,
                                QUrl(QStringLiteral("qrc:/screenshots/01-welcome.png")))
                     .isNull());
        help->close();

        QVERIFY(openAndSignIn(window, *dialogs, m_path));
        action(window, QStringLiteral("actionView_below"))->trigger();
        QCOMPARE(ui::helpTopicFor(&window), QStringLiteral("lists.html#below"));
        QApplication::setActiveWindow(&window);
        QTest::keyClick(&window, Qt::Key_F1);
        help = window.findChild<ui::HelpWindow*>();
        QTRY_VERIFY(help && help->isVisible());
        QCOMPARE(help->currentTopic(), QStringLiteral("lists.html#below"));

        // F1 in a dialog opens that dialog's page, over it.
        QString topic;
        checkModal([&] { action(window, QStringLiteral("actionSettings"))->trigger(); }, nullptr,
                   [&](QDialog* dialog) {
                       QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog,
                                       Qt::Key_F1);
                       if (auto* h = dialog->findChild<ui::HelpWindow*>())
                           topic = h->currentTopic();
                   });
        QCOMPARE(topic, QStringLiteral("admin.html#settings"));

        // Every page of the guide is there and every link inside it leads to a page.
        for (const QString& page :
             {QStringLiteral("index"), QStringLiteral("opening"), QStringLiteral("lists"),
              QStringLiteral("review"), QStringLiteral("editing"), QStringLiteral("signoff"),
              QStringLiteral("packs"), QStringLiteral("admin"), QStringLiteral("keyboard")}) {
            QFile f(QStringLiteral(":/guide/%1.html").arg(page));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(page));
            const QString html = QString::fromUtf8(f.readAll());
            static const QRegularExpression link(QStringLiteral("(?:href|src)=\"([^\"#:]+)"));
            for (auto it = link.globalMatch(html); it.hasNext();) {
                const QString target = it.next().captured(1);
                QVERIFY2(QFile::exists(QStringLiteral(":/guide/") + target) ||
                             QFile::exists(QStringLiteral(":/") +
                                           QString(target).remove(QStringLiteral("../"))),
                         qPrintable(page + QStringLiteral(": ") + target));
            }
        }
    }

    void highContrastTheme()
    {
        ui::AppSettings::setTheme(ui::Theme::HighContrast);
        QCOMPARE(ui::AppSettings::theme(), ui::Theme::HighContrast);
        ui::Appearance::applyTheme(ui::Theme::HighContrast);
        const QPalette p = QApplication::palette();
        QCOMPARE(p.color(QPalette::Window), QColor(Qt::black));
        QCOMPARE(p.color(QPalette::WindowText), QColor(Qt::white));
        QCOMPARE(p.color(QPalette::Highlight), QColor(0xff, 0xff, 0x00));
        // The focus ring is drawn round whatever has the focus, in the highlight colour.
        ui::MainWindow window;
        window.setDialogs(std::make_unique<ScriptedDialogs>());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        auto* ring = window.findChild<QWidget*>(QStringLiteral("focusRing"));
        QTRY_VERIFY(ring && ring->isVisible());
        QVERIFY(ring->geometry().contains(
            QRect(focus->mapTo(&window, QPoint(0, 0)), focus->size()).center()));
        ui::AppSettings::setTheme(ui::Theme::System);
        ui::Appearance::applyTheme(ui::Theme::System);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
