#include "RightsRepository.h"

#include "Database.h"
#include "core/Error.h"

namespace corroborate {

namespace {
constexpr const char* kRequestColumns =
    "id, reference, held, received_on, due_on, note, state, opened_by, opened_at, "
    "coalesce(outcome, ''), coalesce(closed_by, ''), coalesce(closed_at, ''), close_note, version";

SubjectAccessRequest readRequest(const Statement& st)
{
    SubjectAccessRequest r;
    r.id = st.integer(0);
    r.reference = st.text(1);
    r.held = st.integer(2) != 0;
    r.receivedOn = st.date(3);
    r.dueOn = st.date(4);
    r.note = st.text(5);
    r.state = st.text(6);
    r.openedBy = st.text(7);
    r.openedAt = st.text(8);
    r.outcome = st.text(9);
    r.closedBy = st.text(10);
    r.closedAt = st.text(11);
    r.closeNote = st.text(12);
    r.version = static_cast<int>(st.integer(13));
    return r;
}

QByteArray selectRequests(const char* where)
{
    return QByteArray("SELECT ") + kRequestColumns + " FROM subject_access_requests " + where;
}

constexpr const char* kRestrictionColumns =
    "r.id, r.nominal_id, n.reference, r.reason_code, r.until_on, r.note, r.restricted_by, "
    "r.restricted_at, coalesce(r.lifted_by, ''), coalesce(r.lifted_at, ''), r.lift_note";

Restriction readRestriction(const Statement& st)
{
    Restriction r;
    r.id = st.integer(0);
    r.nominalId = st.integer(1);
    r.reference = st.text(2);
    r.reasonCode = st.text(3);
    r.until = st.date(4);
    r.note = st.text(5);
    r.restrictedBy = st.text(6);
    r.restrictedAt = st.text(7);
    r.liftedBy = st.text(8);
    r.liftedAt = st.text(9);
    r.liftNote = st.text(10);
    return r;
}

QByteArray selectRestrictions(const char* where)
{
    return QByteArray("SELECT ") + kRestrictionColumns +
           " FROM restrictions r JOIN nominals n ON n.id = r.nominal_id WHERE " + where;
}
} // namespace

qint64 RightsRepository::insertRequest(const SubjectAccessRequest& r)
{
    Statement st = m_db.prepare(
        "INSERT INTO subject_access_requests (reference, held, received_on, due_on, note, state, "
        "opened_by, opened_at) VALUES (?, ?, ?, ?, ?, 'open', ?, ?);");
    st.bind(1, r.reference)
        .bind(2, r.held)
        .bind(3, r.receivedOn)
        .bind(4, r.dueOn)
        .bind(5, r.note)
        .bind(6, r.openedBy)
        .bind(7, r.openedAt)
        .run();
    return m_db.lastInsertId();
}

std::optional<SubjectAccessRequest> RightsRepository::request(qint64 id)
{
    Statement st = m_db.prepare(selectRequests("WHERE id = ?;").constData());
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readRequest(st);
}

QList<SubjectAccessRequest> RightsRepository::requests(bool openOnly)
{
    Statement st = m_db.prepare(
        selectRequests(openOnly ? "WHERE state = 'open' ORDER BY due_on, id;" : "ORDER BY id;")
            .constData());
    QList<SubjectAccessRequest> out;
    while (st.step())
        out << readRequest(st);
    return out;
}

QList<SubjectAccessRequest> RightsRepository::openRequestsFor(const QString& reference)
{
    Statement st = m_db.prepare(
        selectRequests("WHERE reference = ? AND state = 'open' ORDER BY id;").constData());
    st.bind(1, reference);
    QList<SubjectAccessRequest> out;
    while (st.step())
        out << readRequest(st);
    return out;
}

void RightsRepository::closeRequest(qint64 id, int version, const QString& outcome,
                                    const QString& closedBy, const QString& closedAt,
                                    const QString& note)
{
    Statement st = m_db.prepare(
        "UPDATE subject_access_requests SET state = 'closed', outcome = ?, closed_by = ?, "
        "closed_at = ?, close_note = ?, version = version + 1 WHERE id = ? AND version = ? AND "
        "state = 'open';");
    st.bind(1, outcome)
        .bind(2, closedBy)
        .bind(3, closedAt)
        .bind(4, note)
        .bind(5, id)
        .bind(6, version);
    st.run();
    if (m_db.changes() != 1)
        throw Error(ErrorKind::Conflict,
                    tr("SAR-%1 was closed or changed by someone else meanwhile. List the "
                       "requests again and check its state.")
                        .arg(id));
}

void RightsRepository::withhold(const WithheldItem& item)
{
    Statement st = m_db.prepare(
        "INSERT OR REPLACE INTO subject_access_withheld (request_id, item_id, reason_code, "
        "withheld_by, withheld_at) VALUES (?, ?, ?, ?, ?);");
    st.bind(1, item.requestId)
        .bind(2, item.itemId)
        .bind(3, item.reasonCode)
        .bind(4, item.withheldBy)
        .bind(5, item.withheldAt)
        .run();
}

QList<WithheldItem> RightsRepository::withheld(qint64 requestId)
{
    Statement st =
        m_db.prepare("SELECT request_id, item_id, reason_code, withheld_by, withheld_at FROM "
                     "subject_access_withheld WHERE request_id = ? ORDER BY item_id;");
    st.bind(1, requestId);
    QList<WithheldItem> out;
    while (st.step())
        out << WithheldItem{st.integer(0), st.integer(1), st.text(2), st.text(3), st.text(4)};
    return out;
}

qint64 RightsRepository::insertStatement(const SupplementaryStatement& s)
{
    Statement st = m_db.prepare("INSERT INTO supplementary_statements (nominal_id, text, "
                                "recorded_by, recorded_at) VALUES (?, ?, ?, ?);");
    st.bind(1, s.nominalId).bind(2, s.text).bind(3, s.recordedBy).bind(4, s.recordedAt).run();
    return m_db.lastInsertId();
}

QList<SupplementaryStatement> RightsRepository::statementsFor(qint64 nominalId)
{
    Statement st = m_db.prepare("SELECT id, nominal_id, text, recorded_by, recorded_at FROM "
                                "supplementary_statements WHERE nominal_id = ? ORDER BY id;");
    st.bind(1, nominalId);
    QList<SupplementaryStatement> out;
    while (st.step())
        out << SupplementaryStatement{st.integer(0), st.integer(1), st.text(2), st.text(3),
                                      st.text(4)};
    return out;
}

qint64 RightsRepository::insertRestriction(const Restriction& r)
{
    Statement st = m_db.prepare(
        "INSERT INTO restrictions (nominal_id, reason_code, until_on, note, restricted_by, "
        "restricted_at) VALUES (?, ?, ?, ?, ?, ?);");
    st.bind(1, r.nominalId)
        .bind(2, r.reasonCode)
        .bind(3, r.until)
        .bind(4, r.note)
        .bind(5, r.restrictedBy)
        .bind(6, r.restrictedAt)
        .run();
    return m_db.lastInsertId();
}

std::optional<Restriction> RightsRepository::restrictionFor(qint64 nominalId)
{
    Statement st = m_db.prepare(
        selectRestrictions("r.nominal_id = ? AND r.lifted_at IS NULL LIMIT 1;").constData());
    st.bind(1, nominalId);
    if (!st.step())
        return std::nullopt;
    return readRestriction(st);
}

void RightsRepository::liftRestriction(qint64 id, const QString& liftedBy, const QString& liftedAt,
                                       const QString& note)
{
    Statement st = m_db.prepare("UPDATE restrictions SET lifted_by = ?, lifted_at = ?, "
                                "lift_note = ? WHERE id = ? AND lifted_at IS NULL;");
    st.bind(1, liftedBy).bind(2, liftedAt).bind(3, note).bind(4, id).run();
    if (m_db.changes() != 1)
        throw Error(ErrorKind::Conflict,
                    tr("The restriction was lifted by someone else meanwhile."));
}

QList<Restriction> RightsRepository::restrictions()
{
    Statement st = m_db.prepare(
        selectRestrictions("r.lifted_at IS NULL ORDER BY r.until_on, n.reference;").constData());
    QList<Restriction> out;
    while (st.step())
        out << readRestriction(st);
    return out;
}

QSet<qint64> RightsRepository::restrictedIds()
{
    Statement st = m_db.prepare("SELECT nominal_id FROM restrictions WHERE lifted_at IS NULL;");
    QSet<qint64> out;
    while (st.step())
        out.insert(st.integer(0));
    return out;
}

} // namespace corroborate
