// corroborate-cli removal and erasures end to end (issue 5): a case file made with init and
// user add, then proposals, approvals by the wrong people and the right ones, rejection,
// withdrawal, the register, and tampering caught by verify; every exit code checked.
#include "CaseFileFixture.h"
#include "TestCaseFiles.h"
#include "TestSupport.h"
#include "audit/DisclosureLog.h"
#include "store/Database.h"
#include "store/NominalRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace corroborate;
using namespace corroborate::test;

namespace {
const QString kRemoval = QStringLiteral("removal");
const QString kDistinctSurname = QStringLiteral("Prendlewick");
} // namespace

class tst_CliRemoval : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;

    static QProcessEnvironment as(const QString& user, const QString& password)
    {
        return cliEnvironment(user, password);
    }
    static QProcessEnvironment officer() { return as(kOfficer, kOfficerPassword); }
    static QProcessEnvironment supervisor() { return as(kSupervisor, kSupervisorPassword); }
    static QProcessEnvironment supervisor2() { return as(kSupervisor2, kSupervisor2Password); }

    CliResult removal(const QString& sub, const QStringList& args, const QProcessEnvironment& env)
    {
        return runCli(QStringList{kRemoval, sub, m_file} + args, env);
    }
    static QStringList nominal(const QString& reference)
    {
        return {QStringLiteral("--nominal"), reference};
    }
    static QString ref(int n) { return QStringLiteral("N-%1").arg(n, 6, 10, QLatin1Char('0')); }

    QJsonObject json(const QStringList& args, const QProcessEnvironment& env)
    {
        const CliResult r = runCli(args, env);
        if (r.exitCode != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private slots:
    void initTestCase();
    void help();
    void proposeExitCodes();
    void decisionsByTheWrongPeopleExitThree();
    void rejectWithdrawAndList();
    void approveErasesAndTheRegisterShowsIt();
    void tamperingFailsVerify();
};

void tst_CliRemoval::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(QStringLiteral("cli-removal.corroborate"));
    CliResult r = runCli({QStringLiteral("init"), m_file, QStringLiteral("--admin"), kAdmin});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QList<std::pair<QString, QString>> users{{kOfficer, QStringLiteral("officer")},
                                                   {kSupervisor, QStringLiteral("supervisor")},
                                                   {kSupervisor2, QStringLiteral("supervisor")}};
    const QStringList passwords{kOfficerPassword, kSupervisorPassword, kSupervisor2Password};
    for (qsizetype i = 0; i < users.size(); ++i) {
        QProcessEnvironment env = cliEnvironment();
        env.insert(QStringLiteral("CORROBORATE_NEW_PASSWORD"), passwords[i]);
        r = runCli({QStringLiteral("user"), QStringLiteral("add"), m_file,
                    QStringLiteral("--username"), users[i].first, QStringLiteral("--role"),
                    users[i].second},
                   env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    // Nominals, and one earlier disclosure that included N-000001.
    auto file = CaseFile::open(m_file, Secret(kPassphrase));
    Transaction tx(file->db());
    NominalRepository repo(file->db());
    for (int i = 1; i <= 6; ++i) {
        NominalRecord record = syntheticNominal(ref(i), i == 6 ? 1 : 2);
        record.nominal.surname = kDistinctSurname;
        repo.insert(record, kAdmin);
    }
    Disclosure d;
    d.madeBy = kOfficer;
    d.kind = QStringLiteral("pack_pdf");
    d.audience = QStringLiteral("partner");
    d.recipient = QStringLiteral("Borough community safety team");
    d.lawfulBasis = QStringLiteral("DPA 2018 s.35");
    d.purpose = QStringLiteral("Quarterly panel");
    d.identifier = QStringLiteral("PACK-CLI-1");
    DisclosureLog(file->db()).record(d, {ref(1), ref(2)});
    tx.commit();
}

void tst_CliRemoval::help()
{
    CliResult r = runCli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char* command : {"removal propose", "removal approve", "removal reject",
                                "removal withdraw", "removal list", "erasures"})
        QVERIFY2(r.out.contains(QLatin1String(command)), command);
    r = runCli({kRemoval, QStringLiteral("list"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("overdue")));
    r = runCli({QStringLiteral("erasures"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("signed_payload")));
    r = runCli({kRemoval, QStringLiteral("propose"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("VICTIM_OR_AT_RISK")));
}

void tst_CliRemoval::proposeExitCodes()
{
    const QString propose = QStringLiteral("propose");
    const QString reason = QStringLiteral("--reason");
    CliResult r =
        removal(propose,
                nominal(ref(1)) << reason << QStringLiteral("BELOW_THRESHOLD")
                                << QStringLiteral("--note") << QStringLiteral("one source left"),
                officer());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!r.err.contains(kDistinctSurname));
    // A second pending proposal for the same nominal: conflict.
    r = removal(propose, nominal(ref(1)) << reason << QStringLiteral("INACCURATE"), supervisor());
    QCOMPARE(r.exitCode, 6);
    // Invalid data: unknown nominal, unknown code, OTHER without a note.
    r = removal(propose,
                nominal(QStringLiteral("N-424242")) << reason << QStringLiteral("INACCURATE"),
                officer());
    QCOMPARE(r.exitCode, 2);
    r = removal(propose, nominal(ref(3)) << reason << QStringLiteral("BORED"), officer());
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("SUBJECT_REQUEST"))); // says what is allowed
    r = removal(propose, nominal(ref(3)) << reason << QStringLiteral("OTHER"), officer());
    QCOMPARE(r.exitCode, 2);
    // Usage: a required option missing.
    r = removal(propose, nominal(ref(3)), officer());
    QCOMPARE(r.exitCode, 1);
    r = removal(propose, {reason, QStringLiteral("OTHER")}, officer());
    QCOMPARE(r.exitCode, 1);
    // Not permitted: a wrong password.
    r = removal(propose, nominal(ref(3)) << reason << QStringLiteral("INACCURATE"),
                as(kOfficer, QStringLiteral("not-her-password")));
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!json({kRemoval, QStringLiteral("list"), m_file, QStringLiteral("--json")}, officer())
                 .value(QStringLiteral("pending"))
                 .toArray()
                 .isEmpty());
}

