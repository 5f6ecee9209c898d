// The person's rights in the core (issue 11): the subject access clock in calendar months,
// withholding, restriction keeping a nominal out of the review queue and every pack and
// refusing a removal, the s.173 guard on approval, statements in pack content, rectification
// recorded as such, and that a refused call changes nothing.
#include "CaseFileFixture.h"
#include "TestCaseFiles.h"
#include "audit/AuditLog.h"
#include "core/Error.h"
#include "core/Time.h"
#include "packs/PackBuilder.h"
#include "policy/Policy.h"
#include "policy/PolicyStore.h"
#include "rights/RightsService.h"
#include "rights/SubjectAccessResponse.h"
#include "store/Database.h"
#include "store/NominalRepository.h"
#include "workflow/EditService.h"
#include "workflow/RemovalService.h"
#include "workflow/ReviewService.h"
#include "workflow/StatusScan.h"

#include <QTest>
#include <memory>

using namespace corroborate;
using namespace corroborate::test;

class tst_Rights : public QObject
{
    Q_OBJECT

    std::unique_ptr<CaseFileFixture> m_f;
    QString m_agreement; // for partner packs (issue 10)

    ErrorKind kindOf(const std::function<void()>& call)
    {
        try {
            call();
        } catch (const Error& e) {
            return e.kind();
        }
        return ErrorKind::Internal; // "nothing thrown": never what a test expects
    }
    qint64 auditCount() { return AuditLog(m_f->db()).count(); }
    QDate future() const { return Time::today().addMonths(2); }

private slots:
    void init()
    {
        m_f = std::make_unique<CaseFileFixture>();
        QVERIFY(m_f->isValid());
        m_agreement = m_f->addAgreement(QStringLiteral("Panel"), QStringLiteral("s.35"),
                                        {QStringLiteral("Review")});
        for (int i = 1; i <= 3; ++i)
            m_f->addNominal(CaseFileFixture::meetingThreshold(QStringLiteral("N-00000%1").arg(i)));
    }
    void cleanup() { m_f.reset(); }

    void dueDateIsCalendarMonthsOn()
    {
        QCOMPARE(RightsService::dueDate(QDate(2025, 1, 31), 1), QDate(2025, 2, 28));
        QCOMPARE(RightsService::dueDate(QDate(2024, 1, 31), 1), QDate(2024, 2, 29));
        QCOMPARE(RightsService::dueDate(QDate(2024, 3, 15), 1), QDate(2024, 4, 15));
        QCOMPARE(RightsService::dueDate(QDate(2024, 12, 31), 3), QDate(2025, 3, 31));
        QCOMPARE(RightsService::parseRequestId(QStringLiteral("SAR-12")), 12);
        QCOMPARE(RightsService::parseRequestId(QStringLiteral("12")), 12);
        QCOMPARE(RightsService::parseRequestId(QStringLiteral("SAR-x")), 0);
        QCOMPARE(Policy().subjectAccessMonths, 1);
    }

