// The store's seam (core/Repositories.h) with its SQLCipher implementation (store/SqlStore.h):
// work done through a unit of work lands on commit and is rolled back without it.
#include "TestCaseFiles.h"
#include "core/Time.h"
#include "store/SqlStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace corroborate;
using namespace corroborate::test;

class TestStoreSeam : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void aUnitOfWorkCommitsOrRollsBack()
    {
        auto file = makeCaseFile(m_dir.filePath(QStringLiteral("seam.corroborate")));
        SqlStore sql(file->db());
        Store& store = sql;
        const int before = static_cast<int>(store.policies().newest()->version);
        const qint64 entries = store.audit().count();
        {
            std::unique_ptr<UnitOfWork> work = store.begin();
            store.policies().insertNext(store.policies().newest()->document, kAdmin,
                                        Time::nowUtc());
            // not committed
        }
        QCOMPARE(store.policies().newest()->version, before);
        {
            std::unique_ptr<UnitOfWork> work = store.begin();
            QCOMPARE(store.policies().insertNext(store.policies().newest()->document, kAdmin,
                                                 Time::nowUtc()),
                     before + 1);
            work->commit();
        }
        QCOMPARE(store.policies().newest()->version, before + 1);
        QCOMPARE(store.audit().count(), entries);
        QVERIFY(store.users().find(kAdmin.toUpper()).has_value());
        QCOMPARE(store.users().enabledAdministratorCount(), 1);
        QVERIFY(store.disclosures().all().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreSeam)
#include "tst_store_seam.moc"
