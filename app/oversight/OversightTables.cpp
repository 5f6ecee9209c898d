#include "OversightTables.h"

#include "OversightGroups.h"

#include <QHash>
#include <QJsonArray>

namespace corroborate {

namespace {

Cell count(qint64 v)
{
    return Cell{static_cast<double>(v), true, CellState::Shown};
}

Cell number(std::optional<double> v)
{
    return v ? Cell{*v, false, CellState::Shown} : Cell{0, false, CellState::Empty};
}

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) &&
        !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

struct SumRule
{
    QList<Cell*> parts;
    Cell* total = nullptr; // null: a total shown elsewhere
};

} // namespace

QString Cell::text(int decimals) const
{
    switch (state) {
    case CellState::FewerThanFive:
        return OversightTables::fewerThanFive();
    case CellState::Suppressed:
        return OversightTables::suppressed();
    case CellState::Empty:
        return {};
    case CellState::Shown:
        break;
    }
    return integer ? QString::number(static_cast<qint64>(value))
                   : QString::number(value, 'f', decimals);
}

QJsonValue Cell::json() const
{
    if (hidden())
        return text();
    if (state == CellState::Empty)
        return QJsonValue(QJsonValue::Null);
    return integer ? QJsonValue(static_cast<qint64>(value)) : QJsonValue(value);
}

QString OversightTables::columnLabel(const QString& key)
{
    const QHash<QString, QString> titles{
        {QStringLiteral("group"), tr("Group")},
        {QStringLiteral("figure"), tr("Figure")},
        {QStringLiteral("value"), tr("Value")},
        {QStringLiteral("listed"), tr("Listed")},
        {QStringLiteral("below_threshold"), tr("Below threshold")},
        {QStringLiteral("added_12m"), tr("Added (12 months)")},
        {QStringLiteral("removed_12m"), tr("Removed (12 months)")},
        {QStringLiteral("rate_per_1000"), tr("Listed per 1,000")},
        {QStringLiteral("ratio_to_white"), tr("Ratio to White")},
        {QStringLiteral("added_rate_per_1000"), tr("Added per 1,000")},
        {QStringLiteral("added_ratio_to_white"), tr("Ratio to White (added)")},
        {QStringLiteral("month"), tr("Month")},
        {QStringLiteral("added"), tr("Added")},
        {QStringLiteral("removed"), tr("Removed")},
        {QStringLiteral("outcome"), tr("Outcome")},
        {QStringLiteral("decisions"), tr("Decisions")},
        {QStringLiteral("recipient"), tr("Recipient")},
        {QStringLiteral("purpose"), tr("Purpose")},
        {QStringLiteral("disclosures"), tr("Disclosures")},
        {QStringLiteral("nominals"), tr("Nominals carried")},
        {QStringLiteral("past_destroy_by"), tr("Past destroy-by, not confirmed destroyed")}};
    return titles.value(key, key);
}

QString OversightTables::totalLabel(const QString& key)
{
    const QHash<QString, QString> labels{
        {QStringLiteral("listed"), tr("Listed")},
        {QStringLiteral("meets_threshold"), tr("Meet the threshold")},
        {QStringLiteral("below_threshold"), tr("Below the threshold (flagged for removal)")},
        {QStringLiteral("overdue"), tr("Review overdue")},
        {QStringLiteral("overdue_median_days"), tr("Median days overdue")},
        {QStringLiteral("juveniles"), tr("Under 18")},
        {QStringLiteral("victims"), tr("Recorded as victims, still listed")},
        {QStringLiteral("at_risk"), tr("Recorded as at risk, still listed")},
        {QStringLiteral("awaiting_sign_off"), tr("Removals awaiting sign-off")},
        {QStringLiteral("restricted"), tr("Restricted (DPA 2018 s.47)")},
        {QStringLiteral("added_12m"), tr("Added in the last 12 months")},
        {QStringLiteral("removed_12m"), tr("Removed in the last 12 months")}};
    return labels.value(key, key);
}

QString OversightTables::fewerThanFive()
{
    return QStringLiteral("fewer than 5");
}

QString OversightTables::suppressed()
{
    return QStringLiteral("suppressed");
}

OversightTables::OversightTables(const OversightReport& report, bool exact)
    : m_report(report)
    , m_exact(exact)
{
    build();
    if (!m_exact)
        suppress();
}

const ReportTable* OversightTables::table(const QString& key) const
{
    for (const ReportTable& t : m_tables)
        if (t.key == key)
            return &t;
    return nullptr;
}

