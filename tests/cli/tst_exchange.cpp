// corroborate-cli import and export end to end, through the real binary with secrets in the
// environment, on case files made with `init`: exit codes, data on standard output and
// messages on standard error, refused imports leaving the file byte-for-byte unchanged, and
// the kill test: an import killed with SIGKILL at several moments leaves the file holding all
// of it or none of it, sound and verifiable.
#include "TestCaseFiles.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "audit/DisclosureLog.h"
#include "exchange/ExchangeFormat.h"
#include "exchange/Importer.h"
#include "store/NominalRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace corroborate;
using namespace corroborate::test;

namespace {

QString fixture(const QString& name)
{
    return sourceDir() + QStringLiteral("/tests/data/exchange/") + name;
}

QStringList lines(const QString& text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

constexpr int kKillTestNominals = 20000;

} // namespace

class TestCliExchange : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template; // a case file straight from `init`
    QString m_bigDocument;
    int m_files = 0;

    // A fresh copy of the `init` case file.
    QString fresh()
    {
        const QString file = m_dir.filePath(QStringLiteral("case-%1.corroborate").arg(++m_files));
        if (!QFile::copy(m_template, file))
            qFatal("cannot copy the template case file");
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return file;
    }

    static CliResult import(const QString& file, const QString& data, const QStringList& extra = {},
                            const QProcessEnvironment& env = cliEnvironment())
    {
        return runCli(QStringList{QStringLiteral("import"), file, data} + extra, env);
    }

    static qint64 nominalCount(const QString& file)
    {
        auto open = CaseFile::open(file, Secret(kPassphrase));
        return NominalRepository(open->db()).count();
    }

    static bool leftoverFiles(const QString& file)
    {
        return QFile::exists(file + QStringLiteral("-wal")) ||
               QFile::exists(file + QStringLiteral("-shm"));
    }

