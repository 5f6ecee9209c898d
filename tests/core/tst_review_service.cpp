// ReviewService against a real case file (exercised otherwise only through the window): a
// session over a queue, each decision recorded (retain, propose removal, defer) with its
// audit entry, the position kept for resuming, and the session finished.
#include "TestCaseFiles.h"
#include "audit/AuditLog.h"
#include "core/Error.h"
#include "core/Time.h"
#include "policy/Evaluator.h"
#include "policy/PolicyStore.h"
#include "store/Database.h"
#include "store/NominalRepository.h"
#include "store/RemovalRepository.h"
#include "store/ReviewRepository.h"
#include "workflow/ReviewService.h"

#include <QTemporaryDir>
#include <QTest>

using namespace corroborate;
using namespace corroborate::test;

class TestReviewService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseFile> m_file;
    Policy m_policy;
    QList<qint64> m_ids;

    DecisionInput input(int index, ReviewDecision decision, const QString& reason = {})
    {
        NominalRepository nominals(m_file->db());
        const Nominal n = *nominals.findById(m_ids.at(index));
        DecisionInput in;
        in.nominalId = n.id;
        in.decision = decision;
        in.reason = reason;
        in.evaluation =
            Evaluator(m_policy).evaluate(n, nominals.intelligenceFor(n.id), Time::today());
        if (decision == ReviewDecision::Retain)
            in.retainUntil = ReviewService::defaultRetainUntil(m_policy, Time::today());
        return in;
    }

    AuditEntry lastAudit() { return AuditLog(m_file->db()).page(0, 1).first(); }

private slots:
    void init()
    {
        static int n = 0;
        m_file = makeCaseFile(m_dir.filePath(QStringLiteral("review%1.corroborate").arg(++n)));
        m_policy = Policy::fromStored(PolicyStore(m_file->db()).active());
        m_ids.clear();
        Transaction tx(m_file->db());
        NominalRepository nominals(m_file->db());
        for (int i = 1; i <= 3; ++i)
            m_ids << nominals.insert(syntheticNominal(QStringLiteral("N-00000%1").arg(i)), kAdmin);
        tx.commit();
    }

    void aSessionRunsOverItsQueueAndResumes()
    {
        ReviewService reviews(m_file->db(), kAdmin);
        const QStringList queue{QStringLiteral("N-000001"), QStringLiteral("N-000002"),
                                QStringLiteral("N-000003")};
        const ReviewSessionRecord session = reviews.startSession(queue);
        QVERIFY(session.id > 0);
        QCOMPARE(session.queue, queue);
        QCOMPARE(session.position, 0);
        QCOMPARE(session.reviewer, kAdmin);
        QCOMPARE(lastAudit().object, QStringLiteral("session:%1").arg(session.id));
        QCOMPARE(lastAudit().details, QStringLiteral("started; 3 nominals"));

        // Retain: the review row, the last review date, the audit entry, the position.
        QVERIFY(input(0, ReviewDecision::Retain).evaluation.meetsThreshold());
        const qint64 retained =
            reviews.decide(input(0, ReviewDecision::Retain), m_policy, session.id, 1);
        QVERIFY(retained > 0);
        QCOMPARE(NominalRepository(m_file->db()).findById(m_ids.at(0))->lastReviewedOn,
                 Time::today());
        QCOMPARE(lastAudit().action, AuditAction::Review);
        QCOMPARE(lastAudit().object, QStringLiteral("N-000001"));
        QCOMPARE(lastAudit().justification, QStringLiteral("review session %1").arg(session.id));
        QVERIFY(lastAudit().details.startsWith(QStringLiteral("decision: retain;")));
        QCOMPARE(reviews.session(session.id)->position, 1);

        // Propose removal: a pending request awaiting a supervisor.
        reviews.decide(input(1, ReviewDecision::ProposeRemoval, QStringLiteral("moved away")),
                       m_policy, session.id, 2);
        const std::optional<RemovalRequest> pending =
            RemovalRepository(m_file->db()).pendingFor(m_ids.at(1));
        QVERIFY(pending.has_value());
        QCOMPARE(pending->proposer, kAdmin);
        QCOMPARE(reviews.session(session.id)->position, 2);

        // Paused and resumed where it stopped: still open, at the same place.
        reviews.pause(session.id, 2);
        const QList<ReviewSessionRecord> open = reviews.openSessions();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().id, session.id);
        QCOMPARE(open.first().position, 2);

        // Defer: recorded, nothing else changes.
        reviews.decide(input(2, ReviewDecision::Defer, QStringLiteral("awaiting a report")),
                       m_policy, session.id, 3);
        QVERIFY(!NominalRepository(m_file->db()).findById(m_ids.at(2))->lastReviewedOn.isValid());
        QVERIFY(!RemovalRepository(m_file->db()).pendingFor(m_ids.at(2)));
        QVERIFY(lastAudit().details.startsWith(QStringLiteral("decision: defer;")));
        QCOMPARE(ReviewRepository(m_file->db()).historyFor(m_ids.at(2), 10).size(), 1);

        reviews.finish(session.id);
        QVERIFY(!reviews.session(session.id)->finishedAt.isEmpty());
        QVERIFY(reviews.openSessions().isEmpty());
        QCOMPARE(lastAudit().details, QStringLiteral("finished"));
    }

    void decisionsNeedWhatTheyNeed()
    {
        ReviewService reviews(m_file->db(), kAdmin);
        const qint64 before = AuditLog(m_file->db()).count();
        // Defer and removal need a reason; retain needs a date inside the interval.
        try {
            reviews.decide(input(0, ReviewDecision::Defer), m_policy);
            QFAIL("a defer without a reason was recorded");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::Usage);
        }
        DecisionInput late = input(0, ReviewDecision::Retain);
        late.retainUntil = late.retainUntil.addDays(1);
        QVERIFY_THROWS_EXCEPTION(Error, reviews.decide(late, m_policy));
        // A result that changed since it was shown is a conflict, and nothing is saved.
        DecisionInput stale = input(0, ReviewDecision::Defer, QStringLiteral("later"));
        stale.evaluation.independentSources += 1;
        try {
            reviews.decide(stale, m_policy);
            QFAIL("a stale evaluation was recorded");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::Conflict);
        }
        QCOMPARE(AuditLog(m_file->db()).count(), before);
        QVERIFY(ReviewRepository(m_file->db()).historyFor(m_ids.at(0), 10).isEmpty());
        // A session over nobody is refused.
        QVERIFY_THROWS_EXCEPTION(Error, reviews.startSession({}));
    }
};

QTEST_GUILESS_MAIN(TestReviewService)
#include "tst_review_service.moc"
