// Measures the window against a large case file (the 250,000-nominal demo): time from the
// passphrase to the sign-in page and to the first rows, the longest stall of the GUI thread
// while scrolling, jumping to the end, sorting, searching as you type and selecting, and peak
// memory. Skipped unless CORROBORATE_LARGE_FILE names a file; CORROBORATE_LARGE_PASSPHRASE,
// CORROBORATE_LARGE_USER and CORROBORATE_LARGE_PASSWORD give its secrets. Prints one table.
#include "GuiTestSupport.h"

#include "core/Application.h"
#include "data/Session.h"
#include "data/StatusScanner.h"
#include "main/DetailsPanel.h"
#include "main/NominalListView.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

using namespace corroborate;
using namespace corroborate::test;

namespace {
// Watches the GUI thread: a 2 ms timer that should fire every 2 ms; any longer gap is time
// the event loop could not run (a stall).
class StallMonitor : public QObject
{
public:
    StallMonitor()
    {
        m_timer.setInterval(2);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0)
                m_worst = std::max(m_worst, (now - m_last) / 1000000.0 - 2.0);
            m_last = now;
        });
    }
    void start()
    {
        m_worst = 0;
        m_last = 0;
        m_clock.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_worst;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_worst = 0;
};

qint64 peakKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

bool loaded(ui::NominalListView* list, int row)
{
    return row < list->model()->rowCount() &&
           list->model()->index(row, 0).data(ui::PagedTableModel::LoadedRole).toBool();
}
} // namespace

