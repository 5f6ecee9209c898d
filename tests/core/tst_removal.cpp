// The removal workflow (issue 5): proposals and their rules, the four-eyes sign-off, withdraw
// and reject paths, restriction while pending, alerts, and the signed decisions in the
// erasure register with tamper detection.
#include "CaseFileFixture.h"
#include "TestCaseFiles.h"
#include "audit/AuditLog.h"
#include "core/Error.h"
#include "core/Time.h"
#include "policy/Evaluator.h"
#include "store/Database.h"
#include "store/NominalRepository.h"
#include "store/RemovalRepository.h"
#include "workflow/CaseFileVerifier.h"
#include "workflow/ErasureService.h"
#include "workflow/RemovalService.h"

#include <QScopeGuard>
#include <QTest>
#include <functional>

using namespace corroborate;
using namespace corroborate::test;

namespace {
// The kind of Error `f` throws, or -1 when it throws nothing.
int kindOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return static_cast<int>(e.kind());
    }
    return -1;
}
constexpr int kOk = -1;
constexpr int kNotPermitted = static_cast<int>(ErrorKind::NotPermitted);
constexpr int kInvalid = static_cast<int>(ErrorKind::InvalidData);
constexpr int kConflict = static_cast<int>(ErrorKind::Conflict);

QString ref(int n)
{
    return QStringLiteral("N-%1").arg(n, 6, 10, QLatin1Char('0'));
}

} // namespace

class tst_Removal : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CaseFileFixture> m_f;
    int m_next = 100;
    // A new nominal (meeting the threshold unless `below`); returns its reference.
    QString newNominal(bool below = false)
    {
        const QString r = ref(++m_next);
        m_f->addNominal(below ? CaseFileFixture::belowThreshold(r)
                              : CaseFileFixture::meetingThreshold(r));
        return r;
    }
    RemovalService service() { return RemovalService(m_f->db()); }

private slots:
    void initTestCase()
    {
        m_f = std::make_unique<CaseFileFixture>();
        QVERIFY(m_f->isValid());
    }
    void cleanup() { Time::pin(QDateTime()); }

    void proposeValidates_data();
    void proposeValidates();
    void onlyOnePendingPerNominal();
    void proposeWithinJoinsTheCallersTransaction();
    void withdrawOnlyByProposer();
    void rejectReturnsToProposer();
    void decidedMeanwhileIsAConflict();
    void approveFourEyes_data();
    void approveFourEyes();
    void approveErasesAndSigns();
    void restrictionWhilePending();
    void evaluationChangedSinceShown();
    void tamperIsDetected_data();
    void tamperIsDetected();
    void pendingOverdueAndFlaggedAlerts();
    void flaggedSinceApproximation();
    void reasonSuggestions();
};

void tst_Removal::proposeValidates_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("existing");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("note");
    QTest::addColumn<int>("expected");
    QTest::newRow("officer") << kOfficer << true << "BELOW_THRESHOLD"
                             << "" << kOk;
    QTest::newRow("supervisor may propose") << kSupervisor << true << "ZERO_HARM"
                                            << "" << kOk;
    QTest::newRow("every code: SUBJECT_REQUEST") << kOfficer << true << "SUBJECT_REQUEST"
                                                 << "" << kOk;
    QTest::newRow("OTHER with a note") << kOfficer << true << "OTHER"
                                       << "moved away" << kOk;
    QTest::newRow("administrator only") << kAdminOnly << true << "BELOW_THRESHOLD"
                                        << "" << kNotPermitted;
    QTest::newRow("unknown code") << kOfficer << true << "BORED"
                                  << "" << kInvalid;
    QTest::newRow("code is exact") << kOfficer << true << "below_threshold"
                                   << "" << kInvalid;
    QTest::newRow("OTHER without a note") << kOfficer << true << "OTHER"
                                          << "" << kInvalid;
    QTest::newRow("OTHER with a blank note") << kOfficer << true << "OTHER"
                                             << "   " << kInvalid;
    QTest::newRow("note too long")
        << kOfficer << true << "INACCURATE"
        << QString(RemovalService::kMaxNoteLength + 1, QLatin1Char('x')) << kInvalid;
    QTest::newRow("unknown nominal") << kOfficer << false << "BELOW_THRESHOLD"
                                     << "" << kInvalid;
}