    QString bigDocument()
    {
        if (m_bigDocument.isEmpty()) {
            QList<NominalRecord> records;
            records.reserve(kKillTestNominals);
            for (int i = 0; i < kKillTestNominals; ++i)
                records << syntheticNominal(QStringLiteral("K-%1").arg(i, 6, 10, QLatin1Char('0')));
            const QString path = m_dir.filePath(QStringLiteral("big.json"));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(ExchangeFormat::serialise(records)) < 0)
                qFatal("cannot write the large document");
            m_bigDocument = path;
        }
        return m_bigDocument;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(QStringLiteral("template.corroborate"));
        const CliResult r =
            runCli({QStringLiteral("init"), m_template, QStringLiteral("--admin"), kAdmin});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!leftoverFiles(m_template));
    }

    void importThenExportToStandardOutput()
    {
        const QString file = fresh();
        const CliResult imported = import(file, fixture(QStringLiteral("valid-three.json")));
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(imported.out.isEmpty()); // messages go to standard error
        QVERIFY2(imported.err.contains(QStringLiteral("3 added, 0 updated, 0 unchanged")),
                 qPrintable(imported.err));

        const CliResult exported = runCli({QStringLiteral("export"), file});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(exported.err.contains(QStringLiteral("Exported 3")));
        QVERIFY(!exported.out.contains(QStringLiteral("Exported")));
        const ExchangeDocument doc = ExchangeFormat::parse(exported.out.toUtf8());
        QVERIFY(doc.isValid());

        QFile f(fixture(QStringLiteral("valid-three.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const ExchangeDocument original = ExchangeFormat::parse(f.readAll());
        QCOMPARE(doc.records.size(), original.records.size());
        for (qsizetype i = 0; i < doc.records.size(); ++i) {
            QCOMPARE(NominalRepository::changedFields(original.records[i].nominal,
                                                      doc.records[i].nominal),
                     QStringList());
            QVERIFY(Importer::sameIntelligence(original.records[i].intelligence,
                                               doc.records[i].intelligence));
        }

        // Imported again elsewhere, the export is the same document.
        const QString copy = fresh();
        const QString exportedPath = m_dir.filePath(QStringLiteral("exported-three.json"));
        QFile out(exportedPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(exported.out.toUtf8());
        out.close();
        QCOMPARE(import(copy, exportedPath).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("export"), copy}).out, exported.out);

        // The export is a logged disclosure, with defaults for a backup.
        auto open = CaseFile::open(file, Secret(kPassphrase));
        const QList<Disclosure> all = DisclosureLog(open->db()).all();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().kind, QStringLiteral("export"));
        QCOMPARE(all.first().recipient, QStringLiteral("self (backup)"));
        QCOMPARE(all.first().purpose, QStringLiteral("backup or migration"));
        QCOMPARE(DisclosureLog(open->db()).referencesOf(all.first().id),
                 (QStringList{QStringLiteral("T-000001"), QStringLiteral("T-000002"),
                              QStringLiteral("T-000003")}));
    }

    void refusesEachInvalidFixture_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("path");
        const QList<std::pair<const char*, const char*>> expected{
            {"invalid-not-json.json", "(document)"},
            {"invalid-wrong-format.json", "format"},
            {"invalid-version-3.json", "version"},
            {"invalid-duplicate-reference.json", "nominals[2].reference"},
            {"invalid-impossible-date.json", "nominals[0].intelligence[1].obtained_on"},
            {"invalid-future-date.json", "nominals[1].listed_on"},
            {"invalid-too-young.json", "nominals[0].date_of_birth"},
            {"invalid-born-before-1900.json", "nominals[0].date_of_birth"},
            {"invalid-unknown-classification.json", "nominals[2].classification"},
            {"invalid-unknown-grading.json", "nominals[0].intelligence[0].intelligence_assessment"},
            {"invalid-handling-c-without-conditions.json",
             "nominals[0].intelligence[1].handling_conditions"},
            {"invalid-empty-originator.json", "nominals[1].intelligence[0].originator"},
            {"invalid-negative-harm.json", "nominals[0].harm_score"},
            {"invalid-harm-as-string.json", "nominals[0].harm_score"},
            {"invalid-missing-surname.json", "nominals[1].surname"},
            {"invalid-unknown-field.json", "nominals[0].nickname"},
        };
        QStringList covered;
        for (const auto& [name, path] : expected) {
            QTest::newRow(name) << QString::fromLatin1(name) << QString::fromLatin1(path);
            covered << QString::fromLatin1(name);
        }
        // Every invalid fixture has a row here.
        const QStringList present =
            QDir(fixture(QString())).entryList({QStringLiteral("invalid-*.json")}, QDir::Files);
        for (const QString& name : present) {
            if (!covered.contains(name))
                qFatal("tests/data/exchange/%s has no expected path in this test",
                       qPrintable(name));
        }
    }

    void refusesEachInvalidFixture()
    {
        QFETCH(QString, name);
        QFETCH(QString, path);
        const QString file = fresh();
        const QByteArray before = sha256OfFile(file);
        const CliResult r = import(file, fixture(name));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QStringList err = lines(r.err);
        QVERIFY2(err.size() == 2, qPrintable(r.err)); // one problem, then "Nothing was imported"
        QVERIFY2(err.first().startsWith(path + QStringLiteral(": ")), qPrintable(r.err));
        QVERIFY(err.last().contains(QStringLiteral("Nothing was imported")));
        QCOMPARE(sha256OfFile(file), before);
        QVERIFY(!leftoverFiles(file));
    }

    void everyProblemIsPrintedOnItsOwnLine()
    {
        QFile f(fixture(QStringLiteral("valid-three.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray json = f.readAll();
        json.replace("\"2025-05-01\"", "\"2025-5-1\"")
            .replace("\"victim\"", "\"victm\"")
            .replace("\"harm_score\": 12", "\"harm_score\": -12");
        const QString bad = m_dir.filePath(QStringLiteral("three-problems.json"));
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(json);
        out.close();
        const QString file = fresh();
        const QByteArray before = sha256OfFile(file);
        const CliResult r = import(file, bad);
        QCOMPARE(r.exitCode, 2);
        const QStringList err = lines(r.err);
        QVERIFY2(err.size() == 4, qPrintable(r.err));
        QVERIFY(err.contains(QStringLiteral(
            "nominals[0].intelligence[0].obtained_on: \"2025-5-1\" is not a date (YYYY-MM-DD)")));
        QVERIFY(
            r.err.contains(QStringLiteral("nominals[1].classification: \"victm\" is not one of: "
                                          "suspected_offender, at_risk, victim")));
        QVERIFY(r.err.contains(QStringLiteral("nominals[0].harm_score: -12 is negative")));
        QCOMPARE(sha256OfFile(file), before);
    }

    void existingReferencesExitSixUnlessUpdating()
    {
        const QString file = fresh();
        const QString data = fixture(QStringLiteral("valid-three.json"));
        QCOMPARE(import(file, data).exitCode, 0);
        const QByteArray before = sha256OfFile(file);

        const CliResult again = import(file, data);
        QCOMPARE(again.exitCode, 6);
        const QStringList err = lines(again.err);
        QVERIFY2(err.size() == 4, qPrintable(again.err));
        QVERIFY(err.first().startsWith(
            QStringLiteral("nominals[0].reference: T-000001 already exists in the case file")));
        QVERIFY(err.last().contains(QStringLiteral("--update")));
        QCOMPARE(sha256OfFile(file), before);
        QVERIFY(!leftoverFiles(file));

        const CliResult update = import(file, data, {QStringLiteral("--update")});
        QVERIFY2(update.exitCode == 0, qPrintable(update.err));
        QVERIFY2(update.err.contains(QStringLiteral("0 added, 0 updated, 3 unchanged")),
                 qPrintable(update.err));
        QCOMPARE(nominalCount(file), 3);
    }

    void notPermittedExitsThree()
    {
        const QString file = fresh();
        const QString data = fixture(QStringLiteral("valid-three.json"));

        // A wrong passphrase: refused before anything is read; the file is untouched.
        QProcessEnvironment env = cliEnvironment();
        env.insert(QStringLiteral("CORROBORATE_PASSPHRASE"), QStringLiteral("not-the-passphrase"));
        QByteArray before = sha256OfFile(file);
        QCOMPARE(import(file, data, {}, env).exitCode, 3);
        QCOMPARE(runCli({QStringLiteral("export"), file}, env).exitCode, 3);
        QCOMPARE(sha256OfFile(file), before);

        // A wrong password: refused (the failed sign-in is logged), nothing imported.
        QCOMPARE(import(file, data, {}, cliEnvironment(kAdmin, QStringLiteral("wrong-password-1")))
                     .exitCode,
                 3);
        QCOMPARE(nominalCount(file), 0);

        // An administrator without the officer or supervisor role may neither import nor export
        // (supervisors do everything officers do).
        QProcessEnvironment add = cliEnvironment();
        add.insert(QStringLiteral("CORROBORATE_NEW_PASSWORD"), QStringLiteral("adminonly-pass-1"));
        const CliResult added = runCli({QStringLiteral("user"), QStringLiteral("add"), file,
                                        QStringLiteral("--username"), QStringLiteral("adminonly"),
                                        QStringLiteral("--role"), QStringLiteral("administrator")},
                                       add);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QProcessEnvironment adminOnly =
            cliEnvironment(QStringLiteral("adminonly"), QStringLiteral("adminonly-pass-1"));
        const CliResult refused = import(file, data, {}, adminOnly);
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("officer"), Qt::CaseInsensitive),
                 qPrintable(refused.err));
        QCOMPARE(nominalCount(file), 0);
        const CliResult exportRefused = runCli({QStringLiteral("export"), file}, adminOnly);
        QCOMPARE(exportRefused.exitCode, 3);
        QVERIFY(exportRefused.out.isEmpty());
    }

    void usageAndUnreadableInput()
    {
        const QString file = fresh();
        const QByteArray before = sha256OfFile(file);
        QCOMPARE(runCli({QStringLiteral("import"), file}).exitCode, 1);
        QCOMPARE(runCli({QStringLiteral("import"), file,
                         fixture(QStringLiteral("valid-three.json")), QStringLiteral("--bogus")})
                     .exitCode,
                 1);
        QCOMPARE(runCli({QStringLiteral("export")}).exitCode, 1);
        const CliResult missing =
            import(file, m_dir.filePath(QStringLiteral("no-such-document.json")));
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QStringLiteral("Cannot read")));
        QCOMPARE(import(m_dir.filePath(QStringLiteral("no-such.corroborate")),
                        fixture(QStringLiteral("valid-three.json")))
                     .exitCode,
                 4);
        QCOMPARE(sha256OfFile(file), before);
        const CliResult help = runCli({QStringLiteral("import"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--update")));
    }

    void exportToAFileNeverOverwrites()
    {
        const QString file = fresh();
        QCOMPARE(import(file, fixture(QStringLiteral("valid-three.json"))).exitCode, 0);
        QTemporaryDir outDir;
        const QString out = outDir.filePath(QStringLiteral("backup.json"));
        const CliResult r =
            runCli({QStringLiteral("export"), file, QStringLiteral("--out"), out,
                    QStringLiteral("--recipient"), QStringLiteral("Synthetic Records Archive"),
                    QStringLiteral("--purpose"), QStringLiteral("migration test")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QStringLiteral("Exported 3")));
        QCOMPARE(QFileInfo(out).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(ExchangeFormat::parse(f.readAll()).records.size(), 3);
        f.close();

        const QByteArray exported = sha256OfFile(out);
        const QByteArray caseBefore = sha256OfFile(file);
        const CliResult again =
            runCli({QStringLiteral("export"), file, QStringLiteral("--out"), out});
        QCOMPARE(again.exitCode, 6);
        QVERIFY(again.err.contains(QStringLiteral("already exists")));
        QVERIFY(again.out.isEmpty());
        QCOMPARE(sha256OfFile(out), exported);
        QCOMPARE(sha256OfFile(file), caseBefore); // refused before anyone signed in
        QCOMPARE(QDir(outDir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("backup.json")}); // no temporary files left

        const CliResult noFolder = runCli({QStringLiteral("export"), file, QStringLiteral("--out"),
                                           outDir.filePath(QStringLiteral("missing/backup.json"))});
        QVERIFY(noFolder.exitCode != 0);

        auto open = CaseFile::open(file, Secret(kPassphrase));
        const QList<Disclosure> all = DisclosureLog(open->db()).all();
        QCOMPARE(all.size(), 1); // the refused exports recorded nothing
        QCOMPARE(all.first().recipient, QStringLiteral("Synthetic Records Archive"));
        QCOMPARE(all.first().purpose, QStringLiteral("migration test"));
        QVERIFY(all.first().identifier.startsWith(QStringLiteral("backup.json")));
    }

    // ---- The kill test. ----

    void killedImportLeavesAllOrNothing_data()
    {
        QTest::addColumn<QString>("moment");
        // While rows go into the page cache (nothing is in the WAL yet beyond the sign-in).
        QTest::newRow("while inserting") << QStringLiteral("inserting");
        // The commit has begun writing pages to the WAL.
        QTest::newRow("as the commit starts") << QStringLiteral("wal-grows");
        // Deep inside the commit's WAL writes.
        QTest::newRow("midway through the commit") << QStringLiteral("wal-8mib");
        // The commit is done; its pages are being copied from the WAL into the main file.
        QTest::newRow("during the checkpoint") << QStringLiteral("checkpoint");
        // The commit is done and reported; the process is closing.
        QTest::newRow("after it reports success") << QStringLiteral("reported");
    }

    void killedImportLeavesAllOrNothing()
    {
        QFETCH(QString, moment);
        const QString data = bigDocument();
        const QString file = fresh();
        const QString wal = file + QStringLiteral("-wal");
        const qint64 walAfterSignIn = 64 * 1024; // the sign-in writes a few pages; this is more
        const qint64 mainBefore = QFileInfo(file).size(); // WAL mode: grows only at a checkpoint

        QProcess p;
        p.setProcessEnvironment(cliEnvironment());
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(cliPath(), {QStringLiteral("import"), file, data});
        QVERIFY(p.waitForStarted());
        QElapsedTimer clock;
        clock.start();
        qint64 signedInAt = -1;
        QByteArray err;
        bool killed = false;
        qint64 walAtKill = -1;
        while (p.state() != QProcess::NotRunning && clock.elapsed() < 600000) {
            p.waitForFinished(1);
            err += p.readAllStandardError();
            const QFileInfo walInfo(wal);
            const qint64 walSize = walInfo.exists() ? walInfo.size() : -1;
            if (signedInAt < 0 && walSize > 0)
                signedInAt = clock.elapsed();
            bool now = false;
            if (moment == u"inserting")
                now = signedInAt >= 0 && clock.elapsed() - signedInAt >= 1000;
            else if (moment == u"wal-grows")
                now = walSize > walAfterSignIn;
            else if (moment == u"wal-8mib")
                now = walSize > 8 * 1024 * 1024;
            else if (moment == u"checkpoint")
                now = QFileInfo(file).size() > mainBefore + 2 * 1024 * 1024;
            else
                now = err.contains("Imported");
            if (now && p.state() != QProcess::NotRunning) {
                p.kill(); // SIGKILL
                walAtKill = walSize;
                killed = true;
                break;
            }
        }
        p.waitForFinished(30000);
        err += p.readAllStandardError();
        const bool completed = p.exitStatus() == QProcess::NormalExit;
        if (moment != u"reported")
            QVERIFY2(killed && !completed,
                     qPrintable(QStringLiteral("the import ended before it could be killed: ") +
                                QString::fromUtf8(err)));
        else
            QVERIFY2(err.contains("Imported"), err.constData());

        // Open what is left: the WAL is recovered (an uncommitted tail is ignored).
        qint64 count = -1;
        {
            auto open = CaseFile::open(file, Secret(kPassphrase));
            count = NominalRepository(open->db()).count();
            QVERIFY2(open->integrityProblems().isEmpty(),
                     qPrintable(open->integrityProblems().join(u'\n')));
            const AuditVerification audit = AuditLog(open->db()).verify();
            QVERIFY2(audit.ok, qPrintable(audit.problem));
            // The import's summary entry is there exactly when its nominals are.
            QCOMPARE(AuditLog(open->db()).page(0, 5, QStringLiteral("import")).size(),
                     count == 0 ? 0 : 1);
        }
        qInfo("killed %s (WAL %lld bytes at the kill): %lld of %d nominals in the file",
              qPrintable(moment), walAtKill, count, kKillTestNominals);
        QVERIFY2(count == 0 || count == kKillTestNominals,
                 qPrintable(QStringLiteral("the file holds %1 of %2 nominals")
                                .arg(count)
                                .arg(kKillTestNominals)));
        if (moment == u"reported" || moment == u"checkpoint")
            QCOMPARE(count, kKillTestNominals); // committed before the kill

        const CliResult verify = runCli({QStringLiteral("verify"), file});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));

        // The file stays usable: after "none", the same import now goes through whole.
        if (count == 0) {
            const CliResult again = runCli({QStringLiteral("import"), file, data});
            QVERIFY2(again.exitCode == 0, qPrintable(again.err));
            QCOMPARE(nominalCount(file), kKillTestNominals);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliExchange)
#include "tst_exchange.moc"