void tst_CliRemoval::decisionsByTheWrongPeopleExitThree()
{
    // N-000002 proposed by a supervisor; N-000001 by the officer (proposeExitCodes).
    CliResult r = removal(
        QStringLiteral("propose"),
        nominal(ref(2)) << QStringLiteral("--reason") << QStringLiteral("ZERO_HARM"), supervisor());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    const QString approve = QStringLiteral("approve");
    r = removal(approve, nominal(ref(1)), officer()); // an officer approving
    QCOMPARE(r.exitCode, 3);
    r = removal(approve, nominal(ref(2)), supervisor()); // approving their own proposal
    QCOMPARE(r.exitCode, 3);
    r = removal(approve, nominal(ref(1)), as(kSupervisor, kSupervisor2Password)); // wrong password
    QCOMPARE(r.exitCode, 3);
    r = removal(QStringLiteral("reject"),
                nominal(ref(1)) << QStringLiteral("--note") << QStringLiteral("no"),
                officer()); // an officer rejecting
    QCOMPARE(r.exitCode, 3);
    r = removal(QStringLiteral("reject"),
                nominal(ref(2)) << QStringLiteral("--note") << QStringLiteral("no"),
                supervisor()); // rejecting their own
    QCOMPARE(r.exitCode, 3);
    r = removal(QStringLiteral("withdraw"), nominal(ref(1)), supervisor()); // not the proposer
    QCOMPARE(r.exitCode, 3);
    // No pending proposal to decide: invalid data.
    r = removal(approve, nominal(ref(3)), supervisor());
    QCOMPARE(r.exitCode, 2);
    r = removal(QStringLiteral("withdraw"), nominal(ref(3)), officer());
    QCOMPARE(r.exitCode, 2);
    r = removal(approve, nominal(QStringLiteral("N-424242")), supervisor());
    QCOMPARE(r.exitCode, 2);
    // Reject without its note: usage.
    r = removal(QStringLiteral("reject"), nominal(ref(1)), supervisor());
    QCOMPARE(r.exitCode, 1);

    // Nothing was decided by any of that.
    const QJsonArray pending =
        json({kRemoval, QStringLiteral("list"), m_file, QStringLiteral("--json")}, supervisor())
            .value(QStringLiteral("pending"))
            .toArray();
    QStringList refs;
    for (const QJsonValue& p : pending)
        refs << p.toObject().value(QStringLiteral("reference")).toString();
    QCOMPARE(refs, (QStringList{ref(1), ref(2)}));
}

