// Drafts (issue 9): unsaved work kept in the case file while the screen is locked. Each user
// reads back only their own; a draft about a person goes when the person is erased (foreign
// key cascade); the text never lies in the file's bytes in the clear; files of the first
// format gain the table on opening.
#include "CaseFileFixture.h"
#include "TestCaseFiles.h"
#include "store/Database.h"
#include "store/DraftRepository.h"
#include "store/Migrations.h"
#include "store/NominalRepository.h"
#include "workflow/DraftService.h"

#include <QFile>
#include <QTest>

using namespace corroborate;
using namespace corroborate::test;

class TestDrafts : public QObject
{
    Q_OBJECT

private slots:
    void onlyTheAuthorReadsADraft()
    {
        CaseFileFixture fx;
        QVERIFY(fx.isValid());
        const qint64 id =
            fx.addNominal(CaseFileFixture::meetingThreshold(QStringLiteral("N-000001")));
        DraftService(fx.db(), kOfficer)
            .keep({DraftRecord{0, QString(), QStringLiteral("review"), id, 0,
                               QStringLiteral("{\"reason\":\"draft words\"}"), QString()}});
        const QList<DraftRecord> mine = DraftService(fx.db(), kOfficer).mine();
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.first().nominalId, id);
        QVERIFY(!mine.first().savedAt.isEmpty());
        QVERIFY(DraftService(fx.db(), kSupervisor).mine().isEmpty());
        // Keeping again replaces (one per kind and record), and an empty keep clears.
        DraftService(fx.db(), kOfficer)
            .keep({DraftRecord{0, QString(), QStringLiteral("review"), id, 0, QStringLiteral("{}"),
                               QString()},
                   DraftRecord{0, QString(), QStringLiteral("nominal_new"), 0, 0,
                               QStringLiteral("{}"), QString()}});
        QCOMPARE(DraftService(fx.db(), kOfficer).mine().size(), 2);
        DraftService(fx.db(), kOfficer).keep({});
        QVERIFY(DraftService(fx.db(), kOfficer).mine().isEmpty());
    }

    void aDraftGoesWithTheErasedPerson()
    {
        CaseFileFixture fx;
        const qint64 id =
            fx.addNominal(CaseFileFixture::meetingThreshold(QStringLiteral("N-000001")));
        const qint64 other =
            fx.addNominal(CaseFileFixture::meetingThreshold(QStringLiteral("N-000002")));
        DraftService(fx.db(), kOfficer)
            .keep({DraftRecord{0, QString(), QStringLiteral("review"), id, 0, QStringLiteral("{}"),
                               QString()},
                   DraftRecord{0, QString(), QStringLiteral("review"), other, 0,
                               QStringLiteral("{}"), QString()}});
        QCOMPARE(DraftRepository(fx.db()).countAbout(id), 1);
        {
            Transaction tx(fx.db());
            NominalRepository(fx.db()).erase(id);
            tx.commit();
        }
        QCOMPARE(DraftRepository(fx.db()).countAbout(id), 0);
        QCOMPARE(DraftRepository(fx.db()).countAbout(other), 1);
    }

    void theTextIsEncryptedInTheFile()
    {
        CaseFileFixture fx;
        const QByteArray marker("Zebulon-draft-marker-7731");
        DraftService(fx.db(), kOfficer)
            .keep({DraftRecord{
                0, QString(), QStringLiteral("nominal_new"), 0, 0,
                QStringLiteral("{\"surnameEdit\":\"%1\"}").arg(QString::fromLatin1(marker)),
                QString()}});
        QCOMPARE(DraftService(fx.db(), kOfficer).mine().size(), 1);
        for (const QString& path : {fx.path(), fx.path() + QStringLiteral("-wal")}) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            QVERIFY2(!f.readAll().contains(marker), qPrintable(path));
        }
    }

    void theLatestFormatHasTheTable()
    {
        CaseFileFixture fx;
        QCOMPARE(fx.file().schemaVersion(), Migrations::latestVersion());
        QVERIFY(fx.db().scalarInt("SELECT count(*) FROM sqlite_master WHERE name = 'drafts';") ==
                1);
    }
};

QTEST_MAIN(TestDrafts)
#include "tst_drafts.moc"
