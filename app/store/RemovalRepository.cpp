#include "RemovalRepository.h"

#include "Database.h"
#include "core/Error.h"

namespace corroborate {

namespace {
constexpr const char* kColumns =
    "r.id, r.nominal_id, n.reference, r.reason_code, r.note, r.proposer, r.proposed_at, "
    "r.state, coalesce(r.decided_by, ''), coalesce(r.decided_at, ''), r.decision_note, "
    "r.evaluation_hash, r.version";

RemovalRequest readRequest(const Statement& st)
{
    RemovalRequest r;
    r.id = st.integer(0);
    r.nominalId = st.integer(1);
    r.reference = st.text(2);
    r.reasonCode = st.text(3);
    r.note = st.text(4);
    r.proposer = st.text(5);
    r.proposedAt = st.text(6);
    r.state = st.text(7);
    r.decidedBy = st.text(8);
    r.decidedAt = st.text(9);
    r.decisionNote = st.text(10);
    r.evaluationHash = st.text(11);
    r.version = static_cast<int>(st.integer(12));
    return r;
}

QByteArray selectWhere(const char* where)
{
    return QByteArray("SELECT ") + kColumns +
           " FROM removal_requests r JOIN nominals n ON n.id = r.nominal_id WHERE " + where;
}
} // namespace

qint64 RemovalRepository::insertPending(qint64 nominalId, const QString& reasonCode,
                                        const QString& note, const QString& proposer,
                                        const QString& proposedAt, const QString& evaluationHash)
{
    Statement st = m_db.prepare(
        "INSERT INTO removal_requests (nominal_id, reason_code, note, proposer, proposed_at, "
        "state, evaluation_hash) VALUES (?, ?, ?, ?, ?, 'pending', ?);");
    st.bind(1, nominalId)
        .bind(2, reasonCode)
        .bind(3, note)
        .bind(4, proposer)
        .bind(5, proposedAt)
        .bind(6, evaluationHash)
        .run();
    return m_db.lastInsertId();
}

QList<RemovalRequest> RemovalRepository::query(const char* where, const QString& bindValue,
                                               bool bind)
{
    Statement st = m_db.prepare(selectWhere(where).constData());
    if (bind)
        st.bind(1, bindValue);
    QList<RemovalRequest> out;
    while (st.step())
        out << readRequest(st);
    return out;
}

std::optional<RemovalRequest> RemovalRepository::find(qint64 id)
{
    Statement st = m_db.prepare(selectWhere("r.id = ?;").constData());
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readRequest(st);
}

std::optional<RemovalRequest> RemovalRepository::pendingFor(qint64 nominalId)
{
    Statement st = m_db.prepare(
        selectWhere("r.state = 'pending' AND r.nominal_id = ? ORDER BY r.id LIMIT 1;").constData());
    st.bind(1, nominalId);
    if (!st.step())
        return std::nullopt;
    return readRequest(st);
}

QList<RemovalRequest> RemovalRepository::history(qint64 nominalId)
{
    Statement st = m_db.prepare(selectWhere("r.nominal_id = ? ORDER BY r.id;").constData());
    st.bind(1, nominalId);
    QList<RemovalRequest> out;
    while (st.step())
        out << readRequest(st);
    return out;
}

QList<RemovalRequest> RemovalRepository::pending()
{
    return query("r.state = 'pending' ORDER BY r.proposed_at, r.id;", {}, false);
}

QList<RemovalRequest> RemovalRepository::returned(const QString& proposer)
{
    const char* latestRejected =
        "r.state = 'rejected' AND r.id = (SELECT max(l.id) FROM removal_requests l WHERE "
        "l.nominal_id = r.nominal_id)";
    if (proposer.isEmpty())
        return query((QByteArray(latestRejected) + " ORDER BY r.decided_at, r.id;").constData(), {},
                     false);
    return query((QByteArray(latestRejected) +
                  " AND r.proposer = ? COLLATE NOCASE ORDER BY r.decided_at, r.id;")
                     .constData(),
                 proposer, true);
}

void RemovalRepository::close(qint64 id, int version, const QString& state,
                              const QString& decidedBy, const QString& decidedAt,
                              const QString& decisionNote)
{
    Statement st =
        m_db.prepare("UPDATE removal_requests SET state = ?, decided_by = ?, decided_at = ?, "
                     "decision_note = ?, version = version + 1 WHERE id = ? AND version = ? AND "
                     "state = 'pending';");
    st.bind(1, state)
        .bind(2, decidedBy)
        .bind(3, decidedAt)
        .bind(4, decisionNote)
        .bind(5, id)
        .bind(6, version)
        .run();
    if (m_db.changes() != 1)
        throw Error(ErrorKind::Conflict,
                    tr("The removal proposal was decided or changed by someone else meanwhile. "
                       "Reload it and check its state."));
}

void RemovalRepository::setEvaluationHash(qint64 id, const QString& evaluationHash)
{
    Statement st = m_db.prepare("UPDATE removal_requests SET evaluation_hash = ? WHERE id = ?;");
    st.bind(1, evaluationHash).bind(2, id).run();
}

bool RemovalRepository::isPending(const QString& reference)
{
    Statement st =
        m_db.prepare("SELECT 1 FROM removal_requests r JOIN nominals n ON n.id = r.nominal_id "
                     "WHERE n.reference = ? AND r.state = 'pending' LIMIT 1;");
    st.bind(1, reference);
    return st.step();
}

QSet<QString> RemovalRepository::pendingReferences()
{
    Statement st = m_db.prepare(
        "SELECT DISTINCT n.reference FROM removal_requests r JOIN nominals n ON n.id = "
        "r.nominal_id WHERE r.state = 'pending';");
    QSet<QString> out;
    while (st.step())
        out.insert(st.text(0));
    return out;
}

QHash<qint64, QString> RemovalRepository::lastClosedAt()
{
    // The latest request of each nominal, when it was rejected or withdrawn.
    Statement st = m_db.prepare(
        "SELECT r.nominal_id, r.decided_at FROM removal_requests r WHERE r.state IN "
        "('rejected', 'withdrawn') AND r.id = (SELECT max(l.id) FROM removal_requests l WHERE "
        "l.nominal_id = r.nominal_id);");
    QHash<qint64, QString> out;
    while (st.step())
        out.insert(st.integer(0), st.text(1));
    return out;
}

} // namespace corroborate