void tst_Removal::proposeValidates()
{
    QFETCH(QString, user);
    QFETCH(bool, existing);
    QFETCH(QString, code);
    QFETCH(QString, note);
    QFETCH(int, expected);
    const QString reference = existing ? newNominal() : QStringLiteral("N-999999");
    std::optional<RemovalRequest> made;
    QCOMPARE(kindOf([&] { made = service().propose(m_f->user(user), reference, code, note); }),
             expected);
    QCOMPARE(service().isPending(reference), expected == kOk);
    if (expected == kOk) {
        QCOMPARE(made->reference, reference);
        QCOMPARE(made->reasonCode, code);
        QCOMPARE(made->note, note.trimmed());
        QCOMPARE(made->proposer, user);
        QVERIFY(made->isPending());
        QCOMPARE(made->evaluationHash.size(), 64);
        // The audit entry holds the reference and the code, never the note.
        const QList<AuditEntry> log = AuditLog(m_f->db()).page(0, 1, reference);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().action, AuditAction::Removal);
        QCOMPARE(log.first().justification, code);
        if (!note.isEmpty())
            QVERIFY(!log.first().details.contains(note));
    }
}

void tst_Removal::onlyOnePendingPerNominal()
{
    const QString r = newNominal();
    service().propose(m_f->user(kOfficer), r, QStringLiteral("BELOW_THRESHOLD"), {});
    QCOMPARE(kindOf([&] {
                 service().propose(m_f->user(kSupervisor), r, QStringLiteral("INACCURATE"), {});
             }),
             kConflict);
    QCOMPARE(service().history(r).size(), 1);
}

void tst_Removal::proposeWithinJoinsTheCallersTransaction()
{
    const QString r = newNominal();
    const Nominal n = NominalRepository(m_f->db()).find(r).value();
    const Evaluation seen = service().currentEvaluation(r);
    {
        Transaction tx(m_f->db()); // rolled back: no commit
        const RemovalRequest made = service().proposeWithin(
            m_f->user(kOfficer), n, QStringLiteral("BELOW_THRESHOLD"), QStringLiteral("x"), seen);
        QCOMPARE(made.evaluationHash, QString::fromLatin1(seen.canonicalHash().toHex()));
        QVERIFY(service().isPending(r));
    }
    QVERIFY(!service().isPending(r));
    QVERIFY(AuditLog(m_f->db()).page(0, 5, r).isEmpty());
    Transaction tx(m_f->db());
    QCOMPARE(kindOf([&] {
                 service().proposeWithin(m_f->user(kAdminOnly), n, QStringLiteral("OTHER"),
                                         QStringLiteral("x"), seen);
             }),
             kNotPermitted);
    service().proposeWithin(m_f->user(kOfficer), n, QStringLiteral("INACCURATE"), {}, seen);
    QCOMPARE(kindOf([&] {
                 service().proposeWithin(m_f->user(kOfficer), n, QStringLiteral("INACCURATE"), {},
                                         seen);
             }),
             kConflict);
    tx.commit();
    QVERIFY(service().isPending(r));
}

