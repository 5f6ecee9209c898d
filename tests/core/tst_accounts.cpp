// Accounts: Argon2id hashes, one message for every failed sign-in, failures logged and
// slowed, users disabled never deleted, the last administrator kept, sealed signing keys.
#include "TestCaseFiles.h"
#include "accounts/Accounts.h"
#include "audit/AuditLog.h"
#include "core/Error.h"

#include "store/Database.h"
#include <QTemporaryDir>
#include <QTest>
#include <sodium.h>

using namespace corroborate;
using namespace corroborate::test;

class TestAccounts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseFile> m_file;

    QString signInFailure(const QString& user, const QString& password)
    {
        try {
            Accounts(m_file->db()).signIn(user, Secret(password));
        } catch (const Error& e) {
            return e.kind() == ErrorKind::NotPermitted ? e.message() : QStringLiteral("wrong kind");
        }
        return {};
    }

private slots:
    void init()
    {
        static int n = 0;
        m_file = makeCaseFile(m_dir.filePath(QStringLiteral("accounts%1.corroborate").arg(++n)));
        Transaction tx(m_file->db());
        Accounts(m_file->db())
            .create(QStringLiteral("officer1"), QStringLiteral("Officer One"),
                    Secret(QStringLiteral("officer-pass-1")), Roles().add(Role::Officer));
        tx.commit();
    }

    void passwordsAreArgon2idHashes()
    {
        const QString hash =
            m_file->db().scalarText("SELECT password_hash FROM users WHERE username = 'officer1';");
        QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$")), qPrintable(hash));
        QVERIFY(!hash.contains(QStringLiteral("officer-pass-1")));
    }

    void signInSucceedsAndIsLogged()
    {
        const User u =
            Accounts(m_file->db())
                .signIn(QStringLiteral("OFFICER1"), Secret(QStringLiteral("officer-pass-1")));
        QCOMPARE(u.username, QStringLiteral("officer1"));
        QVERIFY(u.roles.has(Role::Officer));
        QVERIFY(!u.roles.has(Role::Supervisor));
        const AuditEntry last = AuditLog(m_file->db()).page(0, 1).first();
        QCOMPARE(last.action, AuditAction::SignIn);
        QCOMPARE(last.object, QStringLiteral("user:officer1"));
    }

    void failuresSayTheSameWhateverWasWrong()
    {
        const QString wrongPassword =
            signInFailure(QStringLiteral("officer1"), QStringLiteral("nope-nope-1"));
        const QString unknownUser =
            signInFailure(QStringLiteral("nobody"), QStringLiteral("officer-pass-1"));
        QVERIFY(!wrongPassword.isEmpty());
        QCOMPARE(unknownUser, wrongPassword);
        QVERIFY(wrongPassword.contains(QStringLiteral("user name or password")));
        const AuditEntry last = AuditLog(m_file->db()).page(0, 1).first();
        QCOMPARE(last.action, AuditAction::SignInFailed);
    }

    void repeatedFailuresSlowFurtherAttempts()
    {
        QCOMPARE(Accounts::delayMsAfterFailures(0), 0);
        QCOMPARE(Accounts::delayMsAfterFailures(2), 0);
        QVERIFY(Accounts::delayMsAfterFailures(3) > 0);
        QVERIFY(Accounts::delayMsAfterFailures(6) > Accounts::delayMsAfterFailures(3));
        for (int i = 0; i < 3; ++i)
            signInFailure(QStringLiteral("officer1"), QStringLiteral("wrong-pass-%1").arg(i));
        QElapsedTimer t;
        t.start();
        signInFailure(QStringLiteral("officer1"), QStringLiteral("wrong-again"));
        QVERIFY2(t.elapsed() >= Accounts::delayMsAfterFailures(3),
                 "the fourth attempt was not slowed");
        // The count is kept in the file, keyed by a hash of the name, never the name.
        QCOMPARE(m_file->db().scalarInt("SELECT max(failures) FROM sign_in_failures;"), 4);
        QCOMPARE(m_file->db().scalarInt(
                     "SELECT count(*) FROM sign_in_failures WHERE name_hash LIKE '%officer1%';"),
                 0);
        // A success resets the count.
        Accounts(m_file->db())
            .signIn(QStringLiteral("officer1"), Secret(QStringLiteral("officer-pass-1")));
        QCOMPARE(m_file->db().scalarInt("SELECT count(*) FROM sign_in_failures WHERE failures "
                                        ">= 4;"),
                 0);
    }

    void tenFailuresInARowLockTheNameUntilReleased()
    {
        // Any name, known or not, locks the same way, and an unknown name never appears in the
        // log in clear.
        for (const QString& name : {QStringLiteral("officer1"), QStringLiteral("Hunter2-typed")}) {
            QString last;
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < Accounts::kLockAfterFailures; ++i)
                last = signInFailure(name, QStringLiteral("wrong-pass-%1").arg(i));
            QVERIFY(last.contains(QStringLiteral("user name or password")));
            // The eleventh attempt is not checked at all, even with the right password.
            const QString locked = signInFailure(name, QStringLiteral("officer-pass-1"));
            QVERIFY2(locked.contains(QStringLiteral("locked")), qPrintable(locked));
            QVERIFY(signInFailure(name, QStringLiteral("officer-pass-1"))
                        .contains(QStringLiteral("locked")));
        }
        Database& db = m_file->db();
        QCOMPARE(db.scalarInt("SELECT count(*) FROM audit_log WHERE action = 'sign_in_locked';"),
                 2);
        QCOMPARE(db.scalarInt("SELECT count(*) FROM audit_log a LEFT JOIN audit_text t ON "
                              "t.seq = a.seq WHERE a.username LIKE '%hunter2%' OR a.object LIKE "
                              "'%hunter2%' OR t.details LIKE '%hunter2%' OR t.justification "
                              "LIKE '%hunter2%';"),
                 0);
        // An administrator's release works at once.
        {
            Transaction tx(db);
            QVERIFY(Accounts(db).unlock(QStringLiteral("OFFICER1")));
            tx.commit();
        }
        QCOMPARE(Accounts(db)
                     .signIn(QStringLiteral("officer1"), Secret(QStringLiteral("officer-pass-1")))
                     .username,
                 QStringLiteral("officer1"));
        // A lock whose time has passed releases itself, and says so in the log.
        db.exec("UPDATE sign_in_failures SET locked_until = '2000-01-01T00:00:00Z';");
        QVERIFY(signInFailure(QStringLiteral("Hunter2-typed"), QStringLiteral("x-wrong-1"))
                    .contains(QStringLiteral("user name or password")));
        QCOMPARE(db.scalarInt("SELECT count(*) FROM audit_log WHERE action = 'sign_in_unlocked';"),
                 1);
    }

    void unlockingAWindowIsCheckedLikeSignIn()
    {
        Database& db = m_file->db();
        const auto unlockFailure = [this](const QString& password) {
            try {
                Accounts(m_file->db()).unlock(QStringLiteral("officer1"), Secret(password));
            } catch (const Error& e) {
                return e.kind() == ErrorKind::NotPermitted ? e.message()
                                                           : QStringLiteral("wrong kind");
            }
            return QString();
        };
        // A wrong password at unlock is logged as a failure saying it was an unlock...
        QVERIFY(unlockFailure(QStringLiteral("wrong-pass-0"))
                    .contains(QStringLiteral("user name or password")));
        AuditEntry last = AuditLog(db).page(0, 1).first();
        QCOMPARE(last.action, AuditAction::SignInFailed);
        QCOMPARE(last.object, QStringLiteral("user:officer1"));
        QCOMPARE(last.details, QStringLiteral("unlock of a locked window"));
        // ...counted with sign-in's failures and slowed like them...
        for (int i = 1; i < 3; ++i)
            signInFailure(QStringLiteral("officer1"), QStringLiteral("wrong-pass-%1").arg(i));
        QCOMPARE(db.scalarInt("SELECT max(failures) FROM sign_in_failures;"), 3);
        QElapsedTimer t;
        t.start();
        unlockFailure(QStringLiteral("wrong-again"));
        QVERIFY2(t.elapsed() >= Accounts::delayMsAfterFailures(3),
                 "the unlock after three failures was not slowed");
        QCOMPARE(db.scalarInt("SELECT max(failures) FROM sign_in_failures;"), 4);
        // ...and the right one unlocks, clears the count and logs an unlock.
        const User u = Accounts(db).unlock(QStringLiteral("officer1"),
                                           Secret(QStringLiteral("officer-pass-1")));
        QCOMPARE(u.username, QStringLiteral("officer1"));
        last = AuditLog(db).page(0, 1).first();
        QCOMPARE(last.action, AuditAction::SignIn);
        QCOMPARE(last.details, QStringLiteral("unlock of a locked window"));
        QCOMPARE(db.scalarInt("SELECT count(*) FROM sign_in_failures;"), 0);
        // Failures at unlock lock the name as sign-in's do.
        for (int i = 0; i < Accounts::kLockAfterFailures; ++i)
            unlockFailure(QStringLiteral("wrong-pass-%1").arg(i));
        QVERIFY(unlockFailure(QStringLiteral("officer-pass-1")).contains(QStringLiteral("locked")));
        QVERIFY(signInFailure(QStringLiteral("officer1"), QStringLiteral("officer-pass-1"))
                    .contains(QStringLiteral("locked")));
    }

    void disabledUsersCannotSignInAndAreKept()
    {
        {
            Transaction tx(m_file->db());
            Accounts(m_file->db()).disable(QStringLiteral("officer1"));
            tx.commit();
        }
        QVERIFY(
            !signInFailure(QStringLiteral("officer1"), QStringLiteral("officer-pass-1")).isEmpty());
        QVERIFY(Accounts(m_file->db()).find(QStringLiteral("officer1"))->disabled);
    }

    void lastAdministratorCannotBeDisabled()
    {
        try {
            Accounts(m_file->db()).disable(kAdmin);
            QFAIL("the last administrator was disabled");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::Conflict);
            QVERIFY(e.message().contains(QStringLiteral("last administrator")));
        }
        Transaction tx(m_file->db());
        Accounts(m_file->db())
            .create(QStringLiteral("admin2"), QString(), Secret(QStringLiteral("admin-pass-22")),
                    Roles().add(Role::Administrator));
        Accounts(m_file->db()).disable(kAdmin);
        tx.commit();
        QVERIFY(Accounts(m_file->db()).find(kAdmin)->disabled);
    }

    void badNamesAndPasswordsAreRefused_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("kind");
        QTest::newRow("empty user name") << ""
                                         << "long-enough-1" << int(ErrorKind::InvalidData);
        QTest::newRow("space in user name") << "a b"
                                            << "long-enough-1" << int(ErrorKind::InvalidData);
        QTest::newRow("short password") << "newuser"
                                        << "short" << int(ErrorKind::InvalidData);
        QTest::newRow("name taken, any case") << "Officer1"
                                              << "long-enough-1" << int(ErrorKind::Conflict);
    }

    void badNamesAndPasswordsAreRefused()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(int, kind);
        try {
            Accounts(m_file->db())
                .create(username, QString(), Secret(password), Roles().add(Role::Officer));
            QFAIL("accepted");
        } catch (const Error& e) {
            QCOMPARE(int(e.kind()), kind);
        }
    }

    void signingKeyOpensOnlyWithTheOwnersPassword()
    {
        const User u = *Accounts(m_file->db()).find(QStringLiteral("officer1"));
        QCOMPARE(u.signPublicKey.size(), int(crypto_sign_PUBLICKEYBYTES));
        const Secret sk = Accounts(m_file->db())
                              .unsealSigningKey(QStringLiteral("officer1"),
                                                Secret(QStringLiteral("officer-pass-1")));
        QCOMPARE(sk.size(), qsizetype(crypto_sign_SECRETKEYBYTES));
        // The secret key matches the stored public key: sign and verify.
        const QByteArray message("decision");
        unsigned char sig[crypto_sign_BYTES];
        crypto_sign_detached(sig, nullptr,
                             reinterpret_cast<const unsigned char*>(message.constData()),
                             static_cast<unsigned long long>(message.size()),
                             reinterpret_cast<const unsigned char*>(sk.data()));
        QCOMPARE(crypto_sign_verify_detached(
                     sig, reinterpret_cast<const unsigned char*>(message.constData()),
                     static_cast<unsigned long long>(message.size()),
                     reinterpret_cast<const unsigned char*>(u.signPublicKey.constData())),
                 0);
        try {
            Accounts(m_file->db())
                .unsealSigningKey(QStringLiteral("officer1"), Secret(kPassphrase));
            QFAIL("the case passphrase opened a signing key");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::NotPermitted);
        }
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