Cell OversightTables::total(const QString& key) const
{
    for (const auto& [k, c] : m_totals)
        if (k == key)
            return c;
    return Cell{0, true, CellState::Empty};
}

void OversightTables::build()
{
    const OversightReport& r = m_report;
    const OversightTotals& t = r.totals;
    m_totals = {{QStringLiteral("listed"), count(t.listed)},
                {QStringLiteral("meets_threshold"), count(t.meetsThreshold)},
                {QStringLiteral("below_threshold"), count(t.belowThreshold)},
                {QStringLiteral("overdue"), count(t.overdue)},
                {QStringLiteral("overdue_median_days"), number(t.overdueMedianDays)},
                {QStringLiteral("juveniles"), count(t.juveniles)},
                {QStringLiteral("victims"), count(t.victims)},
                {QStringLiteral("at_risk"), count(t.atRisk)},
                {QStringLiteral("awaiting_sign_off"), count(t.awaitingSignOff)},
                {QStringLiteral("restricted"), count(t.restricted)},
                {QStringLiteral("added_12m"), count(t.added12m)},
                {QStringLiteral("removed_12m"), count(t.removed12m)}};
    m_daysMedian = number(r.daysToDecisionMedian);
    m_daysP90 = number(r.daysToDecisionP90);

    const QStringList counts{QStringLiteral("listed"), QStringLiteral("below_threshold"),
                             QStringLiteral("added_12m"), QStringLiteral("removed_12m")};
    const QStringList titles{tr("By ethnicity (ONS 2021 high-level groups)"), tr("By gender"),
                             tr("By age band on the as-at date"), tr("By area"),
                             tr("By reason (threshold reasons of those listed; removal reasons "
                                "of those removed)")};
    const QList<const Breakdown*> breakdowns = r.breakdowns();
    for (qsizetype b = 0; b < breakdowns.size(); ++b) {
        const Breakdown& bd = *breakdowns[b];
        ReportTable table;
        table.key = bd.key;
        table.title = titles[b];
        table.labelColumns = {QStringLiteral("group")};
        table.valueColumns = counts;
        const bool rates = b == 0 && !r.baseline.isEmpty();
        if (rates)
            table.valueColumns << QStringLiteral("rate_per_1000")
                               << QStringLiteral("ratio_to_white")
                               << QStringLiteral("added_rate_per_1000")
                               << QStringLiteral("added_ratio_to_white");
        const auto rowOf = [&](const GroupCounts& g, bool isTotal) {
            TableRow row;
            row.labels = {g.group};
            row.isTotal = isTotal;
            row.cells = {count(g.listed), count(g.belowThreshold), count(g.added12m),
                         count(g.removed12m)};
            if (rates) {
                const std::optional<qint64> pop = isTotal ? std::nullopt : r.populationOf(g.group);
                const auto rate = [&pop](qint64 n) -> std::optional<double> {
                    if (!pop || *pop <= 0)
                        return std::nullopt;
                    return static_cast<double>(n) * 1000.0 / static_cast<double>(*pop);
                };
                row.cells << number(rate(g.listed)) << number(std::nullopt)
                          << number(rate(g.added12m)) << number(std::nullopt);
            }
            return row;
        };
        for (const GroupCounts& g : bd.rows)
            table.rows << rowOf(g, false);
        table.rows << rowOf(bd.total, true);
        if (rates) {
            // Ratios to the White group's rate.
            const TableRow* white = nullptr;
            for (const TableRow& row : table.rows)
                if (row.labels.first() == OversightGroups::white())
                    white = &row;
            if (white) {
                const Cell whiteListed = white->cells[4];
                const Cell whiteAdded = white->cells[6];
                for (TableRow& row : table.rows) {
                    if (row.cells[4].state == CellState::Shown && whiteListed.value > 0 &&
                        whiteListed.state == CellState::Shown)
                        row.cells[5] = number(row.cells[4].value / whiteListed.value);
                    if (row.cells[6].state == CellState::Shown && whiteAdded.value > 0 &&
                        whiteAdded.state == CellState::Shown)
                        row.cells[7] = number(row.cells[6].value / whiteAdded.value);
                }
            }
        }
        m_tables << table;
    }

    ReportTable monthly;
    monthly.key = QStringLiteral("monthly");
    monthly.title = tr("Additions and removals by month (24 months)");
    monthly.labelColumns = {QStringLiteral("month")};
    monthly.valueColumns = {QStringLiteral("added"), QStringLiteral("removed")};
    qint64 added = 0, removed = 0;
    for (const MonthFlow& m : r.monthly) {
        monthly.rows << TableRow{{m.month}, {count(m.added), count(m.removed)}, false};
        added += m.added;
        removed += m.removed;
    }
    monthly.rows << TableRow{{QStringLiteral("Total")}, {count(added), count(removed)}, true};
    m_tables << monthly;

    ReportTable signOff;
    signOff.key = QStringLiteral("sign_off");
    signOff.title = tr("Sign-off decisions in the last 12 months");
    signOff.labelColumns = {QStringLiteral("outcome")};
    signOff.valueColumns = {QStringLiteral("decisions")};
    qint64 decisions = 0;
    for (const OutcomeCount& o : r.signOff) {
        signOff.rows << TableRow{{o.outcome}, {count(o.decisions)}, false};
        decisions += o.decisions;
    }
    signOff.rows << TableRow{{QStringLiteral("Total")}, {count(decisions)}, true};
    m_tables << signOff;

    ReportTable disclosures;
    disclosures.key = QStringLiteral("disclosures");
    disclosures.title = tr("Disclosures in the last 12 months");
    disclosures.labelColumns = {QStringLiteral("recipient"), QStringLiteral("purpose")};
    disclosures.valueColumns = {QStringLiteral("disclosures"), QStringLiteral("nominals"),
                                QStringLiteral("past_destroy_by")};
    qint64 made = 0, carried = 0, past = 0;
    for (const DisclosureGroup& d : r.disclosures) {
        disclosures.rows << TableRow{
            {d.recipient, d.purpose},
            {count(d.disclosures), count(d.nominals), count(d.pastDestroyBy)},
            false};
        made += d.disclosures;
        carried += d.nominals;
        past += d.pastDestroyBy;
    }
    disclosures.rows << TableRow{
        {QStringLiteral("Total"), QString()}, {count(made), count(carried), count(past)}, true};
    m_tables << disclosures;
}

