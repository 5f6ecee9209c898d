// The oversight report end to end (issue 12): a synthetic cohort of known composition built in
// the test (not the random demo), people erased through the real removal workflow, then
// corroborate-cli oversight with --exact (every count), without it (suppression in the CSVs,
// secondary suppression included), rates and ratios against a baseline set with
// "baseline set", removals counted although the people are gone, and the PDF read back with
// pdftotext.
#include "CaseFileFixture.h"
#include "TestCaseFiles.h"
#include "TestSupport.h"
#include "accounts/Accounts.h"
#include "audit/DisclosureLog.h"
#include "core/Time.h"
#include "store/Database.h"
#include "store/NominalRepository.h"
#include "workflow/RemovalService.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace corroborate;
using namespace corroborate::test;

namespace {

// One block of identical people in the cohort.
struct Block
{
    int count;
    QString ethnicity; // as recorded (detailed ONS category)
    QString group;     // its high-level group, as the test expects it
    QString gender;
    int age; // -1: date of birth not recorded
    QString area;
    Classification classification;
    int items;           // qualifying items (2: meets the threshold when an offender)
    int listedDaysAgo;   // listed on today - n
    int reviewedDaysAgo; // -1: never reviewed
    int erased;          // how many of the block are erased (the first ones)
    QString eraseReason;
};

const QString kWhite = QStringLiteral("White");
const QString kBlack = QStringLiteral("Black, Black British, Black Welsh, Caribbean or African");
const QString kAsian = QStringLiteral("Asian, Asian British or Asian Welsh");
const QString kMixed = QStringLiteral("Mixed or Multiple ethnic groups");
const QString kOther = QStringLiteral("Other ethnic group");
const QString kNotRecorded = QStringLiteral("Not recorded");

const QList<Block>& cohort()
{
    static const QList<Block> blocks{
        {14,
         QStringLiteral("White: English, Welsh, Scottish, Northern Irish or British"),
         kWhite,
         QStringLiteral("male"),
         28,
         QStringLiteral("Northside"),
         Classification::SuspectedOffender,
         2,
         400,
         10,
         0,
         {}},
        {6,
         QStringLiteral("White: Irish"),
         kWhite,
         QStringLiteral("female"),
         40,
         QStringLiteral("Southside"),
         Classification::SuspectedOffender,
         2,
         60,
         5,
         0,
         {}},
        {9, QStringLiteral("Black, Black British, Black Welsh, Caribbean or African: Caribbean"),
         kBlack, QStringLiteral("male"), 19, QStringLiteral("Northside"),
         Classification::SuspectedOffender, 1, 500, 120, 1, QStringLiteral("BELOW_THRESHOLD")},
        {7,
         QStringLiteral("Black, Black British, Black Welsh, Caribbean or African: African"),
         kBlack,
         QStringLiteral("male"),
         16,
         QStringLiteral("Southside"),
         Classification::SuspectedOffender,
         2,
         30,
         -1,
         0,
         {}},
        {3,
         QStringLiteral("Asian, Asian British or Asian Welsh: Indian"),
         kAsian,
         QStringLiteral("female"),
         22,
         QStringLiteral("Northside"),
         Classification::SuspectedOffender,
         2,
         200,
         20,
         0,
         {}},
        {8, QStringLiteral("Mixed or Multiple ethnic groups: White and Black Caribbean"), kMixed,
         QStringLiteral("female"), 15, QStringLiteral("Southside"), Classification::Victim, 0, 100,
         100, 2, QStringLiteral("VICTIM_OR_AT_RISK")},
        {5,
         QStringLiteral("Not stated"),
         kNotRecorded,
         QString(),
         -1,
         QString(),
         Classification::AtRisk,
         0,
         800,
         95,
         0,
         {}},
        {2,
         QStringLiteral("Other ethnic group: Arab"),
         kOther,
         QStringLiteral("male"),
         12,
         QStringLiteral("Northside"),
         Classification::SuspectedOffender,
         2,
         10,
         -1,
         0,
         {}},
    };
    return blocks;
}

QString ref(int n)
{
    return QStringLiteral("N-%1").arg(n, 6, 10, QLatin1Char('0'));
}

QString ageBand(int age)
{
    if (age < 0)
        return kNotRecorded;
    if (age < 14)
        return QStringLiteral("Under 14");
    if (age < 18)
        return QStringLiteral("14-17");
    if (age < 25)
        return QStringLiteral("18-24");
    if (age < 35)
        return QStringLiteral("25-34");
    return QStringLiteral("35 and over");
}

// The counts the report must give, worked out here from the cohort alone.
struct Expected
{
    QHash<QString, QHash<QString, qint64>> rows; // "by_x/group" -> column -> value
    QHash<QString, qint64> totals;
    QList<double> overdueDays;
};

Expected expected()
{
    Expected e;
    for (const Block& b : cohort()) {
        const bool below = b.classification != Classification::SuspectedOffender || b.items < 2;
        const bool added = b.listedDaysAgo < 365;
        const int reviewBase = b.reviewedDaysAgo >= 0 ? b.reviewedDaysAgo : b.listedDaysAgo;
        const bool overdue = reviewBase > 90;
        const QString gender = b.gender.isEmpty() ? kNotRecorded : b.gender;
        const QString area = b.area.isEmpty() ? kNotRecorded : b.area;
        const QStringList keys{
            QStringLiteral("by_ethnicity/") + b.group, QStringLiteral("by_gender/") + gender,
            QStringLiteral("by_age_band/") + ageBand(b.age), QStringLiteral("by_area/") + area};
        const int listed = b.count - b.erased;
        for (const QString& k : keys) {
            e.rows[k][QStringLiteral("listed")] += listed;
            e.rows[k][QStringLiteral("below_threshold")] += below ? listed : 0;
            e.rows[k][QStringLiteral("added_12m")] += added ? listed : 0;
            e.rows[k][QStringLiteral("removed_12m")] += b.erased;
        }
        if (b.erased > 0)
            e.rows[QStringLiteral("by_reason/") + b.eraseReason][QStringLiteral("removed_12m")] +=
                b.erased;
        e.totals[QStringLiteral("listed")] += listed;
        e.totals[QStringLiteral("below_threshold")] += below ? listed : 0;
        e.totals[QStringLiteral("meets_threshold")] += below ? 0 : listed;
        e.totals[QStringLiteral("added_12m")] += added ? listed : 0;
        e.totals[QStringLiteral("removed_12m")] += b.erased;
        e.totals[QStringLiteral("overdue")] += overdue ? listed : 0;
        e.totals[QStringLiteral("juveniles")] += b.age >= 0 && b.age < 18 ? listed : 0;
        e.totals[QStringLiteral("victims")] +=
            b.classification == Classification::Victim ? listed : 0;
        e.totals[QStringLiteral("at_risk")] +=
            b.classification == Classification::AtRisk ? listed : 0;
        for (int i = 0; overdue && i < listed; ++i)
            e.overdueDays << reviewBase - 90;
    }
    return e;
}

QList<QStringList> readCsv(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QStringList> rows;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        QStringList fields;
        QString field;
        bool quoted = false;
        for (const QChar c : QString::fromUtf8(line)) {
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (c == QLatin1Char(',') && !quoted) {
                fields << field;
                field.clear();
            } else
                field += c;
        }
        fields << field;
        rows << fields;
    }
    return rows;
}

} // namespace