void tst_Removal::withdrawOnlyByProposer()
{
    const QString r = newNominal();
    QCOMPARE(kindOf([&] { service().withdraw(m_f->user(kOfficer), r); }), kInvalid); // none yet
    service().propose(m_f->user(kOfficer), r, QStringLiteral("NO_LONGER_NECESSARY"), {});
    QCOMPARE(kindOf([&] { service().withdraw(m_f->user(kSupervisor), r); }), kNotPermitted);
    QCOMPARE(kindOf([&] { service().withdraw(m_f->user(kAdmin), r); }), kNotPermitted);
    QVERIFY(service().isPending(r));
    QCOMPARE(kindOf([&] { service().withdraw(m_f->user(kOfficer), r); }), kOk);
    QVERIFY(!service().isPending(r));
    const QList<RemovalRequest> h = service().history(r);
    QCOMPARE(h.size(), 1);
    QCOMPARE(h.first().state, RemovalState::Withdrawn);
    QCOMPARE(h.first().decidedBy, kOfficer);
    // Withdrawn is not "returned": nothing went back to anyone.
    for (const RemovalRequest& x : service().returned())
        QVERIFY(x.reference != r);
    // A new proposal may follow.
    QCOMPARE(kindOf([&] {
                 service().propose(m_f->user(kOfficer), r, QStringLiteral("INACCURATE"), {});
             }),
             kOk);
}

void tst_Removal::rejectReturnsToProposer()
{
    const QString r = newNominal();
    service().propose(m_f->user(kOfficer), r, QStringLiteral("BELOW_THRESHOLD"),
                      QStringLiteral("single source"));
    const QString note = QStringLiteral("Two sources were added last week; check them first.");
    QCOMPARE(kindOf([&] { service().reject(m_f->user(kOfficer), r, note); }), kNotPermitted);
    QCOMPARE(kindOf([&] { service().reject(m_f->user(kAdminOnly), r, note); }), kNotPermitted);
    QCOMPARE(kindOf([&] { service().reject(m_f->user(kSupervisor), r, QStringLiteral("  ")); }),
             kInvalid);
    QVERIFY(service().isPending(r));
    QCOMPARE(kindOf([&] { service().reject(m_f->user(kSupervisor), r, note); }), kOk);
    QVERIFY(!service().isPending(r));
    QVERIFY(NominalRepository(m_f->db()).exists(r));

    const QList<RemovalRequest> back = service().returned(kOfficer);
    const auto it = std::find_if(back.cbegin(), back.cend(),
                                 [&](const RemovalRequest& x) { return x.reference == r; });
    QVERIFY(it != back.cend());
    QCOMPARE(it->state, RemovalState::Rejected);
    QCOMPARE(it->decidedBy, kSupervisor);
    QCOMPARE(it->decisionNote, note);
    for (const RemovalRequest& x : service().returned(kSupervisor))
        QVERIFY(x.reference != r);
    // The rejection's note is not in the audit log.
    for (const AuditEntry& e : AuditLog(m_f->db()).page(0, 10, r))
        QVERIFY(!e.details.contains(note) && !e.justification.contains(note));

    // A supervisor who proposed cannot reject their own proposal either.
    const QString r2 = newNominal();
    service().propose(m_f->user(kSupervisor), r2, QStringLiteral("ZERO_HARM"), {});
    QCOMPARE(kindOf([&] { service().reject(m_f->user(kSupervisor), r2, note); }), kNotPermitted);
    QCOMPARE(kindOf([&] { service().reject(m_f->user(kSupervisor2), r2, note); }), kOk);

    // Proposing again takes it off the returned list.
    service().propose(m_f->user(kOfficer), r, QStringLiteral("BELOW_THRESHOLD"), {});
    for (const RemovalRequest& x : service().returned(kOfficer))
        QVERIFY(x.reference != r);
}

void tst_Removal::decidedMeanwhileIsAConflict()
{
    const QString r = newNominal();
    const RemovalRequest seen =
        service().propose(m_f->user(kOfficer), r, QStringLiteral("INACCURATE"), {});
    service().withdraw(m_f->user(kOfficer), r);
    Transaction tx(m_f->db());
    QCOMPARE(kindOf([&] {
                 RemovalRepository(m_f->db()).close(seen.id, seen.version, RemovalState::Rejected,
                                                    kSupervisor, Time::nowUtc(),
                                                    QStringLiteral("late"));
             }),
             kConflict);
}