void OversightTables::suppress()
{
    QList<Cell*> countCells;
    QList<SumRule> sums;
    QList<QList<Cell*>> same; // the same figure in several places
    const auto totalCell = [this](const QString& key) -> Cell* {
        for (auto& [k, c] : m_totals)
            if (k == key)
                return &c;
        return nullptr;
    };
    for (auto& [k, c] : m_totals)
        if (c.integer && c.state != CellState::Empty)
            countCells << &c;
    sums << SumRule{{totalCell(QStringLiteral("meets_threshold")),
                     totalCell(QStringLiteral("below_threshold"))},
                    totalCell(QStringLiteral("listed"))};
    const QStringList breakdownTotals{QStringLiteral("listed"), QStringLiteral("below_threshold"),
                                      QStringLiteral("added_12m"), QStringLiteral("removed_12m")};
    for (ReportTable& table : m_tables) {
        const bool breakdown = table.key.startsWith(QLatin1String("by_"));
        for (qsizetype col = 0; col < table.valueColumns.size(); ++col) {
            if (breakdown && col >= 4)
                continue; // rates: derived below
            SumRule rule;
            for (TableRow& row : table.rows) {
                Cell* c = &row.cells[col];
                countCells << c;
                if (row.isTotal)
                    rule.total = c;
                else
                    rule.parts << c;
            }
            // Threshold reasons overlap (one person may have several), so by_reason's listed,
            // below and added columns do not add up to their totals: only its removals do.
            if (table.key != QLatin1String("by_reason") || col == 3)
                sums << rule;
            if (breakdown && rule.total)
                same << QList<Cell*>{rule.total, totalCell(breakdownTotals[col])};
        }
        if (table.key == QLatin1String("monthly")) {
            // The last 12 months of removals add up to removed_12m.
            SumRule last12;
            for (qsizetype i = std::max<qsizetype>(0, table.rows.size() - 13);
                 i < table.rows.size() - 1; ++i)
                last12.parts << &table.rows[i].cells[1];
            last12.total = totalCell(QStringLiteral("removed_12m"));
            sums << last12;
        }
    }

    for (Cell* c : countCells)
        if (c->value >= 1 && c->value <= 4)
            c->state = CellState::FewerThanFive;

    for (bool changed = true; changed;) {
        changed = false;
        for (const QList<Cell*>& copies : same) {
            bool anyHidden = false;
            for (const Cell* c : copies)
                anyHidden = anyHidden || c->hidden();
            for (Cell* c : copies)
                if (anyHidden && !c->hidden()) {
                    c->state = CellState::Suppressed;
                    changed = true;
                }
        }
        for (const SumRule& rule : sums) {
            int hidden = rule.total && rule.total->hidden() ? 1 : 0;
            for (const Cell* p : rule.parts)
                hidden += p->hidden() ? 1 : 0;
            if (hidden != 1)
                continue;
            Cell* pick = nullptr;
            for (Cell* p : rule.parts)
                if (!p->hidden() && p->value > 0 && (!pick || p->value < pick->value))
                    pick = p;
            if (!pick && rule.total && !rule.total->hidden())
                pick = rule.total;
            if (!pick)
                for (Cell* p : rule.parts)
                    if (!p->hidden()) {
                        pick = p;
                        break;
                    }
            if (pick) {
                pick->state = CellState::Suppressed;
                changed = true;
            }
        }
    }

    // Derived figures follow their counts.
    if (total(QStringLiteral("overdue")).hidden())
        totalCell(QStringLiteral("overdue_median_days"))->state = CellState::Suppressed;
    ReportTable& ethnicity = m_tables.first();
    if (ethnicity.valueColumns.size() > 4) {
        bool whiteListedHidden = false, whiteAddedHidden = false;
        for (const TableRow& row : ethnicity.rows)
            if (row.labels.first() == OversightGroups::white()) {
                whiteListedHidden = row.cells[0].hidden();
                whiteAddedHidden = row.cells[2].hidden();
            }
        for (TableRow& row : ethnicity.rows) {
            const auto hide = [](Cell& c) {
                if (c.state != CellState::Empty)
                    c.state = CellState::Suppressed;
            };
            if (row.cells[0].hidden()) {
                hide(row.cells[4]);
                hide(row.cells[5]);
            }
            if (row.cells[2].hidden()) {
                hide(row.cells[6]);
                hide(row.cells[7]);
            }
            if (whiteListedHidden)
                hide(row.cells[5]);
            if (whiteAddedHidden)
                hide(row.cells[7]);
        }
    }
}