    void requestsWithholdingAndOverdue()
    {
        RightsService rights(m_f->db());
        const User olive = m_f->user(kOfficer);
        const SubjectAccessRequest old =
            rights.openRequest(olive, QStringLiteral("N-000001"), QDate(2024, 1, 31), {});
        QCOMPARE(old.identifier(), QStringLiteral("SAR-1"));
        QCOMPARE(old.dueOn, QDate(2024, 2, 29));
        QVERIFY(old.held);
        const SubjectAccessRequest none =
            rights.openRequest(olive, QStringLiteral("N-999999"), Time::today(), {});
        QVERIFY(!none.held);
        const QList<SubjectAccessStatus> list = rights.requests(Time::today());
        QCOMPARE(list.size(), 2);
        QVERIFY(list.at(0).overdue);
        QVERIFY(!list.at(1).overdue);
        QCOMPARE(rights.overdueCount(Time::today()), 1);
        QCOMPARE(rights.openCount(), 2);

        const qint64 before = auditCount();
        QCOMPARE(kindOf([&] {
                     rights.withhold(olive, old.id, QStringLiteral("INT/TEST/1"),
                                     QStringLiteral("NOPE"));
                 }),
                 ErrorKind::InvalidData);
        QCOMPARE(kindOf([&] {
                     rights.withhold(olive, none.id, QStringLiteral("INT/TEST/1"),
                                     QStringLiteral("PROTECT_PUBLIC_SECURITY"));
                 }),
                 ErrorKind::InvalidData);
        QCOMPARE(kindOf([&] {
                     rights.withhold(olive, old.id, QStringLiteral("INT/OTHER"),
                                     QStringLiteral("PROTECT_PUBLIC_SECURITY"));
                 }),
                 ErrorKind::InvalidData);
        QCOMPARE(auditCount(), before);
        QCOMPARE(rights
                     .withhold(olive, old.id, QStringLiteral("INT/TEST/2"),
                               QStringLiteral("PROTECT_PUBLIC_SECURITY"))
                     .size(),
                 1);
        QCOMPARE(rights.withheld(old.id).size(), 1);

        // The response content leaves the withheld item out.
        const SubjectAccessContent content =
            SubjectAccessResponse::build(m_f->file(), olive, old.id);
        QVERIFY(content.held);
        QCOMPARE(content.withheldCount, 1);
        QCOMPARE(content.pack.nominals.size(), 1);
        QCOMPARE(content.pack.nominals.first().items.size(), 1);
        QCOMPARE(content.pack.nominals.first().items.first().item.reference,
                 QStringLiteral("INT/TEST/1"));

        rights.closeRequest(olive, old.id, QStringLiteral("partial"), QStringLiteral("sent"));
        QCOMPARE(kindOf([&] {
                     rights.closeRequest(olive, old.id, QStringLiteral("full"),
                                         QStringLiteral("again"));
                 }),
                 ErrorKind::Conflict);
        QCOMPARE(rights.overdueCount(Time::today()), 0);
    }

    void restrictionLeavesQueueAndPacksAndRefusesRemoval()
    {
        RightsService rights(m_f->db());
        QCOMPARE(kindOf([&] {
                     rights.restrict(m_f->user(kOfficer), QStringLiteral("N-000002"),
                                     QStringLiteral("EVIDENCE"), future(), QStringLiteral("x"));
                 }),
                 ErrorKind::NotPermitted);
        QCOMPARE(kindOf([&] {
                     rights.restrict(m_f->user(kSupervisor), QStringLiteral("N-000002"),
                                     QStringLiteral("EVIDENCE"), future(), QString());
                 }),
                 ErrorKind::InvalidData);
        QVERIFY(rights.restrictions(Time::today()).isEmpty());
        rights.restrict(m_f->user(kSupervisor), QStringLiteral("N-000002"),
                        QStringLiteral("EVIDENCE"), future(), QStringLiteral("court case"));

        // The review queue: every nominal is due (never reviewed, listed six months ago) but
        // the restricted one.
        const Policy policy = Policy::fromStored(PolicyStore(m_f->db()).active());
        const StatusScanResult scan = scanStatuses(m_f->db(), policy, Time::today());
        QStringList due;
        for (const StatusEntry& e : scan.due)
            due << e.reference;
        QVERIFY2(due.contains(QStringLiteral("N-000001")), qPrintable(due.join(u',')));
        QVERIFY(!due.contains(QStringLiteral("N-000002")));
        const ReviewSessionRecord session =
            ReviewService(m_f->db(), kOfficer)
                .startSession({QStringLiteral("N-000001"), QStringLiteral("N-000002")});
        QCOMPARE(session.queue, QStringList{QStringLiteral("N-000001")});

        // Packs, internal and partner.
        for (const PackAudience audience : {PackAudience::Internal, PackAudience::Partner}) {
            PackRequest request;
            request.audience = audience;
            request.references = {QStringLiteral("N-000002"), QStringLiteral("N-000003")};
            request.recipient = QStringLiteral("Panel");
            request.lawfulBasis = QStringLiteral("s.35");
            request.purpose = QStringLiteral("Review");
            if (audience == PackAudience::Partner)
                request.agreement = m_agreement;
            const PackContent c = PackBuilder(m_f->file()).build(request, m_f->user(kOfficer));
            QCOMPARE(c.references(), QStringList{QStringLiteral("N-000003")});
            QCOMPARE(c.restrictionLeftOutCount, 1);
        }

        // No removal proposal while it holds; a flag once past its date.
        const qint64 before = auditCount();
        QCOMPARE(kindOf([&] {
                     RemovalService(m_f->db()).propose(m_f->user(kOfficer),
                                                       QStringLiteral("N-000002"),
                                                       QStringLiteral("INACCURATE"), {});
                 }),
                 ErrorKind::Conflict);
        QCOMPARE(auditCount(), before);
        const QList<RestrictionStatus> restrictions = rights.restrictions(future().addDays(1));
        QCOMPARE(restrictions.size(), 1);
        QVERIFY(restrictions.first().pastDate);
        QVERIFY(!rights.restrictions(Time::today()).first().pastDate);
        QVERIFY(!rights.erasureBlocker(QStringLiteral("N-000002")).isEmpty());

        rights.liftRestriction(m_f->user(kSupervisor), QStringLiteral("N-000002"),
                               QStringLiteral("trial over"));
        RemovalService(m_f->db()).propose(m_f->user(kOfficer), QStringLiteral("N-000002"),
                                          QStringLiteral("INACCURATE"), {});
    }

