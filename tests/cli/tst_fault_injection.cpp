// Fault injection: every writing command is killed (SIGKILL) at random moments of its run,
// then the file is checked from outside: it opens, `verify` passes, and the change is all
// there or not there at all. Bounded for CI: a few kills per command, a time budget, a fixed
// seed (CORROBORATE_FAULT_SEED to vary it, CORROBORATE_FAULT_KILLS for more kills).
#include "ShellSupport.h"
#include "TestCaseFiles.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace corroborate;
using namespace corroborate::test;

namespace {
const QString kNewPassphrase = QStringLiteral("fault-new-passphrase");
const int kBase = 120;
const int kAdded = 40;
} // namespace

class TestFaultInjection : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_base, m_newDoc, m_updateDoc, m_policy;
    QRandomGenerator m_random;
    int m_kills = 2;
    int m_basePolicyEntries = 0;
    int m_killed = 0;
    QElapsedTimer m_budget;

    static int count(const QString& file, const QString& sql,
                     const QString& passphrase = kPassphrase)
    {
        return sqlcipherQuery(file, sql, passphrase).toInt();
    }

    static QProcessEnvironment env()
    {
        QProcessEnvironment e = cliEnvironment();
        e.insert(QStringLiteral("CORROBORATE_NEW_PASSPHRASE"), kNewPassphrase);
        e.insert(QStringLiteral("CORROBORATE_NEW_PASSWORD"), QStringLiteral("faulty-pass-1"));
        return e;
    }

    // Runs `args` once to completion (timing it), then `m_kills` times killed at a random
    // moment of that time. Before each run `prepare` makes the target; after each, `check`
    // says what is wrong with the result (empty when all or nothing holds).
    void attack(const QString& name, const std::function<QStringList(const QString&)>& args,
                const std::function<void(const QString&)>& prepare,
                const std::function<QString(const QString&, bool completed)>& check)
    {
        qint64 duration = 0;
        for (int round = 0; round <= m_kills; ++round) {
            // Every command is killed at least once; further kills only within the budget.
            if (round > 1 && m_budget.elapsed() > 100000) {
                qInfo() << "time budget reached; skipping further kills of" << name;
                break;
            }
            const QString target =
                m_dir.filePath(QStringLiteral("%1-%2.corroborate").arg(name).arg(round));
            prepare(target);
            QProcess p;
            p.setProcessEnvironment(env());
            p.setStandardInputFile(QProcess::nullDevice());
            QElapsedTimer t;
            t.start();
            p.start(cliPath(), args(target));
            QVERIFY(p.waitForStarted());
            bool completed = true;
            if (round == 0) {
                QVERIFY(p.waitForFinished(120000));
                duration = t.elapsed();
                QVERIFY2(p.exitCode() == 0,
                         qPrintable(name + QStringLiteral(": ") +
                                    QString::fromUtf8(p.readAllStandardError())));
            } else {
                const int delay =
                    static_cast<int>(m_random.bounded(static_cast<quint32>(duration + 1)));
                if (!p.waitForFinished(delay)) {
                    p.kill();
                    p.waitForFinished(10000);
                    completed = false;
                    ++m_killed;
                } else {
                    completed = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
                }
            }
            const QString problem = check(target, completed);
            QVERIFY2(
                problem.isEmpty(),
                qPrintable(QStringLiteral("%1 round %2: %3").arg(name).arg(round).arg(problem)));
        }
    }

    // The file opens and verifies with one of the passphrases; returns which, or empty.
    static QString verifiedWith(const QString& file, const QStringList& passphrases)
    {
        for (const QString& pass : passphrases) {
            QProcessEnvironment e = cliEnvironment();
            e.insert(QStringLiteral("CORROBORATE_PASSPHRASE"), pass);
            if (runCli({QStringLiteral("verify"), file}, e).exitCode == 0)
                return pass;
        }
        return {};
    }

    void copyBase(const QString& target)
    {
        QFile::remove(target);
        QVERIFY(QFile::copy(m_base, target));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const quint32 seed = qEnvironmentVariableIsSet("CORROBORATE_FAULT_SEED")
                                 ? qEnvironmentVariableIntValue("CORROBORATE_FAULT_SEED")
                                 : 16;
        if (qEnvironmentVariableIsSet("CORROBORATE_FAULT_KILLS"))
            m_kills = qEnvironmentVariableIntValue("CORROBORATE_FAULT_KILLS");
        qInfo() << "seed" << seed << "kills per command" << m_kills;
        m_random.seed(seed);
        m_budget.start();

        m_base = m_dir.filePath(QStringLiteral("base.corroborate"));
        QVERIFY(makeDemoFile(m_base, kBase));
        m_updateDoc = m_dir.filePath(QStringLiteral("update.json"));
        QCOMPARE(runCli({QStringLiteral("export"), m_base, QStringLiteral("--out"), m_updateDoc})
                     .exitCode,
                 0);
        QFile update(m_updateDoc);
        QVERIFY(update.open(QIODevice::ReadWrite));
        QByteArray json = update.readAll();
        json.replace("\"area\": \"", "\"area\": \"Faultarea");
        update.resize(0);
        update.write(json);
        update.close();

        const QString other = m_dir.filePath(QStringLiteral("other.corroborate"));
        QVERIFY(makeDemoFile(other, kAdded));
        m_newDoc = m_dir.filePath(QStringLiteral("new.json"));
        QCOMPARE(
            runCli({QStringLiteral("export"), other, QStringLiteral("--out"), m_newDoc}).exitCode,
            0);
        QFile added(m_newDoc);
        QVERIFY(added.open(QIODevice::ReadWrite));
        json = added.readAll();
        json.replace("\"N-", "\"F-");
        added.resize(0);
        added.write(json);
        added.close();

        m_basePolicyEntries =
            count(m_base,
                  QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'policy_admin';"));
        const CliResult shown = runCli({QStringLiteral("policy"), QStringLiteral("show"), m_base});
        QCOMPARE(shown.exitCode, 0);
        m_policy = m_dir.filePath(QStringLiteral("policy.json"));
        QFile policy(m_policy);
        QVERIFY(policy.open(QIODevice::WriteOnly));
        QString text = shown.out;
        QVERIFY(text.contains(QStringLiteral("\"review_interval_days\": 90")));
        policy.write(text.replace(QStringLiteral("\"review_interval_days\": 90"),
                                  QStringLiteral("\"review_interval_days\": 91"))
                         .toUtf8());
    }

    void killedCreationsLeaveNothingOrAWholeFile()
    {
        const auto absentOrWhole = [](int nominals) {
            return [nominals](const QString& target, bool) -> QString {
                if (!QFile::exists(target))
                    return {};
                if (verifiedWith(target, {kPassphrase}).isEmpty())
                    return QStringLiteral("a file was left that does not verify");
                if (count(target, QStringLiteral("SELECT count(*) FROM users;")) < 1)
                    return QStringLiteral("a file was left without accounts");
                if (count(target, QStringLiteral("SELECT count(*) FROM nominals;")) != nominals)
                    return QStringLiteral("a file was left without all its nominals");
                return {};
            };
        };
        const auto remove = [](const QString& target) {
            QFile::remove(target);
        };
        attack(
            QStringLiteral("init"),
            [](const QString& t) {
                return QStringList{QStringLiteral("init"), t, QStringLiteral("--admin"), kAdmin};
            },
            remove, absentOrWhole(0));
        attack(
            QStringLiteral("demo"),
            [](const QString& t) {
                return QStringList{QStringLiteral("demo"), t, QStringLiteral("--nominals"),
                                   QStringLiteral("300")};
            },
            remove, absentOrWhole(300));
        // After a kill the name is free or whole: a new init there succeeds or is refused.
        const QString again = m_dir.filePath(QStringLiteral("init-1.corroborate"));
        if (!QFile::exists(again))
            QCOMPARE(
                runCli({QStringLiteral("init"), again, QStringLiteral("--admin"), kAdmin}).exitCode,
                0);
    }

    void killedImportsAreAllOrNothing()
    {
        attack(
            QStringLiteral("import"),
            [this](const QString& t) {
                return QStringList{QStringLiteral("import"), t, m_newDoc};
            },
            [this](const QString& t) { copyBase(t); },
            [](const QString& target, bool completed) -> QString {
                if (verifiedWith(target, {kPassphrase}).isEmpty())
                    return QStringLiteral("the file does not verify");
                const int n = count(target, QStringLiteral("SELECT count(*) FROM nominals;"));
                if (n != kBase && n != kBase + kAdded)
                    return QStringLiteral("%1 nominals: part of the import landed").arg(n);
                if (completed && n != kBase + kAdded)
                    return QStringLiteral("reported done but not there");
                return {};
            });
        attack(
            QStringLiteral("update"),
            [this](const QString& t) {
                return QStringList{QStringLiteral("import"), t, m_updateDoc,
                                   QStringLiteral("--update")};
            },
            [this](const QString& t) { copyBase(t); },
            [](const QString& target, bool completed) -> QString {
                if (verifiedWith(target, {kPassphrase}).isEmpty())
                    return QStringLiteral("the file does not verify");
                const int n = count(target, QStringLiteral("SELECT count(*) FROM nominals WHERE "
                                                           "area LIKE 'Faultarea%';"));
                if (n != 0 && n != kBase)
                    return QStringLiteral("%1 nominals updated: part of the update landed").arg(n);
                if (completed && n != kBase)
                    return QStringLiteral("reported done but not there");
                return {};
            });
    }

    void killedAdministrationIsAllOrNothing()
    {
        attack(
            QStringLiteral("policy"),
            [this](const QString& t) {
                return QStringList{QStringLiteral("policy"), QStringLiteral("set"), t, m_policy};
            },
            [this](const QString& t) { copyBase(t); },
            [this](const QString& target, bool completed) -> QString {
                if (verifiedWith(target, {kPassphrase}).isEmpty())
                    return QStringLiteral("the file does not verify");
                const int v = count(target, QStringLiteral("SELECT max(version) FROM policies;"));
                const int logged = count(target, QStringLiteral("SELECT count(*) FROM audit_log "
                                                                "WHERE action = 'policy_admin';"));
                if (v != 1 && v != 2)
                    return QStringLiteral("policy version %1").arg(v);
                if ((v == 2) != (logged == m_basePolicyEntries + 1) || (completed && v != 2))
                    return QStringLiteral("the policy change and its audit entry disagree");
                return {};
            });
        attack(
            QStringLiteral("useradd"),
            [](const QString& t) {
                return QStringList{QStringLiteral("user"),
                                   QStringLiteral("add"),
                                   t,
                                   QStringLiteral("--username"),
                                   QStringLiteral("faulty"),
                                   QStringLiteral("--role"),
                                   QStringLiteral("officer")};
            },
            [this](const QString& t) { copyBase(t); },
            [](const QString& target, bool completed) -> QString {
                if (verifiedWith(target, {kPassphrase}).isEmpty())
                    return QStringLiteral("the file does not verify");
                const int user =
                    count(target,
                          QStringLiteral("SELECT count(*) FROM users WHERE username = 'faulty';"));
                const int logged = count(target, QStringLiteral("SELECT count(*) FROM audit_log "
                                                                "WHERE object = 'user:faulty';"));
                if (user != logged || (completed && user != 1))
                    return QStringLiteral("user %1, logged %2").arg(user).arg(logged);
                return {};
            });
        attack(
            QStringLiteral("rekey"),
            [](const QString& t) {
                return QStringList{QStringLiteral("rekey"), t};
            },
            [this](const QString& t) { copyBase(t); },
            [](const QString& target, bool completed) -> QString {
                const QString pass = verifiedWith(target, {kPassphrase, kNewPassphrase});
                if (pass.isEmpty())
                    return QStringLiteral("neither passphrase gives a file that verifies");
                const int logged =
                    count(target,
                          QStringLiteral("SELECT count(*) FROM audit_text WHERE details = "
                                         "'passphrase changed';"),
                          pass);
                if ((pass == kNewPassphrase) != (logged == 1))
                    return QStringLiteral("the passphrase change and its audit entry disagree");
                if (completed && pass != kNewPassphrase)
                    return QStringLiteral("reported done but not changed");
                return {};
            });
    }

    void killedApprovalsAreAllOrNothing()
    {
        attack(
            QStringLiteral("approve"),
            [](const QString& t) {
                return QStringList{QStringLiteral("removal"), QStringLiteral("approve"), t,
                                   QStringLiteral("--nominal"), QStringLiteral("N-000001")};
            },
            [this](const QString& t) {
                copyBase(t);
                QCOMPARE(runCli({QStringLiteral("removal"), QStringLiteral("propose"), t,
                                 QStringLiteral("--nominal"), QStringLiteral("N-000001"),
                                 QStringLiteral("--reason"), QStringLiteral("NO_LONGER_NECESSARY")},
                                cliEnvironment(QStringLiteral("demo.supervisor"), kAdminPassword))
                             .exitCode,
                         0);
            },
            [](const QString& target, bool completed) -> QString {
                if (verifiedWith(target, {kPassphrase}).isEmpty())
                    return QStringLiteral("the file does not verify");
                const int present = count(
                    target,
                    QStringLiteral("SELECT count(*) FROM nominals WHERE reference = 'N-000001';"));
                const int erased = count(target, QStringLiteral("SELECT count(*) FROM erasures;"));
                const int pending = count(target, QStringLiteral("SELECT count(*) FROM "
                                                                 "removal_requests WHERE state = "
                                                                 "'pending';"));
                if (!((present == 1 && pending == 1 && erased == 0) ||
                      (present == 0 && erased == 1)))
                    return QStringLiteral("present %1, pending %2, erased %3")
                        .arg(present)
                        .arg(pending)
                        .arg(erased);
                if (completed && present != 0)
                    return QStringLiteral("reported done but not erased");
                return {};
            });
    }

    void cleanupTestCase() { qInfo() << "processes killed:" << m_killed; }
};

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "tst_fault_injection.moc"
