// Small-number suppression of the oversight report (issue 12), on reports built by hand: the
// primary rule (1 to 4), secondary suppression down columns, across meets + below = listed and
// across the last 12 months of removals, derived rates, the overlapping reasons that must not
// cascade, and --exact leaving everything as it is.
#include "oversight/OversightGroups.h"
#include "oversight/OversightTables.h"

#include <QTest>

using namespace corroborate;

namespace {

GroupCounts g(const QString& name, qint64 listed, qint64 below = 0, qint64 added = 0,
              qint64 removed = 0)
{
    return GroupCounts{name, listed, below, added, removed};
}

OversightReport base()
{
    OversightReport r;
    r.asOf = QDate(2026, 12, 2);
    r.totals.listed = 60;
    r.totals.meetsThreshold = 57;
    r.totals.belowThreshold = 3;
    r.totals.added12m = 20;
    r.totals.removed12m = 9;
    const GroupCounts total = g(QStringLiteral("Total"), 60, 3, 20, 9);
    r.byEthnicity = {QStringLiteral("by_ethnicity"),
                     {g(QStringLiteral("White"), 30, 0, 10, 5),
                      g(QStringLiteral("Black, x"), 27, 3, 8, 4),
                      g(QStringLiteral("Not recorded"), 3, 0, 2, 0)},
                     total};
    r.byGender = {
        QStringLiteral("by_gender"),
        {g(QStringLiteral("female"), 20, 0, 10, 0), g(QStringLiteral("male"), 40, 3, 10, 9)},
        total};
    r.byAgeBand = {
        QStringLiteral("by_age_band"), {g(QStringLiteral("18-24"), 60, 3, 20, 9)}, total};
    r.byArea = {QStringLiteral("by_area"), {g(QStringLiteral("North"), 60, 3, 20, 9)}, total};
    // Only two people have a reason, one of them shown as fewer than 5.
    r.byReason = {QStringLiteral("by_reason"),
                  {g(QStringLiteral("RECORDED_AS_VICTIM"), 2, 2),
                   g(QStringLiteral("ZERO_HARM_SCORE"), 0),
                   g(QStringLiteral("BELOW_THRESHOLD"), 0, 0, 0, 9)},
                  total};
    for (int i = 0; i < 24; ++i)
        r.monthly << MonthFlow{QStringLiteral("2025-%1").arg(i), 0,
                               i == 23 ? 6 : (i == 22 ? 3 : 0)};
    r.signOff = {{QStringLiteral("approved"), 9},
                 {QStringLiteral("rejected"), 1},
                 {QStringLiteral("withdrawn"), 0}};
    return r;
}

QString cell(const OversightTables& t, const QString& key, const QString& group, int column)
{
    for (const TableRow& row : t.table(key)->rows)
        if (row.labels.first() == group)
            return row.cells[column].text();
    return QStringLiteral("<missing>");
}

} // namespace

class tst_OversightTables : public QObject
{
    Q_OBJECT

private slots:
    void ethnicityGroups_data()
    {
        QTest::addColumn<QString>("recorded");
        QTest::addColumn<int>("group"); // index in OversightGroups::ethnicityGroups()
        QTest::newRow("ONS Indian") << "Asian, Asian British or Asian Welsh: Indian" << 0;
        QTest::newRow("ONS African")
            << "Black, Black British, Black Welsh, Caribbean or African: African" << 1;
        QTest::newRow("ONS mixed") << "Mixed or Multiple ethnic groups: White and Asian" << 2;
        QTest::newRow("design's example") << "Mixed: White and Black Caribbean" << 2;
        QTest::newRow("ONS Roma") << "White: Roma" << 3;
        QTest::newRow("ONS Arab") << "Other ethnic group: Arab" << 4;
        QTest::newRow("2011 other white") << "Any other White background" << 3;
        QTest::newRow("bare Chinese") << "Chinese" << 0;
        QTest::newRow("baseline word") << "Other" << 4;
        QTest::newRow("not stated") << "Not stated" << 5;
        QTest::newRow("empty") << "" << 5;
    }
    void ethnicityGroups()
    {
        QFETCH(QString, recorded);
        QFETCH(int, group);
        QCOMPARE(OversightGroups::ethnicityGroupOf(recorded),
                 OversightGroups::ethnicityGroups().at(group));
    }

