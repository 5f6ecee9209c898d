// EditService against a real case file (exercised otherwise only through the window): edits
// carry row versions; an edit made from a stale copy is a Conflict and changes nothing.
#include "TestCaseFiles.h"
#include "audit/AuditLog.h"
#include "core/Error.h"
#include "store/Database.h"
#include "store/NominalRepository.h"
#include "workflow/EditService.h"

#include <QTemporaryDir>
#include <QTest>

using namespace corroborate;
using namespace corroborate::test;

class TestEditService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseFile> m_file;
    qint64 m_id = 0;

    Nominal read() { return *NominalRepository(m_file->db()).findById(m_id); }

private slots:
    void init()
    {
        static int n = 0;
        m_file = makeCaseFile(m_dir.filePath(QStringLiteral("edit%1.corroborate").arg(++n)));
        m_id = EditService(m_file->db(), kAdmin)
                   .createNominal(syntheticNominal(QStringLiteral("N-000001")).nominal,
                                  QStringLiteral("new referral"));
        QVERIFY(m_id > 0);
    }

    void anEditBumpsTheVersionAndIsLogged()
    {
        Nominal n = read();
        const int version = n.version;
        n.area = QStringLiteral("Southwark");
        const QStringList changed =
            EditService(m_file->db(), kAdmin).updateNominal(n, QStringLiteral("moved"));
        QCOMPARE(changed, QStringList{QStringLiteral("area")});
        QCOMPARE(read().area, QStringLiteral("Southwark"));
        QVERIFY(read().version > version);
        const AuditEntry last = AuditLog(m_file->db()).page(0, 1).first();
        QCOMPARE(last.action, AuditAction::Alteration);
        QCOMPARE(last.object, QStringLiteral("N-000001"));
        QCOMPARE(last.justification, QStringLiteral("moved"));
        QCOMPARE(last.details, QStringLiteral("fields: area"));
        QVERIFY(!last.details.contains(QStringLiteral("Southwark")));
    }

    void aStaleEditIsAConflictAndChangesNothing()
    {
        const Nominal stale = read();
        Nominal first = stale;
        first.area = QStringLiteral("Southwark");
        EditService(m_file->db(), QStringLiteral("someone"))
            .updateNominal(first, QStringLiteral("moved"));
        const Nominal saved = read();
        const qint64 entries = AuditLog(m_file->db()).count();

        Nominal second = stale; // the version read before the first edit
        second.group = QStringLiteral("Another Estate");
        try {
            EditService(m_file->db(), kAdmin).updateNominal(second, QStringLiteral("regrouped"));
            QFAIL("an edit from a stale copy was saved");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::Conflict);
        }
        const Nominal after = read();
        QCOMPARE(after.version, saved.version);
        QCOMPARE(after.group, saved.group);
        QCOMPARE(after.area, QStringLiteral("Southwark"));
        QCOMPARE(AuditLog(m_file->db()).count(), entries);
    }

    void aStaleIntelligenceEditIsAConflictToo()
    {
        const Nominal n = read();
        const qint64 itemId =
            EditService(m_file->db(), kAdmin)
                .addIntelligence(n,
                                 syntheticNominal(QStringLiteral("N-000001")).intelligence.first(),
                                 QStringLiteral("new report"));
        const IntelligenceItem item = *NominalRepository(m_file->db()).intelligenceItem(itemId);
        QVERIFY(item.id > 0);
        IntelligenceItem first = item;
        first.summary = QStringLiteral("Corrected synthetic summary");
        EditService(m_file->db(), kAdmin).updateIntelligence(n, first, QStringLiteral("typo"));
        const qint64 entries = AuditLog(m_file->db()).count();
        IntelligenceItem second = item;
        second.summary = QStringLiteral("A different summary");
        try {
            EditService(m_file->db(), kAdmin)
                .updateIntelligence(n, second, QStringLiteral("again"));
            QFAIL("a stale intelligence edit was saved");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::Conflict);
        }
        QCOMPARE(NominalRepository(m_file->db()).intelligenceItem(item.id)->summary,
                 QStringLiteral("Corrected synthetic summary"));
        QCOMPARE(AuditLog(m_file->db()).count(), entries);
    }
};

QTEST_GUILESS_MAIN(TestEditService)
#include "tst_edit_service.moc"
