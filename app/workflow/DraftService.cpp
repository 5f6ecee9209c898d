#include "DraftService.h"

#include "core/Time.h"
#include "store/Database.h"

namespace corroborate {

DraftService::DraftService(Database& db, QString username)
    : m_db(db)
    , m_username(std::move(username))
{
}

void DraftService::keep(QList<DraftRecord> drafts)
{
    Transaction tx(m_db);
    DraftRepository repo(m_db);
    repo.removeForUser(m_username);
    const QString now = Time::nowUtc();
    for (DraftRecord& d : drafts) {
        d.username = m_username;
        d.savedAt = now;
        repo.put(d);
    }
    tx.commit();
}

QList<DraftRecord> DraftService::mine()
{
    return DraftRepository(m_db).forUser(m_username);
}

void DraftService::discardMine()
{
    Transaction tx(m_db);
    DraftRepository(m_db).removeForUser(m_username);
    tx.commit();
}

} // namespace corroborate