class tst_CliOversight : public QObject
{
    Q_OBJECT

    std::unique_ptr<CaseFileFixture> m_f;
    QTemporaryDir m_out;
    QString m_file;

    static QProcessEnvironment admin() { return cliEnvironment(); }
    static QProcessEnvironment supervisor()
    {
        return cliEnvironment(kSupervisor, kSupervisorPassword);
    }
    static QProcessEnvironment officer() { return cliEnvironment(kOfficer, kOfficerPassword); }

    QJsonObject report(const QStringList& extra, const QProcessEnvironment& env)
    {
        const CliResult r = runCli(
            QStringList{QStringLiteral("oversight"), m_file, QStringLiteral("--json")} + extra,
            env);
        if (r.exitCode != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    static QJsonObject row(const QJsonObject& report, const QString& key, const QString& group)
    {
        for (const QJsonValue& v : report.value(key).toArray())
            if (v.toObject().value(QStringLiteral("group")).toString() == group)
                return v.toObject();
        return {};
    }

private slots:
    void initTestCase();
    void permissionsAndConflicts();
    void baselineChecks();
    void exactCountsMatchTheCohort();
    void ratesAndRatiosAgainstTheBaseline();
    void csvSuppression();
    void jsonWithoutExactIsSuppressedToo();
    void pdfReadsBack();
    void loggedAsConsultation();
};

void tst_CliOversight::initTestCase()
{
    QVERIFY(m_out.isValid());
    m_f = std::make_unique<CaseFileFixture>();
    QVERIFY(m_f->isValid());
    m_file = m_f->path();
    const QDate today = Time::today();
    int n = 0;
    QStringList toErase;
    QHash<QString, QString> reasons;
    QStringList everyone;
    for (const Block& b : cohort()) {
        for (int i = 0; i < b.count; ++i) {
            NominalRecord r = syntheticNominal(ref(++n), b.items);
            r.nominal.ethnicity = b.ethnicity;
            r.nominal.gender = b.gender;
            r.nominal.dateOfBirth = b.age < 0 ? QDate() : today.addYears(-b.age).addDays(-30);
            r.nominal.area = b.area;
            r.nominal.classification = b.classification;
            r.nominal.listedOn = today.addDays(-b.listedDaysAgo);
            r.nominal.lastReviewedOn =
                b.reviewedDaysAgo < 0 ? QDate() : today.addDays(-b.reviewedDaysAgo);
            m_f->addNominal(r);
            everyone << r.nominal.reference;
            if (i < b.erased) {
                toErase << r.nominal.reference;
                reasons.insert(r.nominal.reference, b.eraseReason);
            }
        }
    }
    RemovalService removals(m_f->db());
    for (const QString& reference : toErase) {
        removals.propose(m_f->user(kOfficer), reference, reasons.value(reference), QString());
        removals.approve(m_f->user(kSupervisor), Secret(kSupervisorPassword), reference);
        QVERIFY(!NominalRepository(m_f->db()).find(reference)); // gone
    }
    // One pending, one rejected, one withdrawn proposal (first, second and fourth blocks).
    removals.propose(m_f->user(kOfficer), ref(1), QStringLiteral("NO_LONGER_NECESSARY"), {});
    removals.propose(m_f->user(kOfficer), ref(15), QStringLiteral("NO_LONGER_NECESSARY"), {});
    removals.reject(m_f->user(kSupervisor), ref(15), QStringLiteral("still needed"));
    removals.propose(m_f->user(kOfficer), ref(30), QStringLiteral("NO_LONGER_NECESSARY"), {});
    removals.withdraw(m_f->user(kOfficer), ref(30));
    // Disclosures: two to a council (3 and 4 nominals), one to housing (6).
    {
        Transaction tx(m_f->db());
        DisclosureLog log(m_f->db());
        Disclosure d;
        d.madeBy = kOfficer;
        d.kind = QStringLiteral("pack_pdf");
        d.audience = QStringLiteral("partner");
        d.lawfulBasis = QStringLiteral("DPA 2018 s.35");
        d.recipient = QStringLiteral("Borough council");
        d.purpose = QStringLiteral("Quarterly panel");
        log.record(d, everyone.mid(40, 3));
        log.record(d, everyone.mid(43, 4));
        d.recipient = QStringLiteral("Housing association");
        d.purpose = QStringLiteral("Safeguarding");
        log.record(d, everyone.mid(20, 6));
        tx.commit();
    }
    m_f->close();
}

void tst_CliOversight::permissionsAndConflicts()
{
    CliResult r = runCli({QStringLiteral("oversight"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char* word : {"--as-of", "--out", "--csv", "--json", "--exact", "fewer than 5",
                             "by_ethnicity.csv", "removed_12m", "ratio_to_white"})
        QVERIFY2(r.out.contains(QLatin1String(word)), word);
    r = runCli({QStringLiteral("--help")});
    QVERIFY(r.out.contains(QStringLiteral("baseline set")));

    // Officers may not read it; supervisors may, but not exactly.
    r = runCli({QStringLiteral("oversight"), m_file, QStringLiteral("--json")}, officer());
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.out.isEmpty());
    r = runCli(
        {QStringLiteral("oversight"), m_file, QStringLiteral("--json"), QStringLiteral("--exact")},
        supervisor());
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.out.isEmpty());
    r = runCli({QStringLiteral("oversight"), m_file, QStringLiteral("--json")}, supervisor());
    QCOMPARE(r.exitCode, 0);
    // A bad date is a usage error; an existing output file a conflict, left alone.
    r = runCli({QStringLiteral("oversight"), m_file, QStringLiteral("--as-of"),
                QStringLiteral("2026-13-01")});
    QCOMPARE(r.exitCode, 1);
    const QString existing = m_out.filePath(QStringLiteral("existing.pdf"));
    QFile f(existing);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep");
    f.close();
    r = runCli({QStringLiteral("oversight"), m_file, QStringLiteral("--out"), existing});
    QCOMPARE(r.exitCode, 6);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep"));
    const QString csvDir = m_out.filePath(QStringLiteral("taken"));
    QVERIFY(QDir().mkpath(csvDir));
    QFile taken(csvDir + QStringLiteral("/by_gender.csv"));
    QVERIFY(taken.open(QIODevice::WriteOnly));
    taken.close();
    r = runCli({QStringLiteral("oversight"), m_file, QStringLiteral("--csv"), csvDir});
    QCOMPARE(r.exitCode, 6);
    QVERIFY(!QFile::exists(csvDir + QStringLiteral("/by_ethnicity.csv")));
}

void tst_CliOversight::baselineChecks()
{
    const auto write = [this](const QString& name, const QByteArray& text) {
        const QString path = m_out.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(text);
        return path;
    };
    const QString good = write(QStringLiteral("baseline.csv"),
                               "group,population\nWhite,10000\nAsian,2000\n"
                               "\"Black, Black British, Black Welsh, Caribbean or African\",1000\n"
                               "Mixed or Multiple ethnic groups,500\nOther,500\n");
    const auto set = [this](const QString& path, const QProcessEnvironment& env) {
        return runCli({QStringLiteral("baseline"), QStringLiteral("set"), m_file, path}, env);
    };
    // Not an administrator: refused, nothing set.
    CliResult r = set(good, supervisor());
    QCOMPARE(r.exitCode, 3);
    QVERIFY(
        report({QStringLiteral("--exact")}, admin()).value(QStringLiteral("baseline")).isNull());
    // Bad files: a clear message naming the problem.
    const QList<std::pair<QByteArray, QString>> bad{
        {"grp,pop\nWhite,1\n", QStringLiteral("header")},
        {"group,population\nWhite,10000\nAsian,2000\nBlack,1000\nMixed,500\n",
         QStringLiteral("Other ethnic group")},
        {"group,population\nWhite,10000\nWhite,1\nAsian,2000\nBlack,1000\nMixed,500\nOther,5\n",
         QStringLiteral("twice")},
        {"group,population\nWhite,ten\nAsian,2000\nBlack,1000\nMixed,500\nOther,5\n",
         QStringLiteral("whole number")},
        {"group,population\nMartian,5\n", QStringLiteral("not one of the five")}};
    for (const auto& [text, word] : bad) {
        r = set(write(QStringLiteral("bad.csv"), text), admin());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(word), qPrintable(r.err));
    }
    r = set(good, admin());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void tst_CliOversight::exactCountsMatchTheCohort()
{
    const QJsonObject o = report({QStringLiteral("--exact")}, admin());
    QCOMPARE(o.value(QStringLiteral("as_of")).toString(), Time::today().toString(Qt::ISODate));
    QCOMPARE(o.value(QStringLiteral("exact")).toBool(), true);
    const Expected e = expected();
    QCOMPARE(e.totals.value(QStringLiteral("listed")), 51); // the cohort as designed
    QCOMPARE(e.totals.value(QStringLiteral("removed_12m")), 3);
    const QJsonObject totals = o.value(QStringLiteral("totals")).toObject();
    for (auto it = e.totals.cbegin(); it != e.totals.cend(); ++it)
        QVERIFY2(totals.value(it.key()).toInteger(-1) == it.value(),
                 qPrintable(QStringLiteral("%1: %2, expected %3")
                                .arg(it.key())
                                .arg(totals.value(it.key()).toInteger(-1))
                                .arg(it.value())));
    QCOMPARE(totals.value(QStringLiteral("awaiting_sign_off")).toInteger(), 1);
    QList<double> days = e.overdueDays;
    std::sort(days.begin(), days.end());
    const double median = days.size() % 2 ? days[days.size() / 2]
                                          : (days[days.size() / 2 - 1] + days[days.size() / 2]) / 2;
    QCOMPARE(totals.value(QStringLiteral("overdue_median_days")).toDouble(), median);

    // Every row of every breakdown.
    for (auto it = e.rows.cbegin(); it != e.rows.cend(); ++it) {
        const QString key = it.key().section(QLatin1Char('/'), 0, 0);
        const QString group = it.key().section(QLatin1Char('/'), 1);
        const QJsonObject r = row(o, key, group);
        QVERIFY2(!r.isEmpty(), qPrintable(it.key()));
        for (auto c = it.value().cbegin(); c != it.value().cend(); ++c)
            QVERIFY2(r.value(c.key()).toInteger(-1) == c.value(),
                     qPrintable(QStringLiteral("%1 %2: %3, expected %4")
                                    .arg(it.key(), c.key())
                                    .arg(r.value(c.key()).toInteger(-1))
                                    .arg(c.value())));
    }
    // The five groups and "Not recorded" are always there, and add up to the total.
    const QJsonArray ethnicity = o.value(QStringLiteral("by_ethnicity")).toArray();
    QCOMPARE(ethnicity.size(), 6);
    QCOMPARE(row(o, QStringLiteral("by_ethnicity"), kOther).value(QStringLiteral("listed")).toInt(),
             2);
    for (const QString& key : {QStringLiteral("by_ethnicity"), QStringLiteral("by_gender"),
                               QStringLiteral("by_age_band"), QStringLiteral("by_area")}) {
        qint64 listed = 0;
        for (const QJsonValue& v : o.value(key).toArray())
            listed += v.toObject().value(QStringLiteral("listed")).toInteger();
        QCOMPARE(listed, 51);
    }
    // Threshold reasons of those listed.
    QCOMPARE(row(o, QStringLiteral("by_reason"), QStringLiteral("RECORDED_AS_VICTIM"))
                 .value(QStringLiteral("listed"))
                 .toInt(),
             6);
    QCOMPARE(row(o, QStringLiteral("by_reason"), QStringLiteral("RECORDED_AS_AT_RISK"))
                 .value(QStringLiteral("listed"))
                 .toInt(),
             5);
    // Flow: this month's removals, additions in the month 10 days ago among them.
    const QJsonArray monthly = o.value(QStringLiteral("monthly")).toArray();
    QCOMPARE(monthly.size(), 24);
    QCOMPARE(monthly.last().toObject().value(QStringLiteral("month")).toString(),
             Time::today().toString(QStringLiteral("yyyy-MM")));
    QCOMPARE(monthly.last().toObject().value(QStringLiteral("removed")).toInt(), 3);
    qint64 added = 0;
    for (const QJsonValue& m : monthly)
        added += m.toObject().value(QStringLiteral("added")).toInteger();
    QCOMPARE(added, 14 + 6 + 8 + 7 + 3 + 6 + 2); // everyone listed within 24 months
    // Sign-off: three approved (the erasures), one rejected, one withdrawn.
    const QJsonObject signOff = o.value(QStringLiteral("sign_off")).toObject();
    QHash<QString, int> outcomes;
    for (const QJsonValue& v : signOff.value(QStringLiteral("decisions")).toArray())
        outcomes.insert(v.toObject().value(QStringLiteral("outcome")).toString(),
                        v.toObject().value(QStringLiteral("decisions")).toInt());
    QCOMPARE(outcomes.value(QStringLiteral("approved")), 3);
    QCOMPARE(outcomes.value(QStringLiteral("rejected")), 1);
    QCOMPARE(outcomes.value(QStringLiteral("withdrawn")), 1);
    QCOMPARE(signOff.value(QStringLiteral("days_proposed_to_decided"))
                 .toObject()
                 .value(QStringLiteral("median"))
                 .toDouble(),
             0.0);
    // Disclosures by recipient and purpose with the nominals they carried.
    const QJsonArray disclosures = o.value(QStringLiteral("disclosures")).toArray();
    QCOMPARE(disclosures.size(), 2);
    QCOMPARE(disclosures[0].toObject().value(QStringLiteral("recipient")).toString(),
             QStringLiteral("Borough council"));
    QCOMPARE(disclosures[0].toObject().value(QStringLiteral("disclosures")).toInt(), 2);
    QCOMPARE(disclosures[0].toObject().value(QStringLiteral("nominals")).toInt(), 7);
    QCOMPARE(disclosures[1].toObject().value(QStringLiteral("nominals")).toInt(), 6);

    // As at a date before anyone in the last two blocks was listed, nobody of them counts.
    const QJsonObject earlier = report({QStringLiteral("--exact"), QStringLiteral("--as-of"),
                                        Time::today().addDays(-15).toString(Qt::ISODate)},
                                       admin());
    QCOMPARE(
        earlier.value(QStringLiteral("totals")).toObject().value(QStringLiteral("listed")).toInt(),
        51 - 2);
}

void tst_CliOversight::ratesAndRatiosAgainstTheBaseline()
{
    const QJsonObject o = report({QStringLiteral("--exact")}, admin());
    QCOMPARE(o.value(QStringLiteral("baseline")).toArray().size(), 5);
    const QHash<QString, double> population{
        {kWhite, 10000}, {kAsian, 2000}, {kBlack, 1000}, {kMixed, 500}, {kOther, 500}};
    const Expected e = expected();
    const auto rate = [&](const QString& g, const QString& column) {
        return static_cast<double>(
                   e.rows.value(QStringLiteral("by_ethnicity/") + g).value(column)) *
               1000.0 / population.value(g);
    };
    for (const QString& g : population.keys()) {
        const QJsonObject r = row(o, QStringLiteral("by_ethnicity"), g);
        const double listedRate = rate(g, QStringLiteral("listed"));
        const double addedRate = rate(g, QStringLiteral("added_12m"));
        QVERIFY(qFuzzyCompare(r.value(QStringLiteral("rate_per_1000")).toDouble(), listedRate));
        QVERIFY(qFuzzyCompare(1 + r.value(QStringLiteral("ratio_to_white")).toDouble(),
                              1 + listedRate / rate(kWhite, QStringLiteral("listed"))));
        QVERIFY(qFuzzyCompare(1 + r.value(QStringLiteral("added_rate_per_1000")).toDouble(),
                              1 + addedRate));
        QVERIFY(qFuzzyCompare(1 + r.value(QStringLiteral("added_ratio_to_white")).toDouble(),
                              1 + addedRate / rate(kWhite, QStringLiteral("added_12m"))));
    }
    // Worked by hand: Black 15 listed per 1,000 people, White 2; ratio 7.5.
    QCOMPARE(row(o, QStringLiteral("by_ethnicity"), kBlack)
                 .value(QStringLiteral("rate_per_1000"))
                 .toDouble(),
             15.0);
    QCOMPARE(row(o, QStringLiteral("by_ethnicity"), kBlack)
                 .value(QStringLiteral("ratio_to_white"))
                 .toDouble(),
             7.5);
    QVERIFY(row(o, QStringLiteral("by_ethnicity"), kNotRecorded)
                .value(QStringLiteral("rate_per_1000"))
                .isNull());
}

void tst_CliOversight::csvSuppression()
{
    const QString dir = m_out.filePath(QStringLiteral("csv"));
    const CliResult r =
        runCli({QStringLiteral("oversight"), m_file, QStringLiteral("--csv"), dir}, supervisor());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList names{QStringLiteral("by_ethnicity"), QStringLiteral("by_gender"),
                            QStringLiteral("by_age_band"),  QStringLiteral("by_area"),
                            QStringLiteral("by_reason"),    QStringLiteral("monthly"),
                            QStringLiteral("sign_off"),     QStringLiteral("disclosures")};
    QHash<QString, QList<QStringList>> csv;
    for (const QString& name : names) {
        csv.insert(name, readCsv(dir + QLatin1Char('/') + name + QStringLiteral(".csv")));
        QVERIFY2(csv.value(name).size() >= 2, qPrintable(name));
    }
    const auto cell = [&](const QString& table, const QString& group, const QString& column) {
        const QList<QStringList>& rows = csv.value(table);
        const qsizetype c = rows.first().indexOf(column);
        for (const QStringList& row : rows)
            if (row.first() == group)
                return row.value(c);
        return QStringLiteral("<missing>");
    };
    // Header and Total row as documented.
    QCOMPARE(csv.value(QStringLiteral("by_gender")).first(),
             QStringList({QStringLiteral("group"), QStringLiteral("listed"),
                          QStringLiteral("below_threshold"), QStringLiteral("added_12m"),
                          QStringLiteral("removed_12m")}));
    QCOMPARE(csv.value(QStringLiteral("by_gender")).last().first(), QStringLiteral("Total"));
    // Primary: 1 to 4 is "fewer than 5"; nothing from 1 to 4 is printed anywhere.
    QCOMPARE(cell(QStringLiteral("by_ethnicity"), kAsian, QStringLiteral("listed")),
             QStringLiteral("fewer than 5"));
    QCOMPARE(cell(QStringLiteral("by_ethnicity"), kOther, QStringLiteral("listed")),
             QStringLiteral("fewer than 5"));
    QCOMPARE(cell(QStringLiteral("by_ethnicity"), QStringLiteral("Total"),
                  QStringLiteral("removed_12m")),
             QStringLiteral("fewer than 5"));
    QCOMPARE(cell(QStringLiteral("by_ethnicity"), kWhite, QStringLiteral("listed")),
             QStringLiteral("20"));
    // Secondary: under 14 (2) is the only small count among the age bands' listed, so the
    // next smallest (not recorded, 5) is suppressed; the total stays.
    QCOMPARE(
        cell(QStringLiteral("by_age_band"), QStringLiteral("Under 14"), QStringLiteral("listed")),
        QStringLiteral("fewer than 5"));
    QCOMPARE(cell(QStringLiteral("by_age_band"), kNotRecorded, QStringLiteral("listed")),
             QStringLiteral("suppressed"));
    QCOMPARE(cell(QStringLiteral("by_age_band"), QStringLiteral("Total"), QStringLiteral("listed")),
             QStringLiteral("51"));
    // Rates follow their counts.
    QCOMPARE(cell(QStringLiteral("by_ethnicity"), kAsian, QStringLiteral("rate_per_1000")),
             QStringLiteral("suppressed"));
    QCOMPARE(cell(QStringLiteral("by_ethnicity"), kBlack, QStringLiteral("rate_per_1000")),
             QStringLiteral("15.0000"));
    // Everywhere: no number from 1 to 4, and no column with exactly one hidden figure (which
    // its Total would give away).
    for (const QString& name : names) {
        const QList<QStringList>& rows = csv.value(name);
        const qsizetype labels = name == QLatin1String("disclosures") ? 2 : 1;
        for (qsizetype c = labels; c < rows.first().size(); ++c) {
            const QString column = rows.first()[c];
            if (column.contains(QLatin1String("rate")) || column.contains(QLatin1String("ratio")))
                continue;
            int hidden = 0;
            for (qsizetype i = 1; i < rows.size(); ++i) {
                const QString v = rows[i].value(c);
                bool isNumber = false;
                const qint64 n = v.toLongLong(&isNumber);
                QVERIFY2(!isNumber || n == 0 || n >= 5,
                         qPrintable(QStringLiteral("%1 %2 %3").arg(name, rows[i].first(), v)));
                if (!isNumber) {
                    QVERIFY2(v == QLatin1String("fewer than 5") || v == QLatin1String("suppressed"),
                             qPrintable(v));
                    ++hidden;
                }
            }
            QVERIFY2(hidden != 1, qPrintable(name + QLatin1Char(' ') + column));
        }
    }
}

void tst_CliOversight::jsonWithoutExactIsSuppressedToo()
{
    const QJsonObject o = report({}, supervisor());
    QCOMPARE(o.value(QStringLiteral("exact")).toBool(), false);
    QCOMPARE(
        row(o, QStringLiteral("by_ethnicity"), kAsian).value(QStringLiteral("listed")).toString(),
        QStringLiteral("fewer than 5"));
    QCOMPARE(row(o, QStringLiteral("by_age_band"), kNotRecorded)
                 .value(QStringLiteral("listed"))
                 .toString(),
             QStringLiteral("suppressed"));
    QCOMPARE(o.value(QStringLiteral("totals"))
                 .toObject()
                 .value(QStringLiteral("removed_12m"))
                 .toString(),
             QStringLiteral("fewer than 5"));
    QCOMPARE(o.value(QStringLiteral("totals")).toObject().value(QStringLiteral("listed")).toInt(),
             51);
}

void tst_CliOversight::pdfReadsBack()
{
    const QString pdf = m_out.filePath(QStringLiteral("report.pdf"));
    const CliResult r =
        runCli({QStringLiteral("oversight"), m_file, QStringLiteral("--out"), pdf}, supervisor());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY(pages.size() >= 2);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString page = pages[i].trimmed();
        QVERIFY2(page.startsWith(QStringLiteral("OFFICIAL-SENSITIVE")), qPrintable(page.left(80)));
        QVERIFY2(page.endsWith(QStringLiteral("OFFICIAL-SENSITIVE")), qPrintable(page.right(80)));
        QVERIFY(page.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())));
    }
    for (const QString& words :
         {QStringLiteral("Oversight report"), QStringLiteral("fewer than 5"),
          QStringLiteral("suppressed"), QStringLiteral("Removals awaiting sign-off"),
          QStringLiteral("Disproportionality against the population baseline"),
          QStringLiteral("Borough council"), QStringLiteral("Additions and removals by month")})
        QVERIFY2(text.contains(words), qPrintable(words));
    // The printed report is suppressed: the Asian group's 3 is not printed.
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("Asian Welsh\\s+3\\s"))));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("Asian Welsh\\s+fewer than 5"))));
}

void tst_CliOversight::loggedAsConsultation()
{
    auto file = CaseFile::open(m_file, Secret(kPassphrase));
    Statement st =
        file->db().prepare("SELECT count(*) FROM audit_log a JOIN audit_text t ON t.seq = a.seq "
                           "WHERE a.action = 'consultation' AND a.object = 'list:all' "
                           "AND t.justification = 'oversight report';");
    QVERIFY(st.step());
    QVERIFY(st.integer(0) >= 5);
    // Refused runs (officer, --exact by a supervisor, existing output) logged nothing: one
    // entry per successful run so far.
}

QTEST_GUILESS_MAIN(tst_CliOversight)
#include "tst_oversight.moc"
