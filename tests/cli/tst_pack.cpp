// corroborate-cli pack end to end (issue 6), through the real binary with secrets in the
// environment, on a case file made with `init` and `user add` and filled through the
// repository: every exit code of the contract (1 usage, 2 unknown reference, 3 not permitted,
// 4 not a case file, 6 never overwrite), and packs read back with pdftotext and pdfinfo: the
// marking top and bottom of every page, "Page X of Y", the audience rules, hostile text, and
// the disclosure recorded for each pack.
#include "TestCaseFiles.h"
#include "TestSupport.h"
#include "audit/DisclosureLog.h"
#include "core/Time.h"
#include "store/NominalRepository.h"
#include "store/RemovalRepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace corroborate;
using namespace corroborate::test;

namespace {

const QString kHostile = QStringLiteral("<b>Bold</b> & \"Quote\"");
const QString kScript = QStringLiteral("<script>alert(1)</script>");

QString tool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QStringList pages(const QString& pdf)
{
    QStringList out =
        tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
            .split(QLatin1Char('\f'));
    if (!out.isEmpty() && out.last().trimmed().isEmpty())
        out.removeLast();
    return out;
}

QString text(const QString& pdf)
{
    return tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
}

int pdfPageCount(const QString& pdf)
{
    const QRegularExpression re(QStringLiteral("^Pages:\\s*(\\d+)"),
                                QRegularExpression::MultilineOption);
    return re.match(tool(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
}

QStringList nonBlank(const QString& page)
{
    QStringList out;
    for (const QString& line : page.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    return out;
}

NominalRecord person(const QString& reference, const QString& surname, int items)
{
    NominalRecord r = syntheticNominal(reference, items);
    r.nominal.surname = surname;
    return r;
}

} // namespace

class TestCliPack : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    int m_outputs = 0;

    QString out() { return m_dir.filePath(QStringLiteral("pack-%1.pdf").arg(++m_outputs)); }

    static QProcessEnvironment officer() { return cliEnvironment(kOfficer, kOfficerPassword); }

    CliResult pack(const QStringList& args, const QProcessEnvironment& env = officer())
    {
        return runCli(QStringList{QStringLiteral("pack"), m_file} + args, env);
    }

    static QStringList request(const QString& audience, const QString& outPath)
    {
        // Partner packs go under the agreement made in initTestCase (issue 10).
        if (audience == u"partner")
            return {QStringLiteral("--audience"),  audience,
                    QStringLiteral("--agreement"), QStringLiteral("ISA-1"),
                    QStringLiteral("--purpose"),   QStringLiteral("Synthetic review panel"),
                    QStringLiteral("--out"),       outPath};
        return {QStringLiteral("--audience"),  audience,
                QStringLiteral("--recipient"), QStringLiteral("Synthetic council panel"),
                QStringLiteral("--basis"),     QStringLiteral("DPA 2018 s.35"),
                QStringLiteral("--purpose"),   QStringLiteral("Synthetic review panel"),
                QStringLiteral("--out"),       outPath};
    }

    // A partner pack is encrypted: its identifier is the first line printed, its password the
    // second ("Password: ..."). Returns the path of a decrypted copy for reading.
    static QString decrypted(const CliResult& r, const QString& path)
    {
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (lines.size() < 2 || !lines.at(1).startsWith(QStringLiteral("Password: ")))
            return {};
        const QString plain = path + QStringLiteral(".decrypted.pdf");
        QProcess qpdf;
        qpdf.start(QStringLiteral("qpdf"), {QStringLiteral("--password=") + lines.at(1).mid(10),
                                            QStringLiteral("--decrypt"), path, plain});
        qpdf.waitForFinished(60000);
        return qpdf.exitCode() == 0 ? plain : QString();
    }

    qsizetype disclosures()
    {
        auto file = CaseFile::open(m_file, Secret(kPassphrase));
        return DisclosureLog(file->db()).all().size();
    }

    // Marking top and bottom, page numbering and identifier on every page.
    static void checkPages(const QString& pdf, const QString& identifier,
                           const QString& marking = QStringLiteral("OFFICIAL-SENSITIVE"))
    {
        const QStringList all = pages(pdf);
        QVERIFY(!all.isEmpty());
        QCOMPARE(pdfPageCount(pdf), all.size());
        for (int i = 0; i < all.size(); ++i) {
            const QStringList lines = nonBlank(all.at(i));
            QVERIFY(lines.size() >= 3);
            QCOMPARE(lines.first(), marking);
            QVERIFY2(lines.last().contains(marking), qPrintable(lines.last()));
            QVERIFY2(
                lines.last().contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(all.size())),
                qPrintable(lines.last()));
            QVERIFY(lines.last().contains(identifier));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("packs.corroborate"));
        CliResult r = runCli({QStringLiteral("init"), m_file, QStringLiteral("--admin"), kAdmin});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const struct
        {
            QString name;
            QString password;
            QString role;
        } users[] = {{kOfficer, kOfficerPassword, QStringLiteral("officer")},
                     {kSupervisor, kSupervisorPassword, QStringLiteral("supervisor")},
                     {kAdminOnly, kAdminOnlyPassword, QStringLiteral("administrator")}};
        for (const auto& u : users) {
            QProcessEnvironment env = cliEnvironment();
            env.insert(QStringLiteral("CORROBORATE_NEW_PASSWORD"), u.password);
            r = runCli({QStringLiteral("user"), QStringLiteral("add"), m_file,
                        QStringLiteral("--username"), u.name, QStringLiteral("--role"), u.role},
                       env);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        r = runCli({QStringLiteral("agreement"), QStringLiteral("add"), m_file,
                    QStringLiteral("--partner"), QStringLiteral("Synthetic council panel"),
                    QStringLiteral("--basis"), QStringLiteral("DPA 2018 s.35"),
                    QStringLiteral("--purpose"), QStringLiteral("Synthetic review panel"),
                    QStringLiteral("--retention-days"), QStringLiteral("28"),
                    QStringLiteral("--from"), Time::today().addYears(-1).toString(Qt::ISODate),
                    QStringLiteral("--until"), Time::today().addYears(1).toString(Qt::ISODate)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("ISA-1\n"));

        auto file = CaseFile::open(m_file, Secret(kPassphrase));
        Transaction tx(file->db());
        NominalRepository repo(file->db());
        NominalRecord hostile = person(QStringLiteral("N-000001"), kHostile, 2);
        hostile.nominal.forenames = kScript;
        repo.insert(hostile, kAdmin);
        repo.insert(person(QStringLiteral("N-000002"), QStringLiteral("Belowname"), 1), kAdmin);
        const qint64 pending = repo.insert(
            person(QStringLiteral("N-000003"), QStringLiteral("Pendingname"), 2), kAdmin);
        NominalRecord later = person(QStringLiteral("N-000004"), QStringLiteral("Latername"), 3);
        later.nominal.listedOn = Time::today();
        repo.insert(later, kAdmin);
        RemovalRepository(file->db())
            .insertPending(pending, QStringLiteral("OTHER"), QStringLiteral("Synthetic"), kAdmin,
                           Time::nowUtc(), QString());
        tx.commit();
    }

    void help()
    {
        const CliResult r = runCli({QStringLiteral("pack"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--audience")));
        QVERIFY(r.out.contains(QStringLiteral("--due-by")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString n = QStringLiteral("--nominal");
        const QString ref = QStringLiteral("N-000001");
        auto without = [](QStringList args, const QString& option) {
            const qsizetype i = args.indexOf(option);
            args.remove(i, 2);
            return args;
        };
        auto with = [](QStringList args, const QString& option, const QString& value) {
            args[args.indexOf(option) + 1] = value;
            return args;
        };
        const QStringList ok = request(QStringLiteral("internal"), QStringLiteral("x.pdf"));
        QTest::newRow("no selection") << ok;
        QTest::newRow("two selections") << (QStringList{n, ref, QStringLiteral("--flagged")} + ok);
        QTest::newRow("no recipient")
            << (QStringList{n, ref} + without(ok, QStringLiteral("--recipient")));
        QTest::newRow("no basis") << (QStringList{n, ref} + without(ok, QStringLiteral("--basis")));
        QTest::newRow("no purpose")
            << (QStringList{n, ref} + without(ok, QStringLiteral("--purpose")));
        QTest::newRow("blank recipient")
            << (QStringList{n, ref} +
                with(ok, QStringLiteral("--recipient"), QStringLiteral("  ")));
        QTest::newRow("blank purpose")
            << (QStringList{n, ref} + with(ok, QStringLiteral("--purpose"), QString()));
        QTest::newRow("no out") << (QStringList{n, ref} + without(ok, QStringLiteral("--out")));
        QTest::newRow("bad audience")
            << (QStringList{n, ref} +
                with(ok, QStringLiteral("--audience"), QStringLiteral("public")));
        QTest::newRow("bad date") << (QStringList{QStringLiteral("--due-by"),
                                                  QStringLiteral("31/12/2026")} +
                                      ok);
        QTest::newRow("unknown option") << (QStringList{n, ref, QStringLiteral("--colour")} + ok);
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const qsizetype before = disclosures();
        const CliResult r = runCli(QStringList{QStringLiteral("pack"), m_file} + args, officer());
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFile::exists(QStringLiteral("x.pdf")));
        QCOMPARE(disclosures(), before);
    }

    void unknownReference()
    {
        const QString path = out();
        const CliResult r =
            pack(QStringList{QStringLiteral("--nominal"), QStringLiteral("N-000001"),
                             QStringLiteral("--nominal"), QStringLiteral("N-404404")} +
                 request(QStringLiteral("internal"), path));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("N-404404")));
        QVERIFY(!QFile::exists(path));
    }

    void neverOverwrites()
    {
        const QString path = out();
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("keep me");
        }
        const qsizetype before = disclosures();
        const CliResult r =
            pack(QStringList{QStringLiteral("--nominal"), QStringLiteral("N-000001")} +
                 request(QStringLiteral("internal"), path));
        QCOMPARE(r.exitCode, 6);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
        QCOMPARE(disclosures(), before);
    }

    void notPermitted()
    {
        const QString path = out();
        const QStringList args =
            QStringList{QStringLiteral("--nominal"), QStringLiteral("N-000001")} +
            request(QStringLiteral("internal"), path);
        QCOMPARE(pack(args, cliEnvironment(kAdminOnly, kAdminOnlyPassword)).exitCode, 3);
        QCOMPARE(pack(args, cliEnvironment(kOfficer, QStringLiteral("wrong-password"))).exitCode,
                 3);
        QProcessEnvironment wrongKey = officer();
        wrongKey.insert(QStringLiteral("CORROBORATE_PASSPHRASE"), QStringLiteral("not-the-key"));
        QCOMPARE(pack(args, wrongKey).exitCode, 3);
        QVERIFY(!QFile::exists(path));
    }

    void notACaseFile()
    {
        const QString bogus = m_dir.filePath(QStringLiteral("bogus.corroborate"));
        QFile f(bogus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3", 16) + QByteArray(4080, '\0'));
        f.close();
        const QString path = out();
        const CliResult r =
            runCli(QStringList{QStringLiteral("pack"), bogus, QStringLiteral("--nominal"),
                               QStringLiteral("N-000001")} +
                       request(QStringLiteral("internal"), path),
                   officer());
        QCOMPARE(r.exitCode, 4);
        QVERIFY(!QFile::exists(path));
    }

    void internalPack()
    {
        const QString path = out();
        const CliResult r =
            pack(QStringList{QStringLiteral("--nominal"), QStringLiteral("N-000002"),
                             QStringLiteral("--nominal"), QStringLiteral("N-000001"),
                             QStringLiteral("--nominal"), QStringLiteral("N-000003")} +
                 request(QStringLiteral("internal"), path));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString identifier = r.out.trimmed();
        QVERIFY2(QRegularExpression(QStringLiteral("^PK-\\d{8}-\\d{6}-[A-Z0-9]{4}$"))
                     .match(identifier)
                     .hasMatch(),
                 qPrintable(identifier));
        checkPages(path, identifier);
        const QString all = text(path);
        QVERIFY(all.contains(QStringLiteral("INTERNAL PACK")));
        QVERIFY(all.contains(QStringLiteral("N-000001")));
        QVERIFY(all.contains(QStringLiteral("Belowname")));
        QVERIFY(all.contains(QStringLiteral("Pendingname")));
        QVERIFY(all.contains(kHostile));
        QVERIFY(all.contains(kScript));
        QVERIFY(all.contains(QStringLiteral("RESTRICTED")));
        // The order asked for is the order printed.
        QVERIFY(all.indexOf(QStringLiteral("N-000002 \u2014")) <
                all.indexOf(QStringLiteral("N-000001 \u2014")));

        auto file = CaseFile::open(m_file, Secret(kPassphrase));
        DisclosureLog log(file->db());
        const Disclosure d = log.all().last();
        QCOMPARE(d.identifier, identifier);
        QCOMPARE(d.kind, QStringLiteral("pack_pdf"));
        QCOMPARE(d.audience, QStringLiteral("internal"));
        QCOMPARE(d.madeBy, kOfficer);
        QCOMPARE(d.recipient, QStringLiteral("Synthetic council panel"));
        QCOMPARE(d.lawfulBasis, QStringLiteral("DPA 2018 s.35"));
        QCOMPARE(d.purpose, QStringLiteral("Synthetic review panel"));
        QCOMPARE(log.referencesOf(d.id),
                 (QStringList{QStringLiteral("N-000001"), QStringLiteral("N-000002"),
                              QStringLiteral("N-000003")}));
    }

    void partnerPackByDueDate()
    {
        // Due within 90 days of listing: N-000001..3 (listed six months ago); N-000004 (listed
        // today) is not due yet. N-000002 is below the threshold and N-000003 awaits removal.
        const QString encrypted = out();
        const CliResult r =
            pack(QStringList{QStringLiteral("--due-by"), Time::today().toString(Qt::ISODate)} +
                     request(QStringLiteral("partner"), encrypted),
                 cliEnvironment(kSupervisor, kSupervisorPassword));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString identifier = r.out.split(QLatin1Char('\n')).first();
        const QString path = decrypted(r, encrypted);
        QVERIFY(!path.isEmpty());
        checkPages(path, identifier);
        const QString all = text(path);
        QVERIFY(all.contains(QStringLiteral("PARTNER PACK")));
        QVERIFY(all.contains(QStringLiteral("Interpretation notice")));
        QVERIFY(all.contains(QStringLiteral("housing, employment or benefits screening")));
        QVERIFY(all.contains(QStringLiteral("2 nominals selected for this pack are withheld")));
        QVERIFY(all.contains(QStringLiteral("N-000001")));
        for (const QString& hidden : {QStringLiteral("N-000002"), QStringLiteral("N-000003"),
                                      QStringLiteral("N-000004"), QStringLiteral("Belowname"),
                                      QStringLiteral("Pendingname"), QStringLiteral("Latername")})
            QVERIFY2(!all.contains(hidden), qPrintable(hidden));

        auto file = CaseFile::open(m_file, Secret(kPassphrase));
        DisclosureLog log(file->db());
        const Disclosure d = log.all().last();
        QCOMPARE(d.identifier, identifier);
        QCOMPARE(d.audience, QStringLiteral("partner"));
        QCOMPARE(d.madeBy, kSupervisor);
        QCOMPARE(log.referencesOf(d.id), QStringList{QStringLiteral("N-000001")});
    }

    void flaggedBatch()
    {
        const QString path = out();
        CliResult r = pack(QStringList{QStringLiteral("--flagged")} +
                           request(QStringLiteral("internal"), path));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        checkPages(path, r.out.trimmed());
        const QString all = text(path);
        QVERIFY(all.contains(QStringLiteral("N-000002")));
        QVERIFY(!all.contains(QStringLiteral("N-000001 \u2014")));
        QVERIFY(!all.contains(QStringLiteral("N-000004")));

        // A partner pack of flagged nominals holds none of them, only their number.
        const QString partner = out();
        r = pack(QStringList{QStringLiteral("--flagged")} +
                 request(QStringLiteral("partner"), partner));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString p = text(decrypted(r, partner));
        QVERIFY(p.contains(QStringLiteral("Nominals in this pack 0")));
        QVERIFY(p.contains(QStringLiteral("1 nominal selected for this pack is withheld")));
        QVERIFY(!p.contains(QStringLiteral("Belowname")));
    }

    void nothingDue()
    {
        const QString path = out();
        const CliResult r =
            pack(QStringList{QStringLiteral("--due-by"), QStringLiteral("2000-01-01")} +
                 request(QStringLiteral("internal"), path));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(path));
    }

    void markingFromTheCaseFile()
    {
        {
            auto file = CaseFile::open(m_file, Secret(kPassphrase));
            Transaction tx(file->db());
            file->setMeta(QStringLiteral("protective_marking"), QStringLiteral("official"));
            tx.commit();
        }
        const QString encrypted = out();
        const CliResult r =
            pack(QStringList{QStringLiteral("--nominal"), QStringLiteral("N-000001")} +
                 request(QStringLiteral("partner"), encrypted));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString path = decrypted(r, encrypted);
        checkPages(path, r.out.split(QLatin1Char('\n')).first(), QStringLiteral("OFFICIAL"));
        QVERIFY(!text(path).contains(QStringLiteral("OFFICIAL-SENSITIVE")));
    }
};

QTEST_GUILESS_MAIN(TestCliPack)
#include "tst_pack.moc"
