#include "AuditRepository.h"

#include "Database.h"

#include <limits>

namespace corroborate {

namespace {
// Where an entry's free text lives: in audit_text for entries written since the hardening
// migration (audit_log keeps '' there and the hash commits to a salted hash of the text), in
// audit_log itself for entries written by the first release.
constexpr const char* kSelect =
    "SELECT a.seq, a.at, a.username, a.action, a.object, "
    "coalesce(t.justification, a.justification), coalesce(t.details, a.details), a.prev_hash, "
    "a.hash, a.text_commitment, t.salt, a.justification, a.details, "
    "(SELECT count(*) FROM audit_redactions r WHERE r.seq = a.seq) "
    "FROM audit_log a LEFT JOIN audit_text t ON t.seq = a.seq ";

} // namespace

std::optional<AuditRepository::Tail> AuditRepository::tail()
{
    Statement last = m_db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1;");
    if (!last.step())
        return std::nullopt;
    return Tail{last.integer(0), last.text(1)};
}

void AuditRepository::insert(const AuditEntry& e, const QString& textCommitment,
                             const QByteArray& salt)
{
    Statement st = m_db.prepare("INSERT INTO audit_log (seq, at, username, action, object, "
                                "justification, details, prev_hash, hash, text_commitment) "
                                "VALUES (?, ?, ?, ?, ?, '', '', ?, ?, ?);");
    st.bind(1, e.seq)
        .bind(2, e.at)
        .bind(3, e.username)
        .bind(4, e.action)
        .bind(5, e.object)
        .bind(6, e.prevHash)
        .bind(7, e.hash)
        .bind(8, textCommitment)
        .run();
    Statement text = m_db.prepare(
        "INSERT INTO audit_text (seq, justification, details, salt) VALUES (?, ?, ?, ?);");
    text.bind(1, e.seq).bind(2, e.justification).bind(3, e.details).bind(4, salt).run();
}

void AuditRepository::forEach(const std::function<bool(const Stored&)>& visit)
{
    const QByteArray sql = QByteArray(kSelect) + "ORDER BY a.seq;";
    Statement st = m_db.prepare(sql.constData());
    while (st.step()) {
        Stored s;
        s.entry = readEntry(st);
        s.textCommitment = st.text(9);
        s.salt = st.blob(10);
        s.textInLog = !st.text(11).isEmpty() || !st.text(12).isEmpty();
        s.redacted = st.integer(13) > 0;
        if (!visit(s))
            return;
    }
}

QList<AuditEntry> AuditRepository::page(qint64 beforeSeq, int limit, const QString& object)
{
    QList<AuditEntry> out;
    const QByteArray sql =
        QByteArray(kSelect) +
        (object.isEmpty() ? "WHERE a.seq < ? ORDER BY a.seq DESC LIMIT ?;"
                          : "WHERE a.seq < ? AND a.object = ? ORDER BY a.seq DESC LIMIT ?;");
    Statement st = m_db.prepare(sql.constData());
    st.bind(1, beforeSeq > 0 ? beforeSeq : std::numeric_limits<qint64>::max());
    if (object.isEmpty()) {
        st.bind(2, limit);
    } else {
        st.bind(2, object).bind(3, limit);
    }
    while (st.step())
        out << readEntry(st);
    return out;
}

qint64 AuditRepository::count()
{
    return m_db.scalarInt("SELECT count(*) FROM audit_log;");
}

AuditEntry AuditRepository::readEntry(const Statement& st)
{
    AuditEntry e;
    e.seq = st.integer(0);
    e.at = st.text(1);
    e.username = st.text(2);
    e.action = st.text(3);
    e.object = st.text(4);
    e.justification = st.text(5);
    e.details = st.text(6);
    e.prevHash = st.text(7);
    e.hash = st.text(8);
    return e;
}

} // namespace corroborate