void tst_Removal::approveFourEyes_data()
{
    QTest::addColumn<QString>("proposer");
    QTest::addColumn<QString>("approver");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("propose");
    QTest::addColumn<int>("expected");
    QTest::newRow("officer approving")
        << kOfficer << kOfficer << kOfficerPassword << true << kNotPermitted;
    QTest::newRow("officer approving another's")
        << kSupervisor << kOfficer << kOfficerPassword << true << kNotPermitted;
    QTest::newRow("administrator only")
        << kOfficer << kAdminOnly << kAdminOnlyPassword << true << kNotPermitted;
    QTest::newRow("supervisor approving own")
        << kSupervisor << kSupervisor << kSupervisorPassword << true << kNotPermitted;
    QTest::newRow("all roles approving own")
        << kAdmin << kAdmin << kAdminPassword << true << kNotPermitted;
    QTest::newRow("wrong password")
        << kOfficer << kSupervisor << kSupervisor2Password << true << kNotPermitted;
    QTest::newRow("no pending proposal")
        << kOfficer << kSupervisor << kSupervisorPassword << false << kInvalid;
}

void tst_Removal::approveFourEyes()
{
    QFETCH(QString, proposer);
    QFETCH(QString, approver);
    QFETCH(QString, password);
    QFETCH(bool, propose);
    QFETCH(int, expected);
    const QString r = newNominal();
    if (propose)
        service().propose(m_f->user(proposer), r, QStringLiteral("BELOW_THRESHOLD"), {});
    const qint64 erasuresBefore = ErasureRepository(m_f->db()).count();
    QCOMPARE(kindOf([&] { service().approve(m_f->user(approver), Secret(password), r); }),
             expected);
    // Nothing happened.
    QVERIFY(NominalRepository(m_f->db()).exists(r));
    QCOMPARE(service().isPending(r), propose);
    QCOMPARE(ErasureRepository(m_f->db()).count(), erasuresBefore);
}

void tst_Removal::approveErasesAndSigns()
{
    const QString r = newNominal(true);
    const qint64 id = NominalRepository(m_f->db()).find(r)->id;
    const QString note = QStringLiteral("Quibblefrost note that must not outlive the person");
    service().propose(m_f->user(kOfficer), r, QStringLiteral("OTHER"), note);
    const QString shown =
        QString::fromLatin1(service().currentEvaluation(r).canonicalHash().toHex());

    const ApprovalResult result =
        service().approve(m_f->user(kSupervisor), Secret(kSupervisorPassword), r, shown);
    QVERIFY2(result.scrubProblems.isEmpty(), qPrintable(result.scrubProblems.join(u"; ")));
    const ErasureRecord& e = result.erasure;
    QCOMPARE(e.reference, r);
    QCOMPARE(e.reasonCode, QStringLiteral("OTHER"));
    QCOMPARE(e.proposer, kOfficer);
    QCOMPARE(e.approver, kSupervisor);
    QCOMPARE(e.erasedAt, e.approvedAt);
    QCOMPARE(e.signature.size(), 64);
    QVERIFY(!e.signedPayload.contains(note));

    // The decision names what it must.
    QString problem;
    const std::optional<RemovalDecision> d =
        RemovalDecision::fromPayload(e.signedPayload, &problem);
    QVERIFY2(d.has_value(), qPrintable(problem));
    QCOMPARE(d->reference, r);
    QCOMPARE(d->proposer, kOfficer);
    QCOMPARE(d->approver, kSupervisor);
    QCOMPARE(d->evaluationHash, shown);
    QCOMPARE(d->policyVersion, 1);
    QCOMPARE(d->approverPublicKey, m_f->user(kSupervisor).signPublicKey);
    QVERIFY(d->requestId > 0);

    // Gone, with everything derived from it.
    QVERIFY(!NominalRepository(m_f->db()).exists(r));
    Statement left = m_f->db().prepare(
        "SELECT (SELECT count(*) FROM intelligence WHERE nominal_id = ?1) + (SELECT count(*) FROM "
        "removal_requests WHERE nominal_id = ?1) + (SELECT count(*) FROM reviews WHERE "
        "nominal_id = ?1);");
    left.bind(1, id);
    QVERIFY(left.step());
    QCOMPARE(left.integer(0), qint64(0));
    QVERIFY(NominalRepository(m_f->db()).search(r, 10).isEmpty());

    // What remains verifies; the log holds the reference, never the note.
    ErasureService erasures(m_f->db());
    QCOMPARE(erasures.verify(e), QString());
    QStringList actions;
    for (const AuditEntry& a : AuditLog(m_f->db()).page(0, 20, r)) {
        actions << a.action;
        QVERIFY(!a.details.contains(note) && !a.justification.contains(note));
    }
    QVERIFY(actions.contains(AuditAction::Erasure));
    QCOMPARE(actions.count(AuditAction::Removal), 2); // proposed, approved
    QVERIFY(AuditLog(m_f->db()).verify().ok);

    // Nothing left to decide or propose.
    QCOMPARE(kindOf([&] {
                 service().approve(m_f->user(kSupervisor2), Secret(kSupervisor2Password), r);
             }),
             kInvalid);
    QCOMPARE(kindOf([&] {
                 service().propose(m_f->user(kOfficer), r, QStringLiteral("INACCURATE"), {});
             }),
             kInvalid);

    // verify's report includes the signatures and passes.
    const CaseFileVerifier::Report report = CaseFileVerifier(m_f->file()).run();
    QVERIFY(std::any_of(report.checks.cbegin(), report.checks.cend(),
                        [](const CaseFileVerifier::Check& c) {
                            return c.name == u"Signed removal decisions" && c.ok;
                        }));
    QVERIFY(report.ok());
}

