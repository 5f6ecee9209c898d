// The project's own forensic test (issue 5): after an approved removal, every page of the case
// file and of its write-ahead log, decrypted independently of the app's store with OpenSSL's
// libcrypto (ForensicScanner), holds none of the erased person's name, date of birth,
// group, notes or intelligence text, free pages included. Each absence is checked against a
// positive control: the same scanner finds the same strings before the erasure.
#include "CaseFileFixture.h"
#include "ForensicScanner.h"
#include "TestCaseFiles.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "audit/DisclosureLog.h"
#include "core/Time.h"
#include "store/Database.h"
#include "store/ErasureRepository.h"
#include "store/NominalRepository.h"
#include "workflow/CaseFileVerifier.h"
#include "workflow/ErasureService.h"
#include "workflow/RemovalService.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace corroborate;
using namespace corroborate::test;

namespace {
const QString kTarget = QStringLiteral("N-000777");

// Distinctive synthetic strings: none occurs anywhere else in the file.
const QString kSurname = QStringLiteral("Zxqvorth");
const QString kOldForenames = QStringLiteral("Quillanprior");
const QString kForenames = QStringLiteral("Quillan");
const QString kDateOfBirth = QStringLiteral("1931-07-19");
const QString kGroup = QStringLiteral("Glimmerfenwick Row");
const QString kSummary = QStringLiteral("Seen feeding quokkas near Wibblethorpe marina");
const QString kOverflowTail = QStringLiteral("Wibblethorpe overflow tail");
const QString kConditions = QStringLiteral("Vexmoorington conditions apply");
const QString kReviewText = QStringLiteral("Plonkwistle asked for a fresh look");
const QString kRejectNote = QStringLiteral("Drizzlecombe sighting not yet checked");
const QString kProposalNote = QStringLiteral("Moved away to Snorkelbury");
// Free text elsewhere in the file that names the person (docs/DESIGN.md 15): disclosures, audit
// justifications. Each must be redacted by the erasure.
const QString kRecipient = QStringLiteral("Solicitor for Mr Zxqvorth");
const QString kPurpose = QStringLiteral("Housing review of Quillan Zxqvorth (born 19/07/1931)");
const QString kIdentifier = QStringLiteral("PACK-N-000777-ZXQVORTH");
const QString kJustification = QStringLiteral("Asked by zxqvorth's mother on 19 July 1931's date");
// Another nominal's intelligence that mentions the person: listed, never rewritten.
const QString kOtherReference = QStringLiteral("N-000002");
const QString kOtherSummary = QStringLiteral("Seen with a man born 19th July 1931 at the lido");

// Everything that must be gone after the erasure.
QStringList erasedStrings()
{
    return {kSurname,
            kOldForenames,
            kForenames,
            kDateOfBirth,
            kGroup,
            kSummary,
            kOverflowTail,
            kConditions,
            kReviewText,
            kRejectNote,
            kProposalNote,
            kTarget + QStringLiteral("-"),
            QStringLiteral("19/07/1931"),
            QStringLiteral("19 July 1931")};
}
// What the positive control must find before the erasure. The old forenames are left out:
// secure delete may already have zeroed them when they were edited.
QStringList controlStrings()
{
    QStringList s = erasedStrings();
    s.removeAll(kOldForenames);
    return s;
}
// Trigram terms of the search index that only the erased person's names produce.
const QStringList kDistinctiveTrigrams{QStringLiteral("zxq"), QStringLiteral("xqv"),
                                       QStringLiteral("qvo"), QStringLiteral("anp"),
                                       QStringLiteral("npr")};

QString describe(const QList<ForensicScanner::Finding>& findings)
{
    QStringList lines;
    for (const ForensicScanner::Finding& f : findings.mid(0, 20))
        lines << f.needle + QStringLiteral(" in ") + f.where;
    return lines.join(QStringLiteral("; "));
}

NominalRecord targetRecord()
{
    NominalRecord r = syntheticNominal(kTarget, 0);
    r.nominal.surname = kSurname;
    r.nominal.forenames = kOldForenames;
    r.nominal.dateOfBirth = QDate::fromString(kDateOfBirth, Qt::ISODate);
    r.nominal.group = kGroup;
    for (int i = 0; i < 12; ++i) {
        IntelligenceItem item;
        item.provider = i % 2 ? Provider::Police : Provider::PartnerAgency;
        item.originator = QStringLiteral("Forensic Unit %1").arg(i);
        item.reference = QStringLiteral("INT/F/%1").arg(i);
        item.obtainedOn = Time::today().addMonths(-1);
        item.sourceEvaluation = SourceEvaluation::Reliable1;
        item.assessment = IntelligenceAssessment::B;
        item.handlingCode = i == 3 ? HandlingCode::C : HandlingCode::P;
        item.handlingConditions = i == 3 ? kConditions : QString();
        item.indicates = Indication::GangMembership;
        item.summary = kSummary + QStringLiteral(" (%1)").arg(i);
        // One summary long enough to need overflow pages, so erasure frees whole pages.
        if (i == 5)
            item.summary = QStringLiteral("Long account. ").repeated(600) + kOverflowTail;
        r.intelligence << item;
    }
    return r;
}

// Counts the search index's terms among `terms` (fts5vocab over the live index).
int searchTermsPresent(Database& db, const QStringList& terms)
{
    db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.forensic_vocab USING "
            "fts5vocab(main, nominal_search, row);");
    int found = 0;
    Statement st = db.prepare("SELECT count(*) FROM temp.forensic_vocab WHERE term = ?;");
    for (const QString& t : terms) {
        st.reset();
        st.bind(1, t);
        if (st.step())
            found += static_cast<int>(st.integer(0));
    }
    return found;
}
} // namespace

