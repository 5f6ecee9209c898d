#include "ReviewRepository.h"

#include "Database.h"
#include "core/Time.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace corroborate {

namespace {
QStringList queueFrom(const QString& json)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& v : array)
        out << v.toString();
    return out;
}

ReviewSessionRecord readSession(const Statement& st)
{
    ReviewSessionRecord s;
    s.id = st.integer(0);
    s.reviewer = st.text(1);
    s.startedAt = st.text(2);
    s.queue = queueFrom(st.text(3));
    s.position = static_cast<int>(st.integer(4));
    s.finishedAt = st.isNull(5) ? QString() : st.text(5);
    return s;
}
constexpr const char* kSessionColumns = "id, reviewer, started_at, queue, position, finished_at";
} // namespace

qint64 ReviewRepository::insertReview(const ReviewRecord& r)
{
    Statement st = m_db.prepare(
        "INSERT INTO reviews (nominal_id, session_id, reviewer, reviewed_at, policy_version, "
        "evaluation, decision, reason, retain_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?);");
    st.bind(1, r.nominalId);
    if (r.sessionId > 0)
        st.bind(2, r.sessionId);
    else
        st.bindNull(2);
    st.bind(3, r.reviewer)
        .bind(4, r.reviewedAt.isEmpty() ? Time::nowUtc() : r.reviewedAt)
        .bind(5, r.policyVersion)
        .bind(6, r.evaluationJson)
        .bind(7, r.decision)
        .bind(8, r.reason)
        .bind(9, r.retainUntil)
        .run();
    return m_db.lastInsertId();
}

QList<ReviewRecord> ReviewRepository::historyFor(qint64 nominalId, int limit)
{
    Statement st = m_db.prepare(
        "SELECT id, nominal_id, session_id, reviewer, reviewed_at, policy_version, evaluation, "
        "decision, reason, retain_until FROM reviews WHERE nominal_id = ? "
        "ORDER BY reviewed_at DESC, id DESC LIMIT ?;");
    st.bind(1, nominalId).bind(2, limit);
    QList<ReviewRecord> out;
    while (st.step()) {
        ReviewRecord r;
        r.id = st.integer(0);
        r.nominalId = st.integer(1);
        r.sessionId = st.isNull(2) ? 0 : st.integer(2);
        r.reviewer = st.text(3);
        r.reviewedAt = st.text(4);
        r.policyVersion = static_cast<int>(st.integer(5));
        r.evaluationJson = st.text(6);
        r.decision = st.text(7);
        r.reason = st.text(8);
        r.retainUntil = st.date(9);
        out << r;
    }
    return out;
}

qint64 ReviewRepository::createSession(const QString& reviewer, const QStringList& queue)
{
    Statement st = m_db.prepare(
        "INSERT INTO review_sessions (reviewer, started_at, queue, position) VALUES (?, ?, ?, 0);");
    const QString json = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(queue)).toJson(QJsonDocument::Compact));
    st.bind(1, reviewer).bind(2, Time::nowUtc()).bind(3, json).run();
    return m_db.lastInsertId();
}

void ReviewRepository::setSessionPosition(qint64 sessionId, int position)
{
    Statement st = m_db.prepare("UPDATE review_sessions SET position = ? WHERE id = ?;");
    st.bind(1, position).bind(2, sessionId).run();
}

void ReviewRepository::finishSession(qint64 sessionId)
{
    Statement st = m_db.prepare("UPDATE review_sessions SET finished_at = ? WHERE id = ?;");
    st.bind(1, Time::nowUtc()).bind(2, sessionId).run();
}

std::optional<ReviewSessionRecord> ReviewRepository::session(qint64 sessionId)
{
    const QByteArray sql =
        QByteArray("SELECT ") + kSessionColumns + " FROM review_sessions WHERE id = ?;";
    Statement st = m_db.prepare(sql.constData());
    st.bind(1, sessionId);
    if (!st.step())
        return std::nullopt;
    return readSession(st);
}

QList<ReviewSessionRecord> ReviewRepository::openSessions(const QString& reviewer)
{
    const QByteArray sql = QByteArray("SELECT ") + kSessionColumns +
                           " FROM review_sessions WHERE reviewer = ? AND finished_at IS NULL "
                           "ORDER BY started_at DESC, id DESC;";
    Statement st = m_db.prepare(sql.constData());
    st.bind(1, reviewer);
    QList<ReviewSessionRecord> out;
    while (st.step())
        out << readSession(st);
    return out;
}

} // namespace corroborate
