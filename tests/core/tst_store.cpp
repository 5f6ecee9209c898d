// The encrypted store: encryption is real, the stock sqlcipher shell reads our files, every
// kind of bad file gets its own message and is left byte-for-byte unchanged, migrations and
// row versions behave.
#include "TestCaseFiles.h"
#include "TestSupport.h"
#include "core/Error.h"
#include "store/Migrations.h"
#include "store/NominalListQueries.h"
#include "store/NominalRepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace corroborate;
using namespace corroborate::test;

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Runs the stock sqlcipher shell with a script on standard input.
    static QString sqlcipherShell(const QString& file, const QString& script, int* exitCode)
    {
        QProcess p;
        p.start(QStringLiteral("sqlcipher"), {QStringLiteral("-batch"), file});
        p.write(script.toUtf8());
        p.closeWriteChannel();
        p.waitForFinished(30000);
        *exitCode = p.exitCode();
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    }

    static ErrorKind openKind(const QString& file, const QString& passphrase, QString* message)
    {
        try {
            CaseFile::open(file, Secret(passphrase));
        } catch (const Error& e) {
            *message = e.message();
            return e.kind();
        }
        return ErrorKind::Internal; // opened: the caller expected a failure
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void headerIsNotPlainSQLite()
    {
        const QString file = path(QStringLiteral("header.corroborate"));
        makeCaseFile(file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(16) != QByteArray("SQLite format 3\0", 16));
    }

    void cipherVersionAnswers()
    {
        auto file = makeCaseFile(path(QStringLiteral("cipher.corroborate")));
        const QString version = file->db().cipherVersion();
        QVERIFY2(version.startsWith(QLatin1Char('4')), qPrintable(version));
        QCOMPARE(file->db().scalarText("PRAGMA cipher_page_size;"), QStringLiteral("4096"));
        QCOMPARE(file->db().scalarText("PRAGMA kdf_iter;"), QStringLiteral("256000"));
        QCOMPARE(file->db().scalarText("PRAGMA cipher_hmac_algorithm;"),
                 QStringLiteral("HMAC_SHA512"));
        QCOMPARE(file->db().scalarText("PRAGMA secure_delete;"), QStringLiteral("1"));
        QCOMPARE(file->db().scalarText("PRAGMA foreign_keys;"), QStringLiteral("1"));
        QCOMPARE(file->db().scalarText("PRAGMA temp_store;"), QStringLiteral("2"));
    }

    void reopensWithTheKey()
    {
        const QString file = path(QStringLiteral("reopen.corroborate"));
        {
            auto created = makeCaseFile(file);
            Transaction tx(created->db());
            NominalRepository(created->db())
                .insert(syntheticNominal(QStringLiteral("N-000001")), kAdmin);
            tx.commit();
        }
        auto opened = CaseFile::open(file, Secret(kPassphrase));
        QCOMPARE(NominalRepository(opened->db()).count(), 1);
        QCOMPARE(opened->schemaVersion(), Migrations::latestVersion());
    }

    void stockShellReadsTheFile()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sqlcipher")).isEmpty())
            QSKIP("the sqlcipher shell is not installed");
        const QString file = path(QStringLiteral("shell.corroborate"));
        {
            auto created = makeCaseFile(file);
            Transaction tx(created->db());
            NominalRepository(created->db())
                .insert(syntheticNominal(QStringLiteral("N-000042")), kAdmin);
            tx.commit();
        }
        int rc = -1;
        const QString out =
            sqlcipherShell(file,
                           QStringLiteral("PRAGMA key = '%1';\nSELECT reference FROM nominals;\n")
                               .arg(kPassphrase),
                           &rc);
        QVERIFY2(out.contains(QStringLiteral("N-000042")), qPrintable(out));
        const QString wrong = sqlcipherShell(
            file, QStringLiteral("PRAGMA key = 'not-the-key';\nSELECT reference FROM nominals;\n"),
            &rc);
        QVERIFY(!wrong.contains(QStringLiteral("N-000042")));
        QVERIFY2(wrong.contains(QStringLiteral("not a database")), qPrintable(wrong));
    }

    void wrongKeyFails()
    {
        const QString file = path(QStringLiteral("wrongkey.corroborate"));
        makeCaseFile(file);
        QString message;
        QCOMPARE(openKind(file, QStringLiteral("Test-passphrase-1"), &message),
                 ErrorKind::NotPermitted);
        QVERIFY(message.contains(QStringLiteral("passphrase")));
    }

    void rekeyChangesThePassphrase()
    {
        const QString file = path(QStringLiteral("rekey.corroborate"));
        makeCaseFile(file).reset();
        {
            auto opened = CaseFile::open(file, Secret(kPassphrase), CaseFile::Access::Exclusive);
            opened->rekey(Secret(QStringLiteral("a-new-passphrase")));
        }
        QString message;
        QCOMPARE(openKind(file, kPassphrase, &message), ErrorKind::NotPermitted);
        auto reopened = CaseFile::open(file, Secret(QStringLiteral("a-new-passphrase")));
        QVERIFY(!reopened->meta(QStringLiteral("created_at")).isEmpty());
        if (!QStandardPaths::findExecutable(QStringLiteral("sqlcipher")).isEmpty()) {
            int rc = -1;
            const QString out = sqlcipherShell(
                file,
                QStringLiteral("PRAGMA key = 'a-new-passphrase';\nSELECT count(*) FROM users;\n"),
                &rc);
            QVERIFY2(out.contains(QLatin1Char('1')), qPrintable(out));
        }
    }

    void rekeyNeedsTheFileToItself()
    {
        const QString file = path(QStringLiteral("rekeylock.corroborate"));
        makeCaseFile(file).reset();
        auto shared = CaseFile::open(file, Secret(kPassphrase));
        try {
            CaseFile::open(file, Secret(kPassphrase), CaseFile::Access::Exclusive);
            QFAIL("an exclusive open succeeded while another copy had the file");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::Conflict);
            QVERIFY(e.message().contains(QStringLiteral("another copy")));
        }
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("expectedKind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("wrong passphrase")
            << "wrong-passphrase" << int(ErrorKind::NotPermitted) << "passphrase does not open";
        QTest::newRow("plain SQLite file")
            << "plain" << int(ErrorKind::NotACaseFile) << "unencrypted SQLite";
        QTest::newRow("empty file") << "empty" << int(ErrorKind::NotACaseFile) << "is empty";
        QTest::newRow("random bytes")
            << "random" << int(ErrorKind::NotACaseFile) << "not a Corroborate case file";
        QTest::newRow("directory") << "directory" << int(ErrorKind::NotACaseFile) << "is a folder";
        QTest::newRow("missing file")
            << "missing" << int(ErrorKind::NotACaseFile) << "There is no file";
        QTest::newRow("unreadable file")
            << "unreadable" << int(ErrorKind::NotACaseFile) << "cannot be read";
        QTest::newRow("truncated case file")
            << "truncated" << int(ErrorKind::NotACaseFile) << "damaged";
        QTest::newRow("foreign encrypted database")
            << "foreign" << int(ErrorKind::NotACaseFile) << "not a Corroborate case file";
        QTest::newRow("newer version")
            << "newer" << int(ErrorKind::NotACaseFile) << "newer version";
    }

    void badFiles()
    {
        QFETCH(QString, kind);
        QFETCH(int, expectedKind);
        QFETCH(QString, messagePart);
        const QString file = path(QStringLiteral("bad-") + kind);
        QString passphrase = kPassphrase;
        if (kind == u"wrong-passphrase") {
            makeCaseFile(file);
            passphrase = QStringLiteral("wrong");
        } else if (kind == u"plain") {
            Database db;
            QFile(file).open(QIODevice::WriteOnly);
            db.open(file, Secret());
            db.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1);");
        } else if (kind == u"empty") {
            QFile(file).open(QIODevice::WriteOnly);
        } else if (kind == u"random") {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < 3001; ++i)
                f.putChar(static_cast<char>((i * 7919 + 13) % 251));
        } else if (kind == u"directory") {
            QVERIFY(QDir().mkpath(file));
        } else if (kind == u"unreadable") {
            if (geteuid() == 0)
                QSKIP("root reads every file");
            makeCaseFile(file);
            QFile::setPermissions(file, QFileDevice::WriteOwner);
        } else if (kind == u"truncated") {
            makeCaseFile(file);
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(f.size() - 100));
        } else if (kind == u"foreign") {
            Database db;
            QFile(file).open(QIODevice::WriteOnly);
            db.open(file, Secret(kPassphrase));
            db.exec("CREATE TABLE other_app (x); INSERT INTO other_app VALUES (1);");
        } else if (kind == u"newer") {
            makeCaseFile(file);
            Database db;
            db.open(file, Secret(kPassphrase));
            db.exec("PRAGMA user_version = 99;");
            db.exec("PRAGMA wal_checkpoint(TRUNCATE);");
        }
        const QByteArray before = sha256OfFile(file);
        QString message;
        QCOMPARE(int(openKind(file, passphrase, &message)), expectedKind);
        QVERIFY2(message.contains(messagePart, Qt::CaseInsensitive), qPrintable(message));
        QCOMPARE(sha256OfFile(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral("-journal")));
    }

    void creatingNeverOverwrites()
    {
        const QString file = path(QStringLiteral("existing.txt"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("precious");
        }
        const QByteArray before = sha256OfFile(file);
        try {
            CaseFile::create(file, Secret(kPassphrase));
            QFAIL("create overwrote an existing file");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::Conflict);
            QVERIFY(e.message().contains(QStringLiteral("already exists")));
        }
        QCOMPARE(sha256OfFile(file), before);
    }

    void migrationsReachTheLatestVersion()
    {
        auto file = makeCaseFile(path(QStringLiteral("migrated.corroborate")));
        QCOMPARE(file->schemaVersion(), Migrations::latestVersion());
        for (const char* table :
             {"meta", "users", "policies", "nominals", "intelligence", "reviews", "review_sessions",
              "removal_requests", "erasures", "disclosures", "disclosure_nominals", "audit_log",
              "nominal_search"}) {
            Statement st = file->db().prepare("SELECT 1 FROM sqlite_schema WHERE name = ?;");
            st.bind(1, QString::fromLatin1(table));
            QVERIFY2(st.step(), table);
        }
        QCOMPARE(file->db().scalarInt("PRAGMA application_id;"), CaseFile::kApplicationId);
    }

    void concurrentEditIsReportedNotOverwritten()
    {
        const QString file = path(QStringLiteral("concurrent.corroborate"));
        makeCaseFile(file).reset();
        auto first = CaseFile::open(file, Secret(kPassphrase));
        auto second = CaseFile::open(file, Secret(kPassphrase));
        {
            Transaction tx(first->db());
            NominalRepository(first->db())
                .insert(syntheticNominal(QStringLiteral("N-000007")), kAdmin);
            tx.commit();
        }
        Nominal mine = *NominalRepository(first->db()).find(QStringLiteral("N-000007"));
        Nominal theirs = *NominalRepository(second->db()).find(QStringLiteral("N-000007"));
        theirs.area = QStringLiteral("Hackney");
        {
            Transaction tx(second->db());
            QCOMPARE(NominalRepository(second->db()).update(theirs, QStringLiteral("other.user")),
                     QStringList{QStringLiteral("area")});
            tx.commit();
        }
        mine.area = QStringLiteral("Brent");
        try {
            Transaction tx(first->db());
            NominalRepository(first->db()).update(mine, kAdmin);
            QFAIL("a stale edit overwrote a newer one");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::Conflict);
            QVERIFY2(e.message().contains(QStringLiteral("other.user")), qPrintable(e.message()));
        }
        QCOMPARE(NominalRepository(first->db()).find(QStringLiteral("N-000007"))->area,
                 QStringLiteral("Hackney"));
    }

    void erasedReferencesAreNeverReused()
    {
        auto file = makeCaseFile(path(QStringLiteral("retired.corroborate")));
        file->db().exec("INSERT INTO erasures (reference, proposed_at, approved_at, erased_at, "
                        "reason_code, proposer, approver, signed_payload, signature) VALUES "
                        "('N-000300', 'x', 'x', 'x', 'OTHER', 'a', 'b', '{}', x'00');");
        NominalRepository repo(file->db());
        QVERIFY(repo.isRetired(QStringLiteral("N-000300")));
        // The next reference offered for a new person skips past it.
        QCOMPARE(NominalListQueries(file->db()).nextReference(), QStringLiteral("N-000301"));
        try {
            Transaction tx(file->db());
            repo.insert(syntheticNominal(QStringLiteral("N-000300")), kAdmin);
            QFAIL("an erased person's reference was given to someone new");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::Conflict);
            QVERIFY(e.message().contains(QStringLiteral("never reused")));
        }
    }

    void searchFindsByNameAndReference()
    {
        auto file = makeCaseFile(path(QStringLiteral("search.corroborate")));
        {
            Transaction tx(file->db());
            NominalRepository repo(file->db());
            NominalRecord a = syntheticNominal(QStringLiteral("N-000101"));
            a.nominal.surname = QStringLiteral("Okonkwo");
            NominalRecord b = syntheticNominal(QStringLiteral("N-000102"));
            b.nominal.surname = QStringLiteral("Bramwell");
            repo.insert(a, kAdmin);
            repo.insert(b, kAdmin);
            tx.commit();
        }
        NominalRepository repo(file->db());
        QCOMPARE(repo.search(QStringLiteral("konk"), 10).size(), 1);
        QCOMPARE(repo.search(QStringLiteral("000102"), 10).first().surname,
                 QStringLiteral("Bramwell"));
        QCOMPARE(repo.search(QStringLiteral("Br"), 10).size(), 1);
        QCOMPARE(repo.search(QStringLiteral("N-"), 10).size(), 2);
        QCOMPARE(repo.search(QStringLiteral("zzz"), 10).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