void tst_Removal::restrictionWhilePending()
{
    const QString meets = newNominal();
    const QString below = newNominal(true);
    QVERIFY(!service().isRestricted(meets));
    QVERIFY(service().isRestricted(below));
    QVERIFY(!service().isRestricted(QStringLiteral("N-999998")));
    QCOMPARE(service().restrictedAmong({meets, below}), QStringList{below});

    service().propose(m_f->user(kOfficer), meets, QStringLiteral("SUBJECT_REQUEST"), {});
    QVERIFY(service().isPending(meets));
    QVERIFY(service().isRestricted(meets));
    QCOMPARE(service().restrictedAmong({meets, below}), (QStringList{meets, below}));
    const QSet<QString> all = service().restrictedReferences();
    QVERIFY(all.contains(meets));
    QVERIFY(all.contains(below));

    service().withdraw(m_f->user(kOfficer), meets);
    QVERIFY(!service().isRestricted(meets));
    QVERIFY(!service().restrictedReferences().contains(meets));
    service().propose(m_f->user(kOfficer), meets, QStringLiteral("SUBJECT_REQUEST"), {});
    service().reject(m_f->user(kSupervisor), meets, QStringLiteral("keep"));
    QVERIFY(!service().isRestricted(meets));
}

void tst_Removal::evaluationChangedSinceShown()
{
    const QString r = newNominal();
    service().propose(m_f->user(kOfficer), r, QStringLiteral("NO_LONGER_NECESSARY"), {});
    const QString shown =
        QString::fromLatin1(service().currentEvaluation(r).canonicalHash().toHex());
    {
        Transaction tx(m_f->db());
        IntelligenceItem item = syntheticNominal(r, 1).intelligence.first();
        item.originator = QStringLiteral("A third unit");
        NominalRepository(m_f->db()).addIntelligence(NominalRepository(m_f->db()).find(r)->id, item,
                                                     kOfficer);
        tx.commit();
    }
    QCOMPARE(kindOf([&] {
                 service().approve(m_f->user(kSupervisor), Secret(kSupervisorPassword), r, shown);
             }),
             kConflict);
    QVERIFY(NominalRepository(m_f->db()).exists(r));
    const QString now = QString::fromLatin1(service().currentEvaluation(r).canonicalHash().toHex());
    QVERIFY(now != shown);
    QCOMPARE(kindOf([&] {
                 service().approve(m_f->user(kSupervisor), Secret(kSupervisorPassword), r, now);
             }),
             kOk);
}