void tst_CliRemoval::rejectWithdrawAndList()
{
    const QString note = QStringLiteral("Harm score was recorded wrongly; correct it instead.");
    CliResult r = removal(QStringLiteral("reject"),
                          nominal(ref(2)) << QStringLiteral("--note") << note, supervisor2());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    QJsonObject list =
        json({kRemoval, QStringLiteral("list"), m_file, QStringLiteral("--json")}, officer());
    QCOMPARE(list.value(QStringLiteral("proposal_pending_alert_days")).toInt(), 14);
    QCOMPARE(list.value(QStringLiteral("flagged_without_proposal_alert_days")).toInt(), 28);
    const QJsonArray pending = list.value(QStringLiteral("pending")).toArray();
    QCOMPARE(pending.size(), 1);
    const QJsonObject p = pending.first().toObject();
    QCOMPARE(p.value(QStringLiteral("reference")).toString(), ref(1));
    QCOMPARE(p.value(QStringLiteral("proposer")).toString(), kOfficer);
    QCOMPARE(p.value(QStringLiteral("reason_code")).toString(), QStringLiteral("BELOW_THRESHOLD"));
    QCOMPARE(p.value(QStringLiteral("overdue")).toBool(), false);
    QVERIFY(p.value(QStringLiteral("overdue")).isBool());
    QCOMPARE(p.value(QStringLiteral("days_pending")).toInt(), 0);
    const QJsonArray returned = list.value(QStringLiteral("returned")).toArray();
    QCOMPARE(returned.size(), 1);
    QCOMPARE(returned.first().toObject().value(QStringLiteral("reference")).toString(), ref(2));
    QCOMPARE(returned.first().toObject().value(QStringLiteral("rejection_note")).toString(), note);
    QCOMPARE(returned.first().toObject().value(QStringLiteral("rejected_by")).toString(),
             kSupervisor2);
    // N-000006 (one source, listed six months ago) has been flagged for more than 28 days.
    const QJsonArray flagged = list.value(QStringLiteral("flagged_without_proposal")).toArray();
    QCOMPARE(flagged.size(), 1);
    QCOMPARE(flagged.first().toObject().value(QStringLiteral("reference")).toString(), ref(6));
    QVERIFY(flagged.first().toObject().value(QStringLiteral("days_without_proposal")).toInt() > 28);

    // Text output names the same.
    r = removal(QStringLiteral("list"), {}, supervisor());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(ref(1)) && r.out.contains(ref(2)) && r.out.contains(ref(6)));
    QVERIFY(!r.out.contains(kDistinctSurname));

    // The proposer withdraws and proposes again.
    r = removal(QStringLiteral("withdraw"), nominal(ref(1)), officer());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = removal(QStringLiteral("approve"), nominal(ref(1)), supervisor());
    QCOMPARE(r.exitCode, 2); // nothing pending any more
    r = removal(QStringLiteral("propose"),
                nominal(ref(1)) << QStringLiteral("--reason") << QStringLiteral("OTHER")
                                << QStringLiteral("--note") << QStringLiteral("moved away"),
                officer());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void tst_CliRemoval::approveErasesAndTheRegisterShowsIt()
{
    CliResult r = removal(QStringLiteral("approve"), nominal(ref(1)), supervisor());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!r.err.contains(kDistinctSurname) && !r.out.contains(kDistinctSurname));
    // Once erased there is nothing left to decide.
    r = removal(QStringLiteral("approve"), nominal(ref(1)), supervisor2());
    QCOMPARE(r.exitCode, 2);
    r = removal(QStringLiteral("propose"),
                nominal(ref(1)) << QStringLiteral("--reason") << QStringLiteral("INACCURATE"),
                officer());
    QCOMPARE(r.exitCode, 2);

    const CliResult raw =
        runCli({QStringLiteral("erasures"), m_file, QStringLiteral("--json")}, officer());
    QCOMPARE(raw.exitCode, 0);
    QVERIFY(!raw.out.contains(kDistinctSurname));
    QVERIFY(!raw.out.contains(QStringLiteral("moved away"))); // the note is not kept
    const QJsonArray list = QJsonDocument::fromJson(raw.out.toUtf8())
                                .object()
                                .value(QStringLiteral("erasures"))
                                .toArray();
    QCOMPARE(list.size(), 1);
    const QJsonObject e = list.first().toObject();
    QCOMPARE(e.value(QStringLiteral("reference")).toString(), ref(1));
    QCOMPARE(e.value(QStringLiteral("reason_code")).toString(), QStringLiteral("OTHER"));
    QCOMPARE(e.value(QStringLiteral("proposer")).toString(), kOfficer);
    QCOMPARE(e.value(QStringLiteral("approver")).toString(), kSupervisor);
    QCOMPARE(e.value(QStringLiteral("signature")).toString().size(), 128);
    QCOMPARE(e.value(QStringLiteral("signature_valid")).toBool(), true);
    QVERIFY(!e.value(QStringLiteral("listed_on")).toString().isEmpty());
    QCOMPARE(e.value(QStringLiteral("erased_at")), e.value(QStringLiteral("approved_at")));
    const QJsonObject signedDecision =
        QJsonDocument::fromJson(e.value(QStringLiteral("signed_payload")).toString().toUtf8())
            .object();
    QCOMPARE(signedDecision.value(QStringLiteral("reference")).toString(), ref(1));
    QCOMPARE(signedDecision.value(QStringLiteral("approver")).toString(), kSupervisor);
    QCOMPARE(signedDecision.value(QStringLiteral("evaluation_hash")).toString().size(), 64);
    const QJsonArray disclosures = e.value(QStringLiteral("disclosures")).toArray();
    QCOMPARE(disclosures.size(), 1);
    QCOMPARE(disclosures.first().toObject().value(QStringLiteral("recipient")).toString(),
             QStringLiteral("Borough community safety team"));

    r = runCli({QStringLiteral("erasures"), m_file}, supervisor());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(ref(1)));
    QVERIFY(r.out.contains(QStringLiteral("Borough community safety team")));

    r = runCli({QStringLiteral("verify"), m_file}, officer());
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QStringLiteral("Signed removal decisions")));
}

void tst_CliRemoval::tamperingFailsVerify()
{
    {
        Database raw;
        raw.open(m_file, Secret(kPassphrase));
        raw.exec("UPDATE erasures SET reason_code = 'SUBJECT_REQUEST';");
        QCOMPARE(raw.changes(), 1);
    }
    CliResult r = runCli({QStringLiteral("verify"), m_file}, officer());
    QCOMPARE(r.exitCode, 5);
    QVERIFY(r.out.contains(QStringLiteral("reason_code")));
    const QJsonObject e =
        json({QStringLiteral("erasures"), m_file, QStringLiteral("--json")}, officer())
            .value(QStringLiteral("erasures"))
            .toArray()
            .first()
            .toObject();
    QCOMPARE(e.value(QStringLiteral("signature_valid")).toBool(), false);
    QVERIFY(!e.value(QStringLiteral("signature_problem")).toString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_CliRemoval)
#include "tst_removal.moc"
