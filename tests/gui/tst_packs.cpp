// Review packs from the main window (issue 6): "Review pack…" (actionPrintPack) through the
// extension hook, the form filled by keys, a flagged batch saved as a PDF on the render thread
// (read back with pdftotext, disclosure recorded), Cancel leaving no file and no record,
// OK (Save/Print/Preview) disabled until recipient, basis and purpose are given, an existing
// file never overwritten, and printing (to a PDF printer) recorded as a pack_print.
#include "FeatureTestSupport.h"

#include "audit/DisclosureLog.h"
#include "core/Application.h"
#include "data/Session.h"
#include "main/NominalListView.h"
#include "packs/PackDialog.h"
#include "packs/PackFlow.h"
#include "sharing/AgreementService.h"

#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFont>
#include <QLabel>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>

using namespace corroborate;
using namespace corroborate::test;

namespace {

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(30000);
    for (const QString& line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n'))
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    return 0;
}

} // namespace

class TestPacks : public QObject, public WindowPerTest
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        startFeatureSuite();
        QVERIFY(m_dir.isValid());
        // About 100 flagged (176 pages): long enough to cancel. CORROBORATE_PACK_EXTRA=270 makes
        // the flagged batch about 300 pages, to time it from the GUI.
        const int extra = qEnvironmentVariableIntValue("CORROBORATE_PACK_EXTRA");
        m_path = makeCaseFile(m_dir, extra > 0 ? extra : 150);
        {
            // Partner packs go under an agreement in force (issue 10).
            auto file = CaseFile::open(m_path, Secret(kPassphrase));
            AgreementDraft draft;
            draft.partner = QStringLiteral("Riverside Community Safety Partnership");
            draft.lawfulBasis = QStringLiteral("DPA 2018 s.35");
            draft.purposes = {QStringLiteral("Panel of 3 December")};
            draft.retentionDays = 28;
            draft.startsOn = Time::today().addYears(-1);
            draft.until = Time::today().addYears(1);
            AgreementService(file->db()).add(draft, Accounts(file->db()).find(kAdmin).value());
        }
        m_outDir = m_dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(m_outDir));
    }

    void init()
    {
        QVERIFY(openWindow());
        QVERIFY(openAndSignIn(*m_window, *m_dialogs, m_path));
    }

    void cleanup()
    {
        ui::PackFlow::setPrinterSetup({});
        closeWindow();
    }

    void missingRecipientKeepsOkDisabled()
    {
        ui::PackDialog* dialog = openPackDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->saveButton()->isEnabled());
        QVERIFY(!dialog->printButton()->isEnabled());
        QVERIFY(!dialog->previewButton()->isEnabled());
        auto* recipientError = child<QLabel>(*dialog, QStringLiteral("recipientError"));
        QVERIFY(!recipientError->text().isEmpty());

        // The keyboard path: each label's mnemonic reaches its field.
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTest::keyClick(dialog->windowHandle(), Qt::Key_B, Qt::AltModifier);
        QVERIFY(child<QLineEdit>(*dialog, QStringLiteral("basisEdit"))->hasFocus());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("DPA 2018 s.35"));
        QTest::keyClick(dialog->windowHandle(), Qt::Key_U, Qt::AltModifier);
        QVERIFY(child<QLineEdit>(*dialog, QStringLiteral("purposeEdit"))->hasFocus());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Panel of 3 December"));
        // Recipient still missing: nothing can leave.
        QVERIFY(!dialog->saveButton()->isEnabled());
        QVERIFY(!dialog->printButton()->isEnabled());
        QVERIFY(!recipientError->text().isEmpty());
        QVERIFY(child<QLabel>(*dialog, QStringLiteral("basisError"))->text().isEmpty());
        auto* recipient = child<QLineEdit>(*dialog, QStringLiteral("recipientEdit"));
        QTest::keyClicks(recipient, QStringLiteral("   "));
        QVERIFY(!dialog->saveButton()->isEnabled()); // blanks are not a recipient
        QTest::keyClicks(recipient, QStringLiteral("Riverside panel"));
        QVERIFY(dialog->saveButton()->isEnabled());
        QVERIFY(recipientError->text().isEmpty());
        recipient->clear();
        QVERIFY(!dialog->saveButton()->isEnabled());
        dialog->reject();
        QCOMPARE(DisclosureLog(m_window->session()->db()).all().size(), m_disclosures);
    }

    void savesFlaggedBatchAsPdf()
    {
        const int before = static_cast<int>(DisclosureLog(m_window->session()->db()).all().size());
        ui::PackDialog* dialog = openPackDialog();
        QVERIFY(dialog);
        fill(*dialog, QStringLiteral("flaggedRadio"));
        QVERIFY(dialog->saveButton()->isEnabled());
        const QString out = m_outDir + QStringLiteral("/flagged"); // ".pdf" is added
        m_dialogs->saveFiles.enqueue(out);
        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(hasMessage(QStringLiteral("Pack saved")), 120000);
        const qint64 ms = timer.elapsed();
        const QString pdf = out + QStringLiteral(".pdf");
        qInfo("flagged batch: %d pages, %lld ms from Save to saved", pdfPages(pdf), ms);
        QVERIFY(QFile::exists(pdf));
        const QString message = m_dialogs->messages.last();
        QVERIFY2(message.contains(QDir::toNativeSeparators(pdf)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("disclosure")), qPrintable(message));

        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("OFFICIAL-SENSITIVE")));
        QVERIFY(text.contains(QStringLiteral("SYNTHETIC DATA")));
        QVERIFY(text.contains(QStringLiteral("N-000002")));  // Brackley: one source, flagged
        QVERIFY(!text.contains(QStringLiteral("N-000001"))); // Ashdown meets the threshold
        QVERIFY(pdfPages(pdf) > 50);

        Database& db = m_window->session()->db();
        const QList<Disclosure> all = DisclosureLog(db).all();
        QCOMPARE(all.size(), before + 1);
        const QList<Disclosure> brackley =
            DisclosureLog(db).forReference(QStringLiteral("N-000002"));
        QCOMPARE(brackley.size(), 1);
        QCOMPARE(brackley.first().kind, QStringLiteral("pack_pdf"));
        QCOMPARE(brackley.first().recipient, QStringLiteral("Riverside review panel"));
        QCOMPARE(brackley.first().lawfulBasis, QStringLiteral("DPA 2018 s.35"));
        QCOMPARE(brackley.first().purpose, QStringLiteral("Panel of 3 December"));
        QVERIFY(DisclosureLog(db).referencesOf(brackley.first().id).size() > 50);
        QVERIFY(DisclosureLog(db).forReference(QStringLiteral("N-000001")).isEmpty());
        QTRY_VERIFY(m_window->findChild<ui::PackDialog*>() == nullptr); // closed after saving
    }

    void cancelLeavesNoFile()
    {
        const int before = static_cast<int>(DisclosureLog(m_window->session()->db()).all().size());
        ui::PackDialog* dialog = openPackDialog();
        QVERIFY(dialog);
        fill(*dialog, QStringLiteral("flaggedRadio"));
        const QString out = m_outDir + QStringLiteral("/cancelled.pdf");
        m_dialogs->saveFiles.enqueue(out);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QProgressDialog* progress = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (progress = m_window->findChild<QProgressDialog*>(QStringLiteral("packProgress"))) &&
                progress->isVisible(),
            10000);
        QVERIFY(!dialog->saveButton()->isEnabled()); // busy
        auto* cancel = progress->findChild<QPushButton*>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        auto* status = child<QLabel>(*dialog, QStringLiteral("statusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Cancelled")), 30000);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(DisclosureLog(m_window->session()->db()).all().size(), before);
        QVERIFY(dialog->isVisible()); // the entries stay, to try again
        QVERIFY(dialog->saveButton()->isEnabled());
        dialog->reject();
    }

    void neverOverwrites()
    {
        const QString existing = m_outDir + QStringLiteral("/existing.pdf");
        {
            QFile f(existing);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("keep me");
        }
        QVERIFY(selectFirstNominal());
        ui::PackDialog* dialog = openPackDialog();
        QVERIFY(dialog);
        QVERIFY(child<QRadioButton>(*dialog, QStringLiteral("currentRadio"))->isChecked());
        QVERIFY(child<QRadioButton>(*dialog, QStringLiteral("currentRadio"))
                    ->text()
                    .contains(QStringLiteral("N-000001")));
        fill(*dialog, QStringLiteral("currentRadio"));
        m_dialogs->saveFiles.enqueue(existing);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(hasMessage(QStringLiteral("Pack not saved")));
        QFile f(existing);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
        dialog->reject();
    }

    void printsAndRecords()
    {
        const QString out = m_outDir + QStringLiteral("/printed.pdf");
        ui::PackFlow::setPrinterSetup([out](QPrinter& printer, QWidget*) {
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(out);
            return true;
        });
        QVERIFY(selectFirstNominal());
        ui::PackDialog* dialog = openPackDialog();
        QVERIFY(dialog);
        QVERIFY(child<QRadioButton>(*dialog, QStringLiteral("currentRadio"))->isChecked());
        QVERIFY(child<QRadioButton>(*dialog, QStringLiteral("currentRadio"))
                    ->text()
                    .contains(QStringLiteral("N-000001")));
        fill(*dialog, QStringLiteral("currentRadio"));
        child<QRadioButton>(*dialog, QStringLiteral("partnerRadio"))->click();
        QTest::mouseClick(dialog->printButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(hasMessage(QStringLiteral("Pack printed")), 60000);
        QVERIFY(QFile::exists(out));
        QVERIFY(pdfText(out).contains(QStringLiteral("OFFICIAL-SENSITIVE")));
        const QList<Disclosure> d =
            DisclosureLog(m_window->session()->db()).forReference(QStringLiteral("N-000001"));
        QVERIFY(!d.isEmpty());
        QCOMPARE(d.last().kind, QStringLiteral("pack_print"));
        QCOMPARE(d.last().audience, QStringLiteral("partner"));
    }

    void screenshots()
    {
        QString dir = qEnvironmentVariable("CORROBORATE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            dir = m_dir.filePath(QStringLiteral("shots"));
        QVERIFY(QDir().mkpath(dir));
        ui::PackDialog* dialog = openPackDialog();
        QVERIFY(dialog);
        // Half filled, to show a problem beside its field.
        child<QRadioButton>(*dialog, QStringLiteral("flaggedRadio"))->click();
        QTest::keyClicks(child<QLineEdit>(*dialog, QStringLiteral("recipientEdit")),
                         QStringLiteral("Riverside Community Safety Partnership"));
        QTest::keyClicks(child<QLineEdit>(*dialog, QStringLiteral("basisEdit")),
                         QStringLiteral("DPA 2018 s.35, law enforcement purposes"));
        QVERIFY(shot(dir + QStringLiteral("/30-pack-dialog.png"), {dialog}));

        QTest::keyClicks(child<QLineEdit>(*dialog, QStringLiteral("purposeEdit")),
                         QStringLiteral("Review panel of 3 December"));
        m_dialogs->saveFiles.enqueue(m_outDir + QStringLiteral("/shot.pdf"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QProgressDialog* progress = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (progress = m_window->findChild<QProgressDialog*>(QStringLiteral("packProgress"))) &&
                progress->isVisible() && progress->value() > 10,
            30000);
        QVERIFY(shot(dir + QStringLiteral("/31-pack-progress.png"), {dialog, progress}));
        QTRY_VERIFY_WITH_TIMEOUT(hasMessage(QStringLiteral("Pack saved")), 120000);
    }

private:
    bool selectFirstNominal()
    {
        m_window->showView(QStringLiteral("all"));
        auto* all = qobject_cast<ui::NominalListView*>(m_window->view(QStringLiteral("all")));
        if (!all ||
            !QTest::qWaitFor(
                [&] {
                    return all->model()->rowCount() > 0 &&
                           all->model()->index(0, 0).data(ui::PagedTableModel::LoadedRole).toBool();
                },
                10000))
            return false;
        all->table()->selectRow(0); // Ashdown, N-000001
        return QTest::qWaitFor([&] { return m_window->currentNominalId() != 0; }, 5000);
    }

    ui::PackDialog* openPackDialog()
    {
        m_disclosures = static_cast<int>(DisclosureLog(m_window->session()->db()).all().size());
        return WindowPerTest::openPackDialog();
    }

    void fill(ui::PackDialog& dialog, const QString& selectionRadio)
    {
        auto* radio = child<QRadioButton>(dialog, selectionRadio);
        if (radio->isEnabled())
            radio->click();
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("recipientEdit")),
                         QStringLiteral("Riverside review panel"));
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("basisEdit")),
                         QStringLiteral("DPA 2018 s.35"));
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("purposeEdit")),
                         QStringLiteral("Panel of 3 December"));
    }

    bool hasMessage(const QString& title) const
    {
        for (const QString& m : m_dialogs->messages)
            if (m.startsWith(title + QLatin1Char(':')))
                return true;
        return false;
    }

    int m_disclosures = 0;
};

QTEST_MAIN(TestPacks)
#include "tst_packs.moc"