QJsonObject OversightTables::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("as_of"), m_report.asOf.toString(Qt::ISODate));
    o.insert(QStringLiteral("exact"), m_exact);
    o.insert(QStringLiteral("policy_version"), m_report.policyVersion);
    QJsonObject totals;
    for (const auto& [k, c] : m_totals)
        totals.insert(k, c.json());
    o.insert(QStringLiteral("totals"), totals);
    for (const ReportTable& table : m_tables) {
        QJsonArray rows;
        for (const TableRow& row : table.rows) {
            if (row.isTotal)
                continue;
            QJsonObject r;
            for (qsizetype i = 0; i < table.labelColumns.size(); ++i)
                r.insert(table.labelColumns[i], row.labels.value(i));
            for (qsizetype i = 0; i < table.valueColumns.size(); ++i)
                r.insert(table.valueColumns[i], row.cells[i].json());
            rows << r;
        }
        if (table.key == QLatin1String("sign_off")) {
            QJsonObject signOff;
            signOff.insert(QStringLiteral("decisions"), rows);
            signOff.insert(QStringLiteral("total"), table.rows.last().cells[0].json());
            signOff.insert(QStringLiteral("days_proposed_to_decided"),
                           QJsonObject{{QStringLiteral("timed"), table.rows.last().cells[0].json()},
                                       {QStringLiteral("median"), m_daysMedian.json()},
                                       {QStringLiteral("p90"), m_daysP90.json()}});
            o.insert(table.key, signOff);
        } else {
            o.insert(table.key, rows);
        }
    }
    if (m_report.baseline.isEmpty()) {
        o.insert(QStringLiteral("baseline"), QJsonValue(QJsonValue::Null));
    } else {
        QJsonArray baseline;
        for (const BaselineRow& b : m_report.baseline)
            baseline << QJsonObject{{QStringLiteral("group"), b.group},
                                    {QStringLiteral("population"), b.population}};
        o.insert(QStringLiteral("baseline"), baseline);
    }
    return o;
}

QByteArray OversightTables::toCsv(const ReportTable& table)
{
    QStringList lines;
    QStringList header;
    for (const QString& c : table.labelColumns + table.valueColumns)
        header << csvField(c);
    lines << header.join(QLatin1Char(','));
    for (const TableRow& row : table.rows) {
        QStringList fields;
        for (const QString& l : row.labels)
            fields << csvField(l);
        for (const Cell& c : row.cells)
            fields << csvField(c.text());
        lines << fields.join(QLatin1Char(','));
    }
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

} // namespace corroborate
