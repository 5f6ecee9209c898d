#include "DisclosureRepository.h"

#include "Database.h"

namespace corroborate {

namespace {
constexpr const char* kColumns =
    "d.id, d.made_at, d.made_by, d.kind, d.audience, d.recipient, "
    "d.lawful_basis, d.purpose, d.identifier, d.agreement, d.destroy_by, "
    "d.destroyed_confirmed_on, d.destroyed_confirmed_by, "
    "d.destroyed_note, (SELECT count(*) FROM disclosure_nominals c "
    "WHERE c.disclosure_id = d.id), d.state";

Disclosure readDisclosure(const Statement& st)
{
    Disclosure d;
    d.id = st.integer(0);
    d.madeAt = st.text(1);
    d.madeBy = st.text(2);
    d.kind = st.text(3);
    d.audience = st.text(4);
    d.recipient = st.text(5);
    d.lawfulBasis = st.text(6);
    d.purpose = st.text(7);
    d.identifier = st.text(8);
    d.agreement = st.text(9);
    d.destroyBy = st.date(10);
    d.destroyedConfirmedOn = st.date(11);
    d.destroyedConfirmedBy = st.text(12);
    d.destroyedNote = st.text(13);
    d.referenceCount = static_cast<int>(st.integer(14));
    d.state = st.text(15);
    return d;
}
} // namespace

qint64 DisclosureRepository::insert(const Disclosure& d, const QStringList& references)
{
    Statement st = m_db.prepare(
        "INSERT INTO disclosures (made_at, made_by, kind, audience, recipient, lawful_basis, "
        "purpose, identifier, agreement, destroy_by, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?);");
    st.bind(1, d.madeAt)
        .bind(2, d.madeBy)
        .bind(3, d.kind)
        .bind(4, d.audience)
        .bind(5, d.recipient)
        .bind(6, d.lawfulBasis)
        .bind(7, d.purpose)
        .bind(8, d.identifier);
    if (d.agreement.isEmpty())
        st.bindNull(9);
    else
        st.bind(9, d.agreement);
    st.bind(10, d.destroyBy).bind(11, d.state).run();
    const qint64 id = m_db.lastInsertId();
    Statement link = m_db.prepare(
        "INSERT OR IGNORE INTO disclosure_nominals (disclosure_id, reference) VALUES (?, ?);");
    for (const QString& reference : references) {
        link.reset();
        link.bind(1, id).bind(2, reference).run();
    }
    return id;
}

void DisclosureRepository::setState(qint64 id, const QString& state)
{
    Statement st = m_db.prepare("UPDATE disclosures SET state = ? WHERE id = ?;");
    st.bind(1, state).bind(2, id).run();
}

QList<Disclosure> DisclosureRepository::forReference(const QString& reference)
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns +
                           " FROM disclosures d JOIN disclosure_nominals n ON n.disclosure_id = "
                           "d.id WHERE n.reference = ? ORDER BY d.id;";
    Statement st = m_db.prepare(sql.constData());
    st.bind(1, reference);
    QList<Disclosure> out;
    while (st.step())
        out << readDisclosure(st);
    return out;
}

QStringList DisclosureRepository::referencesOf(qint64 disclosureId)
{
    Statement st = m_db.prepare(
        "SELECT reference FROM disclosure_nominals WHERE disclosure_id = ? ORDER BY reference;");
    st.bind(1, disclosureId);
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

QList<Disclosure> DisclosureRepository::all()
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM disclosures d ORDER BY d.id;";
    Statement st = m_db.prepare(sql.constData());
    QList<Disclosure> out;
    while (st.step())
        out << readDisclosure(st);
    return out;
}

} // namespace corroborate
