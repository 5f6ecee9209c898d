// The audit log: append-only, hash-chained; tampering with any entry is found and named.
#include "TestCaseFiles.h"
#include "audit/AuditLog.h"
#include "core/Error.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace corroborate;
using namespace corroborate::test;

class TestAudit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<CaseFile> fileWithEntries(int count)
    {
        static int n = 0;
        auto file = makeCaseFile(m_dir.filePath(QStringLiteral("audit%1.corroborate").arg(++n)));
        Transaction tx(file->db());
        AuditLog log(file->db());
        for (int i = 1; i <= count; ++i)
            log.append(kAdmin, AuditAction::Consultation,
                       QStringLiteral("N-%1").arg(i, 6, 10, QLatin1Char('0')),
                       QStringLiteral("panel preparation"), QString());
        tx.commit();
        return file;
    }

    // Tampering as someone with the passphrase and the stock shell could: drop the guard
    // triggers, then edit.
    static void tamper(Database& db, const char* sql)
    {
        db.exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;");
        db.exec(sql);
    }

private slots:
    void chainVerifies()
    {
        auto file = fileWithEntries(10);
        const AuditVerification v = AuditLog(file->db()).verify();
        QVERIFY(v.ok);
        QCOMPARE(v.entries, AuditLog(file->db()).count());
    }

    void entriesCannotBeChangedOrDeleted()
    {
        auto file = fileWithEntries(3);
        QVERIFY_THROWS_EXCEPTION(Error, file->db().exec("UPDATE audit_log SET username = 'x';"));
        QVERIFY_THROWS_EXCEPTION(Error, file->db().exec("DELETE FROM audit_log;"));
    }

    void tamperingIsDetected_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("brokenAt");
        QTest::newRow("user changed")
            << "UPDATE audit_log SET username = 'someone' WHERE seq = 5;" << qint64(5);
        QTest::newRow("time changed")
            << "UPDATE audit_log SET at = '2020-01-01T00:00:00Z' WHERE seq = 4;" << qint64(4);
        QTest::newRow("action changed")
            << "UPDATE audit_log SET action = 'sign_in' WHERE seq = 6;" << qint64(6);
        QTest::newRow("object changed")
            << "UPDATE audit_log SET object = 'N-999999' WHERE seq = 7;" << qint64(7);
        QTest::newRow("justification changed")
            << "UPDATE audit_text SET justification = '' WHERE seq = 8;" << qint64(8);
        QTest::newRow("details changed")
            << "UPDATE audit_text SET details = 'x' WHERE seq = 3;" << qint64(3);
        QTest::newRow("text written into the log row")
            << "UPDATE audit_log SET details = 'x' WHERE seq = 3;" << qint64(3);
        QTest::newRow("commitment changed")
            << "UPDATE audit_log SET text_commitment = hash WHERE seq = 4;" << qint64(4);
        QTest::newRow("entry deleted") << "DELETE FROM audit_log WHERE seq = 6;" << qint64(6);
        QTest::newRow("hash recomputed but chain broken")
            << "UPDATE audit_log SET prev_hash = hash WHERE seq = 5;" << qint64(5);
    }

    void tamperingIsDetected()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, brokenAt);
        auto file = fileWithEntries(10);
        tamper(file->db(), sql.toUtf8().constData());
        const AuditVerification v = AuditLog(file->db()).verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenSeq, brokenAt);
        QVERIFY(!v.problem.isEmpty());
    }

    void freeTextLivesApartAndIsHashedNotStoredInTheChain()
    {
        auto file = fileWithEntries(3);
        // The log row holds no text; the text row does; the page API still shows it.
        QCOMPARE(
            file->db().scalarText("SELECT justification FROM audit_log WHERE object = 'N-000003';"),
            QString());
        QCOMPARE(file->db().scalarText("SELECT t.justification FROM audit_text t JOIN audit_log a "
                                       "ON a.seq = t.seq WHERE a.object = 'N-000003';"),
                 QStringLiteral("panel preparation"));
        QCOMPARE(AuditLog(file->db()).page(0, 1, QStringLiteral("N-000003")).first().justification,
                 QStringLiteral("panel preparation"));
    }

    void entriesOfTheFirstReleaseStillVerifyAndCanBeRedacted()
    {
        // An entry as the first release wrote it: text in the row, hashed in.
        auto file = fileWithEntries(2);
        Database& db = file->db();
        AuditEntry last = AuditLog(db).page(0, 1).first();
        AuditEntry legacy;
        legacy.seq = last.seq + 1;
        legacy.at = QStringLiteral("2026-01-01T00:00:00Z");
        legacy.username = kAdmin;
        legacy.action = AuditAction::Consultation;
        legacy.object = QStringLiteral("N-000042");
        legacy.justification = QStringLiteral("asked about Testsurname");
        legacy.details = QStringLiteral("first-release entry");
        legacy.prevHash = last.hash;
        legacy.hash = AuditLog::hashOf(legacy);
        Statement st = db.prepare("INSERT INTO audit_log (seq, at, username, action, object, "
                                  "justification, details, prev_hash, hash) VALUES "
                                  "(?, ?, ?, ?, ?, ?, ?, ?, ?);");
        st.bind(1, legacy.seq)
            .bind(2, legacy.at)
            .bind(3, legacy.username)
            .bind(4, legacy.action)
            .bind(5, legacy.object)
            .bind(6, legacy.justification)
            .bind(7, legacy.details)
            .bind(8, legacy.prevHash)
            .bind(9, legacy.hash)
            .run();
        {
            Transaction tx(db);
            AuditLog(db).append(kAdmin, AuditAction::Consultation, QStringLiteral("N-000043"),
                                QStringLiteral("after"));
            tx.commit();
        }
        QVERIFY(AuditLog(db).verify().ok);
        // Editing the legacy text without a redaction record is found.
        const QByteArray seq = QByteArray::number(legacy.seq);
        const auto run = [&db](const QByteArray& sql) {
            db.exec(sql.constData());
        };
        run("UPDATE audit_log SET justification = 'asked about [erased]' WHERE seq = " + seq + ";");
        QVERIFY(!AuditLog(db).verify().ok);
        // A redaction by an erasure is not.
        run("INSERT INTO audit_redactions (seq, erasure_id) VALUES (" + seq + ", 1);");
        const AuditVerification v = AuditLog(db).verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
        // The entries after it are still checked in full.
        run("UPDATE audit_text SET justification = 'altered' WHERE seq = " +
            QByteArray::number(legacy.seq + 1) + ";");
        QVERIFY(!AuditLog(db).verify().ok);
    }

    void redactedEntriesStillVerify()
    {
        auto file = fileWithEntries(5);
        Database& db = file->db();
        db.exec("UPDATE audit_text SET justification = '[erased]', salt = NULL WHERE seq = 4;");
        QVERIFY(!AuditLog(db).verify().ok);
        db.exec("INSERT INTO audit_redactions (seq, erasure_id) VALUES (4, 1);");
        QVERIFY(AuditLog(db).verify().ok);
        // The redaction does not cover other fields of the entry.
        tamper(db, "UPDATE audit_log SET object = 'N-999999' WHERE seq = 4;");
        QVERIFY(!AuditLog(db).verify().ok);
    }

    void pagesAreNewestFirstAndFilterByObject()
    {
        auto file = fileWithEntries(30);
        AuditLog log(file->db());
        const QList<AuditEntry> first = log.page(0, 10);
        QCOMPARE(first.size(), 10);
        QVERIFY(first.first().seq > first.last().seq);
        const QList<AuditEntry> next = log.page(first.last().seq, 10);
        QCOMPARE(next.first().seq, first.last().seq - 1);
        const QList<AuditEntry> one = log.page(0, 10, QStringLiteral("N-000007"));
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().object, QStringLiteral("N-000007"));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