class TestLargeFile : public QObject
{
    Q_OBJECT

private slots:
    void measure()
    {
        const QString path = qEnvironmentVariable("CORROBORATE_LARGE_FILE");
        if (path.isEmpty())
            QSKIP("Set CORROBORATE_LARGE_FILE (and _PASSPHRASE, _USER, _PASSWORD) to measure.");
        isolateEnvironment();
        Time::pin({}); // the demo file's dates are relative to the real today
        ui::setUpApplication(*qApp);
        ui::MainWindow window;
        auto* dialogs = new ScriptedDialogs;
        window.setDialogs(std::unique_ptr<ui::Dialogs>(dialogs));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        StallMonitor monitor;
        QList<QPair<QString, QString>> rows;
        const auto ms = [](qint64 v) {
            return QStringLiteral("%1 ms").arg(v);
        };
        const auto stall = [](double v) {
            return QStringLiteral("%1 ms").arg(v, 0, 'f', 1);
        };

        window.openFile(path);
        auto* passphrase = child<QLineEdit>(window, QStringLiteral("passphraseEdit"));
        QTest::keyClicks(passphrase, qEnvironmentVariable("CORROBORATE_LARGE_PASSPHRASE"));
        QElapsedTimer t;
        monitor.start();
        t.start();
        QTest::keyClick(passphrase, Qt::Key_Return);
        auto* username = child<QLineEdit>(window, QStringLiteral("usernameEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(username->isVisible() && username->isEnabled(), 30000);
        const qint64 openMs = t.elapsed();
        QTest::keyClicks(username, qEnvironmentVariable("CORROBORATE_LARGE_USER"));
        auto* password = child<QLineEdit>(window, QStringLiteral("passwordEdit"));
        QTest::keyClicks(password, qEnvironmentVariable("CORROBORATE_LARGE_PASSWORD"));
        t.restart();
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window.session() != nullptr, 30000);
        const qint64 signInMs = t.elapsed();
        window.showView(QStringLiteral("all"));
        auto* all = qobject_cast<ui::NominalListView*>(window.view(QStringLiteral("all")));
        QTRY_VERIFY_WITH_TIMEOUT(loaded(all, 0), 30000);
        const qint64 firstRowsMs = t.elapsed();
        rows << qMakePair(QStringLiteral("Passphrase to sign-in page (key derivation, checks)"),
                          ms(openMs));
        rows << qMakePair(QStringLiteral("Sign-in to first rows of All nominals"), ms(firstRowsMs));
        rows << qMakePair(QStringLiteral("  of which the sign-in itself (Argon2id)"), ms(signInMs));
        rows << qMakePair(QStringLiteral("Open + first rows (the typing of the sign-in excluded)"),
                          ms(openMs + firstRowsMs));
        rows << qMakePair(QStringLiteral("Nominals"), QString::number(all->model()->rowCount()));
        rows << qMakePair(QStringLiteral("Longest stall while opening"), stall(monitor.stop()));

        // Scrolling: page down a few times, then jump to the end and to the middle.
        all->table()->setFocus();
        all->table()->selectRow(0);
        monitor.start();
        for (int i = 0; i < 20; ++i) {
            QTest::keyClick(all->table(), Qt::Key_PageDown);
            QTest::qWait(20);
        }
        QTRY_VERIFY_WITH_TIMEOUT(loaded(all, all->table()->currentIndex().row()), 10000);
        rows << qMakePair(QStringLiteral("Longest stall, 20 × Page Down"), stall(monitor.stop()));
        monitor.start();
        t.restart();
        QTest::keyClick(all->table(), Qt::Key_End, Qt::ControlModifier);
        const int last = all->model()->rowCount() - 1;
        QTRY_VERIFY_WITH_TIMEOUT(loaded(all, last), 10000);
        rows << qMakePair(QStringLiteral("Ctrl+End: last row on screen"), ms(t.elapsed()));
        rows << qMakePair(QStringLiteral("Longest stall, Ctrl+End"), stall(monitor.stop()));
        monitor.start();
        t.restart();
        QScrollBar* bar = all->table()->verticalScrollBar();
        bar->setValue(bar->maximum() / 2);
        const int middle = all->table()->rowAt(10);
        QTRY_VERIFY_WITH_TIMEOUT(middle >= 0 && loaded(all, middle), 10000);
        rows << qMakePair(QStringLiteral("Scroll bar to the middle: rows on screen"),
                          ms(t.elapsed()));
        for (int i = 1; i <= 10; ++i) {
            bar->setValue(bar->maximum() * i / 11);
            QTest::qWait(30);
        }
        QTRY_VERIFY_WITH_TIMEOUT(loaded(all, std::max(0, all->table()->rowAt(10))), 10000);
        rows << qMakePair(QStringLiteral("Longest stall, scroll-bar jumps"), stall(monitor.stop()));

        // Sorting by reference, descending, and back.
        monitor.start();
        t.restart();
        all->model()->sort(ui::NominalListModel::ReferenceColumn, Qt::DescendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(!all->model()->isCounting() && loaded(all, 0), 10000);
        rows << qMakePair(QStringLiteral("Sort by reference: first rows"), ms(t.elapsed()));
        all->model()->sort(ui::NominalListModel::NameColumn, Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(!all->model()->isCounting() && loaded(all, 0), 10000);
        rows << qMakePair(QStringLiteral("Longest stall, sorting"), stall(monitor.stop()));

        // Search as you type.
        monitor.start();
        t.restart();
        QTest::keyClicks(all->searchField(), QStringLiteral("Smi"), Qt::NoModifier, 80);
        QTRY_VERIFY_WITH_TIMEOUT(!all->model()->isCounting() && all->model()->filter() == u"Smi",
                                 10000);
        if (all->model()->rowCount() > 0)
            QTRY_VERIFY_WITH_TIMEOUT(loaded(all, 0), 10000);
        rows << qMakePair(
            QStringLiteral("Search \"Smi\" typed: results on screen"),
            QStringLiteral("%1 ms, %2 matches").arg(t.elapsed()).arg(all->model()->rowCount()));
        rows << qMakePair(QStringLiteral("Longest stall, search as you type"),
                          stall(monitor.stop()));
        all->searchField()->clear();

        // Selecting rows fills the details panel (and logs the consultations).
        QTRY_VERIFY_WITH_TIMEOUT(!all->model()->isCounting() && loaded(all, 5), 10000);
        monitor.start();
        all->table()->setFocus();
        all->table()->selectRow(0);
        for (int i = 0; i < 5; ++i) {
            QTest::keyClick(all->table(), Qt::Key_Down);
            QTest::qWait(40);
        }
        QTRY_VERIFY_WITH_TIMEOUT(window.detailsPanel()->details() != nullptr, 10000);
        rows << qMakePair(QStringLiteral("Longest stall, selecting rows with details"),
                          stall(monitor.stop()));

        // The whole-list evaluation finishing in the background.
        monitor.start();
        t.restart();
        window.statusScanner()->rescan();
        QTRY_VERIFY_WITH_TIMEOUT(!window.statusScanner()->isScanning(), 120000);
        QVERIFY2(window.statusScanner()->latest() != nullptr,
                 qPrintable(child<QLabel>(window, QStringLiteral("scanLabel"))->text()));
        rows << qMakePair(QStringLiteral("Whole-list evaluation (background)"),
                          QStringLiteral("%1 ms: %2 below threshold, %3 due")
                              .arg(t.elapsed())
                              .arg(window.statusScanner()->latest()->flagged.size())
                              .arg(window.statusScanner()->latest()->due.size()));
        window.showView(QStringLiteral("below"));
        auto* below = qobject_cast<ui::NominalListView*>(window.view(QStringLiteral("below")));
        QTRY_VERIFY_WITH_TIMEOUT(below->model()->rowCount() == 0 || loaded(below, 0), 20000);
        rows << qMakePair(QStringLiteral("Longest stall, evaluation and Below threshold list"),
                          stall(monitor.stop()));
        rows << qMakePair(QStringLiteral("Peak memory (VmHWM)"),
                          QStringLiteral("%1 MB").arg(peakKb() / 1024));

        QString table = QStringLiteral("\n| Measure | Result |\n| --- | --- |\n");
        for (const auto& [what, value] : rows)
            table += QStringLiteral("| %1 | %2 |\n").arg(what, value);
        qInfo().noquote() << table;
    }
};

QTEST_MAIN(TestLargeFile)
#include "tst_largefile.moc"