class tst_ErasureForensic : public QObject
{
    Q_OBJECT

private:
    // Builds a file with filler nominals and the target, with a review, a disclosure, a
    // rejected and a pending proposal for the target.
    void buildFile(CaseFileFixture& f);

private slots:
    void scannerReadsAndAuthenticates();
    void approvedErasureLeavesNothing();
    void blockedCheckpointIsReportedThenCompleted();
    void killedDuringTheScrubFinishesAtTheNextOpen();
};

void tst_ErasureForensic::buildFile(CaseFileFixture& f)
{
    {
        Transaction tx(f.db());
        NominalRepository repo(f.db());
        for (int i = 1; i <= 150; ++i)
            repo.insert(syntheticNominal(QStringLiteral("N-%1").arg(i, 6, 10, QLatin1Char('0')), 3),
                        kAdmin);
        tx.commit();
    }
    const qint64 id = f.addNominal(targetRecord());
    {
        // An edit: the old forenames must not survive either.
        Transaction tx(f.db());
        NominalRepository repo(f.db());
        Nominal n = repo.findById(id).value();
        n.forenames = kForenames;
        repo.update(n, kOfficer);
        // A review of the target (no review service yet: straight into the table).
        Statement st = f.db().prepare(
            "INSERT INTO reviews (nominal_id, reviewer, reviewed_at, policy_version, evaluation, "
            "decision, reason) VALUES (?, 'olive', '2026-01-05T10:00:00Z', 1, '{}', 'defer', ?);");
        st.bind(1, id).bind(2, kReviewText).run();
        Disclosure d;
        d.madeBy = kOfficer;
        d.kind = QStringLiteral("pack_pdf");
        d.audience = QStringLiteral("partner");
        d.recipient = kRecipient;
        d.lawfulBasis = QStringLiteral("DPA 2018 s.35");
        d.purpose = kPurpose;
        d.identifier = kIdentifier;
        DisclosureLog(f.db()).record(d, {kTarget, QStringLiteral("N-000001")});
        AuditLog(f.db()).append(kOfficer, AuditAction::Consultation, kTarget, kJustification);
        Statement other = f.db().prepare(
            "UPDATE intelligence SET summary = ? WHERE id = (SELECT min(i.id) FROM intelligence i "
            "JOIN nominals n ON n.id = i.nominal_id WHERE n.reference = ?);");
        other.bind(1, kOtherSummary).bind(2, kOtherReference).run();
        tx.commit();
    }
    RemovalService service(f.db());
    service.propose(f.user(kOfficer), kTarget, QStringLiteral("NO_LONGER_NECESSARY"), {});
    service.reject(f.user(kSupervisor), kTarget, kRejectNote);
    service.propose(f.user(kOfficer), kTarget, QStringLiteral("OTHER"), kProposalNote);
}

