// The person's rights from the command line (issue 11), through the real corroborate-cli with
// secrets in the environment, on a case file made with init and user add: subject access
// requests (opened, an item withheld, the response read back with pdftotext, the due date one
// calendar month on, an overdue request, nothing held), supplementary statements printed in the
// next internal and partner packs, restriction (officers refused, the nominal out of packs and
// unable to be proposed), the s.173 guard on approval, and every refusal leaving the file's
// records unchanged.
#include "CaseFileFixture.h"
#include "TestCaseFiles.h"
#include "TestSupport.h"
#include "audit/DisclosureLog.h"
#include "core/Time.h"
#include "store/Database.h"
#include "store/NominalRepository.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace corroborate;
using namespace corroborate::test;

namespace {
const QString kSurname = QStringLiteral("Quillfeather");
const QString kRestrictedSurname = QStringLiteral("Marchbank");
const QString kGuardedSurname = QStringLiteral("Oddingley");
const QString kCommunityOriginator = QStringLiteral("Zebedee Caller Line");
const QString kWithheldSummary = QStringLiteral("Youth worker saw the handover at Pellow Court");
const QString kStatement = QStringLiteral("I left that group in 2024 and have not been back");

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}
} // namespace

class tst_CliRights : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;

    static QProcessEnvironment officer() { return cliEnvironment(kOfficer, kOfficerPassword); }
    static QProcessEnvironment supervisor()
    {
        return cliEnvironment(kSupervisor, kSupervisorPassword);
    }
    static QProcessEnvironment supervisor2()
    {
        return cliEnvironment(kSupervisor2, kSupervisor2Password);
    }
    CliResult cli(const QStringList& words, const QStringList& args, const QProcessEnvironment& env)
    {
        QStringList all = words;
        all << m_file << args;
        return runCli(all, env);
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Everything a refused command must leave as it was: the rights tables, nominals,
    // intelligence, proposals and disclosures (the audit log gains a sign-in entry).
    QString records()
    {
        auto file = CaseFile::open(m_file, Secret(kPassphrase));
        QString out;
        for (const char* sql :
             {"SELECT group_concat(id || reference || state || due_on || coalesce(outcome, '') || "
              "version, ';') FROM subject_access_requests;",
              "SELECT group_concat(request_id || ':' || item_id || reason_code, ';') FROM "
              "subject_access_withheld;",
              "SELECT group_concat(nominal_id || text, ';') FROM supplementary_statements;",
              "SELECT group_concat(nominal_id || reason_code || until_on || coalesce(lifted_at, "
              "''), ';') FROM restrictions;",
              "SELECT group_concat(reference || version, ';') FROM nominals;",
              "SELECT count(*) FROM intelligence;",
              "SELECT group_concat(nominal_id || state || version, ';') FROM removal_requests;",
              "SELECT count(*) FROM disclosures;"})
            out += file->db().scalarText(sql) + QLatin1Char('|');
        return out;
    }

    QJsonArray sarList()
    {
        const CliResult r = cli({QStringLiteral("sar"), QStringLiteral("list")},
                                {QStringLiteral("--json")}, officer());
        if (r.exitCode != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    QJsonObject sar(const QString& id)
    {
        for (const QJsonValue& v : sarList())
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        return {};
    }
    QString openSar(const QString& reference, const QDate& received)
    {
        const CliResult r = cli({QStringLiteral("sar"), QStringLiteral("open")},
                                {QStringLiteral("--nominal"), reference,
                                 QStringLiteral("--received"), received.toString(Qt::ISODate)},
                                officer());
        if (r.exitCode != 0)
            qWarning() << r.err;
        return r.out.trimmed();
    }
    // Partner packs are made under an information-sharing agreement with the recipient (one
    // per recipient, recorded by the administrator on first use) and come out encrypted: the
    // pack is decrypted in place with the password the command printed, for pdftotext.
    QHash<QString, QString> m_agreements;
    QString agreementWith(const QString& recipient)
    {
        if (!m_agreements.contains(recipient)) {
            const CliResult r = cli(
                {QStringLiteral("agreement"), QStringLiteral("add")},
                {QStringLiteral("--partner"), recipient, QStringLiteral("--basis"),
                 QStringLiteral("DPA 2018 s.35"), QStringLiteral("--purpose"),
                 QStringLiteral("Panel review"), QStringLiteral("--retention-days"),
                 QStringLiteral("28"), QStringLiteral("--from"),
                 QDate::currentDate().addDays(-1).toString(Qt::ISODate), QStringLiteral("--until"),
                 QDate::currentDate().addYears(1).toString(Qt::ISODate)},
                cliEnvironment());
            if (r.exitCode != 0)
                qWarning() << r.err;
            m_agreements.insert(recipient, r.out.trimmed());
        }
        return m_agreements.value(recipient);
    }
    CliResult partnerPack(const QStringList& references, const QString& recipient,
                          const QString& out)
    {
        QStringList args;
        for (const QString& reference : references)
            args << QStringLiteral("--nominal") << reference;
        args << QStringLiteral("--audience") << QStringLiteral("partner")
             << QStringLiteral("--agreement") << agreementWith(recipient)
             << QStringLiteral("--purpose") << QStringLiteral("Panel review")
             << QStringLiteral("--out") << path(out);
        CliResult r = cli({QStringLiteral("pack")}, args, officer());
        if (r.exitCode != 0)
            return r;
        QString password;
        for (const QString& line : r.out.split(QLatin1Char('\n')))
            if (line.startsWith(QStringLiteral("Password: ")))
                password = line.mid(10).trimmed();
        const QString encrypted = path(out) + QStringLiteral(".encrypted");
        QFile::rename(path(out), encrypted);
        QProcess qpdf;
        qpdf.start(QStringLiteral("qpdf"), {QStringLiteral("--password=") + password,
                                            QStringLiteral("--decrypt"), encrypted, path(out)});
        qpdf.waitForFinished(60000);
        if (qpdf.exitCode() != 0)
            r.exitCode = 99; // the printed password must open the pack
        return r;
    }
    CliResult pack(const QString& reference, const QString& audience, const QString& recipient,
                   const QString& out)
    {
        if (audience == QStringLiteral("partner"))
            return partnerPack({reference}, recipient, out);
        return cli({QStringLiteral("pack")},
                   {QStringLiteral("--nominal"), reference, QStringLiteral("--audience"), audience,
                    QStringLiteral("--recipient"), recipient, QStringLiteral("--basis"),
                    QStringLiteral("DPA 2018 s.35"), QStringLiteral("--purpose"),
                    QStringLiteral("Panel review"), QStringLiteral("--out"), path(out)},
                   officer());
    }

private slots:
    void initTestCase();
    void help();
    void statementPrintedInTheNextInternalAndPartnerPacks();
    void requestOpenedItemWithheldAndResponseReadBack();
    void dueOneCalendarMonthOnAndOverdueListed();
    void requestAboutSomeoneNotHeld();
    void restrictionKeepsTheNominalOutAndRefusesProposal();
    void approvalRefusedWhileARequestIsOpen();
};

void tst_CliRights::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_file = path(QStringLiteral("rights.corroborate"));
    CliResult r = runCli({QStringLiteral("init"), m_file, QStringLiteral("--admin"), kAdmin});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QList<std::pair<QString, QString>> users{{kOfficer, kOfficerPassword},
                                                   {kSupervisor, kSupervisorPassword},
                                                   {kSupervisor2, kSupervisor2Password}};
    for (const auto& [name, password] : users) {
        QProcessEnvironment env = cliEnvironment();
        env.insert(QStringLiteral("CORROBORATE_NEW_PASSWORD"), password);
        r = runCli({QStringLiteral("user"), QStringLiteral("add"), m_file,
                    QStringLiteral("--username"), name, QStringLiteral("--role"),
                    name == kOfficer ? QStringLiteral("officer") : QStringLiteral("supervisor")},
                   env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    auto file = CaseFile::open(m_file, Secret(kPassphrase));
    Transaction tx(file->db());
    NominalRepository repo(file->db());
    // N-000001: a police item, a partner item (to be withheld) and a community item.
    NominalRecord one = syntheticNominal(QStringLiteral("N-000001"), 1);
    one.nominal.surname = kSurname;
    IntelligenceItem partner = one.intelligence.first();
    partner.provider = Provider::PartnerAgency;
    partner.originator = QStringLiteral("Borough Youth Service");
    partner.reference = QStringLiteral("YS/77");
    partner.summary = kWithheldSummary;
    IntelligenceItem community = one.intelligence.first();
    community.provider = Provider::Community;
    community.originator = kCommunityOriginator;
    community.reference = QStringLiteral("CI/5");
    community.summary = QStringLiteral("Community report of colours worn at the estate");
    one.intelligence << partner << community;
    repo.insert(one, kAdmin);
    NominalRecord two = syntheticNominal(QStringLiteral("N-000002"), 2);
    two.nominal.surname = kRestrictedSurname;
    repo.insert(two, kAdmin);
    NominalRecord three = syntheticNominal(QStringLiteral("N-000003"), 2);
    three.nominal.surname = kGuardedSurname;
    repo.insert(three, kAdmin);
    tx.commit();
}

void tst_CliRights::help()
{
    const CliResult r = runCli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char* command : {"sar open", "sar list", "sar withhold", "sar pack", "sar close",
                                "statement add", "restrict FILE", "restrict lift"})
        QVERIFY2(r.out.contains(QLatin1String(command)), command);
    const CliResult w =
        runCli({QStringLiteral("sar"), QStringLiteral("withhold"), QStringLiteral("--help")});
    QCOMPARE(w.exitCode, 0);
    QVERIFY(w.out.contains(QStringLiteral("PROTECT_RIGHTS_OF_OTHERS")));
    QVERIFY(w.out.contains(QStringLiteral("To protect national security")));
}

void tst_CliRights::statementPrintedInTheNextInternalAndPartnerPacks()
{
    const QString before = records();
    CliResult r = cli({QStringLiteral("statement"), QStringLiteral("add")},
                      {QStringLiteral("--nominal"), QStringLiteral("N-404404"),
                       QStringLiteral("--text"), kStatement},
                      officer());
    QCOMPARE(r.exitCode, 2);
    r = cli({QStringLiteral("statement"), QStringLiteral("add")},
            {QStringLiteral("--nominal"), QStringLiteral("N-000001"), QStringLiteral("--text"),
             QStringLiteral("   ")},
            officer());
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(records(), before);
    r = cli({QStringLiteral("statement"), QStringLiteral("add")},
            {QStringLiteral("--nominal"), QStringLiteral("N-000001"), QStringLiteral("--text"),
             kStatement},
            officer());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    r = pack(QStringLiteral("N-000001"), QStringLiteral("internal"),
             QStringLiteral("Lambeth Gangs Panel"), QStringLiteral("internal.pdf"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = pack(QStringLiteral("N-000001"), QStringLiteral("partner"),
             QStringLiteral("Riverside Housing Trust"), QStringLiteral("partner.pdf"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    for (const QString& name : {QStringLiteral("internal.pdf"), QStringLiteral("partner.pdf")}) {
        const QString text = pdfText(path(name));
        QVERIFY2(text.contains(kSurname), qPrintable(name));
        QVERIFY2(text.contains(kStatement), qPrintable(name));
        QVERIFY2(text.contains(QStringLiteral("supplementary statement")), qPrintable(name));
    }
}

void tst_CliRights::requestOpenedItemWithheldAndResponseReadBack()
{
    const QString id = openSar(QStringLiteral("N-000001"), Time::today().addDays(-3));
    QVERIFY2(id.startsWith(QStringLiteral("SAR-")), qPrintable(id));
    QVERIFY(!id.contains(QLatin1Char('\n')));

    // Refusals first: each leaves the records as they were.
    const QString before = records();
    const QStringList withhold{QStringLiteral("sar"), QStringLiteral("withhold")};
    CliResult r =
        cli(withhold,
            {QStringLiteral("--request"), id, QStringLiteral("--item"), QStringLiteral("YS/77"),
             QStringLiteral("--reason"), QStringLiteral("BECAUSE")},
            officer());
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("PROTECT_RIGHTS_OF_OTHERS")));
    r = cli(withhold,
            {QStringLiteral("--request"), id, QStringLiteral("--item"), QStringLiteral("NO/SUCH"),
             QStringLiteral("--reason"), QStringLiteral("PROTECT_RIGHTS_OF_OTHERS")},
            officer());
    QCOMPARE(r.exitCode, 2);
    r = cli(withhold,
            {QStringLiteral("--request"), QStringLiteral("SAR-999"), QStringLiteral("--item"),
             QStringLiteral("YS/77"), QStringLiteral("--reason"),
             QStringLiteral("PROTECT_RIGHTS_OF_OTHERS")},
            officer());
    QCOMPARE(r.exitCode, 2);
    r = cli(withhold, {QStringLiteral("--request"), id}, officer());
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(records(), before);

    r = cli(withhold,
            {QStringLiteral("--request"), id, QStringLiteral("--item"), QStringLiteral("YS/77"),
             QStringLiteral("--reason"), QStringLiteral("PROTECT_RIGHTS_OF_OTHERS")},
            officer());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("rights and freedoms of others")));

    const QString out = path(QStringLiteral("response.pdf"));
    r = cli({QStringLiteral("sar"), QStringLiteral("pack")},
            {QStringLiteral("--request"), id, QStringLiteral("--out"), out}, officer());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString packId = r.out.trimmed();
    const QString text = pdfText(out);
    // Everything held...
    for (const QString& expected :
         {kSurname,
          QStringLiteral("N-000001"),
          QStringLiteral("Suspected offender"),
          QStringLiteral("Synthetic summary 1"),
          QStringLiteral("Community report of colours worn at the estate"),
          QStringLiteral("Reliable"),
          QStringLiteral("Known indirectly to the source but corroborated"),
          QStringLiteral("Community"),
          kStatement,
          QStringLiteral("Lambeth Gangs Panel"),
          QStringLiteral("Riverside Housing Trust"),
          QStringLiteral("Panel review"),
          QStringLiteral("next review is due"),
          QStringLiteral("Lawful basis"),
          QStringLiteral("Rectification"),
          QStringLiteral("Erasure"),
          QStringLiteral("Restriction"),
          QStringLiteral("Information Commissioner"),
          QStringLiteral("OFFICIAL-SENSITIVE"),
          QStringLiteral("Page 1 of"),
          packId})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    // ... except the withheld item, and never the community originator.
    QVERIFY(!text.contains(kWithheldSummary));
    QVERIFY(!text.contains(QStringLiteral("Borough Youth Service")));
    QVERIFY(!text.contains(kCommunityOriginator));

    // Recorded as a disclosure to the person; never overwritten.
    {
        auto file = CaseFile::open(m_file, Secret(kPassphrase));
        const QList<Disclosure> ds =
            DisclosureLog(file->db()).forReference(QStringLiteral("N-000001"));
        QVERIFY(!ds.isEmpty());
        QCOMPARE(ds.last().kind, QStringLiteral("subject_access_response"));
        QCOMPARE(ds.last().identifier, packId);
    }
    const QString beforeAgain = records();
    r = cli({QStringLiteral("sar"), QStringLiteral("pack")},
            {QStringLiteral("--request"), id, QStringLiteral("--out"), out}, officer());
    QCOMPARE(r.exitCode, 6);
    QCOMPARE(records(), beforeAgain);

    // Closing: an outcome from the list and a note; then it is closed.
    r = cli({QStringLiteral("sar"), QStringLiteral("close")},
            {QStringLiteral("--request"), id, QStringLiteral("--outcome"), QStringLiteral("most"),
             QStringLiteral("--note"), QStringLiteral("sent")},
            officer());
    QCOMPARE(r.exitCode, 2);
    r = cli({QStringLiteral("sar"), QStringLiteral("close")},
            {QStringLiteral("--request"), id, QStringLiteral("--outcome"),
             QStringLiteral("partial"), QStringLiteral("--note"), QStringLiteral("sent by post")},
            officer());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(sar(id).value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
}

void tst_CliRights::dueOneCalendarMonthOnAndOverdueListed()
{
    const QString leap = openSar(QStringLiteral("N-000001"), QDate(2024, 1, 31));
    const QString plain = openSar(QStringLiteral("N-000001"), QDate(2023, 1, 31));
    QJsonObject o = sar(leap);
    QCOMPARE(o.value(QStringLiteral("reference")).toString(), QStringLiteral("N-000001"));
    QCOMPARE(o.value(QStringLiteral("received")).toString(), QStringLiteral("2024-01-31"));
    QCOMPARE(o.value(QStringLiteral("due")).toString(), QStringLiteral("2024-02-29"));
    QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    QCOMPARE(o.value(QStringLiteral("overdue")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("days_left")).toInt(),
             static_cast<int>(Time::today().daysTo(QDate(2024, 2, 29))));
    QCOMPARE(sar(plain).value(QStringLiteral("due")).toString(), QStringLiteral("2023-02-28"));
    const QString recent = openSar(QStringLiteral("N-000001"), Time::today());
    o = sar(recent);
    QCOMPARE(o.value(QStringLiteral("due")).toString(),
             Time::today().addMonths(1).toString(Qt::ISODate));
    QCOMPARE(o.value(QStringLiteral("overdue")).toBool(), false);
    // The plain listing marks the overdue ones.
    const CliResult r = cli({QStringLiteral("sar"), QStringLiteral("list")}, {}, officer());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("OVERDUE")));
    // A bad date: exit 2, nothing recorded.
    const QString before = records();
    const CliResult bad = cli({QStringLiteral("sar"), QStringLiteral("open")},
                              {QStringLiteral("--nominal"), QStringLiteral("N-000001"),
                               QStringLiteral("--received"), QStringLiteral("2024-02-30")},
                              officer());
    QCOMPARE(bad.exitCode, 2);
    QCOMPARE(records(), before);
    // Close them so that the later tests start clean.
    for (const QString& id : {leap, plain, recent})
        QCOMPARE(cli({QStringLiteral("sar"), QStringLiteral("close")},
                     {QStringLiteral("--request"), id, QStringLiteral("--outcome"),
                      QStringLiteral("full"), QStringLiteral("--note"), QStringLiteral("done")},
                     officer())
                     .exitCode,
                 0);
}

void tst_CliRights::requestAboutSomeoneNotHeld()
{
    const QString id = openSar(QStringLiteral("N-777777"), Time::today());
    QVERIFY(id.startsWith(QStringLiteral("SAR-")));
    const QJsonObject o = sar(id);
    QCOMPARE(o.value(QStringLiteral("held")).toBool(), false);
    const QString out = path(QStringLiteral("nothing.pdf"));
    const CliResult r =
        cli({QStringLiteral("sar"), QStringLiteral("pack")},
            {QStringLiteral("--request"), id, QStringLiteral("--out"), out}, officer());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = pdfText(out);
    QVERIFY(text.contains(QStringLiteral("holds no personal data")));
    QVERIFY(!text.contains(kSurname));
    QVERIFY(!text.contains(QStringLiteral("Testsurname")));
    QVERIFY(text.contains(QStringLiteral("Information Commissioner")));
}

void tst_CliRights::restrictionKeepsTheNominalOutAndRefusesProposal()
{
    const QString until = Time::today().addMonths(3).toString(Qt::ISODate);
    const QStringList restrict {QStringLiteral("restrict")};
    const QStringList args{QStringLiteral("--nominal"), QStringLiteral("N-000002"),
                           QStringLiteral("--reason"),  QStringLiteral("ACCURACY_CONTESTED"),
                           QStringLiteral("--until"),   until,
                           QStringLiteral("--note"),    QStringLiteral("disputes the association")};
    const QString before = records();
    QCOMPARE(cli(restrict, args, officer()).exitCode, 3);
    QStringList bad = args;
    bad[3] = QStringLiteral("DISLIKED");
    QCOMPARE(cli(restrict, bad, supervisor()).exitCode, 2);
    bad = args;
    bad[5] = QStringLiteral("2020-01-01");
    QCOMPARE(cli(restrict, bad, supervisor()).exitCode, 2);
    bad[5] = QStringLiteral("soon");
    QCOMPARE(cli(restrict, bad, supervisor()).exitCode, 2);
    bad = args;
    bad[1] = QStringLiteral("N-404404");
    QCOMPARE(cli(restrict, bad, supervisor()).exitCode, 2);
    QCOMPARE(records(), before);

    CliResult r = cli(restrict, args, supervisor());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QString restricted = records();
    QCOMPARE(cli(restrict, args, supervisor()).exitCode, 6);
    QCOMPARE(records(), restricted);
    // Out of every pack, internal and partner.
    r = pack(QStringLiteral("N-000002"), QStringLiteral("internal"), QStringLiteral("Panel"),
             QStringLiteral("restricted-internal.pdf"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QString text = pdfText(path(QStringLiteral("restricted-internal.pdf")));
    QVERIFY(!text.contains(kRestrictedSurname));
    QVERIFY(text.contains(QStringLiteral("left out because their processing is restricted")));
    r = partnerPack({QStringLiteral("N-000002"), QStringLiteral("N-000001")},
                    QStringLiteral("Council"), QStringLiteral("restricted-partner.pdf"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    text = pdfText(path(QStringLiteral("restricted-partner.pdf")));
    QVERIFY(!text.contains(kRestrictedSurname));
    QVERIFY(text.contains(kSurname));
    // Refuses a removal proposal, changing nothing.
    const QString beforeProposal = records();
    r = cli({QStringLiteral("removal"), QStringLiteral("propose")},
            {QStringLiteral("--nominal"), QStringLiteral("N-000002"), QStringLiteral("--reason"),
             QStringLiteral("INACCURATE")},
            officer());
    QCOMPARE(r.exitCode, 6);
    QVERIFY(r.err.contains(QStringLiteral("restricted")));
    QCOMPARE(records(), beforeProposal);
    // Listed with reason and date.
    r = cli({QStringLiteral("restrict"), QStringLiteral("list")}, {QStringLiteral("--json")},
            officer());
    QCOMPARE(r.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("ACCURACY_CONTESTED"));
    QCOMPARE(list.first().toObject().value(QStringLiteral("until")).toString(), until);
    restricted = records();
    // An officer cannot lift it; a supervisor can, and the proposal is then accepted.
    const QStringList lift{QStringLiteral("restrict"), QStringLiteral("lift")};
    const QStringList liftArgs{QStringLiteral("--nominal"), QStringLiteral("N-000002"),
                               QStringLiteral("--note"), QStringLiteral("settled")};
    QCOMPARE(cli(lift, liftArgs, officer()).exitCode, 3);
    QCOMPARE(records(), restricted);
    r = cli(lift, liftArgs, supervisor());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(cli(lift, liftArgs, supervisor()).exitCode, 2);
    r = cli({QStringLiteral("removal"), QStringLiteral("propose")},
            {QStringLiteral("--nominal"), QStringLiteral("N-000002"), QStringLiteral("--reason"),
             QStringLiteral("INACCURATE")},
            officer());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void tst_CliRights::approvalRefusedWhileARequestIsOpen()
{
    CliResult r = cli({QStringLiteral("removal"), QStringLiteral("propose")},
                      {QStringLiteral("--nominal"), QStringLiteral("N-000003"),
                       QStringLiteral("--reason"), QStringLiteral("NO_LONGER_NECESSARY")},
                      officer());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString id = openSar(QStringLiteral("N-000003"), Time::today());
    const QString before = records();
    const QStringList approve{QStringLiteral("removal"), QStringLiteral("approve")};
    const QStringList args{QStringLiteral("--nominal"), QStringLiteral("N-000003")};
    r = cli(approve, args, supervisor());
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.err.contains(id), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("173")));
    QCOMPARE(records(), before);
    r = cli({QStringLiteral("sar"), QStringLiteral("close")},
            {QStringLiteral("--request"), id, QStringLiteral("--outcome"), QStringLiteral("full"),
             QStringLiteral("--note"), QStringLiteral("answered")},
            officer());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli(approve, args, supervisor());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    auto file = CaseFile::open(m_file, Secret(kPassphrase));
    QVERIFY(!NominalRepository(file->db()).exists(QStringLiteral("N-000003")));
}

QTEST_GUILESS_MAIN(tst_CliRights)
#include "tst_rights.moc"
