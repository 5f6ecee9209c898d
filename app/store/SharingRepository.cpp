#include "SharingRepository.h"

#include "Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace corroborate {

namespace {
constexpr const char* kAgreementColumns =
    "id, number, version, partner, lawful_basis, purposes, retention_days, starts_on, until, "
    "ended_on, recorded_by, recorded_at";

Agreement readAgreement(const Statement& st)
{
    Agreement a;
    a.rowId = st.integer(0);
    a.number = static_cast<int>(st.integer(1));
    a.version = static_cast<int>(st.integer(2));
    a.partner = st.text(3);
    a.lawfulBasis = st.text(4);
    for (const QJsonValue& v : QJsonDocument::fromJson(st.text(5).toUtf8()).array())
        a.purposes << v.toString();
    a.retentionDays = static_cast<int>(st.integer(6));
    a.startsOn = st.date(7);
    a.until = st.date(8);
    a.endedOn = st.date(9);
    a.recordedBy = st.text(10);
    a.recordedAt = st.text(11);
    return a;
}

QList<Agreement> readAgreements(Statement& st)
{
    QList<Agreement> out;
    while (st.step())
        out << readAgreement(st);
    return out;
}
} // namespace

int SharingRepository::nextAgreementNumber()
{
    return static_cast<int>(m_db.scalarInt("SELECT coalesce(max(number), 0) + 1 FROM agreements;"));
}

qint64 SharingRepository::insertAgreement(const Agreement& a)
{
    Statement st =
        m_db.prepare("INSERT INTO agreements (number, version, partner, lawful_basis, purposes, "
                     "retention_days, starts_on, until, ended_on, recorded_by, recorded_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);");
    st.bind(1, a.number)
        .bind(2, a.version)
        .bind(3, a.partner)
        .bind(4, a.lawfulBasis)
        .bind(5, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(a.purposes))
                                       .toJson(QJsonDocument::Compact)))
        .bind(6, a.retentionDays)
        .bind(7, a.startsOn)
        .bind(8, a.until)
        .bind(9, a.endedOn)
        .bind(10, a.recordedBy)
        .bind(11, a.recordedAt)
        .run();
    return m_db.lastInsertId();
}

std::optional<Agreement> SharingRepository::currentAgreement(int number)
{
    const QByteArray sql = QByteArray("SELECT ") + kAgreementColumns +
                           " FROM agreements WHERE number = ? ORDER BY version DESC LIMIT 1;";
    Statement st = m_db.prepare(sql.constData());
    st.bind(1, number);
    if (!st.step())
        return std::nullopt;
    return readAgreement(st);
}

QList<Agreement> SharingRepository::currentAgreements()
{
    const QByteArray sql =
        QByteArray("SELECT ") + kAgreementColumns +
        " FROM agreements a WHERE version = (SELECT max(version) FROM agreements b WHERE "
        "b.number = a.number) ORDER BY number;";
    Statement st = m_db.prepare(sql.constData());
    return readAgreements(st);
}

QList<Agreement> SharingRepository::agreementVersions(int number)
{
    const QByteArray sql = QByteArray("SELECT ") + kAgreementColumns +
                           " FROM agreements WHERE number = ? ORDER BY version;";
    Statement st = m_db.prepare(sql.constData());
    st.bind(1, number);
    return readAgreements(st);
}

bool SharingRepository::disclosureExists(qint64 id)
{
    Statement st = m_db.prepare("SELECT 1 FROM disclosures WHERE id = ?;");
    st.bind(1, id);
    return st.step();
}

bool SharingRepository::confirmDestroyed(qint64 id, const QDate& on, const QString& by,
                                         const QString& note)
{
    Statement st = m_db.prepare(
        "UPDATE disclosures SET destroyed_confirmed_on = ?, destroyed_confirmed_by = ?, "
        "destroyed_note = ? WHERE id = ? AND destroyed_confirmed_on IS NULL;");
    st.bind(1, on).bind(2, by).bind(3, note).bind(4, id).run();
    return m_db.changes() == 1;
}

QList<qint64> SharingRepository::unconfirmedDisclosuresOf(const QString& reference)
{
    Statement st = m_db.prepare(
        "SELECT d.id FROM disclosures d JOIN disclosure_nominals n ON n.disclosure_id = d.id "
        "WHERE n.reference = ? AND d.destroyed_confirmed_on IS NULL ORDER BY d.id;");
    st.bind(1, reference);
    QList<qint64> out;
    while (st.step())
        out << st.integer(0);
    return out;
}

qint64 SharingRepository::insertRecall(qint64 disclosureId, const QString& reference,
                                       const QString& event, const QString& raisedAt)
{
    Statement st = m_db.prepare("INSERT INTO recall_notices (disclosure_id, reference, event, "
                                "raised_at) VALUES (?, ?, ?, ?);");
    st.bind(1, disclosureId).bind(2, reference).bind(3, event).bind(4, raisedAt).run();
    return m_db.lastInsertId();
}

QList<RecallNotice> SharingRepository::recalls(bool pendingOnly)
{
    const QByteArray sql =
        QByteArray("SELECT r.id, r.disclosure_id, d.identifier, d.made_at, d.recipient, "
                   "coalesce(d.agreement, ''), r.reference, r.event, r.raised_at, "
                   "coalesce(r.issued_at, ''), coalesce(r.issued_by, '') FROM recall_notices r "
                   "JOIN disclosures d ON d.id = r.disclosure_id") +
        (pendingOnly ? " WHERE r.issued_at IS NULL" : "") + " ORDER BY r.id;";
    Statement st = m_db.prepare(sql.constData());
    QList<RecallNotice> out;
    while (st.step()) {
        RecallNotice n;
        n.id = st.integer(0);
        n.disclosureId = st.integer(1);
        n.pack = st.text(2);
        n.madeAt = st.text(3);
        n.recipient = st.text(4);
        n.agreement = st.text(5);
        n.reference = st.text(6);
        n.event = st.text(7);
        n.raisedAt = st.text(8);
        n.issuedAt = st.text(9);
        n.issuedBy = st.text(10);
        out << n;
    }
    return out;
}

QList<RecallNotice> SharingRepository::pendingRecalls()
{
    return recalls(true);
}

QList<RecallNotice> SharingRepository::allRecalls()
{
    return recalls(false);
}

bool SharingRepository::markIssued(qint64 id, const QString& at, const QString& by)
{
    Statement st = m_db.prepare(
        "UPDATE recall_notices SET issued_at = ?, issued_by = ? WHERE id = ? AND issued_at IS "
        "NULL;");
    st.bind(1, at).bind(2, by).bind(3, id).run();
    return m_db.changes() == 1;
}

} // namespace corroborate