    void approvalWaitsForTheOpenRequest()
    {
        RemovalService removals(m_f->db());
        removals.propose(m_f->user(kOfficer), QStringLiteral("N-000003"),
                         QStringLiteral("NO_LONGER_NECESSARY"), {});
        RightsService rights(m_f->db());
        const SubjectAccessRequest r =
            rights.openRequest(m_f->user(kOfficer), QStringLiteral("N-000003"), Time::today(), {});
        QVERIFY(rights.erasureBlocker(QStringLiteral("N-000003")).contains(r.identifier()));
        const qint64 before = auditCount();
        try {
            removals.approve(m_f->user(kSupervisor), Secret(kSupervisorPassword),
                             QStringLiteral("N-000003"));
            QFAIL("approved while a request was open");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::Conflict);
            QVERIFY(e.message().contains(r.identifier()));
        }
        QCOMPARE(auditCount(), before);
        QVERIFY(removals.isPending(QStringLiteral("N-000003")));
        rights.closeRequest(m_f->user(kOfficer), r.id, QStringLiteral("full"),
                            QStringLiteral("answered"));
        removals.approve(m_f->user(kSupervisor), Secret(kSupervisorPassword),
                         QStringLiteral("N-000003"));
        QVERIFY(!NominalRepository(m_f->db()).exists(QStringLiteral("N-000003")));
        // The register keeps the request, by reference only.
        QCOMPARE(rights.requests(Time::today()).first().request.reference,
                 QStringLiteral("N-000003"));
    }

    void statementsInPacksAndRectification()
    {
        RightsService rights(m_f->db());
        rights.addStatement(m_f->user(kOfficer), QStringLiteral("N-000001"),
                            QStringLiteral("My own words"));
        PackRequest request;
        request.audience = PackAudience::Partner;
        request.references = {QStringLiteral("N-000001")};
        request.recipient = QStringLiteral("Panel");
        request.lawfulBasis = QStringLiteral("s.35");
        request.purpose = QStringLiteral("Review");
        request.agreement = m_agreement;
        const PackContent c = PackBuilder(m_f->file()).build(request, m_f->user(kOfficer));
        QCOMPARE(c.nominals.first().statements.size(), 1);
        QCOMPARE(c.nominals.first().statements.first().text, QStringLiteral("My own words"));

        // A correction at the person's request is recorded as a rectification.
        Nominal n = *NominalRepository(m_f->db()).find(QStringLiteral("N-000001"));
        n.area = QStringLiteral("Southwark");
        EditService(m_f->db(), kOfficer)
            .updateNominal(n, QStringLiteral("RECTIFICATION: wrong borough"));
        const QList<AuditEntry> log = AuditLog(m_f->db()).page(0, 5, QStringLiteral("N-000001"));
        QCOMPARE(log.first().action, RightsAudit::Rectification);
        QVERIFY(log.first().details.contains(QStringLiteral("area")));
        QVERIFY(!log.first().details.contains(QStringLiteral("Southwark")));
    }
};

QTEST_GUILESS_MAIN(tst_Rights)
#include "tst_rights.moc"