    void primaryAndSecondary()
    {
        const OversightTables t(base(), false);
        // Listed: Not recorded 3 is fewer than 5, so the next smallest (Black, 27) goes too.
        QCOMPARE(cell(t, QStringLiteral("by_ethnicity"), QStringLiteral("Not recorded"), 0),
                 QStringLiteral("fewer than 5"));
        QCOMPARE(cell(t, QStringLiteral("by_ethnicity"), QStringLiteral("Black, x"), 0),
                 QStringLiteral("suppressed"));
        QCOMPARE(cell(t, QStringLiteral("by_ethnicity"), QStringLiteral("White"), 0),
                 QStringLiteral("30"));
        QCOMPARE(cell(t, QStringLiteral("by_ethnicity"), QStringLiteral("Total"), 0),
                 QStringLiteral("60"));
        // Below: 3 in one row; the total (3) is hidden too, and then its copies.
        QCOMPARE(t.total(QStringLiteral("below_threshold")).text(), QStringLiteral("fewer than 5"));
        // meets + below = listed: meets is suppressed with below.
        QCOMPARE(t.total(QStringLiteral("meets_threshold")).text(), QStringLiteral("suppressed"));
        QCOMPARE(t.total(QStringLiteral("listed")).text(), QStringLiteral("60"));
        // Removals: the last 12 months (3 and 6) add up to removed_12m (9): both hidden.
        const ReportTable* monthly = t.table(QStringLiteral("monthly"));
        QCOMPARE(monthly->rows[22].cells[1].text(), QStringLiteral("fewer than 5"));
        QCOMPARE(monthly->rows[23].cells[1].text(), QStringLiteral("suppressed"));
        // Sign-off: rejected 1 hidden; the smallest other non-zero (approved 9) goes too.
        QCOMPARE(cell(t, QStringLiteral("sign_off"), QStringLiteral("rejected"), 0),
                 QStringLiteral("fewer than 5"));
        QCOMPARE(cell(t, QStringLiteral("sign_off"), QStringLiteral("approved"), 0),
                 QStringLiteral("suppressed"));
    }

    void overlappingReasonsDoNotCascade()
    {
        const OversightTables t(base(), false);
        QCOMPARE(cell(t, QStringLiteral("by_reason"), QStringLiteral("RECORDED_AS_VICTIM"), 0),
                 QStringLiteral("fewer than 5"));
        // The reasons' listed column does not add up to its total: nothing else is hidden.
        QCOMPARE(cell(t, QStringLiteral("by_reason"), QStringLiteral("Total"), 0),
                 QStringLiteral("60"));
        QCOMPARE(cell(t, QStringLiteral("by_gender"), QStringLiteral("female"), 0),
                 QStringLiteral("20"));
    }

    void ratesFollowTheirCounts()
    {
        OversightReport r = base();
        r.baseline = {{QStringLiteral("White"), 10000}, {QStringLiteral("Black, x"), 1000}};
        const OversightTables exact(r, true);
        QCOMPARE(cell(exact, QStringLiteral("by_ethnicity"), QStringLiteral("White"), 4),
                 QStringLiteral("3.0000"));
        QCOMPARE(cell(exact, QStringLiteral("by_ethnicity"), QStringLiteral("Black, x"), 4),
                 QStringLiteral("27.0000"));
        QCOMPARE(cell(exact, QStringLiteral("by_ethnicity"), QStringLiteral("Black, x"), 5),
                 QStringLiteral("9.0000"));
        QCOMPARE(cell(exact, QStringLiteral("by_ethnicity"), QStringLiteral("Not recorded"), 0),
                 QStringLiteral("3"));
        const OversightTables shown(r, false);
        QCOMPARE(cell(shown, QStringLiteral("by_ethnicity"), QStringLiteral("Black, x"), 4),
                 QStringLiteral("suppressed"));
        QCOMPARE(cell(shown, QStringLiteral("by_ethnicity"), QStringLiteral("White"), 4),
                 QStringLiteral("3.0000"));
    }
};

QTEST_GUILESS_MAIN(tst_OversightTables)
#include "tst_oversight_tables.moc"
