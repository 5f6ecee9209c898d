#include "OversightRepository.h"

#include "Database.h"

namespace corroborate {

OversightSnapshot::OversightSnapshot(Database& db)
    : m_db(db)
{
    m_db.exec("SAVEPOINT oversight_report;");
}

OversightSnapshot::~OversightSnapshot()
{
    try {
        m_db.exec("RELEASE oversight_report;");
    } catch (...) { // nothing was written: a failed release leaves nothing to undo
    }
}

void OversightRepository::addRemoval(const RemovalTally& t)
{
    m_db.prepare("INSERT INTO oversight_removals (month, area, ethnicity_group, gender, age_band, "
                 "reason_code, removed) VALUES (?, ?, ?, ?, ?, ?, 1) "
                 "ON CONFLICT (month, area, ethnicity_group, gender, age_band, reason_code) "
                 "DO UPDATE SET removed = removed + 1;")
        .bind(1, t.month)
        .bind(2, t.area)
        .bind(3, t.ethnicityGroup)
        .bind(4, t.gender)
        .bind(5, t.ageBand)
        .bind(6, t.reasonCode)
        .run();
}

QList<RemovalTally> OversightRepository::removals(const QString& fromMonth, const QString& toMonth)
{
    QList<RemovalTally> out;
    Statement st = m_db.prepare("SELECT month, area, ethnicity_group, gender, age_band, "
                                "reason_code, removed FROM oversight_removals "
                                "WHERE month >= ? AND month <= ? ORDER BY month;");
    st.bind(1, fromMonth).bind(2, toMonth);
    while (st.step())
        out << RemovalTally{st.text(0), st.text(1), st.text(2),   st.text(3),
                            st.text(4), st.text(5), st.integer(6)};
    return out;
}

void OversightRepository::replaceBaseline(const QList<BaselineRow>& rows)
{
    m_db.exec("DELETE FROM oversight_baseline;");
    Statement st = m_db.prepare("INSERT INTO oversight_baseline (grp, population) VALUES (?, ?);");
    for (const BaselineRow& r : rows) {
        st.reset();
        st.bind(1, r.group).bind(2, r.population).run();
    }
}

QList<BaselineRow> OversightRepository::baseline()
{
    QList<BaselineRow> out;
    Statement st = m_db.prepare("SELECT grp, population FROM oversight_baseline;");
    while (st.step())
        out << BaselineRow{st.text(0), st.integer(1)};
    return out;
}

void OversightRepository::forEachNominal(const std::function<void(const OversightNominal&)>& visit)
{
    Statement st = m_db.prepare("SELECT id, date_of_birth, gender, ethnicity, area, "
                                "classification, listed_on FROM nominals ORDER BY id;");
    OversightNominal n;
    while (st.step()) {
        n.id = st.integer(0);
        n.dateOfBirth = st.date(1);
        n.gender = st.view(2);
        n.ethnicity = st.view(3);
        n.area = st.view(4);
        n.classification = st.view(5);
        n.listedOn = st.date(6);
        visit(n);
    }
}

qint64 OversightRepository::awaitingSignOff()
{
    return m_db.scalarInt("SELECT count(*) FROM removal_requests WHERE state = 'pending';");
}

qint64 OversightRepository::restricted(const QDate& asOf)
{
    const QString end = asOf.addDays(1).toString(Qt::ISODate);
    Statement st = m_db.prepare(
        "SELECT count(DISTINCT r.nominal_id) FROM restrictions r JOIN nominals n "
        "ON n.id = r.nominal_id WHERE r.restricted_at < ?1 AND (r.lifted_at IS NULL OR "
        "r.lifted_at >= ?1);");
    st.bind(1, end);
    return st.step() ? st.integer(0) : 0;
}

QList<SignOffDecision> OversightRepository::decisions(const QString& fromUtc, const QString& toUtc)
{
    QList<SignOffDecision> out;
    // Approved requests leave with the erased nominal; the register keeps their times.
    Statement st = m_db.prepare(
        "SELECT state, proposed_at, decided_at FROM removal_requests "
        "WHERE state IN ('rejected', 'withdrawn') AND decided_at >= ?1 AND decided_at < ?2 "
        "UNION ALL SELECT 'approved', proposed_at, approved_at FROM erasures "
        "WHERE approved_at >= ?1 AND approved_at < ?2;");
    st.bind(1, fromUtc).bind(2, toUtc);
    while (st.step())
        out << SignOffDecision{st.text(0), st.text(1), st.text(2)};
    return out;
}

QList<DisclosureGroup> OversightRepository::disclosures(const QString& fromUtc,
                                                        const QString& toUtc)
{
    QList<DisclosureGroup> out;
    Statement st = m_db.prepare(
        "WITH carried AS (SELECT disclosure_id, count(*) AS n FROM disclosure_nominals "
        "GROUP BY disclosure_id) "
        "SELECT d.recipient, d.purpose, count(*), total(coalesce(c.n, 0)), "
        "total(d.destroy_by IS NOT NULL AND d.destroy_by < date(?2, '-1 day') "
        "AND d.destroyed_confirmed_on IS NULL) FROM disclosures d "
        "LEFT JOIN carried c ON c.disclosure_id = d.id "
        "WHERE d.made_at >= ?1 AND d.made_at < ?2 GROUP BY d.recipient, d.purpose "
        "ORDER BY d.recipient, d.purpose;");
    st.bind(1, fromUtc).bind(2, toUtc);
    while (st.step())
        out << DisclosureGroup{st.text(0), st.text(1), st.integer(2), st.integer(3), st.integer(4)};
    return out;
}

} // namespace corroborate
