// corroborate-cli sharing under control end to end (issue 10), through the real binary on a
// real case file: the agreements register (add/list/end; officers refused), partner packs
// refused without an agreement in force or for a purpose it does not list (file unchanged,
// byte for byte), a permitted partner pack that opens only with the printed password (qpdf)
// and names recipient, agreement and destroy-by on every page (pdftotext), destroy-by dates
// and confirmations (overdue until confirmed), recall notices for a person erased after being
// in two packs (naming the packs and the reference, nothing else of the person), the
// encrypted online backup opened by the stock sqlcipher shell, and the owner-only export.
#include "TestCaseFiles.h"
#include "TestSupport.h"
#include "core/Time.h"
#include "packs/PackHtml.h"
#include "store/NominalRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace corroborate;
using namespace corroborate::test;

namespace {

const QString kPartner = QStringLiteral("Brent Housing");
const QString kPurpose = QStringLiteral("safeguarding panel");
// The person erased in recall(): nothing of this may appear in a recall notice.
const QString kErasedSurname = QStringLiteral("Quillfeather");
const QString kErasedForenames = QStringLiteral("Thaddeus Aurelio");
const QDate kErasedBorn(1999, 3, 14);

struct Tool
{
    int exitCode = -1;
    QString out;
};

Tool tool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput())};
}

// Page texts, white space simplified.
QStringList pages(const QString& pdf)
{
    QStringList out;
    for (const QString& page :
         tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out.split(QLatin1Char('\f')))
        if (!page.trimmed().isEmpty())
            out << page.simplified();
    return out;
}

QJsonArray jsonArray(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

} // namespace