void tst_ErasureForensic::scannerReadsAndAuthenticates()
{
    CaseFileFixture f;
    QVERIFY(f.isValid());
    f.addNominal(syntheticNominal(QStringLiteral("N-000001"), 2));
    f.close(); // folds the log into the file

    ForensicScanner scanner(kPassphrase);
    const ForensicScanner::Scan scan = scanner.scan(f.path());
    QVERIFY2(scan.error.isEmpty(), qPrintable(scan.error));
    QVERIFY(scan.databasePages > 1);
    QCOMPARE(scan.unauthenticated, 0);
    QCOMPARE(int(scan.pageCountInHeader), scan.databasePages);
    // Page 1 decrypts to a SQLite header: 4096-byte pages, 80 reserved bytes per page.
    const QByteArray& header = scan.pages.first().plain;
    QCOMPARE(quint8(header.at(16)), quint8(0x10));
    QCOMPARE(quint8(header.at(17)), quint8(0x00));
    QCOMPARE(int(quint8(header.at(20))), 80);
    // The scanner finds what is there (and only finds plaintext after decrypting).
    QVERIFY(ForensicScanner::missing(scan, {QStringLiteral("Testsurname")}).isEmpty());
    QFile raw(f.path());
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(!raw.readAll().contains("Testsurname"));

    // Negative control: with the wrong passphrase no page authenticates.
    ForensicScanner wrong(QStringLiteral("not-the-passphrase"));
    const ForensicScanner::Scan bad = wrong.scan(f.path());
    QVERIFY2(bad.error.isEmpty(), qPrintable(bad.error));
    QCOMPARE(bad.unauthenticated, bad.databasePages);
    QVERIFY(!ForensicScanner::missing(bad, {QStringLiteral("Testsurname")}).isEmpty());
}

void tst_ErasureForensic::approvedErasureLeavesNothing()
{
    CaseFileFixture f;
    QVERIFY(f.isValid());
    buildFile(f);
    ForensicScanner scanner(kPassphrase);

    // Positive control, with the file open in write-ahead-log mode as the app leaves it.
    const ForensicScanner::Scan before = scanner.scan(f.path());
    QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
    QCOMPARE(before.unauthenticated, 0);
    QVERIFY2(before.walFrames > 0, "the scenario should exercise the write-ahead log");
    QVERIFY2(ForensicScanner::missing(before, controlStrings()).isEmpty(),
             qPrintable(ForensicScanner::missing(before, controlStrings()).join(u", ")));
    QCOMPARE(searchTermsPresent(f.db(), kDistinctiveTrigrams), kDistinctiveTrigrams.size() - 2);

    const ApprovalResult result =
        RemovalService(f.db()).approve(f.user(kSupervisor2), Secret(kSupervisor2Password), kTarget);
    QVERIFY2(result.scrubProblems.isEmpty(), qPrintable(result.scrubProblems.join(u"; ")));
    // The other nominal's intelligence is listed for review and left as it was.
    QCOMPARE(result.mentions.size(), 1);
    QCOMPARE(result.mentions.first().nominalReference, kOtherReference);
    QCOMPARE(f.db().scalarInt("SELECT count(*) FROM intelligence WHERE summary LIKE "
                              "'%born 19th July 1931%';"),
             qint64(1));
    // The free text that named the person now says [erased], and the chain still verifies.
    QCOMPARE(f.db().scalarText("SELECT recipient FROM disclosures;"),
             QStringLiteral("Solicitor for Mr [erased]"));
    QCOMPARE(f.db().scalarText("SELECT purpose FROM disclosures;"),
             QStringLiteral("Housing review of [erased] [erased] (born [erased])"));
    QVERIFY(AuditLog(f.db()).verify().ok);
    QVERIFY(f.file().integrityProblems().isEmpty());

    // Still open: the log must have been truncated, and nothing must remain in any page.
    const ForensicScanner::Scan after = scanner.scan(f.path());
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    QCOMPARE(after.unauthenticated, 0);
    const QList<ForensicScanner::Finding> left = ForensicScanner::find(after, erasedStrings());
    QVERIFY2(left.isEmpty(), qPrintable(describe(left)));
    QCOMPARE(after.walBytes, qint64(0));
    QVERIFY2(after.freelistCount > 0, "the erasure should have freed pages, and they are scanned");
    QCOMPARE(int(after.pageCountInHeader), after.databasePages);
    // The rest of the file is still readable by the scanner (the check is not vacuous).
    QVERIFY(ForensicScanner::missing(after, {QStringLiteral("Testsurname"), kTarget}).isEmpty());
    QCOMPARE(searchTermsPresent(f.db(), kDistinctiveTrigrams), 0);

    // What remains: one register entry that verifies, with the earlier disclosure.
    ErasureService erasures(f.db());
    const std::optional<ErasureRegisterEntry> entry = erasures.entryFor(kTarget);
    QVERIFY(entry.has_value());
    QVERIFY2(entry->signatureProblem.isEmpty(), qPrintable(entry->signatureProblem));
    QCOMPARE(entry->disclosures.size(), 1);
    QCOMPARE(entry->record.reasonCode, QStringLiteral("OTHER"));
    QVERIFY(!NominalRepository(f.db()).exists(kTarget));
    QCOMPARE(f.db().scalarInt("SELECT count(*) FROM removal_requests;"), qint64(0));

    // And after closing, with nothing else open.
    f.close();
    const ForensicScanner::Scan closed = scanner.scan(f.path());
    QVERIFY2(closed.error.isEmpty(), qPrintable(closed.error));
    QCOMPARE(closed.unauthenticated, 0);
    const QList<ForensicScanner::Finding> closedLeft =
        ForensicScanner::find(closed, erasedStrings());
    QVERIFY2(closedLeft.isEmpty(), qPrintable(describe(closedLeft)));
    f.reopen();
    QVERIFY(f.file().integrityProblems().isEmpty());
}

