#include "OversightService.h"

#include "OversightGroups.h"
#include "audit/AuditLog.h"
#include "store/Database.h"
#include "store/NominalListQueries.h"
#include "workflow/ThresholdScan.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <vector>

namespace corroborate {

namespace {

struct Status
{
    qint64 id = 0;
    NominalReasons reasons;
    bool below = false;
    bool overdue = false;
    qint64 daysOverdue = 0;
};

// Rows keyed by group name, kept in first-seen order until sorted.
class Groups
{
public:
    GroupCounts& operator[](const QString& group)
    {
        const auto it = m_index.constFind(group);
        if (it != m_index.constEnd())
            return m_rows[*it];
        m_index.insert(group, m_rows.size());
        m_rows.push_back(GroupCounts{group, 0, 0, 0, 0});
        return m_rows.back();
    }
    // In `order` first (all of them, even when empty), then the rest by name with "Not
    // recorded" last.
    QList<GroupCounts> rows(const QStringList& order = {}) const
    {
        QList<GroupCounts> out;
        for (const QString& g : order) {
            const auto it = m_index.constFind(g);
            out << (it != m_index.constEnd() ? m_rows[*it] : GroupCounts{g, 0, 0, 0, 0});
        }
        QList<GroupCounts> rest;
        for (const GroupCounts& r : m_rows)
            if (!order.contains(r.group))
                rest << r;
        std::sort(rest.begin(), rest.end(), [](const GroupCounts& a, const GroupCounts& b) {
            const bool an = a.group == OversightGroups::notRecorded();
            const bool bn = b.group == OversightGroups::notRecorded();
            if (an != bn)
                return bn;
            return a.group.localeAwareCompare(b.group) < 0;
        });
        return out + rest;
    }

private:
    QHash<QString, qsizetype> m_index;
    QList<GroupCounts> m_rows;
};

std::optional<double> median(std::vector<double> v)
{
    if (v.empty())
        return std::nullopt;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

// Nearest rank: the smallest value with at least 90% of the values at or below it.
std::optional<double> percentile90(std::vector<double> v)
{
    if (v.empty())
        return std::nullopt;
    std::sort(v.begin(), v.end());
    const auto rank = static_cast<std::size_t>(std::ceil(0.9 * static_cast<double>(v.size())));
    return v[std::max<std::size_t>(rank, 1) - 1];
}

QString monthOf(const QDate& d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}

// Cached conversion of the few distinct texts a column holds.
class TextCache
{
public:
    template <typename F> const QString& get(std::string_view utf8, F convert)
    {
        const QByteArray key =
            QByteArray::fromRawData(utf8.data(), static_cast<qsizetype>(utf8.size()));
        const auto it = m_cache.constFind(key);
        if (it != m_cache.constEnd())
            return *it;
        return *m_cache.insert(QByteArray(key.constData(), key.size()), convert(utf8));
    }

private:
    QHash<QByteArray, QString> m_cache;
};

} // namespace

std::optional<OversightReport> OversightService::build(const QDate& asOf, const Progress& progress)
{
    OversightReport report;
    report.asOf = asOf;
    OversightSnapshot snapshot(m_db);
    OversightRepository repo(m_db);
    const Policy policy = ThresholdScan::activePolicy(m_db);
    report.policyVersion = policy.version;
    const qint64 count = NominalListQueries(m_db).count();
    const qint64 total = 2 * count;
    bool stopped = false;

    // 1. Statuses: the shared whole-list threshold pass.
    std::vector<Status> statuses;
    statuses.reserve(static_cast<std::size_t>(count));
    ThresholdScan(m_db, policy).run(asOf, [&](const Nominal& n, const Evaluation& e) {
        Status s;
        s.id = n.id;
        s.reasons = e.reasons;
        s.below = e.isFlagged();
        s.overdue = e.reviewOverdue;
        if (e.reviewOverdue && e.nextReviewDue.isValid())
            s.daysOverdue = e.nextReviewDue.daysTo(asOf);
        statuses.push_back(s);
        if (progress && statuses.size() % 5000 == 0 &&
            !progress(static_cast<qint64>(statuses.size()), total)) {
            stopped = true;
            return false;
        }
        return true;
    });
    if (stopped)
        return std::nullopt;

    // 2. Who they are, merged by id.
    const QDate addedAfter = asOf.addMonths(-12);
    const QDate monthly24From(asOf.addMonths(-23).year(), asOf.addMonths(-23).month(), 1);
    const QDate months12From(asOf.addMonths(-11).year(), asOf.addMonths(-11).month(), 1);
    for (int i = 0; i < 24; ++i)
        report.monthly << MonthFlow{monthOf(monthly24From.addMonths(i)), 0, 0};

    QList<std::pair<NominalReason, QString>> reasonCodes;
    for (quint16 bit = 1; bit <= 0x80; bit <<= 1)
        reasonCodes << std::pair{static_cast<NominalReason>(bit),
                                 Evaluation::code(static_cast<NominalReason>(bit))};

    Groups ethnicity, gender, ageBand, area, reason;
    TextCache ethnicityText, genderText, areaText;
    OversightTotals& t = report.totals;
    std::vector<double> overdueDays;
    std::size_t at = 0;
    qint64 done = 0;
    repo.forEachNominal([&](const OversightNominal& n) {
        if (stopped)
            return;
        ++done;
        if (progress && done % 5000 == 0 && !progress(count + done, total)) {
            stopped = true;
            return;
        }
        while (at < statuses.size() && statuses[at].id < n.id)
            ++at;
        if (at >= statuses.size() || statuses[at].id != n.id)
            return; // not in the pass (cannot happen within one snapshot)
        const Status& s = statuses[at];
        if (n.listedOn.isValid() && n.listedOn > asOf)
            return; // not yet listed on the as-at date
        const bool added = n.listedOn.isValid() && n.listedOn > addedAfter;
        const QString& eth = ethnicityText.get(
            n.ethnicity, [](std::string_view v) { return OversightGroups::ethnicityGroupOf(v); });
        const QString& gen = genderText.get(
            n.gender, [](std::string_view v) { return OversightGroups::recordedOrNot(v); });
        const QString& are = areaText.get(
            n.area, [](std::string_view v) { return OversightGroups::recordedOrNot(v); });
        const QString& band = OversightGroups::ageBandOn(n.dateOfBirth, asOf);
        for (GroupCounts* g : {&ethnicity[eth], &gender[gen], &ageBand[band], &area[are]}) {
            ++g->listed;
            g->belowThreshold += s.below ? 1 : 0;
            g->added12m += added ? 1 : 0;
        }
        for (const auto& [bit, code] : reasonCodes) {
            if (!s.reasons.testFlag(bit))
                continue;
            GroupCounts& g = reason[code];
            ++g.listed;
            g.belowThreshold += s.below ? 1 : 0;
            g.added12m += added ? 1 : 0;
        }
        ++t.listed;
        (s.below ? t.belowThreshold : t.meetsThreshold) += 1;
        if (s.overdue) {
            ++t.overdue;
            overdueDays.push_back(static_cast<double>(s.daysOverdue));
        }
        const int age = OversightGroups::ageOn(n.dateOfBirth, asOf);
        if (age >= 0 && age < 18)
            ++t.juveniles;
        if (n.classification == "victim")
            ++t.victims;
        else if (n.classification == "at_risk")
            ++t.atRisk;
        if (added)
            ++t.added12m;
        if (n.listedOn.isValid() && n.listedOn >= monthly24From) {
            const int index = (n.listedOn.year() - monthly24From.year()) * 12 + n.listedOn.month() -
                              monthly24From.month();
            if (index >= 0 && index < 24)
                ++report.monthly[index].added;
        }
    });
    if (stopped)
        return std::nullopt;
    t.overdueMedianDays = median(overdueDays);

    // 3. Removals, from the anonymous tallies.
    const QString months12 = monthOf(months12From);
    for (const RemovalTally& r : repo.removals(monthOf(monthly24From), monthOf(asOf))) {
        for (MonthFlow& m : report.monthly)
            if (m.month == r.month)
                m.removed += r.removed;
        if (r.month < months12)
            continue;
        t.removed12m += r.removed;
        ethnicity[r.ethnicityGroup].removed12m += r.removed;
        gender[r.gender].removed12m += r.removed;
        ageBand[r.ageBand].removed12m += r.removed;
        area[r.area].removed12m += r.removed;
        reason[r.reasonCode].removed12m += r.removed;
    }

    const GroupCounts all{QStringLiteral("Total"), t.listed, t.belowThreshold, t.added12m,
                          t.removed12m};
    report.byEthnicity = {QStringLiteral("by_ethnicity"),
                          ethnicity.rows(OversightGroups::ethnicityGroups()), all};
    report.byGender = {QStringLiteral("by_gender"), gender.rows(), all};
    report.byAgeBand = {QStringLiteral("by_age_band"), ageBand.rows(OversightGroups::ageBands()),
                        all};
    report.byArea = {QStringLiteral("by_area"), area.rows(), all};
    QStringList evaluationOrder;
    for (const auto& [bit, code] : reasonCodes) {
        Q_UNUSED(bit);
        evaluationOrder << code;
    }
    QList<GroupCounts> reasonRows;
    for (const GroupCounts& g : reason.rows())
        if (evaluationOrder.contains(g.group))
            reasonRows << g;
    std::sort(reasonRows.begin(), reasonRows.end(),
              [&](const GroupCounts& a, const GroupCounts& b) {
                  return evaluationOrder.indexOf(a.group) < evaluationOrder.indexOf(b.group);
              });
    for (const GroupCounts& g : reason.rows())
        if (!evaluationOrder.contains(g.group))
            reasonRows << g;
    report.byReason = {QStringLiteral("by_reason"), reasonRows, all};

    // 4. Sign-off and disclosures in the 12 months up to the as-at date.
    t.awaitingSignOff = repo.awaitingSignOff();
    t.restricted = repo.restricted(asOf);
    const QString fromUtc = asOf.addMonths(-12).addDays(1).toString(Qt::ISODate);
    const QString toUtc = asOf.addDays(1).toString(Qt::ISODate);
    QHash<QString, qint64> outcomes;
    std::vector<double> days;
    for (const SignOffDecision& d : repo.decisions(fromUtc, toUtc)) {
        ++outcomes[d.outcome];
        const QDateTime proposed = QDateTime::fromString(d.proposedAt, Qt::ISODate);
        const QDateTime decided = QDateTime::fromString(d.decidedAt, Qt::ISODate);
        if (proposed.isValid() && decided.isValid()) {
            const double secs = static_cast<double>(proposed.secsTo(decided));
            days.push_back(std::round(secs / 86400.0 * 10.0) / 10.0);
        }
    }
    for (const QString& o :
         {QStringLiteral("approved"), QStringLiteral("rejected"), QStringLiteral("withdrawn")})
        report.signOff << OutcomeCount{o, outcomes.value(o)};
    report.decisionsTimed = static_cast<qint64>(days.size());
    report.daysToDecisionMedian = median(days);
    report.daysToDecisionP90 = percentile90(days);
    report.disclosures = repo.disclosures(fromUtc, toUtc);
    report.baseline = repo.baseline();
    if (progress)
        progress(total, total);
    return report;
}

void OversightService::recordConsultation(Database& db, const QString& username,
                                          const OversightReport& report, const QString& output)
{
    Transaction tx(db);
    AuditLog(db).append(username, AuditAction::Consultation, QStringLiteral("list:all"),
                        QStringLiteral("oversight report"),
                        QStringLiteral("as of %1; policy version %2; %3 listed; output %4")
                            .arg(report.asOf.toString(Qt::ISODate))
                            .arg(report.policyVersion)
                            .arg(report.totals.listed)
                            .arg(output));
    tx.commit();
}

} // namespace corroborate