void tst_Removal::tamperIsDetected_data()
{
    QTest::addColumn<QString>("sql"); // ?1 is the erasure id
    QTest::addColumn<QString>("expected");
    QTest::newRow("reason in the register")
        << "UPDATE erasures SET reason_code = 'INACCURATE' WHERE id = ?1"
        << "reason_code";
    QTest::newRow("approver in the register")
        << "UPDATE erasures SET approver = 'tess' WHERE id = ?1"
        << "approver";
    QTest::newRow("approval time") << "UPDATE erasures SET approved_at = '2020-01-01T00:00:00Z' "
                                      "WHERE id = ?1"
                                   << "approved_at";
    QTest::newRow("erasure time") << "UPDATE erasures SET erased_at = '2030-01-01T00:00:00Z' "
                                     "WHERE id = ?1"
                                  << "erased_at";
    QTest::newRow("proposal time") << "UPDATE erasures SET proposed_at = '2020-01-01T00:00:00Z' "
                                      "WHERE id = ?1"
                                   << "proposed_at";
    QTest::newRow("proposer") << "UPDATE erasures SET proposer = 'admin' WHERE id = ?1"
                              << "proposer";
    QTest::newRow("reference") << "UPDATE erasures SET reference = 'N-999997' WHERE id = ?1"
                               << "reference";
    QTest::newRow("listing date") << "UPDATE erasures SET listed_on = '2000-01-01' WHERE id = ?1"
                                  << "listed_on";
    QTest::newRow("reason in both register and decision")
        << "UPDATE erasures SET reason_code = 'INACCURATE', signed_payload = "
           "replace(signed_payload, '\"reason_code\":\"BELOW_THRESHOLD\"', "
           "'\"reason_code\":\"INACCURATE\"') WHERE id = ?1"
        << "does not verify";
    QTest::newRow("time in both register and decision")
        << "UPDATE erasures SET approved_at = '19' || substr(approved_at, 3), erased_at = '19' "
           "|| substr(erased_at, 3), signed_payload = replace(signed_payload, "
           "'\"approved_at\":\"' || approved_at, '\"approved_at\":\"19' || "
           "substr(approved_at, 3)) WHERE id = ?1"
        << "does not verify";
    QTest::newRow("approver in both register and decision")
        << "UPDATE erasures SET approver = 'tess', signed_payload = replace(signed_payload, "
           "'\"approver\":\"sam\"', '\"approver\":\"tess\"') WHERE id = ?1"
        << "not tess's";
    QTest::newRow("decision not canonical")
        << "UPDATE erasures SET signed_payload = replace(signed_payload, ',', ', ') WHERE id = ?1"
        << "canonical";
    QTest::newRow("decision not JSON")
        << "UPDATE erasures SET signed_payload = 'approved' WHERE id = ?1"
        << "not a JSON";
    QTest::newRow("signature replaced")
        << "UPDATE erasures SET signature = randomblob(64) WHERE id = ?1"
        << "does not verify";
    QTest::newRow("signature cut short")
        << "UPDATE erasures SET signature = substr(signature, 1, 32) WHERE id = ?1"
        << "missing or damaged";
    QTest::newRow("approver's key replaced")
        << "UPDATE users SET sign_public_key = (SELECT sign_public_key FROM users WHERE "
           "username = 'tess') WHERE username = 'sam' AND ?1 > 0"
        << "not sam's";
}

