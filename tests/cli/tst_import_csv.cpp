// corroborate-cli import-csv end to end (issue 13), through the real binary on case files made
// with `init`: a good spreadsheet is imported (counts read back with the stock sqlcipher shell);
// a file with one defective row is refused with exit 2, the row and column named, and nothing
// written (the file byte for byte unchanged, the counts unchanged); a reference already in the
// file is a conflict (exit 6); --dry-run writes nothing; a missing --mapping is a usage error.
#include "ShellSupport.h"
#include "TestCaseFiles.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace corroborate;
using namespace corroborate::test;

namespace {

// One row per intelligence item, Windows-1252 (0x92 is a right single quote), semicolons,
// a quoted cell holding the delimiter and a line break.
const QByteArray kGood =
    "Ref;Surname;Status;Listed;Source;Unit;Obtained;S;I;H;Shows;Notes\r\n"
    "C-001;O\x92Hara;Offender;03/02/2025;Police;Gangs Unit;01/09/2026;1;B;P;Member;"
    "\"Seen; twice\nnear the park\"\r\n"
    "C-001;;;;Police;Youth Team;02/09/2026;2;B;P;Member;Named by a worker\r\n"
    "C-002;Quill;Offender;04/02/2025;Police;Gangs Unit;03/09/2026;1;A;P;Member;x\r\n";

const QByteArray kMapping = R"({"encoding": "auto", "delimiter": "auto", "rows": "item",
  "date_format": "dd/MM/yyyy",
  "columns": {"reference": "Ref", "surname": "Surname", "classification": "Status",
    "listed_on": "Listed", "intelligence.provider": "Source",
    "intelligence.originator": "Unit", "intelligence.obtained_on": "Obtained",
    "intelligence.source_evaluation": "S", "intelligence.intelligence_assessment": "I",
    "intelligence.handling_code": "H", "intelligence.indicates": "Shows",
    "intelligence.summary": "Notes"},
  "values": {"classification": {"Offender": "suspected_offender"},
    "intelligence.provider": {"Police": "police"},
    "intelligence.indicates": {"Member": "gang_membership"}}})";

} // namespace

class TestCliImportCsv : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;
    int m_files = 0;

    QString fresh()
    {
        const QString file = m_dir.filePath(QStringLiteral("case-%1.corroborate").arg(++m_files));
        if (!QFile::copy(m_template, file))
            qFatal("cannot copy the template case file");
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return file;
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // Counts as an independent reader sees them: nominals|items|audit entries.
    static QString counts(const QString& file)
    {
        return sqlcipherQuery(file,
                              QStringLiteral("SELECT (SELECT count(*) FROM nominals) || '|' || "
                                             "(SELECT count(*) FROM intelligence) || '|' || "
                                             "(SELECT count(*) FROM audit_log);"));
    }

    static CliResult importCsv(const QString& file, const QString& data, const QString& mapping,
                               const QStringList& extra = {})
    {
        QStringList args{QStringLiteral("import-csv"), file, data};
        if (!mapping.isEmpty())
            args << QStringLiteral("--mapping") << mapping;
        return runCli(args + extra);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(QStringLiteral("template.corroborate"));
        const CliResult r =
            runCli({QStringLiteral("init"), m_template, QStringLiteral("--admin"), kAdmin});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void importsAGoodFile()
    {
        const QString file = fresh();
        const QString before = counts(file);
        QVERIFY2(before.startsWith(u"0|0|"), qPrintable(before));
        const CliResult r = importCsv(file, write(QStringLiteral("good.csv"), kGood),
                                      write(QStringLiteral("mapping.json"), kMapping));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.isEmpty()); // messages go to standard error
        QVERIFY2(r.err.contains(u"Imported 2 "), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"windows-1252"), qPrintable(r.err));
        const QStringList after = counts(file).split(u'|');
        QCOMPARE(after.size(), 3);
        QCOMPARE(after.at(0), QStringLiteral("2"));
        QCOMPARE(after.at(1), QStringLiteral("3"));
        // Each nominal added and the counts are logged (and the sign-in, when it is).
        QVERIFY(after.at(2).toInt() >= before.split(u'|').at(2).toInt() + 3);
        QCOMPARE(sqlcipherQuery(file, QStringLiteral("SELECT surname FROM nominals WHERE "
                                                     "reference = 'C-001';")),
                 QStringLiteral("O\u2019Hara"));

        // The same file again: every reference is a conflict (exit 6), nothing written.
        const QByteArray hash = sha256OfFile(file);
        const CliResult again = importCsv(file, m_dir.filePath(QStringLiteral("good.csv")),
                                          m_dir.filePath(QStringLiteral("mapping.json")));
        QCOMPARE(again.exitCode, 6);
        QVERIFY2(again.err.contains(u"row 2"), qPrintable(again.err));
        QCOMPARE(sha256OfFile(file), hash);
    }

    void aDefectiveRowIsReportedByRowAndColumnWithNothingWritten_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("expected");
        QTest::newRow("impossible date") << QByteArray("02/09/2026") << QByteArray("31/09/2026")
                                         << QStringLiteral("row 3, column \"Obtained\", value "
                                                           "\"31/09/2026\": not a date");
        QTest::newRow("unknown value")
            << QByteArray("C-002;Quill;Offender") << QByteArray("C-002;Quill;Bystander")
            << QStringLiteral("row 4, column \"Status\", value "
                              "\"Bystander\"");
        QTest::newRow("empty reference")
            << QByteArray("C-002;") << QByteArray(";")
            << QStringLiteral("row 4, column \"Ref\": the nominal's reference is empty");
    }

    void aDefectiveRowIsReportedByRowAndColumnWithNothingWritten()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, expected);
        QByteArray sheet = kGood;
        QVERIFY(sheet.contains(from));
        sheet.replace(from, to);
        const QString file = fresh();
        const QString before = counts(file);
        const QByteArray hash = sha256OfFile(file);
        const CliResult r = importCsv(file, write(QStringLiteral("bad.csv"), sheet),
                                      write(QStringLiteral("mapping.json"), kMapping));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"Nothing was imported"), qPrintable(r.err));
        QCOMPARE(sha256OfFile(file), hash);
        QCOMPARE(counts(file), before);
    }

    void aDryRunWritesNothing()
    {
        const QString file = fresh();
        const QByteArray hash = sha256OfFile(file);
        const CliResult r = importCsv(file, write(QStringLiteral("good.csv"), kGood),
                                      write(QStringLiteral("mapping.json"), kMapping),
                                      {QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"Dry run"), qPrintable(r.err));
        QCOMPARE(sha256OfFile(file), hash);
    }

    void usageErrors()
    {
        const QString file = fresh();
        const QByteArray hash = sha256OfFile(file);
        const QString data = write(QStringLiteral("good.csv"), kGood);
        const QString mapping = write(QStringLiteral("mapping.json"), kMapping);
        // No mapping: a usage error.
        QCOMPARE(importCsv(file, data, QString()).exitCode, 1);
        // A mapping that is not valid: invalid data, every fault listed.
        const CliResult bad = importCsv(
            file, data, write(QStringLiteral("bad-mapping.json"), R"({"rows": "sheet"})"));
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"the mapping"), qPrintable(bad.err));
        // A spreadsheet that does not exist.
        QCOMPARE(importCsv(file, m_dir.filePath(QStringLiteral("missing.csv")), mapping).exitCode,
                 2);
        QCOMPARE(sha256OfFile(file), hash);
    }
};

QTEST_GUILESS_MAIN(TestCliImportCsv)
#include "tst_import_csv.moc"