class TestCliSharing : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    int m_outputs = 0;
    QString m_partnerPack; // identifier of the permitted partner pack
    QString m_internalPack;

    QString out(const QString& ext = QStringLiteral("pdf"))
    {
        return m_dir.filePath(QStringLiteral("out-%1.%2").arg(++m_outputs).arg(ext));
    }
    static QProcessEnvironment officer() { return cliEnvironment(kOfficer, kOfficerPassword); }
    static QProcessEnvironment supervisor()
    {
        return cliEnvironment(kSupervisor, kSupervisorPassword);
    }
    CliResult cli(const QStringList& words, const QStringList& args,
                  const QProcessEnvironment& env = cliEnvironment())
    {
        return runCli(words + QStringList{m_file} + args, env);
    }
    CliResult addAgreement(const QString& partner, const QStringList& purposes, const QDate& from,
                           const QDate& until, const QProcessEnvironment& env = cliEnvironment())
    {
        QStringList args{QStringLiteral("--partner"), partner, QStringLiteral("--basis"),
                         QStringLiteral("DPA 2018 s.35; Crime and Disorder Act 1998 s.115")};
        for (const QString& p : purposes)
            args << QStringLiteral("--purpose") << p;
        args << QStringLiteral("--retention-days") << QStringLiteral("21")
             << QStringLiteral("--from") << from.toString(Qt::ISODate) << QStringLiteral("--until")
             << until.toString(Qt::ISODate);
        return cli({QStringLiteral("agreement"), QStringLiteral("add")}, args, env);
    }
    CliResult partnerPack(const QString& agreement, const QString& purpose, const QString& path,
                          const QStringList& refs = {QStringLiteral("N-000001"),
                                                     QStringLiteral("N-000002")})
    {
        QStringList args;
        for (const QString& r : refs)
            args << QStringLiteral("--nominal") << r;
        args << QStringLiteral("--audience") << QStringLiteral("partner");
        if (!agreement.isEmpty())
            args << QStringLiteral("--agreement") << agreement;
        args << QStringLiteral("--purpose") << purpose << QStringLiteral("--out") << path;
        return cli({QStringLiteral("pack")}, args, officer());
    }
    CliResult internalPack(const QStringList& refs, const QString& path,
                           const QStringList& extra = {})
    {
        QStringList args;
        for (const QString& r : refs)
            args << QStringLiteral("--nominal") << r;
        args << QStringLiteral("--audience") << QStringLiteral("internal")
             << QStringLiteral("--recipient") << QStringLiteral("Gangs unit, synthetic")
             << QStringLiteral("--basis") << QStringLiteral("DPA 2018 s.35")
             << QStringLiteral("--purpose") << QStringLiteral("Quarterly review")
             << QStringLiteral("--out") << path << extra;
        return cli({QStringLiteral("pack")}, args, officer());
    }
    QJsonArray disclosures(const QStringList& extra = {})
    {
        const CliResult r = cli({QStringLiteral("disclosures")},
                                QStringList{QStringLiteral("--json")} + extra, supervisor());
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return jsonArray(r.out);
    }
    QJsonObject disclosureOf(const QString& pack)
    {
        for (const QJsonValue& v : disclosures())
            if (v.toObject().value(QStringLiteral("pack")).toString() == pack)
                return v.toObject();
        return {};
    }
    // Asserts a refused pack: the exit code, no PDF, and the case file unchanged byte for byte.
    void refused(const QString& agreement, const QString& purpose, int exitCode,
                 const QString& says)
    {
        const QByteArray before = sha256OfFile(m_file);
        const QString path = out();
        const CliResult r = partnerPack(agreement, purpose, path);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(sha256OfFile(m_file), before);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("sharing.corroborate"));
        CliResult r = runCli({QStringLiteral("init"), m_file, QStringLiteral("--admin"), kAdmin});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const auto& [name, password, role] :
             {std::tuple{kOfficer, kOfficerPassword, QStringLiteral("officer")},
              std::tuple{kSupervisor, kSupervisorPassword, QStringLiteral("supervisor")}}) {
            QProcessEnvironment env = cliEnvironment();
            env.insert(QStringLiteral("CORROBORATE_NEW_PASSWORD"), password);
            r = runCli({QStringLiteral("user"), QStringLiteral("add"), m_file,
                        QStringLiteral("--username"), name, QStringLiteral("--role"), role},
                       env);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        auto file = CaseFile::open(m_file, Secret(kPassphrase));
        Transaction tx(file->db());
        NominalRepository repo(file->db());
        NominalRecord erased = syntheticNominal(QStringLiteral("N-000001"), 2);
        erased.nominal.surname = kErasedSurname;
        erased.nominal.forenames = kErasedForenames;
        erased.nominal.dateOfBirth = kErasedBorn;
        repo.insert(erased, kAdmin);
        NominalRecord other = syntheticNominal(QStringLiteral("N-000002"), 2);
        other.nominal.surname = QStringLiteral("Otherperson");
        repo.insert(other, kAdmin);
        tx.commit();
    }

    void agreements()
    {
        const QDate today = Time::today();
        CliResult r = addAgreement(kPartner, {kPurpose, QStringLiteral("missing persons")},
                                   today.addMonths(-1), today.addYears(1));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("ISA-1\n"));

        // Officers (and supervisors) may not add: nothing is recorded (their sign-in is).
        r = addAgreement(QStringLiteral("Someone"), {kPurpose}, today, today.addDays(1), officer());
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(jsonArray(cli({QStringLiteral("agreement"), QStringLiteral("list")},
                               {QStringLiteral("--json")})
                               .out)
                     .size(),
                 1);
        // Bad dates are invalid input and change nothing at all.
        const QByteArray before = sha256OfFile(m_file);
        r = cli({QStringLiteral("agreement"), QStringLiteral("add")},
                {QStringLiteral("--partner"), QStringLiteral("X"), QStringLiteral("--basis"),
                 QStringLiteral("Y"), QStringLiteral("--purpose"), QStringLiteral("Z"),
                 QStringLiteral("--retention-days"), QStringLiteral("7"), QStringLiteral("--from"),
                 QStringLiteral("2026-02-30"), QStringLiteral("--until"),
                 QStringLiteral("2027-01-01")});
        QCOMPARE(r.exitCode, 2);
        r = addAgreement(QStringLiteral("Backwards"), {kPurpose}, today, today.addDays(-1));
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("agreement"), QStringLiteral("add")},
                {QStringLiteral("--partner"), QStringLiteral("X")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(sha256OfFile(m_file), before);

        // ISA-2 ended today; ISA-3 not started yet.
        r = addAgreement(QStringLiteral("Old Council"), {kPurpose}, today.addYears(-1),
                         today.addYears(1));
        QCOMPARE(r.out, QStringLiteral("ISA-2\n"));
        r = cli({QStringLiteral("agreement"), QStringLiteral("end")},
                {QStringLiteral("--agreement"), QStringLiteral("ISA-2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = addAgreement(QStringLiteral("Future Trust"), {kPurpose}, today.addDays(10),
                         today.addYears(1));
        QCOMPARE(r.out, QStringLiteral("ISA-3\n"));

        // Everyone reads; the list shows which are in force.
        r = cli({QStringLiteral("agreement"), QStringLiteral("list")}, {QStringLiteral("--json")},
                officer());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray list = jsonArray(r.out);
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0)[QStringLiteral("id")].toString(), QStringLiteral("ISA-1"));
        QCOMPARE(list.at(0)[QStringLiteral("partner")].toString(), kPartner);
        QVERIFY(list.at(0)[QStringLiteral("in_force")].toBool());
        QVERIFY(!list.at(1)[QStringLiteral("in_force")].toBool());
        QCOMPARE(list.at(1)[QStringLiteral("version")].toInt(), 2); // ending kept version 1
        QVERIFY(!list.at(2)[QStringLiteral("in_force")].toBool());
    }

    void partnerPackRefusals()
    {
        refused(QString(), kPurpose, 3, QStringLiteral("--agreement"));
        refused(QStringLiteral("ISA-2"), kPurpose, 3, QStringLiteral("no longer in force"));
        refused(QStringLiteral("ISA-3"), kPurpose, 3, QStringLiteral("not in force until"));
        refused(QStringLiteral("ISA-9"), kPurpose, 2, QStringLiteral("no agreement"));
        refused(QStringLiteral("ISA-1"), QStringLiteral("housing allocation"), 2,
                QStringLiteral("does not permit"));

        // The old form, recipient and basis typed, is no agreement either.
        const QByteArray before = sha256OfFile(m_file);
        const QString path = out();
        const CliResult r = cli({QStringLiteral("pack")},
                                {QStringLiteral("--nominal"), QStringLiteral("N-000001"),
                                 QStringLiteral("--audience"), QStringLiteral("partner"),
                                 QStringLiteral("--recipient"), kPartner, QStringLiteral("--basis"),
                                 QStringLiteral("DPA"), QStringLiteral("--purpose"), kPurpose,
                                 QStringLiteral("--out"), path},
                                officer());
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(sha256OfFile(m_file), before);
        QCOMPARE(disclosures().size(), 0);
    }

    void encryptedPartnerPack()
    {
        const QString path = out();
        const CliResult r = partnerPack(QStringLiteral("ISA-1"), kPurpose, path);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        m_partnerPack = lines.at(0);
        QVERIFY(m_partnerPack.startsWith(QStringLiteral("PK-")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("Password: ")));
        const QString password = lines.at(1).mid(10);
        QVERIFY(password.size() >= 20);

        // Without the password nothing reads it; with a wrong one neither.
        QVERIFY(tool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).exitCode != 0);
        QVERIFY(tool(QStringLiteral("qpdf"),
                     {QStringLiteral("--decrypt"), path, m_dir.filePath(QStringLiteral("no.pdf"))})
                    .exitCode != 0);
        QVERIFY(tool(QStringLiteral("qpdf"),
                     {QStringLiteral("--password=wrong-password-123456"),
                      QStringLiteral("--decrypt"), path, m_dir.filePath(QStringLiteral("no.pdf"))})
                    .exitCode != 0);
        // AES-256 (revision 6).
        const Tool shown =
            tool(QStringLiteral("qpdf"), {QStringLiteral("--password=") + password,
                                          QStringLiteral("--show-encryption"), path});
        QVERIFY2(shown.out.contains(QStringLiteral("R = 6")), qPrintable(shown.out));
        QVERIFY(shown.out.contains(QStringLiteral("AESv3")));

        const QString plain = m_dir.filePath(QStringLiteral("partner-decrypted.pdf"));
        QCOMPARE(tool(QStringLiteral("qpdf"), {QStringLiteral("--password=") + password,
                                               QStringLiteral("--decrypt"), path, plain})
                     .exitCode,
                 0);
        const QDate destroyBy = Time::today().addDays(21);
        const QString handling =
            QStringLiteral("Supplied to %1 under ISA-1 for: %2. Destroy by %3.")
                .arg(kPartner, kPurpose, PackHtml::formatDate(destroyBy));
        const QStringList all = pages(plain);
        QVERIFY(all.size() >= 3);
        for (int i = 0; i < all.size(); ++i)
            QVERIFY2(all.at(i).contains(handling), qPrintable(QString::number(i + 1)));
        // The interpretation notice names them too, and the cover the destroy-by date.
        QVERIFY(
            all.at(0).contains(QStringLiteral("Destroy by ") + PackHtml::formatDate(destroyBy)));
        QVERIFY(all.at(1).contains(QStringLiteral("Interpretation notice")));

        // The password is in no record.
        auto file = CaseFile::open(m_file, Secret(kPassphrase));
        QCOMPARE(file->db().scalarInt(qPrintable(
                     QStringLiteral("SELECT count(*) FROM audit_log WHERE details LIKE '%%1%' OR "
                                    "justification LIKE '%%1%';")
                         .arg(password))),
                 0);

        const QJsonObject d = disclosureOf(m_partnerPack);
        QCOMPARE(d[QStringLiteral("recipient")].toString(), kPartner);
        QCOMPARE(d[QStringLiteral("agreement")].toString(), QStringLiteral("ISA-1"));
        QCOMPARE(d[QStringLiteral("purpose")].toString(), kPurpose);
        QCOMPARE(d[QStringLiteral("destroy_by")].toString(), destroyBy.toString(Qt::ISODate));
        QVERIFY(d[QStringLiteral("destroyed_confirmed_on")].isNull());
        QCOMPARE(d[QStringLiteral("references")].toArray().size(), 2);
    }

    void internalPacks()
    {
        // Plain unless asked; the footer still says when to destroy it.
        QString path = out();
        CliResult r = internalPack({QStringLiteral("N-000001")}, path);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("Password")));
        m_internalPack = r.out.trimmed();
        const QString destroy =
            QStringLiteral("Destroy by ") + PackHtml::formatDate(Time::today().addDays(28));
        for (const QString& page : pages(path))
            QVERIFY2(page.contains(destroy), qPrintable(page.left(200)));
        QJsonObject d = disclosureOf(m_internalPack);
        QVERIFY(d[QStringLiteral("agreement")].isNull());
        QCOMPARE(d[QStringLiteral("destroy_by")].toString(),
                 Time::today().addDays(28).toString(Qt::ISODate));

        // --encrypt: a password, and unreadable without it.
        path = out();
        r = internalPack({QStringLiteral("N-000002")}, path, {QStringLiteral("--encrypt")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("\nPassword: ")));
        QVERIFY(tool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).exitCode != 0);

        // Never over a file.
        const QByteArray before = sha256OfFile(m_file);
        r = internalPack({QStringLiteral("N-000002")}, path);
        QCOMPARE(r.exitCode, 6);
        QCOMPARE(sha256OfFile(m_file), before);
    }

    void overdueUntilConfirmed()
    {
        const QString later = Time::today().addDays(60).toString(Qt::ISODate);
        const QStringList asOf{QStringLiteral("--as-of"), later};
        // Nothing is overdue today; everything unconfirmed is, two months on.
        QCOMPARE(disclosures({QStringLiteral("--overdue")}).size(), 0);
        const QJsonArray overdue = disclosures(asOf + QStringList{QStringLiteral("--overdue")});
        QCOMPARE(overdue.size(), 3);
        for (const QJsonValue& v : overdue) {
            const QJsonObject o = v.toObject();
            QVERIFY(o[QStringLiteral("overdue")].toBool());
            for (const char* key : {"id", "pack", "made_at", "recipient", "agreement", "purpose",
                                    "references", "destroy_by", "destroyed_confirmed_on"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
        }

        // Officers may not see or confirm; a blank note or unknown disclosure changes nothing.
        const qint64 id = disclosureOf(m_internalPack)[QStringLiteral("id")].toInteger();
        const QStringList confirm{QStringLiteral("disclosure"), QStringLiteral("confirm")};
        QCOMPARE(cli({QStringLiteral("disclosures")}, {}, officer()).exitCode, 3);
        const QByteArray before = sha256OfFile(m_file);
        QCOMPARE(cli(confirm,
                     {QStringLiteral("--disclosure"), QString::number(id), QStringLiteral("--note"),
                      QStringLiteral("   ")},
                     supervisor())
                     .exitCode,
                 2);
        QCOMPARE(cli(confirm,
                     {QStringLiteral("--disclosure"), QStringLiteral("999"),
                      QStringLiteral("--note"), QStringLiteral("x")},
                     supervisor())
                     .exitCode,
                 2);
        QCOMPARE(sha256OfFile(m_file), before);

        CliResult r =
            cli(confirm,
                {QStringLiteral("--disclosure"), QString::number(id), QStringLiteral("--note"),
                 QStringLiteral("Email from the unit: shredded")},
                supervisor());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject d = disclosureOf(m_internalPack);
        QCOMPARE(d[QStringLiteral("destroyed_confirmed_on")].toString(),
                 Time::today().toString(Qt::ISODate));
        QVERIFY(!d[QStringLiteral("overdue")].toBool());
        const QJsonArray still = disclosures(asOf + QStringList{QStringLiteral("--overdue")});
        QCOMPARE(still.size(), 2);
        for (const QJsonValue& v : still)
            QVERIFY(v[QStringLiteral("pack")].toString() != m_internalPack);
        // Overdue ones come first in the full list.
        const QJsonArray all = disclosures(asOf);
        QCOMPARE(all.size(), 3);
        QVERIFY(all.at(0)[QStringLiteral("overdue")].toBool());
        QVERIFY(!all.at(2)[QStringLiteral("overdue")].toBool());

        // A second confirmation is a conflict.
        r = cli(confirm,
                {QStringLiteral("--disclosure"), QString::number(id), QStringLiteral("--note"),
                 QStringLiteral("again")},
                supervisor());
        QCOMPARE(r.exitCode, 6);
    }

    void recallAfterErasure()
    {
        // N-000001 is in the partner pack and the internal pack (confirmed destroyed, so no
        // notice), plus a third pack made now.
        const QString third = out();
        CliResult r = internalPack({QStringLiteral("N-000001")}, third);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString thirdPack = r.out.trimmed();
        QCOMPARE(cli({QStringLiteral("recall")}, {QStringLiteral("--json")}, supervisor()).out,
                 QStringLiteral("[\n]\n"));

        // Erased: proposed by the administrator, approved by the supervisor.
        r = cli({QStringLiteral("removal"), QStringLiteral("propose")},
                {QStringLiteral("--nominal"), QStringLiteral("N-000001"),
                 QStringLiteral("--reason"), QStringLiteral("NO_LONGER_NECESSARY")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("removal"), QStringLiteral("approve")},
                {QStringLiteral("--nominal"), QStringLiteral("N-000001")}, supervisor());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        r = cli({QStringLiteral("recall")}, {QStringLiteral("--json")}, supervisor());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray pending = jsonArray(r.out);
        QCOMPARE(pending.size(), 2);
        QStringList packs;
        for (const QJsonValue& v : pending) {
            QCOMPARE(v[QStringLiteral("event")].toString(), QStringLiteral("erased"));
            QCOMPARE(v[QStringLiteral("references")].toArray(),
                     QJsonArray{QStringLiteral("N-000001")});
            QVERIFY(v.toObject().contains(QStringLiteral("disclosure")));
            QVERIFY(v.toObject().contains(QStringLiteral("recipient")));
            packs << v[QStringLiteral("pack")].toString();
        }
        QCOMPARE(packs, (QStringList{m_partnerPack, thirdPack}));
        QCOMPARE(cli({QStringLiteral("recall")}, {}, officer()).exitCode, 3);

        // Written as PDFs and recorded as issued.
        const QString folder = m_dir.filePath(QStringLiteral("recalls"));
        r = cli({QStringLiteral("recall")}, {QStringLiteral("--out"), folder}, supervisor());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList files = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(files.size(), 2);
        for (int i = 0; i < files.size(); ++i) {
            const QStringList text = pages(files.at(i));
            QCOMPARE(text.size(), 1);
            const QString& t = text.first();
            QVERIFY2(t.contains(packs.at(i)), qPrintable(t));
            QVERIFY(t.contains(QStringLiteral("N-000001")));
            QVERIFY(t.contains(QStringLiteral("OFFICIAL-SENSITIVE")));
            QVERIFY(t.contains(QStringLiteral("erased")));
            QVERIFY(t.contains(QStringLiteral("Destroy every copy")));
            for (const QString& detail :
                 {kErasedSurname, QStringLiteral("Thaddeus"), QStringLiteral("Aurelio"),
                  kErasedBorn.toString(Qt::ISODate), QStringLiteral("14 March 1999"),
                  QStringLiteral("14/03/1999"), QStringLiteral("Lambeth"),
                  QStringLiteral("Example Road")})
                QVERIFY2(!t.contains(detail, Qt::CaseInsensitive), qPrintable(detail));
        }
        QCOMPARE(
            jsonArray(cli({QStringLiteral("recall")}, {QStringLiteral("--json")}, supervisor()).out)
                .size(),
            0);
    }

    void backup()
    {
        const QString copy = out(QStringLiteral("corroborate"));
        CliResult r = runCli({QStringLiteral("backup"), m_file, QStringLiteral("--out"), copy});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QFile(copy).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        // The stock shell opens it with the passphrase...
        QProcess shell;
        shell.start(QStringLiteral("sqlcipher"), {copy});
        shell.write(QStringLiteral("PRAGMA key = '%1';\nPRAGMA cipher_integrity_check;\n"
                                   "SELECT count(*) FROM disclosures;\n")
                        .arg(kPassphrase)
                        .toUtf8());
        shell.closeWriteChannel();
        QVERIFY(shell.waitForFinished(60000));
        QCOMPARE(QString::fromUtf8(shell.readAllStandardOutput()).split(QLatin1Char('\n')).at(1),
                 QStringLiteral("4"));
        // ... and `verify` passes.
        r = runCli({QStringLiteral("verify"), copy});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        // Logged in the original.
        {
            auto file = CaseFile::open(m_file, Secret(kPassphrase));
            QCOMPARE(file->db().scalarInt("SELECT count(*) FROM audit_log WHERE object = "
                                          "'backup';"),
                     1);
        }

        // Never over a file.
        const QByteArray copyBefore = sha256OfFile(copy);
        r = runCli({QStringLiteral("backup"), m_file, QStringLiteral("--out"), copy});
        QCOMPARE(r.exitCode, 6);
        QCOMPARE(sha256OfFile(copy), copyBefore);

        // A new passphrase for the copy.
        const QString other = out(QStringLiteral("corroborate"));
        QProcessEnvironment env = cliEnvironment();
        env.insert(QStringLiteral("CORROBORATE_NEW_PASSPHRASE"), QStringLiteral("other-phrase-2"));
        r = runCli({QStringLiteral("backup"), m_file, QStringLiteral("--out"), other}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(runCli({QStringLiteral("verify"), other}).exitCode, 3);
        env = cliEnvironment();
        env.insert(QStringLiteral("CORROBORATE_PASSPHRASE"), QStringLiteral("other-phrase-2"));
        QCOMPARE(runCli({QStringLiteral("verify"), other}, env).exitCode, 0);
    }

    void exportIsADisclosureWithADestroyByDate()
    {
        const QString path = out(QStringLiteral("json"));
        CliResult r = runCli({QStringLiteral("export"), m_file, QStringLiteral("--out"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QFile(path).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup),
                 QFileDevice::Permissions());
        QJsonObject d;
        for (const QJsonValue& v : disclosures())
            if (v[QStringLiteral("pack")].toString().startsWith(QFileInfo(path).fileName()))
                d = v.toObject();
        QCOMPARE(d[QStringLiteral("destroy_by")].toString(),
                 Time::today().addDays(28).toString(Qt::ISODate));
        const QByteArray before = sha256OfFile(path);
        r = runCli({QStringLiteral("export"), m_file, QStringLiteral("--out"), path});
        QCOMPARE(r.exitCode, 6);
        QCOMPARE(sha256OfFile(path), before);
    }
};

QTEST_GUILESS_MAIN(TestCliSharing)
#include "tst_sharing.moc"