void tst_Removal::tamperIsDetected()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    const QString r = newNominal(true);
    service().propose(m_f->user(kOfficer), r, QStringLiteral("BELOW_THRESHOLD"), {});
    const ErasureRecord e =
        service().approve(m_f->user(kSupervisor), Secret(kSupervisorPassword), r).erasure;
    QVERIFY(service().verifySignatures().isEmpty());
    const QByteArray samKey = m_f->user(kSupervisor).signPublicKey;
    // Put everything back afterwards, pass or fail, so the next row starts clean.
    const auto restoreAll = [&] {
        Database raw;
        raw.open(m_f->path(), Secret(kPassphrase));
        Statement restore = raw.prepare(
            "UPDATE erasures SET reference = ?, listed_on = ?, proposed_at = ?, approved_at = ?, "
            "erased_at = ?, reason_code = ?, proposer = ?, approver = ?, signed_payload = ?, "
            "signature = ? WHERE id = ?;");
        restore.bind(1, e.reference)
            .bind(2, e.listedOn)
            .bind(3, e.proposedAt)
            .bind(4, e.approvedAt)
            .bind(5, e.erasedAt)
            .bind(6, e.reasonCode)
            .bind(7, e.proposer)
            .bind(8, e.approver)
            .bind(9, e.signedPayload)
            .bind(10, e.signature)
            .bind(11, e.id)
            .run();
        Statement key = raw.prepare("UPDATE users SET sign_public_key = ? WHERE username = 'sam';");
        key.bind(1, samKey).run();
    };
    auto guard = qScopeGuard(restoreAll);

    {
        // Someone with the case passphrase edits the file through their own connection.
        Database raw;
        raw.open(m_f->path(), Secret(kPassphrase));
        Statement st = raw.prepare(sql.toUtf8().constData());
        st.bind(1, e.id).run();
        QCOMPARE(raw.changes(), 1);
    }

    // One problem for this entry (a replaced key also breaks the approver's other entries).
    const QStringList problems =
        service().verifySignatures().filter(QStringLiteral("Erasure %1 (").arg(e.id));
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(expected), qPrintable(problems.first()));
    const CaseFileVerifier::Report report = CaseFileVerifier(m_f->file()).run();
    QVERIFY(!report.ok());

    guard.dismiss();
    restoreAll();
    QVERIFY(service().verifySignatures().isEmpty());
}

