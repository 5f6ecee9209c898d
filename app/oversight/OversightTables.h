#pragma once

#include "OversightReport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace corroborate {

// How a figure is shown.
enum class CellState
{
    Shown,
    FewerThanFive, // a count from 1 to 4: "fewer than 5"
    Suppressed,    // could be used to work back a count from 1 to 4, or derived from one
    Empty          // no figure (no baseline, nothing to divide by)
};

struct Cell
{
    double value = 0;
    bool integer = true;
    CellState state = CellState::Shown;

    bool hidden() const
    {
        return state == CellState::FewerThanFive || state == CellState::Suppressed;
    }
    // "12", "6.0000", "fewer than 5", "suppressed", "" (empty).
    QString text(int decimals = 4) const;
    // A number, "fewer than 5", "suppressed" or null.
    QJsonValue json() const;
};

struct TableRow
{
    QStringList labels; // one per label column
    QList<Cell> cells;  // one per value column
    bool isTotal = false;
};

// One table of the report as people see it: the breakdowns, the monthly flow, sign-off and
// disclosures. The key names the JSON key and the CSV file (by_ethnicity -> by_ethnicity.csv).
struct ReportTable
{
    QString key;
    QString title;
    QStringList labelColumns; // "group"; "month"; "outcome"; "recipient", "purpose"
    QStringList valueColumns; // "listed", "below_threshold", ...
    QList<TableRow> rows;     // the last is the Total row
};

// The report's figures as shown (issue 12), with small-number suppression unless exact:
// - primary: every count from 1 to 4 is shown as "fewer than 5" (0 is shown: it discloses
//   nobody);
// - secondary: wherever counts add up to a total that is shown (each column of a table and its
//   Total row, except by_reason's listed, below and added, whose threshold reasons overlap;
//   meets + below = listed; the last 12 months of removals and removed_12m), a
//   total may not be worked back to a hidden count: when exactly one figure of such a sum is
//   hidden, the smallest other non-zero part (or else the total) is suppressed too, repeated
//   until no sum has exactly one hidden figure;
// - derived figures: a rate per 1,000 is suppressed with its count, and every ratio to the
//   White group when the White group's count is hidden; the median days overdue with the
//   overdue count.
// With `exact` every figure is shown as it is.
class OversightTables
{
    Q_DECLARE_TR_FUNCTIONS(OversightTables)
public:
    OversightTables(const OversightReport& report, bool exact);

    const OversightReport& report() const { return m_report; }
    bool exact() const { return m_exact; }
    const QList<ReportTable>& tables() const { return m_tables; }
    const ReportTable* table(const QString& key) const;
    // totals: listed, meets_threshold, below_threshold, overdue, overdue_median_days,
    // juveniles, victims, at_risk, awaiting_sign_off, added_12m, removed_12m.
    const QList<std::pair<QString, Cell>>& totals() const { return m_totals; }
    Cell total(const QString& key) const;
    // sign_off's days from proposal to decision: median and p90 (Empty when none).
    Cell daysMedian() const { return m_daysMedian; }
    Cell daysP90() const { return m_daysP90; }

    // The whole JSON document (keys: as_of, exact, policy_version, totals, by_ethnicity,
    // by_gender, by_age_band, by_area, by_reason, monthly, sign_off, disclosures, baseline).
    QJsonObject toJson() const;
    // One CSV table: a header row of the table's columns, one row per group, the Total row.
    static QByteArray toCsv(const ReportTable& table);

    // Words for people: a column key ("listed", "rate_per_1000"...) and a totals key.
    static QString columnLabel(const QString& key);
    static QString totalLabel(const QString& key);

    static QString fewerThanFive(); // "fewer than 5" (stable text, not translated)
    static QString suppressed();    // "suppressed"

private:
    void build();
    void suppress();

    OversightReport m_report;
    bool m_exact;
    QList<ReportTable> m_tables;
    QList<std::pair<QString, Cell>> m_totals;
    Cell m_daysMedian;
    Cell m_daysP90;
};

} // namespace corroborate
