// corroborate-cli end to end: init, users, verify, rekey, demo, help and exit codes, driven
// as a user would, through the real binary with secrets in the environment.
#include "TestCaseFiles.h"
#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace corroborate;
using namespace corroborate::test;

class TestCliFoundation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;

    QString fresh(const QString& name)
    {
        const QString file = m_dir.filePath(name);
        const CliResult r =
            runCli({QStringLiteral("init"), file, QStringLiteral("--admin"), kAdmin});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return file;
    }

    static QProcessEnvironment withNewPassword(const QString& password)
    {
        QProcessEnvironment env = cliEnvironment();
        env.insert(QStringLiteral("CORROBORATE_NEW_PASSWORD"), password);
        return env;
    }

private slots:
    void initTestCase() { m_file = fresh(QStringLiteral("main.corroborate")); }

    void helpAndVersion()
    {
        CliResult r = runCli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("corroborate-cli ")));
        r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char* command : {"init", "user add", "user list", "user disable", "import",
                                    "export", "demo", "verify", "rekey"})
            QVERIFY2(r.out.contains(QLatin1String(command)), command);
        r = runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--username")));
        QVERIFY(r.out.contains(QStringLiteral("CORROBORATE_NEW_PASSWORD")));
    }

    void usageErrorsExitOne_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList{
            QStringLiteral("verify"), QStringLiteral("x"), QStringLiteral("--bogus")};
        QTest::newRow("missing file argument") << QStringList{QStringLiteral("verify")};
        QTest::newRow("init without admin")
            << QStringList{QStringLiteral("init"), QStringLiteral("x.corroborate")};
        QTest::newRow("unknown role") << QStringList{
            QStringLiteral("user"),       QStringLiteral("add"), QStringLiteral("x"),
            QStringLiteral("--username"), QStringLiteral("u"),   QStringLiteral("--role"),
            QStringLiteral("chief")};
    }

    void usageErrorsExitOne()
    {
        QFETCH(QStringList, args);
        const CliResult r = runCli(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
    }

    void initRefusesAnExistingFile()
    {
        const QByteArray before = sha256OfFile(m_file);
        const CliResult r =
            runCli({QStringLiteral("init"), m_file, QStringLiteral("--admin"), kAdmin});
        QCOMPARE(r.exitCode, 6);
        QVERIFY(r.err.contains(QStringLiteral("already exists")));
        QCOMPARE(sha256OfFile(m_file), before);
    }

    void usersAreAdministeredByAdministrators()
    {
        CliResult r = runCli({QStringLiteral("user"), QStringLiteral("add"), m_file,
                              QStringLiteral("--username"), QStringLiteral("officer1"),
                              QStringLiteral("--role"), QStringLiteral("officer"),
                              QStringLiteral("--name"), QStringLiteral("Officer One")},
                             withNewPassword(QStringLiteral("officer-pass-1")));
        QCOMPARE(r.exitCode, 0);
        r = runCli({QStringLiteral("user"), QStringLiteral("list"), m_file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("officer1\tofficer\tenabled")));
        // An officer may not add users.
        QProcessEnvironment officer =
            cliEnvironment(QStringLiteral("officer1"), QStringLiteral("officer-pass-1"));
        officer.insert(QStringLiteral("CORROBORATE_NEW_PASSWORD"),
                       QStringLiteral("another-pass-1"));
        r = runCli({QStringLiteral("user"), QStringLiteral("add"), m_file,
                    QStringLiteral("--username"), QStringLiteral("sneaky"),
                    QStringLiteral("--role"), QStringLiteral("administrator")},
                   officer);
        QCOMPARE(r.exitCode, 3);
        // A name that exists is a conflict.
        r = runCli({QStringLiteral("user"), QStringLiteral("add"), m_file,
                    QStringLiteral("--username"), QStringLiteral("officer1"),
                    QStringLiteral("--role"), QStringLiteral("officer")},
                   withNewPassword(QStringLiteral("officer-pass-2")));
        QCOMPARE(r.exitCode, 6);
        // The last administrator stays.
        r = runCli({QStringLiteral("user"), QStringLiteral("disable"), m_file,
                    QStringLiteral("--username"), kAdmin});
        QCOMPARE(r.exitCode, 6);
        r = runCli({QStringLiteral("user"), QStringLiteral("disable"), m_file,
                    QStringLiteral("--username"), QStringLiteral("officer1")});
        QCOMPARE(r.exitCode, 0);
        r = runCli({QStringLiteral("user"), QStringLiteral("list"), m_file}, officer);
        QCOMPARE(r.exitCode, 3);
    }

    void authenticationFailuresExitThree_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::newRow("wrong passphrase") << "CORROBORATE_PASSPHRASE"
                                          << "wrong-passphrase";
        QTest::newRow("wrong password") << "CORROBORATE_PASSWORD"
                                        << "wrong-password";
        QTest::newRow("unknown user") << "CORROBORATE_USER"
                                      << "nobody";
        QTest::newRow("no passphrase and no terminal") << "CORROBORATE_PASSPHRASE"
                                                       << "";
    }

    void authenticationFailuresExitThree()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QProcessEnvironment env = cliEnvironment();
        if (value.isEmpty())
            env.remove(variable);
        else
            env.insert(variable, value);
        const QByteArray before = sha256OfFile(m_file);
        const CliResult r = runCli({QStringLiteral("user"), QStringLiteral("list"), m_file}, env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
        if (variable == u"CORROBORATE_PASSPHRASE")
            QCOMPARE(sha256OfFile(m_file), before);
    }

    void notACaseFileExitsFour()
    {
        const QString plain = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are not the files you are looking for\n");
        f.close();
        const QByteArray before = sha256OfFile(plain);
        CliResult r = runCli({QStringLiteral("verify"), plain});
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(sha256OfFile(plain), before);
        r = runCli(
            {QStringLiteral("verify"), m_dir.filePath(QStringLiteral("missing.corroborate"))});
        QCOMPARE(r.exitCode, 4);
        r = runCli({QStringLiteral("verify"), m_dir.path()});
        QCOMPARE(r.exitCode, 4);
    }

    void verifyPassesThenFailsAfterTampering()
    {
        const QString file = fresh(QStringLiteral("verify.corroborate"));
        CliResult r = runCli({QStringLiteral("verify"), file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Audit log hash chain")));
        {
            Database db;
            db.open(file, Secret(kPassphrase));
            db.exec("DROP TRIGGER audit_log_no_update;");
            db.exec("UPDATE audit_log SET details = 'edited' WHERE seq = 1;");
        }
        r = runCli({QStringLiteral("verify"), file});
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.out.contains(QStringLiteral("broken at entry 1")), qPrintable(r.out));
    }

    void verifyFindsADamagedPage()
    {
        const QString file = m_dir.filePath(QStringLiteral("damaged.corroborate"));
        QCOMPARE(runCli({QStringLiteral("demo"), file, QStringLiteral("--nominals"),
                         QStringLiteral("100")})
                     .exitCode,
                 0);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 4096 * 12);
            f.seek(4096 * 10 + 200); // inside page 11, away from the file header
            char byte = 0;
            f.getChar(&byte);
            f.seek(4096 * 10 + 200);
            f.putChar(static_cast<char>(byte ^ 0x01));
        }
        const CliResult r = runCli({QStringLiteral("verify"), file});
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.out.contains(QStringLiteral("page 11")), qPrintable(r.out));
    }

    void rekeyChangesThePassphrase()
    {
        const QString file = fresh(QStringLiteral("rekey.corroborate"));
        QProcessEnvironment env = cliEnvironment();
        env.insert(QStringLiteral("CORROBORATE_NEW_PASSPHRASE"),
                   QStringLiteral("second-passphrase"));
        CliResult r = runCli({QStringLiteral("rekey"), file}, env);
        QCOMPARE(r.exitCode, 0);
        r = runCli({QStringLiteral("verify"), file});
        QCOMPARE(r.exitCode, 3);
        env = cliEnvironment();
        env.insert(QStringLiteral("CORROBORATE_PASSPHRASE"), QStringLiteral("second-passphrase"));
        r = runCli({QStringLiteral("verify"), file}, env);
        QCOMPARE(r.exitCode, 0);
    }

    void demoWritesASyntheticFileAndPrintsItsSignIns()
    {
        const QString file = m_dir.filePath(QStringLiteral("demo.corroborate"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CORROBORATE_PASSPHRASE"));
        env.remove(QStringLiteral("CORROBORATE_USER"));
        env.remove(QStringLiteral("CORROBORATE_PASSWORD"));
        CliResult r = runCli({QStringLiteral("demo"), file, QStringLiteral("--nominals"),
                              QStringLiteral("200"), QStringLiteral("--seed"), QStringLiteral("7")},
                             env);
        QCOMPARE(r.exitCode, 0);
        const QString passphrase = r.out.section(QStringLiteral("Passphrase:"), 1)
                                       .section(QLatin1Char('\n'), 0, 0)
                                       .trimmed();
        const QString signIn = r.out.section(QStringLiteral("Sign in as:"), 1)
                                   .section(QLatin1Char('\n'), 0, 0)
                                   .trimmed();
        const QString second = r.out.section(QStringLiteral("Second supervisor:"), 1)
                                   .section(QLatin1Char('\n'), 0, 0)
                                   .trimmed();
        QVERIFY2(!passphrase.isEmpty() && !signIn.isEmpty() && !second.isEmpty(),
                 qPrintable(r.out));
        env.insert(QStringLiteral("CORROBORATE_PASSPHRASE"), passphrase);
        env.insert(QStringLiteral("CORROBORATE_USER"), signIn.section(QStringLiteral(" / "), 0, 0));
        env.insert(QStringLiteral("CORROBORATE_PASSWORD"),
                   signIn.section(QStringLiteral(" / "), 1).section(QLatin1Char(' '), 0, 0));
        r = runCli({QStringLiteral("user"), QStringLiteral("list"), file}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("officer,supervisor,administrator")));
        QVERIFY(r.out.contains(second.section(QStringLiteral(" / "), 0, 0) +
                               QStringLiteral("\tofficer,supervisor")));
        r = runCli({QStringLiteral("verify"), file}, env);
        QCOMPARE(r.exitCode, 0);
        // Refuses to overwrite.
        r = runCli(
            {QStringLiteral("demo"), file, QStringLiteral("--nominals"), QStringLiteral("5")}, env);
        QCOMPARE(r.exitCode, 6);
        auto opened = CaseFile::open(file, Secret(passphrase));
        QVERIFY(opened->isSynthetic());
        QCOMPARE(opened->db().scalarInt("SELECT count(*) FROM nominals;"), 200);
    }

    void demoIsRepeatableForASeed()
    {
        const QString a = m_dir.filePath(QStringLiteral("seed-a.corroborate"));
        const QString b = m_dir.filePath(QStringLiteral("seed-b.corroborate"));
        for (const QString& f : {a, b})
            QCOMPARE(runCli({QStringLiteral("demo"), f, QStringLiteral("--nominals"),
                             QStringLiteral("50"), QStringLiteral("--seed"), QStringLiteral("42")})
                         .exitCode,
                     0);
        auto fa = CaseFile::open(a, Secret(kPassphrase));
        auto fb = CaseFile::open(b, Secret(kPassphrase));
        const char* sql =
            "SELECT group_concat(reference || surname || forenames || date_of_birth, '|') FROM "
            "(SELECT * FROM nominals ORDER BY id);";
        QCOMPARE(fa->db().scalarText(sql), fb->db().scalarText(sql));
    }
};

QTEST_GUILESS_MAIN(TestCliFoundation)
#include "tst_foundation.moc"
