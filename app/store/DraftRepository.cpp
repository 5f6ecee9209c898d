#include "DraftRepository.h"

#include "Database.h"
#include "Statement.h"

namespace corroborate {

void DraftRepository::put(const DraftRecord& d)
{
    Statement del = m_db.prepare("DELETE FROM drafts WHERE username = ? AND kind = ? AND "
                                 "IFNULL(nominal_id, 0) = ? AND item_id = ?;");
    del.bind(1, d.username).bind(2, d.kind).bind(3, d.nominalId).bind(4, d.itemId).run();
    Statement st = m_db.prepare("INSERT INTO drafts (username, kind, nominal_id, item_id, payload, "
                                "saved_at) VALUES (?, ?, ?, ?, ?, ?);");
    st.bind(1, d.username).bind(2, d.kind);
    if (d.nominalId > 0)
        st.bind(3, d.nominalId);
    else
        st.bindNull(3);
    st.bind(4, d.itemId).bind(5, d.payload).bind(6, d.savedAt).run();
}

QList<DraftRecord> DraftRepository::forUser(const QString& username)
{
    Statement st =
        m_db.prepare("SELECT id, username, kind, IFNULL(nominal_id, 0), item_id, payload, "
                     "saved_at FROM drafts WHERE username = ? ORDER BY id;");
    st.bind(1, username);
    QList<DraftRecord> out;
    while (st.step())
        out << DraftRecord{st.integer(0), st.text(1), st.text(2), st.integer(3),
                           st.integer(4), st.text(5), st.text(6)};
    return out;
}

void DraftRepository::removeForUser(const QString& username)
{
    Statement st = m_db.prepare("DELETE FROM drafts WHERE username = ?;");
    st.bind(1, username).run();
}

int DraftRepository::countAbout(qint64 nominalId)
{
    Statement st = m_db.prepare("SELECT count(*) FROM drafts WHERE nominal_id = ?;");
    st.bind(1, nominalId);
    return st.step() ? static_cast<int>(st.integer(0)) : 0;
}

} // namespace corroborate