void tst_ErasureForensic::blockedCheckpointIsReportedThenCompleted()
{
    CaseFileFixture f;
    QVERIFY(f.isValid());
    buildFile(f);

    // Another copy of the app reading the file holds back the checkpoint.
    auto reader = CaseFile::open(f.path(), Secret(kPassphrase));
    reader->db().exec("BEGIN;");
    QVERIFY(reader->db().scalarInt("SELECT count(*) FROM nominals;") > 0);

    const ApprovalResult result =
        RemovalService(f.db()).approve(f.user(kSupervisor), Secret(kSupervisorPassword), kTarget);
    QVERIFY(!result.scrubProblems.isEmpty());
    QVERIFY(result.scrubProblems.first().contains(QStringLiteral("pending")));
    QVERIFY(!NominalRepository(f.db()).exists(kTarget));
    // Not done yet: the person is still in the file's pages, and verify says so.
    ForensicScanner scanner(kPassphrase);
    QVERIFY(!ForensicScanner::find(scanner.scan(f.path()), {kSurname}).isEmpty());
    const CaseFileVerifier::Report pending = CaseFileVerifier(f.file()).run();
    QVERIFY(!pending.ok());

    // The reader's last close finishes the scrub, with nobody calling scrub() again.
    reader->db().exec("COMMIT;");
    reader.reset();
    QVERIFY(!ErasureRepository(f.db()).scrubPending());
    QVERIFY(CaseFileVerifier(f.file()).run().ok());
    const ForensicScanner::Scan after = scanner.scan(f.path());
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    QCOMPARE(after.unauthenticated, 0);
    QCOMPARE(after.walBytes, qint64(0));
    const QList<ForensicScanner::Finding> left = ForensicScanner::find(after, erasedStrings());
    QVERIFY2(left.isEmpty(), qPrintable(describe(left)));
}

void tst_ErasureForensic::killedDuringTheScrubFinishesAtTheNextOpen()
{
    CaseFileFixture f;
    QVERIFY(f.isValid());
    buildFile(f);
    const QString base = f.path();
    f.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CORROBORATE_PASSPHRASE"), kPassphrase);
    env.insert(QStringLiteral("CORROBORATE_USER"), kSupervisor);
    env.insert(QStringLiteral("CORROBORATE_PASSWORD"), kSupervisorPassword);
    const QStringList approve{QStringLiteral("removal"), QStringLiteral("approve"), QString(),
                              QStringLiteral("--nominal"), kTarget};
    QTemporaryDir dir;
    QRandomGenerator random(16);
    qint64 duration = 0;
    int erasedRounds = 0;
    for (int round = 0; round < 6; ++round) {
        const QString copy = dir.filePath(QStringLiteral("kill-%1.corroborate").arg(round));
        QVERIFY(QFile::copy(base, copy));
        QStringList args = approve;
        args[2] = copy;
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(cliPath(), args);
        QVERIFY(p.waitForStarted());
        if (round == 0) {
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 0);
            duration = t.elapsed();
        } else {
            // The later part of the run: the commit, the redaction and the checkpoint.
            const int delay = static_cast<int>(
                duration / 2 + random.bounded(static_cast<quint32>(duration / 2 + 1)));
            if (!p.waitForFinished(delay)) {
                p.kill();
                p.waitForFinished(10000);
            }
        }
        // The next open finishes whatever the killed process owed.
        {
            auto opened = CaseFile::open(copy, Secret(kPassphrase));
            QVERIFY(!ErasureRepository(opened->db()).scrubPending());
            if (NominalRepository(opened->db()).exists(kTarget))
                continue; // killed before the commit: nothing was erased, nothing to check
            QVERIFY(CaseFileVerifier(*opened).run().ok());
        }
        ++erasedRounds;
        const ForensicScanner::Scan scan = ForensicScanner(kPassphrase).scan(copy);
        QVERIFY2(scan.error.isEmpty(), qPrintable(scan.error));
        const QList<ForensicScanner::Finding> left = ForensicScanner::find(scan, erasedStrings());
        QVERIFY2(left.isEmpty(),
                 qPrintable(QStringLiteral("round %1: ").arg(round) + describe(left)));
    }
    QVERIFY(erasedRounds >= 1);
}

QTEST_GUILESS_MAIN(tst_ErasureForensic)
#include "tst_erasure_forensic.moc"