void tst_Removal::pendingOverdueAndFlaggedAlerts()
{
    const QDateTime t0(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
    Time::pin(t0);
    const QString pendingRef = newNominal();
    const QString flagged = newNominal(true); // listed six months ago, one source: never met
    const QString meets = newNominal();
    service().propose(m_f->user(kOfficer), pendingRef, QStringLiteral("INACCURATE"), {});

    const auto pendingOf = [&](const QDate& asOf) {
        for (const PendingProposal& p : service().pending(asOf))
            if (p.request.reference == pendingRef)
                return p;
        return PendingProposal{};
    };
    QCOMPARE(pendingOf(t0.date()).daysPending, 0);
    QCOMPARE(pendingOf(t0.date().addDays(14)).overdue, false); // not more than 14 days
    QCOMPARE(pendingOf(t0.date().addDays(15)).overdue, true);
    QCOMPARE(pendingOf(t0.date().addDays(15)).daysPending, 15);

    const auto alertFor = [&](const QString& r, const QDate& asOf) -> std::optional<FlaggedAlert> {
        for (const FlaggedAlert& a : service().flaggedWithoutProposal(asOf))
            if (a.reference == r)
                return a;
        return std::nullopt;
    };
    const std::optional<FlaggedAlert> a = alertFor(flagged, t0.date());
    QVERIFY(a.has_value());
    QCOMPARE(a->flaggedSince, CaseFileFixture::belowThreshold(flagged).nominal.listedOn);
    QVERIFY(a->daysWithoutProposal > 28);
    QVERIFY(a->reasons.contains(QStringLiteral("INSUFFICIENT_INDEPENDENT_SOURCES")));
    QVERIFY(!alertFor(meets, t0.date()));
    QVERIFY(!alertFor(pendingRef, t0.date())); // pending: not "without proposal"

    // A proposal stops the alert; after a withdrawal the clock starts again.
    service().propose(m_f->user(kOfficer), flagged, QStringLiteral("BELOW_THRESHOLD"), {});
    QVERIFY(!alertFor(flagged, t0.date()));
    service().withdraw(m_f->user(kOfficer), flagged);
    QVERIFY(!alertFor(flagged, t0.date().addDays(28)));
    const std::optional<FlaggedAlert> again = alertFor(flagged, t0.date().addDays(29));
    QVERIFY(again.has_value());
    QCOMPARE(again->since, t0.date());
    QCOMPARE(again->daysWithoutProposal, 29);
}

void tst_Removal::flaggedSinceApproximation()
{
    const Policy policy; // defaults: 24 months, two independent sources
    const Evaluator evaluator(policy);
    Nominal n;
    n.reference = QStringLiteral("N-000001");
    n.classification = Classification::SuspectedOffender;
    n.listedOn = QDate(2024, 1, 1);
    QList<IntelligenceItem> items;
    for (int i = 0; i < 2; ++i) {
        IntelligenceItem item;
        item.id = i + 1;
        item.originator = QStringLiteral("Unit %1").arg(i);
        item.obtainedOn = QDate(2024, 3, 1);
        item.sourceEvaluation = SourceEvaluation::Reliable1;
        item.assessment = IntelligenceAssessment::A;
        item.indicates = Indication::GangMembership;
        items << item;
    }
    // Met the threshold from 2024-03-01; the items aged out after 2026-03-01.
    QCOMPARE(RemovalService::flaggedSince(evaluator, n, items, QDate(2026, 6, 1), 24),
             QDate(2026, 3, 2));
    QVERIFY(evaluator.evaluate(n, items, QDate(2026, 3, 1)).meetsThreshold());
    QVERIFY(evaluator.evaluate(n, items, QDate(2026, 3, 2)).isFlagged());
    // Meets today: not flagged.
    QVERIFY(RemovalService::flaggedSince(evaluator, n, items, QDate(2025, 6, 1), 24).isNull());
    // Never met (one source): flagged since the listing.
    QCOMPARE(RemovalService::flaggedSince(evaluator, n, items.mid(0, 1), QDate(2025, 6, 1), 24),
             QDate(2024, 1, 1));
    // Items obtained after a day are not used for that day: a later second source meets it.
    QList<IntelligenceItem> late = items;
    late[1].obtainedOn = QDate(2025, 1, 1);
    QCOMPARE(RemovalService::flaggedSince(evaluator, n, late, QDate(2026, 6, 1), 24),
             QDate(2026, 3, 2));
}

void tst_Removal::reasonSuggestions()
{
    Evaluation e;
    e.status = ThresholdStatus::BelowThreshold;
    e.reasons = NominalReason::RecordedAsVictim | NominalReason::NoQualifyingIntelligence;
    QCOMPARE(RemovalService::suggestedReason(e), QStringLiteral("VICTIM_OR_AT_RISK"));
    QVERIFY(!RemovalService::suggestedNote(e).isEmpty());
    e.reasons = NominalReason::ZeroHarmScore | NominalReason::ReviewOverdue;
    QCOMPARE(RemovalService::suggestedReason(e), QStringLiteral("ZERO_HARM"));
    e.reasons = NominalReason::ZeroHarmScore | NominalReason::NoQualifyingIntelligence;
    QCOMPARE(RemovalService::suggestedReason(e), QStringLiteral("BELOW_THRESHOLD"));
    e.status = ThresholdStatus::MeetsThreshold;
    e.reasons = NominalReason::ReviewOverdue;
    QCOMPARE(RemovalService::suggestedReason(e), QString());
    for (const QString& code : RemovalService::reasonCodes()) {
        QVERIFY(RemovalService::isReasonCode(code));
        QVERIFY(!RemovalService::reasonText(code).contains(u"Unknown"));
    }
    QCOMPARE(RemovalService::reasonCodes().size(), 7);
}

QTEST_GUILESS_MAIN(tst_Removal)
#include "tst_removal.moc"
