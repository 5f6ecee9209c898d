// The Welsh translation end to end through the real corroborate-cli (issue 14): a pack made
// with --language cy reads back in Welsh with pdftotext (headings, the interpretation notice, a
// Welsh plural, a date in the Welsh locale, "Tudalen X o Y"), one made with --language en in a
// Welsh environment reads back in English, an unknown language is a usage error that writes
// nothing, and the CLI's own messages follow the environment's language.
#include "TestCaseFiles.h"
#include "TestSupport.h"
#include "store/Database.h"
#include "store/NominalRepository.h"

#include <QDate>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace corroborate;
using namespace corroborate::test;

namespace {

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

QProcessEnvironment withLanguage(const QString& lcAll)
{
    QProcessEnvironment env = cliEnvironment();
    env.insert(QStringLiteral("LC_ALL"), lcAll);
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}

} // namespace

class TestCliWelsh : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;

    CliResult pack(const QString& out, const QStringList& extra, const QProcessEnvironment& env)
    {
        return runCli(QStringList{QStringLiteral("pack"), m_file, QStringLiteral("--nominal"),
                                  QStringLiteral("N-000001"), QStringLiteral("--audience"),
                                  QStringLiteral("partner"), QStringLiteral("--recipient"),
                                  QStringLiteral("Panel"), QStringLiteral("--basis"),
                                  QStringLiteral("DPA 2018 s.35"), QStringLiteral("--purpose"),
                                  QStringLiteral("Synthetic test"), QStringLiteral("--out"), out} +
                          extra,
                      env);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("welsh.corroborate"));
        auto file = makeCaseFile(m_file);
        Transaction tx(file->db());
        NominalRepository(file->db())
            .insert(syntheticNominal(QStringLiteral("N-000001"), 3), kAdmin);
        tx.commit();
    }

    void packInWelsh()
    {
        const QString out = m_dir.filePath(QStringLiteral("cy.pdf"));
        const CliResult r = pack(out, {QStringLiteral("--language"), QStringLiteral("cy")},
                                 withLanguage(QStringLiteral("C.UTF-8")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = pdfText(out);
        QVERIFY2(text.contains(QStringLiteral("Pecyn adolygu unigolion ar y rhestr gangiau")),
                 qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("Hysbysiad dehongli: darllenwch hwn yn gyntaf")));
        QVERIFY(text.contains(QStringLiteral("Sail gyfreithlon")));
        QVERIFY(text.contains(QStringLiteral("Tudalen 1 o ")));
        // Welsh's 2–5 plural form, from the threshold rule in words (two originators).
        QVERIFY(text.contains(QStringLiteral("o leiaf 2 o gychwynwyr gwahanol")));
        // A date written by the Welsh locale: this month's name in Welsh.
        const QString month = QLocale(QLocale::Welsh, QLocale::UnitedKingdom)
                                  .standaloneMonthName(QDate::currentDate().month());
        QVERIFY2(text.contains(month), qPrintable(month));
        // The marking stays as it is, and no English heading is left.
        QVERIFY(text.contains(QStringLiteral("OFFICIAL-SENSITIVE")));
        QVERIFY(!text.contains(QStringLiteral("Gang nominal review pack")));
        QVERIFY(!text.contains(QStringLiteral("Interpretation notice")));
        QVERIFY(!text.contains(QStringLiteral("Page 1 of")));
    }

    void packInEnglishFromAWelshEnvironment()
    {
        const QString out = m_dir.filePath(QStringLiteral("en.pdf"));
        const CliResult r = pack(out, {QStringLiteral("--language"), QStringLiteral("en")},
                                 withLanguage(QStringLiteral("cy_GB.UTF-8")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = pdfText(out);
        QVERIFY(text.contains(QStringLiteral("Gang nominal review pack")));
        QVERIFY(text.contains(QStringLiteral("at least 2 different originators")));
        QVERIFY(!text.contains(QStringLiteral("Pecyn adolygu")));
        // The CLI itself speaks the environment's Welsh.
        QVERIFY2(r.err.contains(QStringLiteral("cofnodwyd fel datgeliad")), qPrintable(r.err));
    }

    void defaultFollowsTheEnvironment()
    {
        const QString out = m_dir.filePath(QStringLiteral("default-cy.pdf"));
        const CliResult r = pack(out, {}, withLanguage(QStringLiteral("cy_GB.UTF-8")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(pdfText(out).contains(QStringLiteral("Pecyn adolygu")));
    }

    void unknownLanguageIsRefused()
    {
        const QString out = m_dir.filePath(QStringLiteral("fr.pdf"));
        const CliResult r = pack(out, {QStringLiteral("--language"), QStringLiteral("fr")},
                                 withLanguage(QStringLiteral("C.UTF-8")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--language must be cy or en")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }

    void helpListsTheOption()
    {
        const CliResult r = runCli({QStringLiteral("pack"), QStringLiteral("--help")},
                                   withLanguage(QStringLiteral("cy_GB.UTF-8")));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--language")));
        QVERIFY2(r.out.contains(QStringLiteral("Iaith y pecyn")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCliWelsh)
#include "tst_welsh.moc"
